from h import *
F = 'g04_jaen_jornada_conclusiones.md'
assert wd(2041,5,16)=='Thursday' and wd(2041,5,17)=='Friday' and wd(2042,5,15)=='Thursday'
T = """[Inicio](/) · [El clúster](/cluster) · [Socios](/socios) · [Proyectos](/proyectos) · **Noticias** · [Contacto](/contacto)

# Conclusiones de la III Jornada de Innovación Oleícola: «el olivar tradicional necesita datos, relevo y marca»

*Publicado el 23/05/2041 por Redacción CLOJA · Categoría: Jornadas · 5 min de lectura*

Más de 230 personas —agricultores, técnicos de cooperativas, investigadores y representantes de la administración— participaron el jueves 16 de mayo de 2041 en la **III Jornada de Innovación Oleícola**, organizada por el Clúster Oleícola de Jaén (CLOJA) en el Aulario Flores de Lemus de la Universidad de Jaén. La jornada contó con la colaboración de la Diputación Provincial de Jaén y del Centro Tecnológico del Olivar y del Aceite (Citoliva).

## Programa

| Hora | Actividad |
|---|---|
| 09:00 | Acreditaciones y café |
| 09:30 | Inauguración: Inmaculada Baeza Ortega, presidenta de CLOJA; Francisco Javier Lendínez Padilla, vicerrector de Transferencia de la Universidad de Jaén; Rosa María del Moral Quesada, diputada de Agricultura |
| 10:00 | Ponencia: «El olivar en 2050: escenarios climáticos para la provincia», Dr. Alberto Castillo-Ruano (Instituto de Investigación y Formación Agraria y Pesquera, IFAPA) |
| 11:00 | Mesa redonda: relevo generacional en las cooperativas (modera Lucía Anguita Expósito, Cooperativas Agro-alimentarias de Andalucía) |
| 12:30 | Presentación del estudio «Digitalización del olivar jiennense», Citoliva |
| 14:00 | Pausa para el almuerzo |
| 16:00 | Visita técnica a la almazara de la SCA Nuestra Señora de los Remedios en Jimena |

El viernes 17 de mayo, una veintena de participantes se desplazó a Úbeda para una jornada de campo en una finca experimental de olivar en seto.

## El estudio sobre digitalización

El estudio de Citoliva, presentado por su director técnico, Manuel Ángel Sánchez-Cazorla, se basa en una encuesta a 318 explotaciones y 44 almazaras de la provincia realizada entre noviembre de 2040 y febrero de 2041. Solo el 14 % de las explotaciones usa sensores o imágenes de satélite para decidir el riego, mientras que entre las almazaras el porcentaje sube al 61 %. «La brecha no está en la almazara, está en el campo», resumió Sánchez-Cazorla.

Durante la mesa redonda, el cooperativista Tomás Gámez Villar, de Torredonjimeno, recordó que la edad media de los socios de su cooperativa supera los 62 años: «Sin jóvenes no habrá ni sensores ni olivar».

## Conclusiones

La secretaría técnica del clúster recogió al final de la jornada las siguientes conclusiones, que se remitirán a la Consejería de Agricultura, Pesca, Agua y Desarrollo Rural de la Junta de Andalucía:

1. El olivar tradicional de la provincia solo será rentable si reduce costes mediante mecanización parcial y uso compartido de maquinaria entre socios.
2. Hace falta una plataforma común de datos agronómicos, gestionada por el clúster y Citoliva, a la que puedan acceder gratis las cooperativas.
3. El relevo generacional debe tratarse como prioridad: se propone un programa de mentoría entre agricultores veteranos y jóvenes incorporados.
4. Los aceites de Jaén necesitan una estrategia de marca común para los mercados de Estados Unidos y Japón, coordinada con Andalucía TRADE.
5. La Universidad de Jaén y el IFAPA deben abrir sus fincas experimentales a las cooperativas como espacios de demostración.

## Ediciones anteriores

- I Jornada de Innovación Oleícola – Baeza, 12 de mayo de 2039
- II Jornada de Innovación Oleícola – Alcalá la Real, 7 y 8 de mayo de 2040

La **IV Jornada** se celebrará en Martos en mayo de 2042; la fecha exacta se anunciará en otoño. Las ponencias de esta edición ya pueden descargarse en la sección de documentos para socios.

> «Esta jornada ya es la cita del sector en la provincia. Ahora toca convertir las conclusiones en proyectos», declaró al cierre la gerente de CLOJA, Elena Moya-Camacho.

**Contacto de prensa:** comunicacion@cloja.example.es · Tel. 953 000 000

---
Compartir: [LinkedIn](#) · [X](#) · [WhatsApp](#) · [Correo](#)

Clúster Oleícola de Jaén · Parque Científico-Tecnológico GEOLIT, Mengíbar (Jaén) · [Aviso legal](#) · [Política de cookies](#)
"""
write(F, T)
C="Clúster Oleícola de Jaén"
gold(F,
 [P("Inmaculada Baeza Ortega","presidenta",C),
  P("Francisco Javier Lendínez Padilla","vicerrector de Transferencia","Universidad de Jaén"),
  P("Rosa María del Moral Quesada","diputada de Agricultura","Diputación Provincial de Jaén"),
  P("Alberto Castillo-Ruano",None,"Instituto de Investigación y Formación Agraria y Pesquera"),
  P("Lucía Anguita Expósito",None,"Cooperativas Agro-alimentarias de Andalucía"),
  P("Manuel Ángel Sánchez-Cazorla","director técnico","Centro Tecnológico del Olivar y del Aceite"),
  P("Tomás Gámez Villar","cooperativista",None),
  P("Elena Moya-Camacho","gerente",C)],
 [O(C,"CLOJA"), O("Universidad de Jaén"), O("Diputación Provincial de Jaén"),
  O("Centro Tecnológico del Olivar y del Aceite","Citoliva"),
  O("Instituto de Investigación y Formación Agraria y Pesquera","IFAPA"),
  O("Cooperativas Agro-alimentarias de Andalucía"), O("SCA Nuestra Señora de los Remedios"),
  O("Consejería de Agricultura, Pesca, Agua y Desarrollo Rural"), O("Junta de Andalucía"), O("Andalucía TRADE")],
 [E("III Jornada de Innovación Oleícola","2041-05-16",None,"Jaén","Spain"),
  E("Visita técnica a la almazara de la SCA Nuestra Señora de los Remedios","2041-05-16",None,"Jimena","Spain"),
  E("jornada de campo","2041-05-17",None,"Úbeda","Spain"),
  E("I Jornada de Innovación Oleícola","2039-05-12",None,"Baeza","Spain"),
  E("II Jornada de Innovación Oleícola","2040-05-07","2040-05-08","Alcalá la Real","Spain"),
  E("IV Jornada","2042-05",None,"Martos","Spain")],
 ["2041-05-23","2041-05-16","2050","2041-05-17","2040-11/2041-02","2039-05-12","2040-05-07/2040-05-08","2042-05"],
 ["El olivar tradicional de la provincia solo será rentable si reduce costes mediante mecanización parcial y uso compartido de maquinaria entre socios",
  "Hace falta una plataforma común de datos agronómicos, gestionada por el clúster y Citoliva, a la que puedan acceder gratis las cooperativas",
  "El relevo generacional debe tratarse como prioridad: se propone un programa de mentoría entre agricultores veteranos y jóvenes incorporados",
  "Los aceites de Jaén necesitan una estrategia de marca común para los mercados de Estados Unidos y Japón, coordinada con Andalucía TRADE",
  "La Universidad de Jaén y el IFAPA deben abrir sus fincas experimentales a las cooperativas como espacios de demostración"],
 pub="2041-05-23")
