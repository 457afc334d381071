from h import *
F = 'g11_bierzo_cluster_boletin.txt'
assert wd(2036,6,12)=='Jueves'.replace('Jueves','Thursday') and wd(2036,6,26)=='Thursday' and wd(2036,7,8)=='Tuesday' and wd(2036,5,28)=='Wednesday'
T = """BOLETÍN INFORMATIVO Nº 47 – JUNIO 2036
Clúster de la Piedra Natural y la Construcción Sostenible de El Bierzo (CLUSPIBIER)
Ponferrada (León)

Inicio > Comunicación > Boletines > Boletín nº 47

------------------------------------------------------------

EDITORIAL

Estimados socios:

Cerramos el semestre con buenas noticias. El clúster ha superado los 60 socios, la Junta de Castilla y León ha renovado nuestra inscripción en el registro de Agrupaciones Empresariales Innovadoras (AEI) y la pizarra del Bierzo vuelve a estar presente en las ferias internacionales. Os esperamos en la Asamblea General del día 26.

Marta Álvarez de Toledo Fernández
Presidenta de CLUSPIBIER

------------------------------------------------------------

1. ASAMBLEA GENERAL ORDINARIA

Por acuerdo de la Junta Directiva del 28 de mayo de 2036, se convoca a todos los socios a la Asamblea General Ordinaria, que se celebrará el jueves 26 de junio de 2036 a las 17:00 h en primera convocatoria y a las 17:30 h en segunda, en el salón de actos de la Fundación Ciudad de la Energía (CIUDEN), Ponferrada.

Orden del día:
1. Lectura y aprobación del acta de la sesión anterior.
2. Memoria de actividades 2035.
3. Cuentas anuales 2035 y presupuesto 2036.
4. Plan estratégico del clúster 2036-2039.
5. Renovación parcial de la Junta Directiva.
6. Ruegos y preguntas.

Al finalizar, vino de honor ofrecido por la D.O. Bierzo.

------------------------------------------------------------

2. JORNADA TÉCNICA: "PIZARRA Y REHABILITACIÓN ENERGÉTICA"

El jueves 12 de junio de 2036 celebramos en el Campus de Ponferrada de la Universidad de León una jornada técnica sobre el uso de la pizarra en la rehabilitación de edificios. Participaron más de 90 personas, entre arquitectos, canteros y técnicos municipales.

Intervinieron Dña. Beatriz Rodríguez-Quiroga, directora del Instituto Tecnológico de la Piedra de Galicia; D. Óscar Prieto Lago, jefe de servicio del Instituto para la Competitividad Empresarial de Castilla y León (ICE); y el arquitecto portugués Nuno Sá Carvalho, del Centro Tecnológico da Cerâmica e do Vidro (CTCV) de Coímbra.

Conclusiones de la jornada:
- La pizarra local puede competir en rehabilitación si se certifica su huella de carbono.
- Hace falta formar a nuevos canteros; la edad media del oficio supera los 50 años.
- Los ayuntamientos deberían incluir criterios de proximidad en sus pliegos.
- El clúster coordinará una guía técnica común con los socios gallegos antes de fin de año.

------------------------------------------------------------

3. MISIÓN COMERCIAL A LYON

Del 7 al 10 de julio de 2036, seis empresas socias participarán en una misión comercial a Lyon (Francia), organizada junto con la Cámara de Comercio de León y ICEX España Exportación e Inversiones. El martes 8 de julio está prevista una visita al salón profesional Batimat Rhône-Alpes y reuniones con distribuidores. Plazo de inscripción: hasta el 20 de junio.

------------------------------------------------------------

4. NOTICIAS DE LOS SOCIOS

- Pizarras Valdeorras-Bierzo S.L. inaugura una nueva línea de corte por agua en Carucedo.
- Canteras del Sil S.A. obtiene el sello de Empresa Socialmente Responsable de la Junta de Castilla y León.
- Damos la bienvenida a Arquitectura Bercianos, S.L.P., a la Escuela de Cantería de Ponferrada y a la start-up Lumastone Tech.
- Nuestro gerente, Iván Bodelón Merayo, ha sido nombrado vocal de la Federación Nacional de Clústeres de España (FENACE) para el periodo 2036-2040.

------------------------------------------------------------

5. CONVOCATORIAS ABIERTAS

- Ayudas a AEI para proyectos de innovación, ICE Castilla y León. Plazo: 15 de julio de 2036.
- Convocatoria de proyectos de la red Interreg SUDOE, segunda convocatoria. Plazo: septiembre de 2036.

------------------------------------------------------------

6. AGENDA

12/06/2036 – Jornada técnica (Ponferrada) – celebrada
26/06/2036 – Asamblea General Ordinaria (Ponferrada)
07/07/2036 a 10/07/2036 – Misión comercial a Lyon
22/10/2036 – III Foro de la Piedra del Noroeste (Ourense), tras las ediciones de Ponferrada (2034) y Lugo (2035)

------------------------------------------------------------
CLUSPIBIER · Avda. de la Libertad 14, 24400 Ponferrada · info@cluspibier.example.es
Si no desea recibir este boletín, responda a este correo con el asunto BAJA.
Aviso legal | Política de privacidad | Cookies
"""
write(F, T)
C = "Clúster de la Piedra Natural y la Construcción Sostenible de El Bierzo"
gold(F,
 [P("Marta Álvarez de Toledo Fernández", "Presidenta", "CLUSPIBIER"),
  P("Beatriz Rodríguez-Quiroga", "directora", "Instituto Tecnológico de la Piedra de Galicia"),
  P("Óscar Prieto Lago", "jefe de servicio", "Instituto para la Competitividad Empresarial de Castilla y León"),
  P("Nuno Sá Carvalho", "arquitecto", "Centro Tecnológico da Cerâmica e do Vidro"),
  P("Iván Bodelón Merayo", "gerente", "CLUSPIBIER")],
 [O(C, "CLUSPIBIER"), O("Junta de Castilla y León"), O("Fundación Ciudad de la Energía", "CIUDEN"), O("D.O. Bierzo"),
  O("Universidad de León"), O("Instituto Tecnológico de la Piedra de Galicia"),
  O("Instituto para la Competitividad Empresarial de Castilla y León", "ICE"),
  O("Centro Tecnológico da Cerâmica e do Vidro", "CTCV"), O("Cámara de Comercio de León"),
  O("ICEX España Exportación e Inversiones"), O("Pizarras Valdeorras-Bierzo S.L."), O("Canteras del Sil S.A."),
  O("Arquitectura Bercianos, S.L.P."), O("Escuela de Cantería de Ponferrada"), O("Lumastone Tech"),
  O("Federación Nacional de Clústeres de España", "FENACE")],
 [E("Asamblea General Ordinaria", "2036-06-26", None, "Ponferrada", "Spain"),
  E("Junta Directiva", "2036-05-28", None, None, None),
  E("vino de honor", "2036-06-26", None, "Ponferrada", "Spain"),
  E("JORNADA TÉCNICA: \"PIZARRA Y REHABILITACIÓN ENERGÉTICA\"", "2036-06-12", None, "Ponferrada", "Spain"),
  E("MISIÓN COMERCIAL A LYON", "2036-07-07", "2036-07-10", "Lyon", "France"),
  E("Batimat Rhône-Alpes", "2036-07-08", None, "Lyon", "France"),
  E("III Foro de la Piedra del Noroeste", "2036-10-22", None, "Ourense", "Spain"),
  E("Foro de la Piedra del Noroeste (2034)", "2034", None, "Ponferrada", "Spain"),
  E("Foro de la Piedra del Noroeste (2035)", "2035", None, "Lugo", "Spain")],
 ["2036-06", "2036-05-28", "2036-06-26", "2035", "2036", "2036/2039", "2036-06-12", "2036-07-07/2036-07-10",
  "2036-07-08", "2036-06-20", "2036/2040", "2036-07-15", "2036-09", "2036-10-22", "2034"],
 ["La pizarra local puede competir en rehabilitación si se certifica su huella de carbono",
  "Hace falta formar a nuevos canteros; la edad media del oficio supera los 50 años",
  "Los ayuntamientos deberían incluir criterios de proximidad en sus pliegos",
  "El clúster coordinará una guía técnica común con los socios gallegos antes de fin de año"],
 pub="2036-06")
