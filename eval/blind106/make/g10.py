from h import *
F = 'g10_rioja_webinar_resumen.html'
assert wd(2036,2,12)=='Tuesday' and wd(2036,3,11)=='Tuesday'
CL = ["El agua regenerada puede cubrir hasta un 30 % del consumo de las bodegas si se planifica desde el diseño de la instalación",
 "Los sensores de bajo coste ya permiten medir el consumo por proceso, no solo por factura",
 "Las ayudas del Gobierno de La Rioja para eficiencia hídrica se pueden combinar con los fondos europeos",
 "Compartir datos entre bodegas vecinas reduce costes y mejora la negociación con los gestores del agua"]
T = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Resumen del webinar «Agua y bodega» – Clúster Alimentario y Vitivinícola de La Rioja</title></head>
<body>
<div class="aviso-cookies">Utilizamos cookies propias y de terceros para analizar el uso de la web. <a href="/politica-cookies">Más información</a> <button>Aceptar</button> <button>Configurar</button></div>
<header><div class="marca">CAVIR · Clúster Alimentario y Vitivinícola de La Rioja</div>
<nav><a href="/">Inicio</a> | <a href="/quienes-somos">Quiénes somos</a> | <a href="/socios">Socios</a> | <a href="/proyectos">Proyectos</a> | <a href="/actualidad">Actualidad</a> | <a href="/agenda">Agenda</a> | <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="migas">Inicio » Actualidad » Webinars</p>
<h1>Agua y bodega: claves para reducir el consumo hídrico en la industria del vino</h1>
<p class="fecha">Logroño, 14 de febrero de 2036 · Redacción CAVIR</p>

<p>Más de 120 personas, entre técnicos de bodegas, ingenieros y responsables de medio ambiente, siguieron el martes 12 de febrero de 2036 el webinar «Agua y bodega», organizado por el Clúster Alimentario y Vitivinícola de La Rioja (CAVIR) dentro de su ciclo «Bodega Sostenible». La sesión, de 10:00 a 11:30 horas, fue moderada por Beatriz Ochoa Sáenz, responsable de proyectos de sostenibilidad del clúster.</p>

<h2>Programa</h2>
<ul>
<li>10:00 Bienvenida – Javier Martínez de Pisón, gerente de CAVIR</li>
<li>10:10 «El mapa del agua en las bodegas riojanas» – Dra. Carmen Arnedo Ruiz, Universidad de La Rioja</li>
<li>10:35 «Depurar y reutilizar: un caso práctico» – Íñigo Barrenechea, director técnico de Bodegas Valdeiregua S.A.</li>
<li>10:55 «Qué ayudas hay y cómo pedirlas» – Lucía Fernández-Ezquerro, Agencia de Desarrollo Económico de La Rioja (ADER)</li>
<li>11:15 Preguntas del público</li>
</ul>

<p>Javier Martínez de Pisón recordó que la sequía de 2035 obligó a varias bodegas a transportar agua en camiones durante la vendimia. «Ya no es una cuestión de imagen, sino de continuidad del negocio», señaló.</p>

<p>Carmen Arnedo presentó los primeros datos de un estudio de la Universidad de La Rioja con 37 bodegas: de media se utilizan 3,8 litros de agua por litro de vino, aunque las mejores instalaciones bajan de 1,5 litros. La mayor parte del consumo se concentra en la limpieza de depósitos y barricas durante la vendimia.</p>

<p>Íñigo Barrenechea explicó cómo su bodega, en Fuenmayor, instaló en 2034 una depuradora biológica que permite reutilizar el agua para el riego de jardines y la limpieza exterior. La inversión se amortizó en cuatro años. Lucía Fernández-Ezquerro repasó la convocatoria de ayudas a la eficiencia hídrica abierta hasta el 30 de abril de 2036, compatible con las líneas del Ministerio para la Transición Ecológica.</p>

<h2>Conclusiones</h2>
<ul>
{chr(10).join('<li>'+x+'</li>' for x in CL)}
</ul>

<h2>Próxima sesión</h2>
<p>El ciclo «Bodega Sostenible» continúa el martes 11 de marzo de 2036 con el webinar «Envases ligeros y vidrio reciclado», con la participación de Vidriera Riojana del Ebro S.L. y del Centro Tecnológico de La Rioja (CTR). Inscripción gratuita para socios en la agenda del clúster.</p>

<p>La grabación y las presentaciones están disponibles para los socios en el área privada. ¿No eres socio? Escríbenos a <a href="mailto:info@cavir.example.es">info@cavir.example.es</a>.</p>

<p class="etiquetas">Etiquetas: agua, sostenibilidad, vino, webinar</p>
<p class="compartir">Compartir: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Correo</a></p>

<aside><h3>Ediciones anteriores del ciclo</h3>
<ul><li><a href="#">Energía solar en bodega (noviembre de 2035)</a></li>
<li><a href="#">Huella de carbono del vino (octubre de 2035)</a></li>
<li><a href="#">Residuos de poda y orujo (septiembre de 2035)</a></li></ul></aside>
</main>
<footer><p>Clúster Alimentario y Vitivinícola de La Rioja · Avda. de la Paz 00, 26000 Logroño · Tel. 941 00 00 00</p>
<p>Actividad financiada por la Agencia de Desarrollo Económico de La Rioja. © 2036 CAVIR · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></p></footer>
</body></html>
"""
write(F, T)
C = "Clúster Alimentario y Vitivinícola de La Rioja"
gold(F,
 [P("Beatriz Ochoa Sáenz","responsable de proyectos de sostenibilidad",C),
  P("Javier Martínez de Pisón","gerente","CAVIR"),
  P("Carmen Arnedo Ruiz",None,"Universidad de La Rioja"),
  P("Íñigo Barrenechea","director técnico","Bodegas Valdeiregua S.A."),
  P("Lucía Fernández-Ezquerro",None,"Agencia de Desarrollo Económico de La Rioja")],
 [O(C,"CAVIR"), O("Universidad de La Rioja"), O("Bodegas Valdeiregua S.A."),
  O("Agencia de Desarrollo Económico de La Rioja","ADER"), O("Gobierno de La Rioja"),
  O("Ministerio para la Transición Ecológica"), O("Vidriera Riojana del Ebro S.L."), O("Centro Tecnológico de La Rioja","CTR")],
 [E("Agua y bodega","2036-02-12",None,None,None),
  E("Envases ligeros y vidrio reciclado","2036-03-11",None,None,None),
  E("Energía solar en bodega","2035-11",None,None,None),
  E("Huella de carbono del vino","2035-10",None,None,None),
  E("Residuos de poda y orujo","2035-09",None,None,None)],
 ["2036-02-14","2036-02-12","2035","2034","2036-04-30","2036-03-11","2035-11","2035-10","2035-09"],
 CL, "2036-02-14")
