from h import *
F = 'g04_granada_eurocluster_convocatoria_pymes.html'
assert wd(2039,2,2)=='Wednesday' and wd(2039,3,15)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Convocatoria abierta para pymes – HEALTHBRIDGE Eurocluster | OnGranada Tech City</title></head>
<body>
<div id="aviso-cookies">Este sitio web utiliza cookies propias y de terceros para mejorar su experiencia de navegación. <a href="/politica-cookies">Más información</a> <button>Aceptar</button> <button>Configurar</button></div>
<header><p class="marca">OnGranada Tech City · Clúster de Tecnologías de la Información y Salud Digital de Granada</p>
<nav><a href="/">Inicio</a> · <a href="/cluster">El clúster</a> · <a href="/socios">Socios</a> · <a href="/proyectos">Proyectos europeos</a> · <a href="/actualidad">Actualidad</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="migas">Inicio / Proyectos europeos / HEALTHBRIDGE / Convocatorias</p>
<h1>HEALTHBRIDGE abre su segunda convocatoria de ayudas para pymes de salud digital</h1>
<p class="fecha">Publicado el 2 de febrero de 2039 · Redacción OnGranada</p>

<p>El Eurocluster HEALTHBRIDGE, financiado por el Programa para el Mercado Único de la Unión Europea, abre hoy su segunda convocatoria de apoyo financiero a terceros. La convocatoria está dirigida a pequeñas y medianas empresas del ecosistema de salud que quieran adoptar tecnologías digitales, validar un producto en un hospital de otro país o formar a su plantilla en inteligencia artificial aplicada.</p>

<p>HEALTHBRIDGE está coordinado por la Asociación Clúster OnGranada Tech City y reúne a seis socios de cinco países: BioCat (Barcelona), el clúster esloveno Slovenian Health Cluster – Zdravstveni grozd Slovenije, MedTech Flanders, el clúster rumano Transilvania Digital Health Cluster de Cluj-Napoca, Health Valley Netherlands y la Fundación Progreso y Salud de la Junta de Andalucía.</p>

<h2>¿Qué se financia?</h2>
<ul>
<li>Bonos de innovación de hasta 30 000 euros para adoptar soluciones digitales</li>
<li>Bonos de validación clínica de hasta 50 000 euros, en un hospital o laboratorio de otro Estado miembro</li>
<li>Bonos de formación de hasta 10 000 euros por empresa</li>
</ul>
<p>El presupuesto total de la convocatoria es de 1,2 millones de euros. Las solicitudes se presentan a través de la plataforma del proyecto entre el 2 de febrero y el 28 de abril de 2039 a las 14:00 (hora de Bruselas). La resolución se publicará en julio de 2039.</p>

<h2>Jornadas informativas</h2>
<p>El equipo del proyecto organiza dos sesiones para resolver dudas:</p>
<ul>
<li>Martes, 15 de marzo de 2039, 10:00 – seminario web en inglés con todos los socios</li>
<li>Jueves, 24 de marzo de 2039, 12:00 – jornada presencial en el Parque Tecnológico de la Salud (PTS) de Granada, en español</li>
</ul>
<p>En la jornada presencial intervendrán Rocío Jiménez de Haro, gerente de OnGranada Tech City; Dr. Andrés Molina Quesada, director de innovación del Hospital Universitario Virgen de las Nieves; y Jana Kovač Novak, responsable de proyectos del Slovenian Health Cluster.</p>

<h2>Resultados de la primera convocatoria</h2>
<p>En la primera convocatoria, cerrada el 30 de septiembre de 2038, se recibieron 214 solicitudes de 19 países y se financiaron 41 pymes. Entre ellas figura la granadina Neuroscan Diagnostics S.L., que validó su software de análisis de imágenes en el hospital universitario de Lovaina. «Sin el bono no habríamos podido pagar el ensayo en Bélgica», explica su consejero delegado, Álvaro Cuesta-Linares.</p>

<h2>Recomendaciones para presentar su solicitud</h2>
<p>A partir de la experiencia de la primera convocatoria, los evaluadores recomiendan:</p>
<ol>
<li>Describir con cifras el problema que resuelve la solución y el mercado al que se dirige</li>
<li>Contactar antes de la solicitud con el socio del consorcio más cercano, que puede revisar el borrador</li>
<li>Presentar un presupuesto detallado por partidas y coherente con el plan de trabajo</li>
<li>En los bonos de validación, adjuntar una carta de interés del hospital o laboratorio de acogida</li>
</ol>

<p>Más información: Mercedes Ortega Villalba, técnica de proyectos europeos, <a href="mailto:healthbridge@ongranada.example.es">healthbridge@ongranada.example.es</a>, tel. 958 000 000.</p>
<p><a href="/proyectos/healthbridge/bases">Descargar las bases (PDF, 1,3 MB)</a> · <a href="/proyectos/healthbridge/faq">Preguntas frecuentes</a></p>
<p class="compartir">Compartir: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Correo</a></p>
</main>
<footer><p>Asociación Clúster OnGranada Tech City · Avenida de la Innovación 1, 18016 Granada</p>
<p>Proyecto cofinanciado por la Unión Europea. Las opiniones expresadas son exclusivamente las de sus autores. <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></p></footer>
</body></html>
"""
assert wd(2039,3,24)=='Thursday'
write(F, T)
A = "Asociación Clúster OnGranada Tech City"
gold(F,
 [P("Rocío Jiménez de Haro","gerente","OnGranada Tech City"),
  P("Andrés Molina Quesada","director de innovación","Hospital Universitario Virgen de las Nieves"),
  P("Jana Kovač Novak","responsable de proyectos","Slovenian Health Cluster"),
  P("Álvaro Cuesta-Linares","consejero delegado","Neuroscan Diagnostics S.L."),
  P("Mercedes Ortega Villalba","técnica de proyectos europeos",None)],
 [O(A), O("BioCat"), O("Slovenian Health Cluster – Zdravstveni grozd Slovenije"), O("MedTech Flanders"),
  O("Transilvania Digital Health Cluster"), O("Health Valley Netherlands"), O("Fundación Progreso y Salud"),
  O("Junta de Andalucía"), O("Hospital Universitario Virgen de las Nieves"), O("Neuroscan Diagnostics S.L.")],
 [E("seminario web en inglés con todos los socios","2039-03-15",None,None,None),
  E("jornada presencial","2039-03-24",None,"Granada","Spain")],
 ["2039-02-02","2039-02-02/2039-04-28","2039-07","2039-03-15","2039-03-24","2038-09-30"],
 ["Describir con cifras el problema que resuelve la solución y el mercado al que se dirige",
  "Contactar antes de la solicitud con el socio del consorcio más cercano, que puede revisar el borrador",
  "Presentar un presupuesto detallado por partidas y coherente con el plan de trabajo",
  "En los bonos de validación, adjuntar una carta de interés del hospital o laboratorio de acogida"],
 pub="2039-02-02")
