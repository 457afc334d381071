from h import *
F = 'g03.txt'
assert wd(2035,5,8)=='Tuesday' and wd(2035,5,21)=='Monday' and wd(2035,6,20)=='Wednesday' and wd(2035,5,29)=='Tuesday'
T = """Inicio > Prensa > Notas de prensa > Industria
MINISTERIO DE INDUSTRIA Y TURISMO
Gabinete de Prensa

Accesibilidad | Mapa web | Contacto | English

Este sitio utiliza cookies propias y de terceros. Si continúa navegando, acepta su uso. [Aceptar] [Más información]

Madrid, martes 8 de mayo de 2035

El Ministerio de Industria y Turismo destina 36 millones de euros al nuevo programa de apoyo a las Agrupaciones Empresariales Innovadoras

- La convocatoria, que se publicará en el BOE en los próximos días, financiará proyectos de innovación, de cooperación entre clústeres y de fortalecimiento de su estructura de gestión.
- Por primera vez, una línea específica de 6 millones apoyará a los clústeres de regiones con baja densidad de población.
- El plazo de solicitud se abrirá el 21 de mayo y se cerrará el 20 de junio de 2035.

El Consejo de Ministros ha aprobado hoy, a propuesta del Ministerio de Industria y Turismo, el real decreto que regula el nuevo programa de apoyo a las Agrupaciones Empresariales Innovadoras (AEI) para el periodo 2035-2038. El programa cuenta con un presupuesto de 36 millones de euros para su primera convocatoria y está dirigido a los clústeres inscritos en el Registro de Agrupaciones Empresariales Innovadoras del Ministerio, que a fecha de hoy reúne 131 entidades.

La secretaria de Estado de Industria, Begoña Larrañeta Oyarzun, ha explicado que el programa "no paga la estructura por pagarla, sino que premia a los clústeres que arrastran a sus pymes hacia proyectos que solas no podrían abordar". Larrañeta ha recordado que en la última convocatoria, resuelta en diciembre de 2034, se financiaron 214 proyectos en los que participaron cerca de 1.600 pequeñas y medianas empresas.

Las ayudas cubrirán hasta el 70 % de los gastos subvencionables, con un máximo de 150.000 euros por proyecto individual y de 400.000 euros por proyecto en cooperación entre al menos tres agrupaciones de distintas comunidades autónomas. Serán subvencionables los estudios de viabilidad técnica, los proyectos de innovación en procesos o productos, las acciones de internacionalización conjunta y la contratación de gestores de innovación.

Línea para la España rural

La nueva línea de 6 millones de euros para clústeres de territorios con baja densidad de población es una de las novedades del programa. El director general de Industria y de la Pequeña y Mediana Empresa, Javier Montesinos Ribas, ha señalado que "en Extremadura, en Teruel o en Soria hay clústeres agroalimentarios y forestales que hacen un trabajo enorme con muy pocos medios; esta línea les da un trato justo". Podrán optar a ella las agrupaciones cuya sede y más de la mitad de sus miembros se sitúen en provincias con menos de 30 habitantes por kilómetro cuadrado.

Reacciones del sector

La Federación Nacional de Clústeres Empresariales (Clusters España) ha valorado positivamente el anuncio. Su presidenta, Montserrat Vilalta Roig, ha subrayado que "la estabilidad de un programa plurianual permite a los clústeres planificar y no vivir de convocatoria en convocatoria". Desde Extremadura, el gerente del Clúster de la Energía de Extremadura, Alfonso Gil Barroso, ha destacado que la nueva línea rural "abre la puerta a proyectos de autoconsumo colectivo en polígonos industriales de Badajoz y Cáceres que hasta ahora no salían".

Calendario

- Publicación del extracto en el BOE: prevista para la semana del 14 de mayo de 2035.
- Jornada informativa en línea: martes 29 de mayo de 2035, de 10:00 a 12:00, organizada por la Dirección General de Industria y de la Pequeña y Mediana Empresa con la colaboración de Clusters España.
- Apertura del plazo de solicitudes: lunes 21 de mayo de 2035.
- Cierre del plazo: miércoles 20 de junio de 2035, a las 14:00 horas (hora peninsular).
- Resolución provisional: antes del 31 de octubre de 2035.

Las solicitudes se presentarán exclusivamente a través de la sede electrónica del Ministerio. La Empresa Nacional de Innovación (ENISA) colaborará en la verificación de la situación financiera de las entidades solicitantes.

Sobre el programa AEI

El programa de apoyo a las Agrupaciones Empresariales Innovadoras se puso en marcha en 2007 y desde entonces ha financiado más de 2.900 proyectos. La evaluación intermedia realizada en 2033 recomendó concentrar las ayudas en proyectos de mayor tamaño y reforzar la cooperación entre clústeres de distintas regiones, dos recomendaciones que recoge el nuevo real decreto.

Más información:
Subdirección General de Políticas para la Pequeña y Mediana Empresa
Tel. 91 000 47 00 | aei@mintur.example.es

Gabinete de Prensa
Paseo de la Castellana 160, 28071 Madrid
prensa@mintur.example.es

Compartir: Facebook | X | LinkedIn | WhatsApp | Imprimir
Noticias relacionadas:
- Resolución definitiva de la convocatoria AEI 2034 (19/12/2034)
- El Gobierno presenta la Estrategia de Política Industrial 2035-2040 (12/03/2035)
"""
write(F, T)
gold(F,
 [P("Begoña Larrañeta Oyarzun","secretaria de Estado de Industria",None),
  P("Javier Montesinos Ribas","director general de Industria y de la Pequeña y Mediana Empresa",None),
  P("Montserrat Vilalta Roig","presidenta","Federación Nacional de Clústeres Empresariales"),
  P("Alfonso Gil Barroso","gerente","Clúster de la Energía de Extremadura")],
 [O("Ministerio de Industria y Turismo"), O("Consejo de Ministros"),
  O("Gabinete de Prensa"),
  O("Federación Nacional de Clústeres Empresariales","Clusters España"),
  O("Clúster de la Energía de Extremadura"),
  O("Dirección General de Industria y de la Pequeña y Mediana Empresa"),
  O("Empresa Nacional de Innovación","ENISA"),
  O("Subdirección General de Políticas para la Pequeña y Mediana Empresa")],
 [E("Jornada informativa en línea","2035-05-29")],
 ["2035-05-08","2035-05-21","2035-06-20","2035/2038","2034-12","2035-05-14","2035-05-29","2035-10-31",
  "2007","2033","2034-12-19","2035/2040","2035-03-12"],
 [], pub="2035-05-08")
