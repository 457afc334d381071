from h import *
F = 'g11_extremadura_grupos_trabajo.html'
assert wd(2035,2,13)=='Tuesday' and wd(2035,3,8)=='Thursday' and wd(2035,4,19)=='Thursday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Grupos de trabajo – Clúster Energético del Guadiana</title></head>
<body>
<div class="aviso-cookies">Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. <a href="/cookies">Más información</a> <a href="#">Aceptar</a></div>
<header><p class="logo">Clúster Energético del Guadiana</p>
<nav><a href="/">Inicio</a> · <a href="/cluster">El clúster</a> · <a href="/socios">Socios</a> · <a href="/grupos">Grupos de trabajo</a> · <a href="/proyectos">Proyectos</a> · <a href="/agenda">Agenda</a> · <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="miga">Inicio / El clúster / Grupos de trabajo</p>
<h1>Grupos de trabajo</h1>
<p>Los grupos de trabajo son el espacio donde los socios del Clúster Energético del Guadiana (CEGU) comparten problemas, preparan proyectos y elaboran propuestas para las administraciones. Cada grupo tiene un coordinador y un cocoordinador elegidos por sus miembros para dos años, y cuenta con el apoyo de un técnico de la oficina del clúster. La participación está abierta a todos los socios sin coste adicional y cada empresa puede inscribir a varias personas. La composición actual fue aprobada por la Junta Directiva el martes 13 de febrero de 2035.</p>

<h2>GT1 – Autoconsumo y comunidades energéticas</h2>
<p><strong>Coordinadora:</strong> Lucía Sánchez Barroso, directora técnica de Solaria Vegas Altas S.L. (Don Benito)<br>
<strong>Cocoordinador:</strong> Francisco Javier Gil Cordero, Agencia Extremeña de la Energía (AGENEX)<br>
<strong>Técnica de apoyo:</strong> Marta Rodríguez Pozo</p>
<p>Prioridades 2035: guía de comunidades energéticas para ayuntamientos de menos de 5.000 habitantes; intercambio con la Comunidad Energética de Olivenza; propuesta de simplificación de trámites de conexión.</p>

<h2>GT2 – Almacenamiento e hidrógeno verde</h2>
<p><strong>Coordinador:</strong> Dr. Antonio Tena Márquez, Universidad de Extremadura, Escuela de Ingenierías Industriales<br>
<strong>Cocoordinadora:</strong> Beatriz Muñoz Calderón, Hidrógeno Tajo S.A. (Navalmoral de la Mata)<br>
<strong>Técnico de apoyo:</strong> Sergio Parejo Martín</p>
<p>Prioridades 2035: mapa de consumidores industriales de hidrógeno en la región; visita técnica a la planta de electrolisis de Puertollano; preparación de un proyecto Interreg con socios del Alentejo.</p>

<h2>GT3 – Biomasa y economía circular</h2>
<p><strong>Coordinador:</strong> José Manuel Rubio Ortiz, gerente de Biomasas de Tentudía S.Coop. (Monesterio)<br>
<strong>Cocoordinadora:</strong> Elena Gallardo Fuentes, Centro de Investigaciones Científicas y Tecnológicas de Extremadura (CICYTEX)<br>
<strong>Técnica de apoyo:</strong> Marta Rodríguez Pozo</p>

<h2>GT4 – Talento y formación</h2>
<p><strong>Coordinadora:</strong> Pilar Durán Cabello, directora del CIFP Santiago Apóstol (Almendralejo)<br>
<strong>Cocoordinador:</strong> Rubén Carrasco Vega, responsable de personas de Redes Eléctricas del Guadiana S.A.<br>
<strong>Técnico de apoyo:</strong> Sergio Parejo Martín</p>
<p>Prioridades 2035: catálogo de perfiles profesionales demandados por los socios; programa de prácticas compartidas; jornada con el Servicio Extremeño Público de Empleo (SEXPE).</p>

<h2>Próximas reuniones</h2>
<table>
<tr><th>Fecha</th><th>Grupo</th><th>Lugar</th></tr>
<tr><td>Jueves 8 de marzo de 2035, 10:00</td><td>GT1 – Autoconsumo</td><td>Sede del clúster, Badajoz</td></tr>
<tr><td>22 de marzo de 2035, 11:00</td><td>GT2 – Hidrógeno</td><td>En línea (Teams)</td></tr>
<tr><td>Jueves 19 de abril de 2035, 9:30</td><td>Plenario de todos los grupos</td><td>Parque Científico y Tecnológico de Extremadura, Badajoz</td></tr>
</table>

<h2>Conclusiones del plenario de 2034</h2>
<p>En el plenario celebrado el 23 de noviembre de 2034 los grupos acordaron las siguientes recomendaciones, que la Junta Directiva trasladó a la Consejería de Economía:</p>
<ul>
<li>Crear una ventanilla única regional para proyectos de autoconsumo colectivo</li>
<li>Incluir el hidrógeno verde en la próxima estrategia de especialización inteligente de Extremadura</li>
<li>Reservar una parte de las ayudas a la formación profesional dual para las empresas energéticas de menos de 50 trabajadores</li>
</ul>

<h2>¿Quieres participar?</h2>
<p>Escribe a la oficina técnica indicando el grupo que te interesa. Gerente del clúster: Ignacio Lozano Merino · grupos@clusterguadiana.example.es · 924 000 380.</p>
<p class="compartir">Compartir: <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></p>
</main>
<footer><p>Clúster Energético del Guadiana · Avda. de Elvas s/n, 06006 Badajoz</p>
<p>Con el apoyo de la Junta de Extremadura. <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="/accesibilidad">Accesibilidad</a></p></footer>
</body></html>
"""
write(F, T)
C = "Clúster Energético del Guadiana"
gold(F,
 [P("Lucía Sánchez Barroso","Coordinadora",C), P("Francisco Javier Gil Cordero","Cocoordinador",C),
  P("Marta Rodríguez Pozo","Técnica de apoyo",C), P("Antonio Tena Márquez","Coordinador",C),
  P("Beatriz Muñoz Calderón","Cocoordinadora",C), P("Sergio Parejo Martín","Técnico de apoyo",C),
  P("José Manuel Rubio Ortiz","Coordinador",C), P("Elena Gallardo Fuentes","Cocoordinadora",C),
  P("Pilar Durán Cabello","Coordinadora",C), P("Rubén Carrasco Vega","Cocoordinador",C),
  P("Ignacio Lozano Merino","Gerente del clúster",C)],
 [O(C,"CEGU"), O("Solaria Vegas Altas S.L."), O("Agencia Extremeña de la Energía","AGENEX"), O("Comunidad Energética de Olivenza"),
  O("Universidad de Extremadura"), O("Escuela de Ingenierías Industriales"), O("Hidrógeno Tajo S.A."),
  O("Biomasas de Tentudía S.Coop."), O("Centro de Investigaciones Científicas y Tecnológicas de Extremadura","CICYTEX"),
  O("CIFP Santiago Apóstol"), O("Redes Eléctricas del Guadiana S.A."), O("Servicio Extremeño Público de Empleo","SEXPE"),
  O("Parque Científico y Tecnológico de Extremadura"), O("Consejería de Economía"), O("Junta de Extremadura")],
 [E("GT1 – Autoconsumo","2035-03-08",None,"Badajoz","Spain"), E("GT2 – Hidrógeno","2035-03-22",None,None,None),
  E("Plenario de todos los grupos","2035-04-19",None,"Badajoz","Spain"), E("plenario","2034-11-23",None,None,None)],
 ["2035-02-13","2035","2035-03-08","2035-03-22","2035-04-19","2034-11-23","2034"],
 ["Crear una ventanilla única regional para proyectos de autoconsumo colectivo",
  "Incluir el hidrógeno verde en la próxima estrategia de especialización inteligente de Extremadura",
  "Reservar una parte de las ayudas a la formación profesional dual para las empresas energéticas de menos de 50 trabajadores"], None)
