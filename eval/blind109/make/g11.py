from h import *
F = 'g11_zamora_cluster_agroalimentario_boletin.txt'
assert wd(2038,5,17)=='Monday' and wd(2038,6,10)=='Thursday' and wd(2038,4,22)=='Thursday'
T = """Boletín informativo nº 33 · Mayo de 2038
Clúster Agroalimentario de Zamora (CLAZA)
Zamora, 6 de mayo de 2038

Ver en el navegador | Reenviar a un colega

== CARTA DEL PRESIDENTE ==

Queridos socios y socias:

Hace doce años, cuando un grupo de queseros, bodegueros y productores de legumbres decidió trabajar junto, nadie
hablaba de despoblación en las reuniones de empresa. Hoy es el primer asunto en casi todas. Nuestro clúster no puede
traer población por sí solo, pero sí puede ayudar a que las empresas de la provincia ofrezcan empleo estable y
formación. Por eso este año dedicaremos la mitad del presupuesto de proyectos a talento y vivienda para trabajadores.
Os espero en la Asamblea General.

Un abrazo,
Francisco Javier Rodríguez Alonso
Presidente

== NOTICIAS DE LOS SOCIOS ==

Damos la bienvenida a cuatro nuevos socios:
- Quesería Valle del Tera, S.L. (Camarzana de Tera)
- Legumbres de Sayago, S.Coop. (Bermillo de Sayago)
- Bodegas Toro Alto, S.A. (Toro)
- Instituto Tecnológico Agrario de Castilla y León (ITACyL), como socio tecnológico

Aniversario: la Cooperativa Cobadú celebra su 50 aniversario; fue fundada en Moraleja del Vino en 1988.

Inversión: Bodegas Toro Alto, S.A. invertirá 3,4 millones de euros en una nueva nave de crianza que estará terminada
en la vendimia de 2039.

== NOMBRAMIENTOS ==

Lucía Fernández Prieto ha sido nombrada gerente del clúster y sustituye a Alberto Calvo Martín, que se jubila tras
diez años en el cargo. La Asamblea de socios eligió como vicepresidenta a Marta Herrero Lozano, directora general de
Quesería Valle del Tera, S.L. El doctor Santiago Gallego Ramos, de la Universidad de Salamanca, se incorpora al
comité científico.

== AGENDA ==

Lunes 17 de mayo de 2038, 10:00-13:30
  Jornada "Etiquetado y Denominaciones de Origen", Cámara de Comercio de Zamora
  Inscripción gratuita hasta el 12 de mayo

Jueves 10 de junio de 2038, 17:00
  Asamblea General del CLAZA, Zamora

27-29 de septiembre de 2038
  Salón Gourmets, Madrid – estand colectivo del clúster (10 plazas)

Crónica: el jueves 22 de abril de 2038 se celebró en Benavente el encuentro "Agroalimentación y empleo rural" con
118 asistentes y 26 empresas; se firmaron tres convenios de prácticas con centros de formación profesional.

== DESDE BRUSELAS ==

La Comisión Europea ha publicado la convocatoria de la Plataforma Europea de Colaboración de Clústeres para
asociaciones agroalimentarias. Según Irene Muñoz, técnica de la Oficina de la Junta de Castilla y León en Bruselas,
el plazo se abrirá en octubre de 2038.

== ESTUDIO: EL EMPLEO EN LA INDUSTRIA AGROALIMENTARIA ZAMORANA ==

Junto con la Fundación General de la Universidad de Salamanca hemos encuestado a 91 empresas. Principales
conclusiones:
* El 48 % de las empresas no encuentra operarios cualificados
* La falta de vivienda de alquiler frena la contratación en el medio rural
* La formación dual es la medida mejor valorada por las empresas

== EMPLEO Y CONVOCATORIAS ==

- El clúster busca técnico/a de proyectos europeos (jornada completa). Envío de CV hasta el 31 de mayo de 2038.
- La Diputación de Zamora abre su línea de ayudas a la innovación agroalimentaria hasta el 15 de julio de 2038.

== LA VOZ DEL SOCIO ==

"Gracias al clúster vendemos nuestros garbanzos en tres cadenas de supermercados." – Rosa Martín Carbajo,
presidenta, Legumbres de Sayago, S.Coop.

--
Asociación Clúster Agroalimentario de Zamora · Avda. de Requejo 00, 49012 Zamora · CIF G00000000
Inscrita en el Registro de Asociaciones de Castilla y León con el nº 0000
Fotografías: Alejandro Vicente
Si no desea recibir más comunicaciones, pulse aquí para darse de baja. Protección de datos: RGPD (UE) 2016/679.
"""
write(F, T)
CZ="Clúster Agroalimentario de Zamora"
gold(F,
 [P("Francisco Javier Rodríguez Alonso","Presidente",CZ),
  P("Lucía Fernández Prieto","gerente",CZ),
  P("Alberto Calvo Martín",None,CZ),
  P("Marta Herrero Lozano","vicepresidenta",CZ),
  P("Santiago Gallego Ramos",None,"Universidad de Salamanca"),
  P("Irene Muñoz","técnica","Oficina de la Junta de Castilla y León en Bruselas"),
  P("Rosa Martín Carbajo","presidenta","Legumbres de Sayago, S.Coop."),
  P("Alejandro Vicente",None,None)],
 [O("Asociación Clúster Agroalimentario de Zamora","CLAZA"), O("Quesería Valle del Tera, S.L."),
  O("Legumbres de Sayago, S.Coop."), O("Bodegas Toro Alto, S.A."),
  O("Instituto Tecnológico Agrario de Castilla y León","ITACyL"), O("Cooperativa Cobadú"),
  O("Universidad de Salamanca"), O("Cámara de Comercio de Zamora"), O("Comisión Europea"),
  O("Plataforma Europea de Colaboración de Clústeres"), O("Oficina de la Junta de Castilla y León en Bruselas"),
  O("Fundación General de la Universidad de Salamanca"), O("Diputación de Zamora")],
 [E('Jornada "Etiquetado y Denominaciones de Origen"',"2038-05-17",None,"Zamora","Spain"),
  E("Asamblea General del CLAZA","2038-06-10",None,"Zamora","Spain"),
  E("Salón Gourmets","2038-09-27","2038-09-29","Madrid","Spain"),
  E('encuentro "Agroalimentación y empleo rural"',"2038-04-22",None,"Benavente","Spain")],
 ["2038-05","2038-05-06","1988","2039","2038-05-17","2038-05-12","2038-06-10","2038-09-27/2038-09-29","2038-04-22",
  "2038-10","2038-05-31","2038-07-15"],
 ["El 48 % de las empresas no encuentra operarios cualificados",
  "La falta de vivienda de alquiler frena la contratación en el medio rural",
  "La formación dual es la medida mejor valorada por las empresas"], "2038-05-06")
