from h import *
F = 'g12_teruel_declaracion_alcaldes_cluster.txt'
assert wd(2039,6,17)=='Friday' and wd(2039,10,20)=='Thursday'
T = """Inicio > Actualidad > Notas de prensa
Accesibilidad | Aviso legal | Política de cookies | Mapa web

DECLARACIÓN DE ALBARRACÍN
Compromisos de los municipios de la provincia de Teruel con el Clúster de la Madera y el Mueble de Aragón
Albarracín (Teruel), viernes 17 de junio de 2039

Los alcaldes y alcaldesas abajo firmantes, reunidos en el Encuentro de Municipios Forestales de Teruel celebrado en el Palacio de Reuniones y Congresos de Albarracín, y a iniciativa del Clúster de la Madera y el Mueble de Aragón (AMUEBLA Aragón), la Diputación Provincial de Teruel y la Asociación de Empresarios de la Madera de Teruel (ASEMATE),

CONSIDERANDO

- que los montes de la provincia ocupan más de 600.000 hectáreas y que menos de una quinta parte de su crecimiento anual se aprovecha;
- que la industria de la madera y el mueble da empleo a unas 1.900 personas en la provincia, la mayoría en municipios de menos de 2.000 habitantes;
- que la despoblación y la falta de relevo generacional amenazan la continuidad de los aserraderos y talleres;
- que el Plan Aragonés de Bioeconomía 2037–2042 reconoce la madera como sector estratégico;

SE COMPROMETEN A:

1. Incluir criterios de construcción en madera y de proximidad en los pliegos de obra pública municipal a partir de 2040.
2. Ceder suelo o naves municipales en condiciones ventajosas a empresas del sector que creen empleo estable.
3. Elaborar, con el apoyo del clúster, planes de gestión forestal conjuntos para las comarcas de la Sierra de Albarracín, Gúdar-Javalambre y el Maestrazgo.
4. Promover con los institutos de la provincia la formación profesional dual en carpintería y mueble.
5. Reunirse una vez al año para evaluar el cumplimiento de esta declaración.

Y SOLICITAN

al Gobierno de Aragón, a través del Departamento de Medio Ambiente y Turismo y del Departamento de Economía, Empleo e Industria, una línea de ayudas para la modernización de pequeños aserraderos; y al Ministerio para la Transición Ecológica y el Reto Demográfico, que los fondos de reto demográfico reconozcan la transformación de la madera como actividad prioritaria.

Firmantes (selección): Pilar Sánchez Gómez, alcaldesa de Albarracín; Joaquín Juste Lahoz, alcalde de Mora de Rubielos; Rosa María Alcaine, alcaldesa de Cantavieja; Javier Clemente Martín, alcalde de Orihuela del Tremedal; Ángel Lozano Pérez, alcalde de Mosqueruela. Hasta un total de 27 municipios.

En nombre del clúster firmó su presidente, Manuel Cebrián Ortiz, que recordó que "la madera de Teruel sale hoy en camión hacia otras comunidades y vuelve convertida en muebles; queremos que el valor se quede aquí". La presidenta de la Diputación Provincial de Teruel, Beatriz Martín Aznar, se comprometió a presentar la declaración en el próximo pleno provincial.

El director gerente de AMUEBLA Aragón, Luis Ángel Gimeno, explicó que el clúster pondrá a disposición de los municipios una oficina técnica durante 2040 y 2041, financiada con el proyecto europeo WOOD4RURAL.

El encuentro reunió a cerca de 120 personas, entre alcaldes, concejales, técnicos comarcales, empresarios del sector y representantes de asociaciones forestales. Durante la mesa redonda, varios empresarios explicaron que la madera de pino de la sierra tiene una calidad reconocida, pero que la falta de secaderos y de certificación obliga a venderla sin transformar a precios bajos. Los alcaldes, por su parte, insistieron en que los ayuntamientos pequeños no tienen personal técnico para preparar pliegos de contratación con criterios de sostenibilidad ni para gestionar los aprovechamientos forestales de sus montes.

La declaración queda abierta a la adhesión de otros municipios de la provincia y de las comarcas limítrofes de Cuenca y Castellón. Los ayuntamientos interesados pueden comunicarlo a la secretaría técnica del clúster, que enviará el texto íntegro y el modelo de acuerdo de pleno.

PRÓXIMOS PASOS

- Octubre de 2039: constitución de la comisión de seguimiento.
- Jueves 20 de octubre de 2039: jornada técnica sobre compra pública de madera en Teruel, con la Confederación de Empresarios de Teruel (CEOE Teruel).
- Junio de 2040: segundo Encuentro de Municipios Forestales, en Mora de Rubielos.

La secretaría técnica recuerda que la adhesión no supone ningún coste para los ayuntamientos y que el clúster ofrecerá asesoramiento gratuito para redactar los primeros pliegos con criterios de madera local. También se elaborará una guía práctica con ejemplos de edificios públicos construidos en madera en otras provincias, que se presentará en la jornada técnica de octubre.

Programa del encuentro del 17 de junio
10:00 Recepción de autoridades
10:30 Mesa redonda "Madera, empleo y territorio"
12:30 Lectura y firma de la Declaración de Albarracín
14:00 Comida de trabajo
16:00 Visita al aserradero Maderas Sierra de Albarracín S.L. en Orihuela del Tremedal

Más información y texto íntegro de la declaración en la web del clúster, sección Documentos. Las fotografías del acto pueden descargarse libremente citando la fuente.

Contacto de prensa: Elena Royo, comunicación AMUEBLA Aragón – prensa@amuebla.es – 976 30 43 12
Compartir: Facebook · X · LinkedIn · WhatsApp
"""
write(F, T)
AM='Clúster de la Madera y el Mueble de Aragón'
gold(F,
 [P('Pilar Sánchez Gómez','alcaldesa de Albarracín',None),P('Joaquín Juste Lahoz','alcalde de Mora de Rubielos',None),
  P('Rosa María Alcaine','alcaldesa de Cantavieja',None),P('Javier Clemente Martín','alcalde de Orihuela del Tremedal',None),
  P('Ángel Lozano Pérez','alcalde de Mosqueruela',None),P('Manuel Cebrián Ortiz','presidente',AM),
  P('Beatriz Martín Aznar','presidenta','Diputación Provincial de Teruel'),
  P('Luis Ángel Gimeno','director gerente','AMUEBLA Aragón'),P('Elena Royo','comunicación','AMUEBLA Aragón')],
 [O(AM,'AMUEBLA Aragón'),O('Diputación Provincial de Teruel'),O('Asociación de Empresarios de la Madera de Teruel','ASEMATE'),
  O('Gobierno de Aragón'),O('Departamento de Medio Ambiente y Turismo'),O('Departamento de Economía, Empleo e Industria'),
  O('Ministerio para la Transición Ecológica y el Reto Demográfico'),O('Confederación de Empresarios de Teruel','CEOE Teruel'),
  O('Maderas Sierra de Albarracín S.L.')],
 [E('Encuentro de Municipios Forestales de Teruel','2039-06-17',None,'Albarracín','Spain'),
  E('Recepción de autoridades','2039-06-17',None,'Albarracín','Spain'),
  E('Mesa redonda "Madera, empleo y territorio"','2039-06-17',None,'Albarracín','Spain'),
  E('Lectura y firma de la Declaración de Albarracín','2039-06-17',None,'Albarracín','Spain'),
  E('Comida de trabajo','2039-06-17',None,'Albarracín','Spain'),
  E('Visita al aserradero Maderas Sierra de Albarracín S.L.','2039-06-17',None,'Orihuela del Tremedal','Spain'),
  E('constitución de la comisión de seguimiento','2039-10'),
  E('jornada técnica sobre compra pública de madera','2039-10-20',None,'Teruel','Spain'),
  E('segundo Encuentro de Municipios Forestales','2040-06',None,'Mora de Rubielos','Spain')],
 ['2039-06-17','2037/2042','2040','2041','2039-10','2039-10-20','2040-06'],
 ['Incluir criterios de construcción en madera y de proximidad en los pliegos de obra pública municipal a partir de 2040',
  'Ceder suelo o naves municipales en condiciones ventajosas a empresas del sector que creen empleo estable',
  'Elaborar, con el apoyo del clúster, planes de gestión forestal conjuntos para las comarcas de la Sierra de Albarracín, Gúdar-Javalambre y el Maestrazgo',
  'Promover con los institutos de la provincia la formación profesional dual en carpintería y mueble',
  'Reunirse una vez al año para evaluar el cumplimiento de esta declaración'],
 pub='2039-06-17')
