from h import *
import docx
F = 'g04_albacete_evaluacion_agrupaciones.docx'
assert wd(2040,11,22)=='Thursday' and wd(2040,9,18)=='Tuesday' and wd(2040,10,5)=='Friday'
paras = [
("h","Evaluación final del Programa de Apoyo a Agrupaciones Empresariales Innovadoras de Castilla-La Mancha 2034–2039"),
("p","Resumen ejecutivo · Versión para el Comité de Seguimiento · Albacete, 5 de octubre de 2040"),
("p","Encargo: Consejería de Economía, Empresas y Empleo de la Junta de Comunidades de Castilla-La Mancha · Equipo evaluador: Estudios Territoriales Levante, S.L. (Valencia) en colaboración con el Instituto de Desarrollo Regional de la Universidad de Castilla-La Mancha (UCLM)"),
("h2","1. Objeto de la evaluación"),
("p","El programa regional de apoyo a las agrupaciones empresariales innovadoras (AEI) financió entre 2034 y 2039 los planes de actividad de once clústeres, con un presupuesto total de 14,8 millones de euros. La evaluación final analiza la pertinencia, la eficacia y la eficiencia del programa y formula propuestas para la próxima convocatoria, prevista para el primer semestre de 2041."),
("p","El trabajo de campo se realizó entre marzo y julio de 2040. Incluyó 38 entrevistas a gerentes de clúster, empresas socias y responsables públicos, una encuesta a 420 empresas asociadas (tasa de respuesta del 34 %) y cuatro estudios de caso: el Clúster Aeronáutico de Albacete, la Asociación Clúster de la Cuchillería y Afines de Albacete (ACCA), el Clúster del Vino de La Mancha y el Clúster de la Piedra Natural de Castilla-La Mancha."),
("p","Los resultados provisionales se contrastaron en un taller con los once gerentes celebrado en Toledo el martes 18 de septiembre de 2040, en la sede de la Consejería."),
("h2","2. Principales resultados"),
("p","El número de empresas asociadas a los clústeres pasó de 612 en 2034 a 897 en 2039. Los clústeres promovieron 63 proyectos colaborativos de I+D, de los cuales 19 obtuvieron financiación nacional o europea. El Clúster Aeronáutico de Albacete, vinculado al entorno de Airbus Helicopters y al Parque Aeronáutico y Logístico de Albacete, concentró por sí solo una cuarta parte de la inversión privada movilizada."),
("p","La directora del equipo evaluador, María Dolores Sánchez de la Fuente, subrayó en la presentación al Comité que «los clústeres más pequeños han hecho mucho con muy poco, pero dependen casi por completo de la subvención anual»."),
("h2","3. Conclusiones"),
("p","• El programa ha sido pertinente: los once clústeres se corresponden con las prioridades de la Estrategia de Especialización Inteligente de Castilla-La Mancha 2035–2041"),
("p","• La convocatoria anual genera incertidumbre y obliga a los gerentes a dedicar hasta un 30 % de su tiempo a tareas administrativas"),
("p","• Los indicadores del programa miden actividades (jornadas, socios) pero no resultados económicos de las empresas"),
("p","• La cooperación entre clústeres de distintas provincias es todavía escasa, salvo en el ámbito agroalimentario"),
("h2","4. Recomendaciones"),
("p","1. Sustituir la convocatoria anual por convenios plurianuales de cuatro años con revisión intermedia"),
("p","2. Introducir un sistema de indicadores de resultado común a todos los clústeres, acordado con ellos antes de la próxima convocatoria"),
("p","3. Reservar una línea específica para proyectos intercluster entre provincias"),
("p","4. Reforzar la coordinación con el Instituto de Promoción Exterior de Castilla-La Mancha (IPEX) en las acciones de internacionalización"),
("p","5. Ofrecer formación en gestión de clústeres a los equipos técnicos, en colaboración con la red nacional de AEI"),
("h2","5. Próximos pasos"),
("p","El informe completo se presentará públicamente en una jornada en el Paraninfo de la Universidad de Castilla-La Mancha en Albacete el jueves 22 de noviembre de 2040, con la participación del viceconsejero de Empresas, Íñigo Lasa Etxeberria, y de la presidenta del Foro de Clústeres de Castilla-La Mancha, Rosario Picazo Mondéjar. Las alegaciones de los clústeres al borrador podrán enviarse hasta el 31 de octubre de 2040."),
("p","Equipo evaluador: María Dolores Sánchez de la Fuente (dirección), Jordi Vilaplana i Ferrer (análisis cuantitativo), Ana Belén Cifuentes (estudios de caso). Coordinación por parte de la Consejería: Tomás Gallego Valverde, jefe de servicio de Innovación Empresarial."),
("p","Documento de trabajo – no citar sin autorización. Página 1 de 1."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
J="Consejería de Economía, Empresas y Empleo de la Junta de Comunidades de Castilla-La Mancha"
EV="Estudios Territoriales Levante, S.L."
gold(F,
 [P("María Dolores Sánchez de la Fuente","directora del equipo evaluador",EV),
  P("Íñigo Lasa Etxeberria","viceconsejero de Empresas",None),
  P("Rosario Picazo Mondéjar","presidenta","Foro de Clústeres de Castilla-La Mancha"),
  P("Jordi Vilaplana i Ferrer",None,EV),
  P("Ana Belén Cifuentes",None,EV),
  P("Tomás Gallego Valverde","jefe de servicio de Innovación Empresarial",J)],
 [O(J), O(EV), O("Instituto de Desarrollo Regional"), O("Universidad de Castilla-La Mancha","UCLM"),
  O("Clúster Aeronáutico de Albacete"), O("Asociación Clúster de la Cuchillería y Afines de Albacete","ACCA"),
  O("Clúster del Vino de La Mancha"), O("Clúster de la Piedra Natural de Castilla-La Mancha"), O("Airbus Helicopters"),
  O("Parque Aeronáutico y Logístico de Albacete"), O("Instituto de Promoción Exterior de Castilla-La Mancha","IPEX"),
  O("Foro de Clústeres de Castilla-La Mancha")],
 [E("taller","2040-09-18",None,"Toledo","Spain"),
  E("jornada","2040-11-22",None,"Albacete","Spain")],
 ["2034/2039","2040-10-05","2034","2039","2041","2040-03/2040-07","2040-09-18","2035/2041","2040-11-22","2040-10-31"],
 ["El programa ha sido pertinente: los once clústeres se corresponden con las prioridades de la Estrategia de Especialización Inteligente de Castilla-La Mancha 2035–2041",
  "La convocatoria anual genera incertidumbre y obliga a los gerentes a dedicar hasta un 30 % de su tiempo a tareas administrativas",
  "Los indicadores del programa miden actividades (jornadas, socios) pero no resultados económicos de las empresas",
  "La cooperación entre clústeres de distintas provincias es todavía escasa, salvo en el ámbito agroalimentario",
  "Sustituir la convocatoria anual por convenios plurianuales de cuatro años con revisión intermedia",
  "Introducir un sistema de indicadores de resultado común a todos los clústeres, acordado con ellos antes de la próxima convocatoria",
  "Reservar una línea específica para proyectos intercluster entre provincias",
  "Reforzar la coordinación con el Instituto de Promoción Exterior de Castilla-La Mancha (IPEX) en las acciones de internacionalización",
  "Ofrecer formación en gestión de clústeres a los equipos técnicos, en colaboración con la red nacional de AEI"],
 pub="2040-10-05")
