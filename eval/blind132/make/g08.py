from h import *
F = 'g08_eurocluster_navalia_jornada_final.md'
assert wd(2042,3,11)=='Tuesday' and wd(2042,3,12)=='Wednesday' and wd(2042,2,10)=='Monday'
T = """**Clúster Aeronáutico y Naval de Cádiz** · Noticias · Proyectos europeos · Agenda · Socios · Contacto

# El Eurocluster NAVALIA cierra tres años de trabajo con una jornada final en Jerez

*Jerez de la Frontera, 14 de marzo de 2042 · Redacción CANCA · Tiempo de lectura: 5 minutos*

El Eurocluster NAVALIA, financiado por el Programa para el Mercado Único de la Unión Europea, celebró su jornada final el martes 11 de marzo de 2042 en el Palacio de Congresos de Jerez de la Frontera. Más de 180 personas, entre ellas representantes de 96 pymes de la industria naval, aeronáutica y de defensa, asistieron a la presentación de los resultados del proyecto, que comenzó el 1 de marzo de 2039 y termina el 28 de febrero de 2042, con un periodo de cierre administrativo hasta el 31 de mayo de 2042.

El acto fue inaugurado por la consejera de Universidad, Investigación e Innovación de la Junta de Andalucía, Dña. María Auxiliadora del Pino Cárdenas, y por el presidente del Clúster Aeronáutico y Naval de Cádiz (CANCA), D. Francisco Javier Moreno de Tejada. También intervino por videoconferencia Henrike Söderlund, responsable de proyecto en la Agencia Ejecutiva del Consejo Europeo de Innovación y de las pymes (EISMEA).

## Un consorcio de siete clústeres

NAVALIA ha reunido a siete organizaciones clúster de seis países:

- Clúster Aeronáutico y Naval de Cádiz (CANCA), Cádiz – coordinador
- Asociación Clúster del Naval Gallego (ACLUNAGA), Vigo
- Pôle Mer Méditerranée, Toulon
- Distretto Ligure delle Tecnologie Marine (DLTM), La Spezia
- Pomorski Klaster Przemysłu Stoczniowego, Gdańsk
- Croatian Shipbuilding Cluster, Rijeka
- Fórum Oceano – Associação da Economia do Mar, Porto

Durante los tres años, el consorcio concedió 2,1 millones de euros en ayudas en cascada a 87 pymes a través de tres convocatorias abiertas, organizó cuatro misiones comerciales –a Singapur, Noruega, Canadá y Chile– y formó a 640 trabajadores en soldadura avanzada, materiales compuestos y gemelos digitales.

## Programa de la jornada

- 09:30 Acreditaciones
- 10:00 Inauguración institucional
- 10:30 Resultados de NAVALIA – Lucía Barroso-Galán, coordinadora del proyecto (CANCA)
- 11:30 Mesa redonda: «Las pymes y la cadena de valor naval europea»
- 13:00 Entrega de los premios NAVALIA a la innovación
- 14:00 Almuerzo de networking
- 16:00 Visita a la factoría de Navantia en Puerto Real

Los premios NAVALIA a la innovación recayeron en las empresas Composites del Sur S.L. (Puerto Real), Tecnomar Rijeka d.o.o. y Sensoria Marine SAS (Toulon).

## Lecciones aprendidas

La coordinadora del proyecto resumió la experiencia del consorcio en cuatro lecciones aprendidas:

1. Las ayudas en cascada funcionan mejor cuando se combinan con acompañamiento técnico del clúster durante toda la ejecución
2. Las misiones comerciales deben prepararse con al menos seis meses de antelación y con agendas B2B cerradas antes del viaje
3. La formación tiene más demanda cuando se imparte en la empresa y en el idioma de los trabajadores
4. Un consorcio de siete socios es manejable; con más socios la coordinación habría absorbido demasiados recursos

## Próximos pasos

Los socios ya preparan una nueva candidatura que presentarán antes del 30 de septiembre de 2042. Contará de nuevo con CANCA como coordinador y ampliará el trabajo a la economía azul y a la eólica marina, dos sectores en los que la bahía de Cádiz y la ría de Vigo buscan nuevos proveedores locales. La reunión preparatoria tuvo lugar el lunes 10 de febrero de 2042 en Toulon. El miércoles 12 de marzo, al día siguiente de la jornada final, los socios celebraron en Cádiz la última reunión del comité de dirección del proyecto.

*Contacto: proyectos@canca.example.es · Síguenos en LinkedIn*

---
Aviso legal · Política de privacidad · Política de cookies · © 2042 CANCA
"""
write(F, T)
C="Clúster Aeronáutico y Naval de Cádiz"
gold(F,
 [P("María Auxiliadora del Pino Cárdenas","consejera de Universidad, Investigación e Innovación","Junta de Andalucía"),
  P("Francisco Javier Moreno de Tejada","presidente",C),
  P("Henrike Söderlund","responsable de proyecto","Agencia Ejecutiva del Consejo Europeo de Innovación y de las pymes"),
  P("Lucía Barroso-Galán","coordinadora del proyecto",C)],
 [O(C,"CANCA"), O("Junta de Andalucía"), O("Agencia Ejecutiva del Consejo Europeo de Innovación y de las pymes","EISMEA"),
  O("Asociación Clúster del Naval Gallego","ACLUNAGA"), O("Pôle Mer Méditerranée"),
  O("Distretto Ligure delle Tecnologie Marine","DLTM"), O("Pomorski Klaster Przemysłu Stoczniowego"),
  O("Croatian Shipbuilding Cluster"), O("Fórum Oceano – Associação da Economia do Mar"), O("Navantia"), O("Composites del Sur S.L."), O("Tecnomar Rijeka d.o.o."),
  O("Sensoria Marine SAS")],
 [E("jornada final","2042-03-11",None,"Jerez de la Frontera","Spain"),
  E("Entrega de los premios NAVALIA a la innovación","2042-03-11",None,"Jerez de la Frontera","Spain"),
  E("Almuerzo de networking","2042-03-11",None,"Jerez de la Frontera","Spain"),
  E("Visita a la factoría de Navantia en Puerto Real","2042-03-11",None,"Puerto Real","Spain"),
  E("reunión preparatoria","2042-02-10",None,"Toulon","France"),
  E("reunión del comité de dirección del proyecto","2042-03-12",None,"Cádiz","Spain")],
 ["2042-03-14","2042-03-11","2039-03-01","2042-02-28","2042-05-31","2042-09-30","2042-02-10","2042-03-12"],
 ["Las ayudas en cascada funcionan mejor cuando se combinan con acompañamiento técnico del clúster durante toda la ejecución",
  "Las misiones comerciales deben prepararse con al menos seis meses de antelación y con agendas B2B cerradas antes del viaje",
  "La formación tiene más demanda cuando se imparte en la empresa y en el idioma de los trabajadores",
  "Un consorcio de siete socios es manejable; con más socios la coordinación habría absorbido demasiados recursos"],
 pub="2042-03-14")
