from h import *
F = 'xornadas-cluster-mar-marina-conclusions-2032.html'
C = [
 "A frota de baixura e de altura da Mariña necesita un plan de renovación de motores e de eficiencia enerxética financiado con fondos europeos e autonómicos antes de 2036.",
 "Os portos de Burela, Celeiro e Foz deben coordinar os seus investimentos en frío, xeo e enerxía renovable en lugar de competir entre eles.",
 "A falta de persoal cualificado é o principal risco do sector: cómpre unha escola de oficios do mar en Burela con prácticas garantidas nas empresas do clúster.",
 "O bonito do norte e a pescada do pincho precisan unha marca colectiva e un sistema de trazabilidade dixital común.",
 "A conserva e a transformación deben aproveitar mellor os subprodutos, con proxectos de economía circular xunto ao CETMAR e á Universidade de Santiago de Compostela.",
 "O Clúster debe falar cunha soa voz ante a Xunta de Galicia, o Ministerio de Agricultura, Pesca e Alimentación e a Comisión Europea.",
]
T = f"""<!DOCTYPE html>
<html lang="gl"><head><meta charset="utf-8"><title>Conclusións das IV Xornadas Mar da Mariña – Clúster Mar da Mariña</title></head>
<body>
<div class="galletas">Este sitio web utiliza cookies propias e de terceiros. <a href="#">Aceptar</a> | <a href="#">Máis información</a></div>
<header><a href="/">Clúster Mar da Mariña</a>
<nav><a href="/">Inicio</a> | <a href="/cluster">O clúster</a> | <a href="/socios">Socios</a> | <a href="/proxectos">Proxectos</a> | <a href="/actualidade">Actualidade</a> | <a href="/contacto">Contacto</a> | <a href="/es">ES</a></nav></header>
<main>
<p class="miga">Inicio » Actualidade » Xornadas</p>
<h1>Conclusións das IV Xornadas Mar da Mariña</h1>
<p class="data">Burela, 22 de outubro de 2032 · Redacción</p>
<p>Máis de 230 persoas participaron os días 14 e 15 de outubro de 2032 nas IV Xornadas Mar da Mariña, organizadas polo Clúster Mar da Mariña no Auditorio Municipal de Burela baixo o lema «Pesca con futuro, mar con xente». Armadores, confrarías, conserveiras, investigadores e representantes das administracións debateron durante dous días sobre o relevo xeracional, a transición enerxética da frota e o valor engadido dos produtos do mar da Mariña lucense.</p>
<p>A inauguración correu a cargo do alcalde de Burela, Xosé Manuel Díaz Rouco, e da conselleira do Mar da Xunta de Galicia, Rosa María Quintana Carballo, que anunciou unha liña de axudas de 12 millóns de euros para a modernización das lonxas en 2033. O presidente do clúster, Manuel Pernas Otero, director xeral de Pesqueras Pernas, S.L., lembrou que o sector dá traballo directo a 2.900 persoas na comarca.</p>
<h2>Primeira xornada: xente e enerxía</h2>
<p>A mesa sobre emprego, moderada pola xerente do clúster, Noa Basanta Fraga, contou coa patroa maior da Confraría de Pescadores de Burela, María Xesús Fernández Cabarcos, co director do Instituto Politécnico Marítimo Pesqueiro do Cantábrico, Anxo Vilariño Pena, e coa investigadora Dra. Inés Quiroga Méndez, do Centro Tecnolóxico do Mar (CETMAR). Os relatores coincidiron en que a idade media das tripulacións supera xa os 51 anos.</p>
<p>Pola tarde, o enxeñeiro Mikel Zubizarreta Arrieta, de Itsasmotor Ingeniería, S.L., e o xestor de flota de Armadora Cantábrica, S.A., Ramón Fernández-Otero, presentaron os primeiros datos das probas con biocombustibles en tres buques de palangre.</p>
<h2>Segunda xornada: valor e mercados</h2>
<p>O venres debateuse a comercialización. Participaron a directora comercial de Conservas Mariña Atlántica, S.A., Lucía Rey Castiñeira, o presidente da Organización de Produtores Pesqueiros de Burela (OPP-Burela), Xulio Carballeira, e Jean-Marc Le Goff, da Association des Pêcheurs de Bretagne. Pechou as xornadas a directora xeral de Pesca da Xunta, Mercedes Rodríguez Moreda.</p>
<h2>Conclusións</h2>
<p>O comité organizador recolleu as seguintes conclusións, que foron lidas na sesión de peche e que o clúster trasladará ás administracións:</p>
<ol>
{chr(10).join('<li>' + x + '</li>' for x in C)}
</ol>
<p>O documento de conclusións presentarase formalmente á Consellería do Mar nunha reunión prevista para o 3 de febreiro de 2033. As V Xornadas celebraranse en Celeiro (Viveiro) en outubro de 2033.</p>
<p class="foto">Fotografías: Brais Lamas / Clúster Mar da Mariña</p>
<p class="compartir">Compartir: Facebook · X · LinkedIn · WhatsApp</p>
</main>
<footer>Clúster Mar da Mariña · Asociación sen ánimo de lucro · Porto de Burela s/n, 27880 Burela (Lugo) · info@marmarina.gal · © 2032 · <a href="#">Aviso legal</a> · <a href="#">Política de privacidade</a></footer>
</body></html>
"""
write(F, T)
M='Clúster Mar da Mariña'
gold(F, [P('Xosé Manuel Díaz Rouco','alcalde de Burela',None), P('Rosa María Quintana Carballo','conselleira do Mar','Xunta de Galicia'),
 P('Manuel Pernas Otero','presidente',M), P('Noa Basanta Fraga','xerente',M),
 P('María Xesús Fernández Cabarcos','patroa maior','Confraría de Pescadores de Burela'),
 P('Anxo Vilariño Pena','director','Instituto Politécnico Marítimo Pesqueiro do Cantábrico'),
 P('Inés Quiroga Méndez','investigadora','Centro Tecnolóxico do Mar'), P('Mikel Zubizarreta Arrieta','enxeñeiro','Itsasmotor Ingeniería, S.L.'),
 P('Ramón Fernández-Otero','xestor de flota','Armadora Cantábrica, S.A.'), P('Lucía Rey Castiñeira','directora comercial','Conservas Mariña Atlántica, S.A.'),
 P('Xulio Carballeira','presidente','Organización de Produtores Pesqueiros de Burela'), P('Jean-Marc Le Goff',None,'Association des Pêcheurs de Bretagne'),
 P('Mercedes Rodríguez Moreda','directora xeral de Pesca','Xunta de Galicia'), P('Brais Lamas',None,M)],
 [O(M), O('Xunta de Galicia'), O('Pesqueras Pernas, S.L.'), O('Confraría de Pescadores de Burela'),
  O('Instituto Politécnico Marítimo Pesqueiro do Cantábrico'), O('Centro Tecnolóxico do Mar','CETMAR'), O('Itsasmotor Ingeniería, S.L.'),
  O('Armadora Cantábrica, S.A.'), O('Conservas Mariña Atlántica, S.A.'), O('Organización de Produtores Pesqueiros de Burela','OPP-Burela'),
  O('Association des Pêcheurs de Bretagne'), O('Universidade de Santiago de Compostela'), O('Ministerio de Agricultura, Pesca e Alimentación'),
  O('Comisión Europea'), O('Consellería do Mar')],
 [E('IV Xornadas Mar da Mariña','2032-10-14','2032-10-15','Burela','Spain'),
  E('reunión','2033-02-03','2033-02-03',None,None), E('V Xornadas','2033-10','2033-10','Celeiro','Spain')],
 ['2032-10-22','2032-10-14/2032-10-15','2033','2036','2033-02-03','2033-10'],
 [x.rstrip('.') for x in C], pub='2032-10-22')
