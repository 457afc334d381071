from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_albacete_clumeca_boletin.eml'
assert wd(2042,3,13)=='Thursday' and wd(2042,4,9)=='Wednesday' and wd(2042,4,10)=='Thursday' and wd(2042,5,21)=='Wednesday' and wd(2042,2,24)=='Monday'
body = """Si no ves bien este correo, ábrelo en tu navegador.

BOLETÍN CLUMECA · Nº 41 · MARZO 2042
Asociación Clúster del Metal y la Cuchillería de Albacete

Inicio | Quiénes somos | Socios | Proyectos | Agenda | Contacto

------------------------------------------------------------
EN PORTADA: JORNADA DE TRANSFORMACIÓN DIGITAL
------------------------------------------------------------
El pasado jueves 13 de marzo, más de setenta personas participaron en la Jornada de Transformación Digital del Metal, celebrada en el Parque Científico y Tecnológico de Castilla-La Mancha, en Albacete. La inauguraron la presidenta del clúster, Mercedes Navarro-Alarcón, y el director general de Empresas de la Junta de Comunidades de Castilla-La Mancha, Julián Gómez de Tejada.

La ponencia principal corrió a cargo de Ignacio Etxeberria Urkiola, responsable de fabricación avanzada del centro tecnológico Tekniker (Eibar), que presentó casos de pymes vascas que han digitalizado sus talleres con presupuestos modestos. Le siguió una mesa redonda con tres empresas socias: Cuchillería Hermanos Moreno, S.L., Forjas del Júcar, S.A. y Aceros Levante Manchego, S.L.

Conclusiones de la jornada
1. La digitalización debe empezar por los datos de producción que la empresa ya tiene, no por comprar maquinaria nueva
2. Las pymes del sector necesitan un servicio común de ciberseguridad
3. La formación de los mandos intermedios es la principal palanca de cambio
4. El clúster debe reforzar la colaboración con la Universidad de Castilla-La Mancha (UCLM) en proyectos de fin de máster en empresas

[Ver fotos y presentaciones]

------------------------------------------------------------
VIDA ASOCIATIVA
------------------------------------------------------------
En la reunión de la Junta Directiva del lunes 24 de febrero de 2042 se aprobó el plan de actuación para el periodo 2042–2045. La Junta dio también la bienvenida a tres nuevos socios: Talleres Villarrobledo Mecánica, S.L., el Instituto de Educación Secundaria Universidad Laboral de Albacete y la consultora Inndea Manchuela, S.L.

La Asamblea General Ordinaria se celebrará el miércoles 21 de mayo de 2042, a las 17:00 h en primera convocatoria, en el Museo Municipal de la Cuchillería de Albacete. Se elegirá a la mitad de la Junta Directiva, cuyo mandato vence este año.

Nuevo gerente: desde el 1 de marzo, Rubén Sotos Martínez es el nuevo gerente del clúster. Ingeniero industrial por la UCLM, trabajó de 2031 a 2041 en el Instituto Tecnológico Metalmecánico (AIDIMME) de Paterna. Sustituye a Pilar Gascón, que se jubiló tras quince años al frente de la asociación.

------------------------------------------------------------
AGENDA
------------------------------------------------------------
· 9 y 10 de abril de 2042 – Misión comercial a Solingen y visita a la feria "Schneidwaren Forum", en colaboración con la Cámara de Comercio de Albacete e ICEX España Exportación e Inversiones. Primer día: visitas a empresas cuchilleras; segundo día: encuentros B2B en la feria. Plazo de inscripción: hasta el 27 de marzo.
· Mayo de 2042 – Curso de soldadura robotizada (40 horas), con la Fundación Laboral del Metal.
· Del 30 de septiembre al 2 de octubre de 2042 – Feria Nacional de la Cuchillería, 7ª edición, Recinto Ferial de Albacete. Las ediciones anteriores se celebraron en 2036, 2038 y 2040; el certamen es bienal.

------------------------------------------------------------
CONVOCATORIAS
------------------------------------------------------------
La Junta de Comunidades ha abierto la convocatoria de ayudas a agrupaciones empresariales innovadoras. Plazo: del 1 al 30 de abril de 2042. El equipo técnico del clúster ofrece apoyo gratuito a los socios para preparar proyectos.

------------------------------------------------------------
Asociación Clúster del Metal y la Cuchillería de Albacete (CLUMECA)
Avda. de la Mancha, 4 · 02006 Albacete · boletin@clumeca.example.es
Recibes este boletín por ser socio o colaborador del clúster. Darse de baja | Política de privacidad
"""
m = EmailMessage()
m['From'] = 'CLUMECA <boletin@clumeca.example.es>'
m['To'] = 'socios@clumeca.example.es'
m['Subject'] = 'Boletín CLUMECA nº 41 – marzo 2042: jornada digital, nuevo gerente y agenda'
m['Date'] = format_datetime(datetime.datetime(2042,3,18,9,30,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C = "Asociación Clúster del Metal y la Cuchillería de Albacete"
gold(F,
 [P("Mercedes Navarro-Alarcón","presidenta",C),
  P("Julián Gómez de Tejada","director general de Empresas","Junta de Comunidades de Castilla-La Mancha"),
  P("Ignacio Etxeberria Urkiola","responsable de fabricación avanzada","Tekniker"),
  P("Rubén Sotos Martínez","gerente",C),
  P("Pilar Gascón",None,C)],
 [O(C,"CLUMECA"), O("Junta de Comunidades de Castilla-La Mancha"), O("Tekniker"),
  O("Cuchillería Hermanos Moreno, S.L."), O("Forjas del Júcar, S.A."), O("Aceros Levante Manchego, S.L."),
  O("Universidad de Castilla-La Mancha","UCLM"), O("Talleres Villarrobledo Mecánica, S.L."),
  O("Instituto de Educación Secundaria Universidad Laboral de Albacete"), O("Inndea Manchuela, S.L."),
  O("Instituto Tecnológico Metalmecánico","AIDIMME"), O("Cámara de Comercio de Albacete"),
  O("ICEX España Exportación e Inversiones"), O("Fundación Laboral del Metal")],
 [E("Jornada de Transformación Digital del Metal","2042-03-13",None,"Albacete","Spain"),
  E("reunión de la Junta Directiva","2042-02-24",None,None,None),
  E("Asamblea General Ordinaria","2042-05-21",None,"Albacete","Spain"),
  E("Misión comercial a Solingen","2042-04-09","2042-04-10","Solingen","Germany"),
  E("Schneidwaren Forum","2042-04-09","2042-04-10","Solingen","Germany"),
  E("visitas a empresas cuchilleras","2042-04-09",None,"Solingen","Germany"),
  E("encuentros B2B","2042-04-10",None,"Solingen","Germany"),
  E("Curso de soldadura robotizada","2042-05",None,None,None),
  E("Feria Nacional de la Cuchillería","2042-09-30","2042-10-02","Albacete","Spain"),
  E("Feria Nacional de la Cuchillería","2036",None,None,None),
  E("Feria Nacional de la Cuchillería","2038",None,None,None),
  E("Feria Nacional de la Cuchillería","2040",None,None,None)],
 ["2042-03","2042-03-13","2042-02-24","2042/2045","2042-05-21","2042-03-01","2031/2041","2042-04-09/2042-04-10",
  "2042-03-27","2042-05","2042-09-30/2042-10-02","2036","2038","2040","2042-04-01/2042-04-30","2042-03-18"],
 ["La digitalización debe empezar por los datos de producción que la empresa ya tiene, no por comprar maquinaria nueva",
  "Las pymes del sector necesitan un servicio común de ciberseguridad",
  "La formación de los mandos intermedios es la principal palanca de cambio",
  "El clúster debe reforzar la colaboración con la Universidad de Castilla-La Mancha (UCLM) en proyectos de fin de máster en empresas"],
 pub="2042-03-18")
