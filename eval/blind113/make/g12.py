from h import *
F = 'g12_jaen_jornada_economia_circular.html'
assert wd(2042,3,6)=='Thursday' and wd(2042,3,10)=='Monday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Crónica: II Jornada de Economía Circular en el Olivar | Clúster Oleícola de Jaén</title></head>
<body>
<div class="cookies">Utilizamos cookies propias y de terceros para fines analíticos. <a href="/politica-cookies">Más información</a> <button>Aceptar</button> <button>Rechazar</button></div>
<header><p class="logo">Clúster Oleícola de Jaén</p>
<nav><a href="/">Inicio</a> | <a href="/quienes-somos">Quiénes somos</a> | <a href="/socios">Socios</a> | <a href="/proyectos">Proyectos</a> | <a href="/agenda">Agenda</a> | <a href="/noticias">Noticias</a> | <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="migas">Inicio » Noticias » Crónica: II Jornada de Economía Circular en el Olivar</p>
<article>
<h1>Más de 200 profesionales debaten en Jaén cómo aprovechar cada resto del olivar</h1>
<p class="fecha">Publicado el 10/03/2042 por Comunicación COJ</p>
<p>La <strong>II Jornada de Economía Circular en el Olivar</strong> reunió el pasado jueves 6 de marzo en el Palacio de Congresos de Jaén a 214 profesionales de almazaras, cooperativas, empresas de bioenergía, centros tecnológicos y administraciones. La jornada fue organizada por el Clúster Oleícola de Jaén (COJ) junto con la Universidad de Jaén y el Centro Tecnológico del Plástico (Andaltec), con el apoyo de la Diputación Provincial de Jaén y de la Agencia de Innovación y Desarrollo de Andalucía (Agencia IDEA).</p>
<p>Abrió el acto el presidente del clúster, Antonio Jesús Moreno de la Torre, quien recordó que la provincia genera cada campaña más de cuatro millones de toneladas de subproductos –hueso, orujo, alperujo, hojas y poda– "que todavía vemos como un problema y no como una materia prima". Le siguieron la vicepresidenta de la Diputación Provincial de Jaén, Pilar Quesada Ortega, y el vicerrector de Transferencia de la Universidad de Jaén, Manuel Ruiz-Bravo.</p>
<p>La ponencia principal corrió a cargo de la investigadora italiana Chiara Lo Giudice, del Consiglio Nazionale delle Ricerche (CNR), que presentó la experiencia de Apulia en la extracción de polifenoles del alperujo. A continuación, una mesa redonda moderada por la periodista Lucía Anguita reunió a Francisco Javier Cobo (gerente de la cooperativa Nuestra Señora de los Remedios, Jimena), Inmaculada Parras-Vílchez (directora de I+D de Andaltec) y el técnico de la Agencia IDEA Rafael Martos Hidalgo.</p>
<p>Por la tarde, unos cuarenta asistentes participaron en la visita técnica a la planta de cogeneración con orujillo de Oleícola El Tejar en Villanueva del Arzobispo, mientras en el Palacio de Congresos se celebraban las reuniones B2B entre empresas y grupos de investigación, con 58 citas.</p>
<h2>Conclusiones</h2>
<p>Al cierre, la secretaria técnica del COJ, Elena Castillo Guzmán, leyó las conclusiones de la jornada:</p>
<ol>
<li>El hueso de aceituna y la poda deben valorizarse como materiales y no solo como combustible</li>
<li>Las almazaras pequeñas necesitan plantas de tratamiento compartidas, gestionadas por cooperativas de segundo grado</li>
<li>La provincia debe contar con un laboratorio piloto para extraer compuestos de alto valor del alperujo</li>
<li>Los fondos europeos de la próxima convocatoria deben dedicarse a proyectos entre empresas de distintos sectores</li>
</ol>
<h2>Próximas citas</h2>
<p>El clúster prepara una misión técnica a Bari (Italia) del 19 al 22 de mayo de 2042 para conocer los proyectos presentados por el CNR, y la III Jornada se celebrará en Úbeda en marzo de 2043. La primera edición tuvo lugar en Martos el 17 de febrero de 2041, en la sede de Andaltec.</p>
<p>Las presentaciones de la jornada están disponibles en el área de socios. <a href="/socios/area">Acceder</a></p>
<p class="compartir">Compartir: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
</article>
<aside><h3>Noticias relacionadas</h3>
<ul><li><a href="#">El COJ se incorpora a la red europea de clústeres agroalimentarios</a></li>
<li><a href="#">Abierta la inscripción a la misión técnica a Bari</a></li></ul></aside>
</main>
<footer><p>Clúster Oleícola de Jaén · Parque Científico-Tecnológico GEOLIT, Mengíbar (Jaén) · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · Proyecto cofinanciado por el Fondo Europeo de Desarrollo Regional</p></footer>
</body></html>
"""
write(F, T)
C="Clúster Oleícola de Jaén"
gold(F,
 [P("Antonio Jesús Moreno de la Torre","presidente",C),
  P("Pilar Quesada Ortega","vicepresidenta","Diputación Provincial de Jaén"),
  P("Manuel Ruiz-Bravo","vicerrector de Transferencia","Universidad de Jaén"),
  P("Chiara Lo Giudice","investigadora","Consiglio Nazionale delle Ricerche"),
  P("Lucía Anguita","periodista",None),
  P("Francisco Javier Cobo","gerente","Nuestra Señora de los Remedios"),
  P("Inmaculada Parras-Vílchez","directora de I+D","Andaltec"),
  P("Rafael Martos Hidalgo","técnico","Agencia IDEA"),
  P("Elena Castillo Guzmán","secretaria técnica","COJ")],
 [O(C,"COJ"), O("Universidad de Jaén"), O("Centro Tecnológico del Plástico","Andaltec"), O("Diputación Provincial de Jaén"),
  O("Agencia de Innovación y Desarrollo de Andalucía","Agencia IDEA"), O("Consiglio Nazionale delle Ricerche","CNR"),
  O("Nuestra Señora de los Remedios"), O("Oleícola El Tejar")],
 [E("II Jornada de Economía Circular en el Olivar","2042-03-06",None,"Jaén","Spain"),
  E("visita técnica a la planta de cogeneración con orujillo de Oleícola El Tejar","2042-03-06",None,"Villanueva del Arzobispo","Spain"),
  E("reuniones B2B","2042-03-06",None,"Jaén","Spain"),
  E("misión técnica a Bari","2042-05-19","2042-05-22","Bari","Italy"),
  E("III Jornada","2043-03",None,"Úbeda","Spain"),
  E("primera edición","2041-02-17",None,"Martos","Spain")],
 ["2042-03-10","2042-03-06","2042-05-19/2042-05-22","2043-03","2041-02-17"],
 ["El hueso de aceituna y la poda deben valorizarse como materiales y no solo como combustible",
  "Las almazaras pequeñas necesitan plantas de tratamiento compartidas, gestionadas por cooperativas de segundo grado",
  "La provincia debe contar con un laboratorio piloto para extraer compuestos de alto valor del alperujo",
  "Los fondos europeos de la próxima convocatoria deben dedicarse a proyectos entre empresas de distintos sectores"], pub="2042-03-10")
