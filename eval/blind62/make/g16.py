from h import *
F = 'girona-cluster-fusio-cat.html'
T = f"""<!DOCTYPE html>
<html lang="ca"><head><meta charset="utf-8"><title>El Clúster Càrnic de Girona i el Clúster Agroalimentari de l'Empordà es fusionen – Notícies</title></head>
<body>
<div class="galetes">Aquest web utilitza galetes pròpies i de tercers. <a href="#">Accepto</a> <a href="#">Configuració</a> <a href="#">Més informació</a></div>
<header><a href="/">FoodGirona</a><nav><a href="/">Inici</a> · <a href="/qui-som">Qui som</a> · <a href="/socis">Socis</a> · <a href="/projectes">Projectes</a> · <a href="/noticies" class="actiu">Notícies</a> · <a href="/agenda">Agenda</a> · <a href="/contacte">Contacte</a> · <a href="/es">ES</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="molles">Inici › Notícies › Institucional</p>
<h1>El Clúster Càrnic de Girona i el Clúster Agroalimentari de l'Empordà es fusionen en FoodGirona</h1>
<p class="data">Girona, 8 de juny de 2034 · Comunicació FoodGirona</p>
<p class="entradeta">Les assemblees dels dos clústers aproven per àmplia majoria la fusió. La nova entitat, FoodGirona – Clúster Agroalimentari de les Comarques Gironines, agruparà 142 socis i començarà a operar l'1 de gener de 2035.</p>
<p>Les assemblees generals extraordinàries del Clúster Càrnic de Girona (CCG) i del Clúster Agroalimentari de l'Empordà (CAE) van aprovar {wd(2034,6,6,'ca')} 6 de juny de 2034 la fusió de les dues associacions en una sola entitat. Les votacions es van fer de manera simultània a la seu de la Cambra de Comerç de Girona. Al CCG, el 91% dels vots emesos van ser favorables; al CAE, el 87%.</p>
<p>La nova associació portarà el nom de FoodGirona – Clúster Agroalimentari de les Comarques Gironines i tindrà la seu al Parc Científic i Tecnològic de la Universitat de Girona. Començarà a funcionar formalment l'1 de gener de 2035, un cop s'hagi inscrit en el Registre d'Associacions de la Generalitat de Catalunya. Durant el segon semestre de 2034, els dos clústers treballaran amb un pla d'acció conjunt.</p>
<h2>Per què una fusió</h2>
<p>El Clúster Càrnic de Girona es va constituir el 2012 i aplega sobretot escorxadors, sales d'especejament, fabricants d'embotits i empreses de maquinària. El Clúster Agroalimentari de l'Empordà, creat el 2016, reunia productors de fruita, oli, vi, làctics i cuina preparada. Des del 2030 els dos clústers compartien projectes sobre sostenibilitat, digitalització i talent, i un 40% de les empreses eren sòcies de totes dues entitats.</p>
<p>«Teníem els mateixos reptes, els mateixos interlocutors i, sovint, els mateixos socis. Mantenir dues estructures no tenia sentit», va explicar Jordi Puigdemont i Vilà, president del CCG i director general de Embotits Can Bosch, S.A. La presidenta del CAE, Mireia Casadevall Soler, gerent de Cooperativa Agrícola de Pals, va afegir: «La fusió ens fa més forts davant de les administracions i dels mercats internacionals, però els productors petits continuaran tenint veu.»</p>
<h2>Govern de la nova entitat</h2>
<p>Fins a l'assemblea constituent, prevista per al març de 2035, FoodGirona estarà dirigida per una junta de transició de deu membres, cinc de cada clúster. La presidirà Mireia Casadevall Soler i Jordi Puigdemont i Vilà en serà el vicepresident primer. Formen part també de la junta, entre d'altres, Dra. Anna Xargay i Pagès, de l'Institut de Recerca i Tecnologia Agroalimentàries (IRTA), i Hans-Jürgen Baumgartner, director de la planta de Sarrià de Ter de Frigoríficos del Ter, S.L.</p>
<p>La direcció executiva serà a càrrec de Núria Bonmatí Roura, fins ara gerent del CAE. L'actual gerent del CCG, Xavier Coll de la Torre, serà el director d'innovació i projectes europeus. Els equips tècnics dels dos clústers, nou persones en total, s'integraran a la nova entitat sense cap baixa.</p>
<h2>Suport institucional</h2>
<p>El procés de fusió ha comptat amb l'acompanyament d'ACCIÓ, l'agència per a la competitivitat de l'empresa de la Generalitat de Catalunya, dins del Programa Catalunya Clústers. El director de l'àrea de clústers d'ACCIÓ, Ramon Bertran i Figueras, va celebrar la decisió: «És el tipus de racionalització que el mapa de clústers necessitava. FoodGirona serà un dels clústers agroalimentaris més grans de Catalunya.» També hi han donat suport la Diputació de Girona i la Universitat de Girona (UdG).</p>
<h2>Què canvia per als socis</h2>
<p>Per als socis, la fusió no comportarà cap augment de quota durant el 2035. Les empreses que fins ara pagaven dues quotes en pagaran només una, calculada segons la facturació. Els grups de treball actuals es mantindran i s'hi afegiran tres àmbits nous: envasos sostenibles, benestar animal i exportació a l'Àsia. Els serveis de vigilància tecnològica, formació i missions comercials s'oferiran a tots els socis amb les mateixes condicions. També es crearà un comitè de productors petits, amb representació garantida a la junta, tal com havien demanat les cooperatives de l'Empordà.</p>
<h2>Les xifres de FoodGirona</h2>
<ul>
<li>142 socis: 118 empreses, 9 centres de coneixement i 15 entitats de suport</li>
<li>3.400 milions d'euros de facturació agregada</li>
<li>11.200 llocs de treball directes</li>
<li>Presència a les vuit comarques gironines</li>
</ul>
<h2>Calendari</h2>
<ul>
<li>6 de juny de 2034 – aprovació de la fusió per les dues assemblees</li>
<li>Juliol – desembre de 2034 – pla d'acció conjunt i integració dels equips</li>
<li>{wd(2034,9,19,'ca')} 19 de setembre de 2034 – presentació pública de FoodGirona a la fira Expoalimentària de Girona</li>
<li>1 de gener de 2035 – inici de l'activitat de la nova entitat</li>
<li>Març de 2035 – assemblea constituent i elecció de la primera junta directiva</li>
</ul>
<p>Els socis que vulguin fer arribar preguntes sobre la fusió poden escriure a fusio@foodgirona.cat fins al 30 de juny de 2034. El 15 de juny de 2034 se celebrarà una sessió informativa en línia per als socis.</p>
<p class="compartir">Comparteix: Facebook · LinkedIn · X · WhatsApp · Correu electrònic</p>
<h3>Notícies relacionades</h3>
<ul><li><a href="#">Els clústers gironins presenten el Pla de Sostenibilitat Alimentària 2033–2036</a></li><li><a href="#">Jornada sobre talent a la indústria càrnia</a></li></ul>
</main>
<footer>FoodGirona – Clúster Agroalimentari de les Comarques Gironines · Parc Científic i Tecnològic de la UdG, Edifici Giroemprèn, 17003 Girona · <a href="#">Avís legal</a> · <a href="#">Política de privadesa</a> · © 2034</footer>
</body></html>"""
write(F, T)
FG='FoodGirona – Clúster Agroalimentari de les Comarques Gironines'; CCG="Clúster Càrnic de Girona"; CAE="Clúster Agroalimentari de l'Empordà"
gold(F,
 [P('Jordi Puigdemont i Vilà','president',CCG), P('Mireia Casadevall Soler','presidenta',CAE),
  P('Anna Xargay i Pagès',None,'Institut de Recerca i Tecnologia Agroalimentàries'), P('Hans-Jürgen Baumgartner','director de la planta de Sarrià de Ter','Frigoríficos del Ter, S.L.'),
  P('Núria Bonmatí Roura','gerent',CAE), P('Xavier Coll de la Torre','gerent',CCG), P('Ramon Bertran i Figueras',"director de l'àrea de clústers",'ACCIÓ')],
 [O(FG), O(CCG,'CCG'), O(CAE,'CAE'), O('Cambra de Comerç de Girona'), O('Parc Científic i Tecnològic de la Universitat de Girona'),
  O("Registre d'Associacions de la Generalitat de Catalunya"), O('Generalitat de Catalunya'), O('Embotits Can Bosch, S.A.'), O('Cooperativa Agrícola de Pals'),
  O('Institut de Recerca i Tecnologia Agroalimentàries','IRTA'), O('Frigoríficos del Ter, S.L.'), O('ACCIÓ'), O('Diputació de Girona'), O('Universitat de Girona','UdG')],
 [E('assemblees generals extraordinàries','2034-06-06','2034-06-06','Girona','Spain'), E('assemblea constituent','2035-03','2035-03',None,None),
  E('presentació pública de FoodGirona','2034-09-19','2034-09-19','Girona','Spain'), E('Expoalimentària de Girona',None,None,'Girona','Spain'),
  E('sessió informativa en línia','2034-06-15','2034-06-15',None,None)],
 ['2034-06-08','2035-01-01','2034-06-06','2034','2012','2016','2030','2035-03','2034-07/2034-12','2034-09-19','2034-06-30','2034-06-15','2033/2036','2035'],
 pub='2034-06-08')
