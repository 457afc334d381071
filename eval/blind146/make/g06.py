from h import *
F = 'g06_valencia_cluster_salud_asamblea.html'
assert wd(2037,6,10)=='Wednesday' and wd(2037,6,24)=='Wednesday' and wd(2037,7,8)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Noticias – Clúster Valenciano de Salud Digital</title></head>
<body>
<div class="aviso-cookies">Utilizamos cookies propias y de terceros para mejorar nuestros servicios. <a href="/politica-cookies">Más información</a> <button>Aceptar</button> <button>Configurar</button></div>
<header><p class="logo">CVSD · Clúster Valenciano de Salud Digital</p>
<nav><a href="/">Inicio</a> | <a href="/quienes-somos">Quiénes somos</a> | <a href="/socios">Socios</a> | <a href="/proyectos">Proyectos</a> | <a href="/noticias">Noticias</a> | <a href="/agenda">Agenda</a> | <a href="/contacto">Contacto</a> | <a href="/en">EN</a> | <a href="/va">VA</a></nav></header>
<main>
<p class="migas">Inicio › Noticias › Asamblea General 2037</p>
<article>
<h1>La Asamblea General del clúster renueva su Junta Directiva y aprueba el plan estratégico 2037–2040</h1>
<p class="fecha">Paterna, 12/06/2037 · Comunicación CVSD</p>
<p>El Clúster Valenciano de Salud Digital (CVSD) celebró el miércoles 10 de junio de 2037 su Asamblea General ordinaria en el Parc Científic de la Universitat de València, en Paterna. Asistieron 64 de las 92 entidades socias, entre empresas de software sanitario, hospitales, fundaciones de investigación y universidades.</p>
<p>La asamblea aprobó por unanimidad las cuentas de 2036 y el plan estratégico 2037–2040, que fija tres líneas de trabajo: interoperabilidad de datos clínicos, telemonitorización de pacientes crónicos y compra pública de innovación. También eligió la nueva Junta Directiva, que queda compuesta así:</p>
<ul>
<li>Presidenta: Mercedes Albiol i Sanchis, directora general de Nexus Salut S.L.</li>
<li>Vicepresidente: Íñigo Zubiría Etxeberria, Fundación para el Fomento de la Investigación Sanitaria y Biomédica de la Comunitat Valenciana (FISABIO)</li>
<li>Secretario: Rafael Cervera Monzó, Universitat Politècnica de València</li>
<li>Tesorera: Olga Petrenko, Telecare Mediterráneo S.A.</li>
</ul>
<p>La presidenta saliente, Dra. Amparo Lluch Ferrando, que ha estado al frente del clúster desde 2031, agradeció a los socios su confianza. El gerente del clúster, Javier Soler-Mas, presentó la memoria de actividades: 23 proyectos colaborativos en marcha, 5,8 millones de euros captados en convocatorias europeas y regionales y 41 jornadas técnicas organizadas en 2036.</p>
<p>Clausuró el acto el secretario autonómico de Innovación de la Generalitat Valenciana, Vicent Ferrer Climent, quien anunció una nueva línea de ayudas de la Agència Valenciana de la Innovació (AVI) para proyectos de clúster.</p>
</article>
<article>
<h2>Jornada: la compra pública de innovación en los hospitales valencianos</h2>
<p class="fecha">Valencia, 25/06/2037</p>
<p>Más de ochenta profesionales participaron el miércoles 24 de junio en la jornada sobre compra pública de innovación que el CVSD organizó junto con el Hospital Universitari i Politècnic La Fe. Intervinieron Lucía Navarro Beltrán, jefa del servicio de contratación del hospital, y el consultor portugués João Carvalho de Sá, que explicó la experiencia del hospital de Braga.</p>
<p>Conclusiones de la jornada:</p>
<ol>
<li>Los hospitales necesitan un catálogo de retos clínicos antes de lanzar cualquier licitación</li>
<li>Las pymes del clúster deben presentarse en consorcio para alcanzar la solvencia exigida</li>
<li>La consulta preliminar al mercado es la fase más útil y la menos utilizada</li>
</ol>
<p><a href="/noticias/jornada-cpi">Leer más</a></p>
</article>
<article>
<h2>Próximas citas</h2>
<p>El clúster viaja a Düsseldorf del 16 al 19 de noviembre de 2037 con un pabellón agrupado en la feria MEDICA, en colaboración con ICEX España Exportación e Inversiones. Antes, el miércoles 8 de julio, tendrá lugar el taller «Datos de salud y espacio europeo» en la sede de la Cámara de Comercio de Valencia. Las solicitudes para el pabellón deben enviarse antes del 15 de septiembre de 2037.</p>
<p>La IV edición del Foro de Salud Digital del Mediterráneo se celebrará en Alicante en febrero de 2038; las anteriores ediciones tuvieron lugar en Valencia (2034), Castellón (2035) y Elche (2036).</p>
</article>
<p class="compartir">Compartir: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Correo</a></p>
</main>
<footer><p>Clúster Valenciano de Salud Digital · Parc Científic de la Universitat de València, C/ Catedrático Agustín Escardino 9, 46980 Paterna</p>
<p>Con el apoyo del Institut Valencià de Competitivitat Empresarial (IVACE). © 2037 CVSD · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></p></footer>
</body></html>
"""
write(F, T)
N="Clúster Valenciano de Salud Digital"
gold(F,
 [P("Mercedes Albiol i Sanchis","Presidenta",N),
  P("Íñigo Zubiría Etxeberria","Vicepresidente",N),
  P("Rafael Cervera Monzó","Secretario",N),
  P("Olga Petrenko","Tesorera",N),
  P("Amparo Lluch Ferrando","presidenta saliente",N),
  P("Javier Soler-Mas","gerente",N),
  P("Vicent Ferrer Climent","secretario autonómico de Innovación","Generalitat Valenciana"),
  P("Lucía Navarro Beltrán","jefa del servicio de contratación","Hospital Universitari i Politècnic La Fe"),
  P("João Carvalho de Sá","consultor",None)],
 [O(N,"CVSD"), O("Nexus Salut S.L."),
  O("Fundación para el Fomento de la Investigación Sanitaria y Biomédica de la Comunitat Valenciana","FISABIO"),
  O("Universitat Politècnica de València"), O("Telecare Mediterráneo S.A."), O("Generalitat Valenciana"),
  O("Agència Valenciana de la Innovació","AVI"), O("Hospital Universitari i Politècnic La Fe"),
  O("ICEX España Exportación e Inversiones"), O("Cámara de Comercio de Valencia"),
  O("Institut Valencià de Competitivitat Empresarial","IVACE"), O("Universitat de València")],
 [E("Asamblea General ordinaria","2037-06-10",None,"Paterna","Spain"),
  E("jornada sobre compra pública de innovación","2037-06-24",None,"Valencia","Spain"),
  E("MEDICA","2037-11-16","2037-11-19","Düsseldorf","Germany"),
  E("Datos de salud y espacio europeo","2037-07-08",None,"Valencia","Spain"),
  E("IV edición del Foro de Salud Digital del Mediterráneo","2038-02",None,"Alicante","Spain"),
  E("Foro de Salud Digital del Mediterráneo (2034)","2034",None,"Valencia","Spain"),
  E("Foro de Salud Digital del Mediterráneo (2035)","2035",None,"Castellón","Spain"),
  E("Foro de Salud Digital del Mediterráneo (2036)","2036",None,"Elche","Spain")],
 ["2037/2040","2037-06-12","2037-06-10","2036","2031","2037-06-25","2037-06-24","2037-11-16/2037-11-19","2037-07-08",
  "2037-09-15","2038-02","2034","2035"],
 ["Los hospitales necesitan un catálogo de retos clínicos antes de lanzar cualquier licitación",
  "Las pymes del clúster deben presentarse en consorcio para alcanzar la solvencia exigida",
  "La consulta preliminar al mercado es la fase más útil y la menos utilizada"],
 pub="2037-06-12")
