from h import *
F = 'g04_murcia_convocatoria_euroclusters_pymes.html'
assert wd(2039,10,19)=='Wednesday' and wd(2039,11,15)=='Tuesday' and wd(2039,10,27)=='Thursday' and wd(2039,12,14)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Convocatoria abierta para pymes – AGRIWATER Eurocluster | Clúster Agroalimentario de la Región de Murcia</title></head>
<body>
<div id="aviso-cookies">Utilizamos cookies propias y de terceros para analizar el uso de la web. <a href="#">Aceptar</a> <a href="#">Configurar</a> <a href="/politica-cookies">Más información</a></div>
<header><p class="logo">CAGRIMUR · Clúster Agroalimentario de la Región de Murcia</p>
<nav><a href="/">Inicio</a> | <a href="/quienes-somos">Quiénes somos</a> | <a href="/socios">Socios</a> | <a href="/proyectos">Proyectos europeos</a> | <a href="/agenda">Agenda</a> | <a href="/noticias">Noticias</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="migas">Inicio / Proyectos europeos / AGRIWATER / Convocatorias</p>
<h1>Abierta la segunda convocatoria de AGRIWATER para pymes: hasta 60.000 euros para proyectos de agua y digitalización</h1>
<p class="fecha">Publicado el 19/10/2039 · Redacción CAGRIMUR · Categoría: Convocatorias</p>

<p>El Eurocluster AGRIWATER, financiado por el Programa para el Mercado Único de la Unión Europea, abre su segunda convocatoria de apoyo financiero a terceros. Está dirigida a pequeñas y medianas empresas del sector agroalimentario que quieran introducir tecnologías de riego de precisión, reutilización de aguas o control digital de la cadena de frío. El presupuesto total de la convocatoria es de 1,2 millones de euros.</p>

<p>AGRIWATER está coordinado por el Clúster Agroalimentario de la Región de Murcia (CAGRIMUR), con sede en Cartagena, y cuenta con otros siete socios: el Centro Tecnológico Nacional de la Conserva y Alimentación (CTC) de Molina de Segura, la Universidad Politécnica de Cartagena (UPCT), el clúster italiano Agrifood Sicilia Scarl, la asociación griega Hellenic Food Cluster, la red portuguesa PortugalFoods, el neerlandés Foodvalley NL y la empresa de consultoría Aquora Consulting, S.L.</p>

<h2>¿Quién puede presentarse?</h2>
<p>Pueden participar las pymes legalmente establecidas en un Estado miembro de la UE o en un país asociado al Programa para el Mercado Único, de forma individual o en consorcios de hasta tres empresas. Cada empresa solo puede recibir una ayuda en esta convocatoria. No pueden optar las empresas que ya resultaron beneficiarias en la primera convocatoria, cerrada el 30 de abril de 2039.</p>

<h2>¿Qué se financia?</h2>
<ul>
<li>Proyectos piloto de innovación (hasta 60.000 euros, duración máxima de 9 meses)</li>
<li>Bonos de servicios tecnológicos prestados por centros de la red (hasta 15.000 euros)</li>
<li>Misiones de internacionalización a ferias del sector (hasta 5.000 euros por empresa)</li>
</ul>

<h2>Plazos</h2>
<table>
<tr><td>Apertura de la convocatoria</td><td>19 de octubre de 2039</td></tr>
<tr><td>Sesión informativa en línea</td><td>jueves, 27 de octubre de 2039, de 10:00 a 11:30 h</td></tr>
<tr><td>Jornada presencial de preguntas y respuestas</td><td>martes, 15 de noviembre de 2039, en Lorca</td></tr>
<tr><td>Cierre de la convocatoria</td><td>14 de diciembre de 2039, 17:00 h (CET)</td></tr>
<tr><td>Resolución</td><td>febrero de 2040</td></tr>
</table>

<p>La sesión informativa correrá a cargo de Paula Sánchez-Navarro, gerente de CAGRIMUR, y de Giorgos Papadakis, responsable de proyectos europeos de Hellenic Food Cluster. La jornada presencial se celebrará en el Vivero de Empresas de Lorca, con la colaboración del Ayuntamiento de Lorca y del Instituto de Fomento de la Región de Murcia (INFO). Intervendrá la directora general de Innovación Agroalimentaria de la Comunidad Autónoma de la Región de Murcia, Dña. María José Ortuño Belmonte.</p>

<h2>Lecciones de la primera convocatoria</h2>
<p>En la primera convocatoria se recibieron 143 solicitudes de 14 países y se financiaron 22 proyectos. El comité de evaluación, presidido por el profesor Antonio de Haro Llamas (UPCT), destacó en su informe las siguientes conclusiones:</p>
<ul>
<li>Las propuestas de consorcios transfronterizos obtuvieron de media mejores puntuaciones que las individuales</li>
<li>Muchas pymes subestimaron el tiempo necesario para los permisos de reutilización de agua</li>
<li>Los presupuestos deben justificar mejor el coste del personal propio</li>
</ul>

<p>"Queremos que esta vez se presenten más empresas pequeñas del interior, no solo las grandes cooperativas del Campo de Cartagena", explicó Paula Sánchez-Navarro.</p>

<p>Las solicitudes se presentan exclusivamente a través de la plataforma de la convocatoria. Las bases completas están disponibles en inglés y en español. Para dudas: convocatorias@cagrimur.example.es</p>

<p><a href="#">Descargar bases (PDF, 1,4 MB)</a> · <a href="#">Compartir en LinkedIn</a> · <a href="#">Compartir en X</a> · <a href="#">Enviar por correo</a></p>
<p class="otras">Otras noticias: <a href="#">AGRIWATER celebra su reunión de socios en Palermo</a> · <a href="#">CAGRIMUR en la feria Fruit Attraction</a></p>
</main>
<footer><p>Clúster Agroalimentario de la Región de Murcia · Calle Real 00, 30201 Cartagena · Proyecto cofinanciado por la Unión Europea. Las opiniones expresadas son exclusivamente las de sus autores. <a href="#">Aviso legal</a> · <a href="#">Privacidad</a></p></footer>
</body></html>
"""
write(F, T)
C="Clúster Agroalimentario de la Región de Murcia"
gold(F,
 [P("Paula Sánchez-Navarro","gerente",C),
  P("Giorgos Papadakis","responsable de proyectos europeos","Hellenic Food Cluster"),
  P("María José Ortuño Belmonte","directora general de Innovación Agroalimentaria","Comunidad Autónoma de la Región de Murcia"),
  P("Antonio de Haro Llamas","profesor","Universidad Politécnica de Cartagena")],
 [O(C,"CAGRIMUR"), O("Centro Tecnológico Nacional de la Conserva y Alimentación","CTC"),
  O("Universidad Politécnica de Cartagena","UPCT"), O("Agrifood Sicilia Scarl"), O("Hellenic Food Cluster"),
  O("PortugalFoods"), O("Foodvalley NL"), O("Aquora Consulting, S.L."), O("Ayuntamiento de Lorca"),
  O("Instituto de Fomento de la Región de Murcia","INFO"), O("Comunidad Autónoma de la Región de Murcia")],
 [E("Sesión informativa en línea","2039-10-27",None,None,None),
  E("Jornada presencial de preguntas y respuestas","2039-11-15",None,"Lorca","Spain"),
  E("reunión de socios",None,None,"Palermo","Italy"),
  E("Fruit Attraction")],
 ["2039-10-19","2039-04-30","2039-10-27","2039-11-15","2039-12-14","2040-02"],
 ["Las propuestas de consorcios transfronterizos obtuvieron de media mejores puntuaciones que las individuales",
  "Muchas pymes subestimaron el tiempo necesario para los permisos de reutilización de agua",
  "Los presupuestos deben justificar mejor el coste del personal propio"],
 pub="2039-10-19")
