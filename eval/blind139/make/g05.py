from h import *
F = 'g05_palencia_cluster_socios.html'
assert wd(2035,6,14)=='Thursday' and wd(2035,10,2)=='Tuesday' and wd(2035,9,18)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Socios y órganos de gobierno – CAMPA</title></head>
<body>
<div class="cookies">Utilizamos cookies propias y de terceros para fines analíticos. Puede aceptarlas o configurarlas. <a href="/cookies">Más información</a> <button>Aceptar</button> <button>Configurar</button></div>
<header><p class="logo">CAMPA · Clúster de Automoción y Movilidad de Palencia</p>
<nav><a href="/">Inicio</a> | <a href="/quienes-somos">Quiénes somos</a> | <a href="/socios">Socios</a> | <a href="/proyectos">Proyectos</a> | <a href="/agenda">Agenda</a> | <a href="/noticias">Noticias</a> | <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Socios y órganos de gobierno</h1>
<p class="upd">Última actualización: 20 de junio de 2035</p>
<p>El Clúster de Automoción y Movilidad de Palencia (CAMPA) es una asociación sin ánimo de lucro constituida en 2029 y reconocida como Agrupación Empresarial Innovadora (AEI) por el Ministerio de Industria y Turismo. Agrupa a 58 socios: fabricantes de componentes, empresas de ingeniería y software, centros tecnológicos, la universidad y entidades públicas de la provincia.</p>

<h2>Junta Directiva</h2>
<p>La Asamblea General ordinaria celebrada el jueves 14 de junio de 2035 en el Centro de Negocios de Venta de Baños eligió la nueva Junta Directiva para el periodo 2035-2039:</p>
<ul>
<li>Presidente: D. Álvaro Herrero Calvo, director de planta de Renault Grupo – Factoría de Palencia (Villamuriel de Cerrato)</li>
<li>Vicepresidenta: Dña. María Jesús Santamaría del Olmo, gerente de Plásticos Cerrato, S.L.</li>
<li>Tesorero: D. Óscar Villalba Prieto (Mecanizados Tierra de Campos, S.A.)</li>
<li>Secretaria: Dña. Lucía Abad Retuerto (Fundación CIDAUT)</li>
<li>Vocales: D. Rubén Gallego, Ayuntamiento de Palencia; Dña. Noemí Castrillo, Universidad de Valladolid – Campus La Yutera; D. Jean-Baptiste Morel, Lear Corporation España</li>
</ul>
<p>La Asamblea agradeció la labor del presidente saliente, D. Gonzalo Ibáñez de Garayo, que ha dirigido el clúster durante sus primeros seis años.</p>

<h2>Equipo técnico</h2>
<p>Gerente: Beatriz Lozano Merino · Técnico de proyectos: Iván Sastre · Comunicación: Ana Belén Fuentes</p>

<h2>Nuevos socios 2035</h2>
<p>En lo que va de año se han incorporado al clúster las siguientes entidades:</p>
<ul>
<li>Baterías Carrión Energy, S.L. (Saldaña) – reciclaje de baterías de tracción</li>
<li>Ingeniería Pisuerga 4.0, S.L.L. (Aguilar de Campoo) – automatización y visión artificial</li>
<li>Cámara Oficial de Comercio e Industria de Palencia</li>
<li>IES Virgen de la Calle – centro de formación profesional en automoción</li>
</ul>

<h2>Directorio de socios</h2>
<p>Listado por categorías (extracto). <a href="/socios/todos">Ver directorio completo</a></p>
<h3>Empresas tractoras</h3>
<p>Renault Grupo – Factoría de Palencia · Lear Corporation España · Grupo Antolin (planta de Venta de Baños)</p>
<h3>Proveedores y pymes</h3>
<p>Plásticos Cerrato, S.L. · Mecanizados Tierra de Campos, S.A. · Troquelados Dueñas, S.L. · Electrocableados Monzón · Logística Canal de Castilla, S.L.</p>
<h3>Conocimiento y formación</h3>
<p>Universidad de Valladolid · Fundación CIDAUT · Fundación ITCL (Instituto Tecnológico de Castilla y León) · IES Virgen de la Calle</p>
<h3>Entidades públicas y de apoyo</h3>
<p>Ayuntamiento de Palencia · Diputación de Palencia · Cámara Oficial de Comercio e Industria de Palencia · Instituto para la Competitividad Empresarial de Castilla y León (ICE)</p>

<h2>Próximas citas para socios</h2>
<ul>
<li>Martes 18 de septiembre de 2035 – Jornada de puertas abiertas en Mecanizados Tierra de Campos, Villada</li>
<li>Martes 2 de octubre de 2035, 9:30 h – Encuentro CAMPA–FACYL «Proveedores de la movilidad eléctrica», Valladolid</li>
<li>Noviembre de 2035 – Misión comercial a la feria Equip Auto, París</li>
</ul>
<p>¿Quiere ser socio? Envíe el formulario de adhesión antes del 31 de octubre de 2035 para que la Junta Directiva lo estudie en su reunión de noviembre. Cuota anual: 600 € (pymes), 1.500 € (grandes empresas).</p>
</main>
<footer><p>CAMPA – Clúster de Automoción y Movilidad de Palencia · C/ Mayor Principal 100, 34001 Palencia · info@campa.example.es · Tel. 979 00 00 00</p>
<p>Con la colaboración de la Junta de Castilla y León · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="#">LinkedIn</a> · <a href="#">X</a></p></footer>
</body></html>
"""
write(F, T)
C="Clúster de Automoción y Movilidad de Palencia"
gold(F,
 [P("Álvaro Herrero Calvo","Presidente",C),
  P("María Jesús Santamaría del Olmo","Vicepresidenta",C),
  P("Óscar Villalba Prieto","Tesorero",C),
  P("Lucía Abad Retuerto","Secretaria",C),
  P("Rubén Gallego","Vocal",C),
  P("Noemí Castrillo","Vocal",C),
  P("Jean-Baptiste Morel","Vocal",C),
  P("Gonzalo Ibáñez de Garayo","presidente saliente",C),
  P("Beatriz Lozano Merino","Gerente",C),
  P("Iván Sastre","Técnico de proyectos",C),
  P("Ana Belén Fuentes","Comunicación",C)],
 [O(C,"CAMPA"), O("Ministerio de Industria y Turismo"), O("Renault Grupo – Factoría de Palencia"), O("Plásticos Cerrato, S.L."),
  O("Mecanizados Tierra de Campos, S.A."), O("Fundación CIDAUT"), O("Ayuntamiento de Palencia"), O("Universidad de Valladolid"),
  O("Lear Corporation España"), O("Baterías Carrión Energy, S.L."), O("Ingeniería Pisuerga 4.0, S.L.L."),
  O("Cámara Oficial de Comercio e Industria de Palencia"), O("IES Virgen de la Calle"), O("Grupo Antolin"),
  O("Troquelados Dueñas, S.L."), O("Electrocableados Monzón"), O("Logística Canal de Castilla, S.L."),
  O("Instituto Tecnológico de Castilla y León","ITCL"), O("Diputación de Palencia"),
  O("Instituto para la Competitividad Empresarial de Castilla y León","ICE"), O("FACYL"), O("Junta de Castilla y León")],
 [E("Asamblea General ordinaria","2035-06-14",None,"Venta de Baños","Spain"),
  E("Jornada de puertas abiertas en Mecanizados Tierra de Campos","2035-09-18",None,"Villada","Spain"),
  E("Encuentro CAMPA–FACYL «Proveedores de la movilidad eléctrica»","2035-10-02",None,"Valladolid","Spain"),
  E("Misión comercial a la feria Equip Auto","2035-11",None,"París","France"),
  E("reunión de noviembre","2035-11",None,None,None)],
 ["2035-06-20","2029","2035-06-14","2035/2039","2035","2035-09-18","2035-10-02","2035-11","2035-10-31"],
 [], pub="2035-06-20")
