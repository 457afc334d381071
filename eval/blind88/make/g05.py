import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g05.html'
members = [
 ('Aceites do Miño, S.L.', None, 'Ourense', 'Almazara y envasado de aceite de oliva de variedades autóctonas.'),
 ('Adegas Ribeiro Vello, S.Coop.Galega', None, 'Ribadavia', 'Cooperativa vitivinícola con 212 viticultores socios.'),
 ('Cárnicas Baixa Limia, S.A.', None, 'Bande', 'Elaborados cárnicos curados y cocidos.'),
 ('Castañas de Manzaneda, S.L.', None, 'Manzaneda', 'Transformación de castaña: congelados, harinas y marron glacé.'),
 ('Centro Tecnológico de la Carne', 'CTC', 'San Cibrao das Viñas', 'Centro de investigación aplicada en seguridad alimentaria y nuevos productos.'),
 ('Embutidos Valdeorras, S.L.U.', None, 'O Barco de Valdeorras', 'Chorizo, lacón y productos del cerdo celta.'),
 ('Envases Técnicos Miño, S.A.', 'ETEMISA', 'Ourense', 'Envases de cartón y bandejas compostables para la industria alimentaria.'),
 ('Frigoríficos del Arnoia, S.L.', None, 'Allariz', 'Logística de frío y almacenamiento.'),
 ('Lácteos Terra Chá Sur, S.L.', None, 'Xinzo de Limia', 'Quesos con denominación de origen y yogures.'),
 ('Panificadora Celanova, S.L.', None, 'Celanova', 'Pan gallego de masa madre y empanadas.'),
 ('Universidade de Vigo – Campus de Ourense', 'UVigo', 'Ourense', 'Facultad de Ciencias: grado en Ciencia y Tecnología de los Alimentos.'),
 ('Asociación Provincial de Empresarios de Ourense', 'CEO', 'Ourense', 'Organización empresarial provincial.'),
]
rows = ''.join(f"<tr><td><b>{n}</b>{' ('+a+')' if a else ''}</td><td>{c}</td><td>{d}</td></tr>\n" for n, a, c, d in members)
t = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Directorio de socios | Clúster Alimentario de Ourense</title></head>
<body>
<header><a href="/">Clúster Alimentario de Ourense</a>
<nav>Inicio · Quiénes somos · Equipo · <b>Socios</b> · Proyectos · Agenda · Noticias · Contacto · <a href="/gl">Galego</a></nav></header>
<div id="cookies">Utilizamos cookies propias y de terceros para analizar la navegación. <button>Aceptar</button> <button>Rechazar</button></div>
<main>
<h1>Directorio de socios</h1>
<p>El Clúster Alimentario de Ourense (CLAOU) es una asociación sin ánimo de lucro constituida en 2034 que agrupa a empresas, cooperativas, centros tecnológicos y entidades de la cadena agroalimentaria de la provincia. A fecha de 1 de septiembre de 2036 cuenta con 47 socios de pleno derecho y 6 socios colaboradores. A continuación figuran los socios que han autorizado la publicación de sus datos.</p>
<p>Filtrar por: <a href="#">Transformación</a> · <a href="#">Servicios</a> · <a href="#">Conocimiento</a> · <a href="#">Todos</a></p>
<table>
<tr><th>Socio</th><th>Municipio</th><th>Actividad</th></tr>
{rows}</table>
<h2>Socios colaboradores</h2>
<ul>
<li>Diputación Provincial de Ourense</li>
<li>Instituto Galego de Promoción Económica (IGAPE)</li>
<li>Abanca Corporación Bancaria, S.A.</li>
<li>Consello Regulador da Denominación de Orixe Ribeiro</li>
<li>Cámara Oficial de Comercio, Industria y Servicios de Ourense</li>
<li>Fundación Juana de Vega</li>
</ul>
<h2>Junta directiva</h2>
<p>Presidente: <b>Xosé Manuel Outeiriño</b> (Cárnicas Baixa Limia, S.A.)<br>
Vicepresidenta: <b>Begoña Rivera Lamas</b> (Adegas Ribeiro Vello, S.Coop.Galega)<br>
Secretario: <b>Iago Pazos</b> (Centro Tecnológico de la Carne)<br>
Tesorera: <b>Marta Cid Fernández</b> (Panificadora Celanova, S.L.)<br>
Gerente: <b>Noelia Rodríguez Soto</b></p>
<h2>¿Quieres ser socio?</h2>
<p>Pueden asociarse empresas y entidades con actividad en la provincia de Ourense o en comarcas limítrofes. La cuota anual es de 300 € para microempresas, 600 € para pymes y 1.200 € para grandes empresas; los centros de conocimiento pagan la cuota mínima. La solicitud se aprueba en la siguiente reunión de la junta directiva, que se reúne cada dos meses. La próxima jornada de bienvenida a nuevos socios será el {day(2036,10,7,'es')} 7 de octubre de 2036 a las 11:00 en el Centro de Negocios de Expourense, con visita posterior a las instalaciones del CTC.</p>
<p>Los socios acceden al servicio de vigilancia de ayudas, a los grupos de trabajo de envase sostenible, exportación y talento, y a las misiones comerciales conjuntas. En 2035 el clúster organizó misiones a Oporto, Burdeos y Ciudad de México, y participó en el Salón Gourmets de Madrid (25–28 de abril de 2035) con un espacio compartido de nueve empresas.</p>
<h2>Altas recientes</h2>
<p>Damos la bienvenida a Queixos Artesáns do Invernadeiro, S.L. y a Tostadero de Café Limia, S.L., incorporados por acuerdo de la junta directiva del 14 de julio de 2036.</p>
<p class="small">Última actualización: 1 de septiembre de 2036 · ¿Algún dato incorrecto? Escríbenos a socios@claou.gal</p>
</main>
<footer>Clúster Alimentario de Ourense · Rúa do Progreso 28, 2º, 32003 Ourense · +34 988 555 120 · info@claou.gal<br>
Aviso legal · Política de privacidad · Política de cookies · Accesibilidad<br>
Proyecto cofinanciado por la Xunta de Galicia a través del IGAPE</footer>
</body></html>
"""
write(F, t)
C = 'Clúster Alimentario de Ourense'
people = [P('Xosé Manuel Outeiriño', 'Presidente', 'Clúster Alimentario de Ourense'),
 P('Begoña Rivera Lamas', 'Vicepresidenta', 'Clúster Alimentario de Ourense'),
 P('Iago Pazos', 'Secretario', 'Clúster Alimentario de Ourense'), P('Marta Cid Fernández', 'Tesorera', 'Clúster Alimentario de Ourense'),
 P('Noelia Rodríguez Soto', 'Gerente', C)]
orgs = [O(C, 'CLAOU')] + [O(n, a) for n, a, _, _ in members] + [O('Diputación Provincial de Ourense'),
 O('Instituto Galego de Promoción Económica', 'IGAPE'), O('Abanca Corporación Bancaria, S.A.'),
 O('Consello Regulador da Denominación de Orixe Ribeiro'), O('Cámara Oficial de Comercio, Industria y Servicios de Ourense'),
 O('Fundación Juana de Vega'), O('Queixos Artesáns do Invernadeiro, S.L.'), O('Tostadero de Café Limia, S.L.'),
 O('Xunta de Galicia'), O('Expourense')]
events = [E('jornada de bienvenida a nuevos socios', '2036-10-07', None, 'Ourense', 'Spain'),
 E('visita a las instalaciones del CTC', '2036-10-07', None, 'San Cibrao das Viñas', 'Spain'), E('junta directiva', '2036-07-14', None, None, None),
 E('Salón Gourmets', '2035-04-25', '2035-04-28', 'Madrid', 'Spain')]
dates = ['2034', '2036-09-01', '2036-10-07', '2035', '2035-04-25/2035-04-28', '2036-07-14']
gold(F, people, orgs, events, dates, [], pub='2036-09-01')
