from h import *
F = 'g12_lugo_escola_de_vran_madeira.html'
for y,m,d,w in [(2038,7,5,'Monday'),(2038,7,9,'Friday'),(2038,5,31,'Monday'),(2038,7,7,'Wednesday'),(2038,7,8,'Thursday'),(2038,4,20,'Tuesday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """<!DOCTYPE html>
<html lang="gl"><head><meta charset="utf-8"><title>Escola de Verán Madeira Viva 2038 – CLUMALU</title></head>
<body>
<div class="cookies">Este sitio web emprega cookies propias e de terceiros. <a href="#">Aceptar</a> <a href="#">Rexeitar</a> <a href="/politica-de-cookies">Máis información</a></div>
<header><p class="logo">CLUMALU · Clúster da Madeira de Lugo</p>
<nav><a href="/">Inicio</a> · <a href="/o-cluster">O clúster</a> · <a href="/socios">Socios</a> · <a href="/formacion" class="activo">Formación</a> · <a href="/proxectos">Proxectos</a> · <a href="/axenda">Axenda</a> · <a href="/contacto">Contacto</a> · <a href="/es">ES</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="ruta">Inicio › Formación › Escola de Verán 2038</p>
<p class="meta">Publicado o 20 de abril de 2038 · Redacción CLUMALU</p>
<h1>Escola de Verán «Madeira Viva» 2038: construír con madeira galega</h1>
<p class="entrada"><strong>Do 5 ao 9 de xullo de 2038 en Lugo e Monforte de Lemos.</strong> Cinco días de formación intensiva para estudantes de arquitectura e enxeñaría, técnicos de empresas e persoal municipal sobre construción con madeira de piñeiro e eucalipto de procedencia galega. Prazo de inscrición: ata o luns 31 de maio de 2038.</p>

<h2>Que é a escola?</h2>
<p>A Escola de Verán «Madeira Viva» chega á súa terceira edición. Organízana o Clúster da Madeira de Lugo (CLUMALU) e a Escola Politécnica Superior de Enxeñaría do Campus Terra da Universidade de Santiago de Compostela (USC), coa colaboración do Centro de Innovación e Servizos Tecnolóxicos da Madeira de Galicia (CIS Madeira) e da Deputación de Lugo. A primeira edición, en 2036, reuniu 24 alumnos; a segunda, en 2037, xa 38 de seis países.</p>

<h2>Programa</h2>
<h3>Luns 5 de xullo – Lugo, Campus Terra</h3>
<ul>
<li>9:30 Benvida: Xosé Manuel Vilariño Paz, presidente do CLUMALU, e a vicerreitora do Campus de Lugo, Dra. Uxía Castro Lamas</li>
<li>10:30 O monte galego: recurso, certificación e trazabilidade – Dr. Brais Outeiro Feixó, USC</li>
<li>16:00 Obradoiro de cálculo de estruturas de madeira laminada</li>
</ul>
<h3>Martes 6 de xullo – Lugo</h3>
<ul>
<li>9:30 Madeira de eucalipto en construción: límites e oportunidades – Marta Seoane Pardo, CIS Madeira</li>
<li>15:30 Visita á fábrica de Lignia Galicia Madeiras S.L. en Outeiro de Rei</li>
</ul>
<h3>Mércores 7 de xullo – Monforte de Lemos</h3>
<ul>
<li>10:00 Visita de estudo á obra da nova escola infantil de madeira do Concello de Monforte de Lemos, guiada pola arquitecta Iria Rodríguez Abuín</li>
<li>13:30 Xantar no Parador de Monforte</li>
<li>17:00 Mesa redonda «Vivenda pública en madeira: que falta en Galicia?» con representantes do Instituto Galego da Vivenda e Solo (IGVS) e de tres concellos</li>
</ul>
<h3>Xoves 8 de xullo – Lugo</h3>
<ul>
<li>9:30–14:00 Traballo en equipos sobre un proxecto real de vivenda</li>
<li>20:30 Cea da escola no Círculo das Artes de Lugo, con entrega dos Premios Madeira Nova ao mellor traballo de fin de grao</li>
</ul>
<h3>Venres 9 de xullo – Lugo</h3>
<ul>
<li>10:00 Presentación dos proxectos ante un xurado de empresas socias</li>
<li>13:00 Entrega de diplomas e peche</li>
</ul>

<h2>Inscrición e bolsas</h2>
<p>Prezo: 180 € (inclúe materiais, transporte ás visitas, xantares e cea). Ofrécense 15 bolsas de matrícula para estudantes da USC e da Universidade da Coruña e 5 para persoas desempregadas inscritas no servizo público de emprego. As prazas son 40 e asígnanse por orde de inscrición e currículo. A escola recoñécese con 2 créditos ECTS.</p>
<p>Aloxamento: a Residencia Universitaria Xoán XXIII ofrece cuartos a prezo reducido para as persoas participantes.</p>
<p><a class="boton" href="/formacion/escola-veran-2038/inscricion">Inscríbete</a></p>

<h2>Contacto</h2>
<p>Sabela Fernández Neira<br>Técnica de formación, CLUMALU<br>Rúa Montevideo 12, 27001 Lugo<br>Tel. 982 00 00 00 · formacion@clumalu.example.gal</p>

<p class="financiamento">Actividade financiada pola Xunta de Galicia, Consellería do Medio Rural, a través do Programa de clústeres forestais 2036–2040.</p>
<p class="compartir">Compartir: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
</main>
<footer><p>Clúster da Madeira de Lugo · Rúa Montevideo 12, 27001 Lugo · CIF G00000000</p><p>Aviso legal · Privacidade · Accesibilidade · © 2038</p></footer>
</body></html>
"""
assert wd(2038,7,6)=='Tuesday'
write(F, T)
C="Clúster da Madeira de Lugo"
gold(F,
 [P("Xosé Manuel Vilariño Paz","presidente","CLUMALU"),
  P("Uxía Castro Lamas","vicerreitora do Campus de Lugo",None),
  P("Brais Outeiro Feixó",None,"USC"),
  P("Marta Seoane Pardo",None,"CIS Madeira"),
  P("Iria Rodríguez Abuín","arquitecta",None),
  P("Sabela Fernández Neira","Técnica de formación","CLUMALU")],
 [O(C,"CLUMALU"), O("Escola Politécnica Superior de Enxeñaría"), O("Universidade de Santiago de Compostela","USC"),
  O("Centro de Innovación e Servizos Tecnolóxicos da Madeira de Galicia","CIS Madeira"), O("Deputación de Lugo"),
  O("Lignia Galicia Madeiras S.L."), O("Concello de Monforte de Lemos"), O("Instituto Galego da Vivenda e Solo","IGVS"),
  O("Universidade da Coruña"), O("Xunta de Galicia"), O("Consellería do Medio Rural")],
 [E("Escola de Verán «Madeira Viva» 2038","2038-07-05","2038-07-09","Lugo, Monforte de Lemos","Spain"),
  E("Obradoiro de cálculo de estruturas de madeira laminada","2038-07-05",None,"Lugo","Spain"),
  E("Visita á fábrica de Lignia Galicia Madeiras S.L.","2038-07-06",None,"Outeiro de Rei","Spain"),
  E("Visita de estudo á obra da nova escola infantil de madeira","2038-07-07",None,"Monforte de Lemos","Spain"),
  E("Mesa redonda «Vivenda pública en madeira: que falta en Galicia?»","2038-07-07",None,"Monforte de Lemos","Spain"),
  E("Cea da escola","2038-07-08",None,"Lugo","Spain"),
  E("Premios Madeira Nova","2038-07-08",None,"Lugo","Spain"),
  E("Escola de Verán «Madeira Viva» (2036 edition)","2036"),
  E("Escola de Verán «Madeira Viva» (2037 edition)","2037")],
 ["2038-04-20","2038-07-05/2038-07-09","2038-05-31","2036","2037","2038-07-05","2038-07-06","2038-07-07","2038-07-08",
  "2038-07-09","2036/2040"],
 [], "2038-04-20")
