from h import *
F = 'g11_cuenca_foro_bioeconomia_conclusiones.html'
assert wd(2036,11,5)=='Wednesday' and wd(2036,11,6)=='Thursday' and wd(2036,11,4)=='Tuesday' and wd(2037,3,12)=='Thursday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Conclusiones del III Foro de Bioeconomía de la Serranía | Clúster Forestal de Cuenca</title></head>
<body>
<div class="cookies">Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. <a href="/politica-de-cookies">Más información</a> <button>Aceptar</button> <button>Rechazar</button></div>
<header><p class="logo">CLÚSTER FORESTAL DE CUENCA · Madera, resina y biomasa</p>
<nav><a href="/">Inicio</a> | <a href="/quienes-somos">Quiénes somos</a> | <a href="/socios">Socios</a> | <a href="/proyectos">Proyectos</a> | <a href="/actualidad">Actualidad</a> | <a href="/agenda">Agenda</a> | <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="migas">Inicio » Actualidad » Noticias</p>
<h1>El III Foro de Bioeconomía de la Serranía cierra con diez conclusiones y una hoja de ruta para la resina</h1>
<p class="fecha">Cuenca, 20 de noviembre de 2036 · Redacción</p>
<p class="compartir">Compartir: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>

<p>Más de 230 personas participaron los días 5 y 6 de noviembre de 2036 en el III Foro de Bioeconomía de la Serranía, celebrado en el Teatro Auditorio de Cuenca y en Tragacete. El encuentro, organizado por el Clúster Forestal de Cuenca junto con la Diputación Provincial de Cuenca y la Universidad de Castilla-La Mancha (UCLM), reunió a selvicultores, resineros, empresas de la madera, ayuntamientos y responsables de la Junta de Comunidades de Castilla-La Mancha.</p>

<p>La inauguración corrió a cargo del presidente de la Diputación, Álvaro Martínez Chana, y de la consejera de Desarrollo Sostenible de la Junta, Inmaculada Serrano Pardo, que anunció una nueva línea de ayudas para la mecanización de la resinación a partir de 2037. A continuación, la profesora de la Escuela de Ingeniería Forestal de la UCLM, Dra. Beatriz Carretero Ortega, presentó el estudio "La resina en la economía de la Serranía: empleo, precios y futuro", encargado por el clúster.</p>

<h2>Programa</h2>
<p><strong>Martes, 4 de noviembre</strong><br>20:30 Cena de bienvenida para ponentes en el Parador de Cuenca</p>
<p><strong>Miércoles, 5 de noviembre – Cuenca</strong><br>
9:30 Inauguración institucional<br>
10:15 Presentación del estudio sobre la resina<br>
12:00 Mesa redonda "Del monte a la fábrica: cadenas de valor cortas"<br>
16:30 Encuentros B2B entre empresas (46 reuniones)</p>
<p><strong>Jueves, 6 de noviembre – Tragacete</strong><br>
9:00 Visita a un monte en resinación y a la destilería de Resinas Serranía S.L.<br>
13:30 Comida de clausura y lectura de conclusiones</p>

<p>En la mesa redonda participaron Julián Hortelano, gerente de Maderas del Júcar S.A.; Pilar Moya Saiz, alcaldesa de Beteta; y Xavier Puigdomènech, del Centre de Ciència i Tecnologia Forestal de Catalunya (CTFC). Moderó el debate la gerente del clúster, Noelia Martínez de la Osa.</p>

<h2>Conclusiones</h2>
<p>Los participantes aprobaron las siguientes conclusiones, que se trasladarán a la Junta y a la Diputación:</p>
<ol>
<li>La resina vuelve a ser rentable, pero solo si se garantiza un precio mínimo estable al resinero durante al menos cinco campañas</li>
<li>La mecanización de la extracción es imprescindible para atraer a jóvenes al oficio</li>
<li>Las empresas de la madera necesitan certificación forestal en más superficie pública de la provincia</li>
<li>Los ayuntamientos propietarios de montes deben reinvertir parte de los ingresos forestales en el propio monte</li>
<li>Es necesaria una planta de biomasa de tamaño medio en la Serranía Alta para aprovechar los restos de corta</li>
<li>El clúster debe crear una marca común para los productos forestales de Cuenca</li>
<li>Hay que coordinar la formación profesional forestal con las necesidades reales de las empresas</li>
<li>La cooperación con Cataluña y Portugal en resina debe formalizarse en un proyecto europeo</li>
<li>La prevención de incendios es también una política económica y debe financiarse como tal</li>
<li>El foro debe celebrarse cada año, alternando entre Cuenca y un municipio de la Serranía</li>
</ol>

<p>La gerente del clúster destacó que "por primera vez hemos salido de un foro con compromisos concretos y con fechas". El primero de ellos será una reunión de trabajo sobre la marca común, prevista para el jueves 12 de marzo de 2037 en la sede del clúster.</p>

<h3>Ediciones anteriores</h3>
<ul>
<li>I Foro de Bioeconomía de la Serranía – Cuenca, 18 y 19 de octubre de 2034</li>
<li>II Foro de Bioeconomía de la Serranía – Priego, 22 de octubre de 2035</li>
</ul>

<p class="compartir">Compartir: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
<p><a href="/actualidad">« Volver a Actualidad</a></p>
</main>
<footer><p>Clúster Forestal de Cuenca · C/ Hermanos Becerril 27, 16004 Cuenca · info@clusterforestalcuenca.example.es</p>
<p>Proyecto cofinanciado por el Fondo Europeo de Desarrollo Regional. © 2036 · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a> · <a href="/accesibilidad">Accesibilidad</a></p></footer>
</body></html>
"""
write(F, T)
C = "Clúster Forestal de Cuenca"; U = "Universidad de Castilla-La Mancha"; J = "Junta de Comunidades de Castilla-La Mancha"
gold(F,
 [P("Álvaro Martínez Chana","presidente de la Diputación","Diputación Provincial de Cuenca"),
  P("Inmaculada Serrano Pardo","consejera de Desarrollo Sostenible",J),
  P("Beatriz Carretero Ortega","profesora",U),
  P("Julián Hortelano","gerente","Maderas del Júcar S.A."),
  P("Pilar Moya Saiz","alcaldesa de Beteta",None),
  P("Xavier Puigdomènech",None,"Centre de Ciència i Tecnologia Forestal de Catalunya"),
  P("Noelia Martínez de la Osa","gerente",C)],
 [O(C), O("Diputación Provincial de Cuenca"), O(U,"UCLM"), O(J), O("Escuela de Ingeniería Forestal"),
  O("Resinas Serranía S.L."), O("Maderas del Júcar S.A."), O("Centre de Ciència i Tecnologia Forestal de Catalunya","CTFC")],
 [E("III Foro de Bioeconomía de la Serranía","2036-11-05","2036-11-06","Cuenca, Tragacete","Spain"),
  E("Cena de bienvenida","2036-11-04",None,"Cuenca","Spain"),
  E("La resina en la economía de la Serranía: empleo, precios y futuro","2036-11-05",None,"Cuenca","Spain"),
  E("Encuentros B2B","2036-11-05",None,"Cuenca","Spain"),
  E("Visita a un monte en resinación y a la destilería de Resinas Serranía S.L.","2036-11-06",None,"Tragacete","Spain"),
  E("reunión de trabajo sobre la marca común","2037-03-12",None,None,None),
  E("I Foro de Bioeconomía de la Serranía","2034-10-18","2034-10-19","Cuenca","Spain"),
  E("II Foro de Bioeconomía de la Serranía","2035-10-22",None,"Priego","Spain")],
 ["2036-11-20","2036-11-05/2036-11-06","2037","2036-11-04","2036-11-05","2036-11-06","2037-03-12","2034-10-18/2034-10-19","2035-10-22"],
 ["La resina vuelve a ser rentable, pero solo si se garantiza un precio mínimo estable al resinero durante al menos cinco campañas",
  "La mecanización de la extracción es imprescindible para atraer a jóvenes al oficio",
  "Las empresas de la madera necesitan certificación forestal en más superficie pública de la provincia",
  "Los ayuntamientos propietarios de montes deben reinvertir parte de los ingresos forestales en el propio monte",
  "Es necesaria una planta de biomasa de tamaño medio en la Serranía Alta para aprovechar los restos de corta",
  "El clúster debe crear una marca común para los productos forestales de Cuenca",
  "Hay que coordinar la formación profesional forestal con las necesidades reales de las empresas",
  "La cooperación con Cataluña y Portugal en resina debe formalizarse en un proyecto europeo",
  "La prevención de incendios es también una política económica y debe financiarse como tal",
  "El foro debe celebrarse cada año, alternando entre Cuenca y un municipio de la Serranía"],
 pub="2036-11-20")
