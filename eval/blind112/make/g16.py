from h import *
F = 'g16_burgos_interreg_partner_meeting.html'
assert [wd(2037,10,d) for d in (20,21,22)]==['Tuesday','Wednesday','Thursday']
assert wd(2037,11,26)=='Thursday' and wd(2038,3,16)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>S3-RURAL | Partner meeting in Burgos: rural innovation hubs under the spotlight</title></head>
<body>
<div class="consent">This website uses cookies. Some are essential, others help us understand how you use the site. <a href="/privacy">Privacy policy</a> <button>Accept</button> <button>Decline</button></div>
<header><p class="brand">Interreg Europe · S3-RURAL – Smart specialisation for rural innovation ecosystems</p>
<nav><a href="/">Project home</a> <a href="/partners">Partners</a> <a href="/good-practices">Good practices</a> <a href="/news" class="current">News &amp; events</a> <a href="/library">Library</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="bc">Home / News &amp; events / Partner meeting in Burgos</p>
<p class="date">Published 2 November 2037 · by the lead partner · Tags: study visit, policy learning, Castilla y León</p>
<h1>Partner meeting in Burgos: rural innovation hubs under the spotlight</h1>
<figure><figcaption>Partners in front of the Burgos cathedral on the first day of the meeting. Photo: © SODEBUR / Alberto Ruiz Calleja</figcaption></figure>

<p>From 20 to 22 October 2037 the eight partners of the S3-RURAL project met in Burgos, Spain, for their fifth interregional meeting. The host was SODEBUR, the Sociedad para el Desarrollo de la Provincia de Burgos, the development agency of the Provincial Council of Burgos. The meeting combined a steering group, a study visit to two rural innovation hubs and a regional stakeholder meeting with the Junta de Castilla y León.</p>

<h2>Day by day</h2>
<p><strong>Tuesday 20 October – Burgos.</strong> The steering group met at the Palacio de la Isla. Lead partner coordinator Dr Katharina Gruber of the Business Upper Austria agency reviewed the project's progress: all partners have now collected their good practices, and 31 of them have been uploaded to the Interreg Europe policy learning platform. In the afternoon, SODEBUR's managing director, Ángel Carretón Castrillo, presented the province's network of "digital rural hubs" in former schools and railway stations. The day closed with a welcome dinner at the Monasterio de San Juan.</p>
<p><strong>Wednesday 21 October – Lerma and Aranda de Duero.</strong> The study visit started at the Lerma co-working and agri-food lab, where local entrepreneurs showed how they test new products with the University of Burgos. In Aranda de Duero partners visited the Ribera del Duero wine technology centre and met Lucía Arranz, manager of the Ribera del Duero Wine Cluster, who explained how the cluster connects 140 wineries with the regional smart specialisation strategy's agri-food priority.</p>
<p><strong>Thursday 22 October – Valladolid.</strong> The regional stakeholder meeting took place at the Instituto para la Competitividad Empresarial de Castilla y León (ICE) in Valladolid. Director General María José Hernández Pascual described how Castilla y León's Smart Specialisation Strategy 2035–2041 reserves a budget line for rural hubs. Partners from Lapland, Podkarpackie and Alentejo then exchanged on how to keep young people in rural areas.</p>

<h2>Lessons learnt</h2>
<ul>
<li>Rural hubs work when a local champion runs them, not when they are managed from the provincial capital</li>
<li>Regional S3 strategies rarely mention rural areas explicitly; partners will propose wording for the next strategy revisions</li>
<li>Small broadband investments can unlock the use of hubs by companies outside the agri-food sector</li>
<li>Exchanges with universities need a dedicated person in the hub; otherwise they stop after the first project</li>
</ul>

<h2>About the project</h2>
<p>S3-RURAL brings together eight regions that want their smart specialisation strategies to reach beyond the cities. Over four years the partners identify good practices, learn from each other in study visits and peer reviews, and each prepare an action plan to change one regional policy instrument. In Castilla y León, the instrument concerned is the regional programme for innovation in rural areas; SODEBUR and the regional stakeholder group aim to open it to hubs run by municipalities and associations, not only by companies. The project's first phase ends in the spring of 2039.</p>

<h2>Partners of S3-RURAL</h2>
<ul>
<li>Business Upper Austria – OÖ Wirtschaftsagentur GmbH (lead partner), Linz, Austria</li>
<li>SODEBUR – Sociedad para el Desarrollo de la Provincia de Burgos, Spain</li>
<li>Regional Council of Lapland, Rovaniemi, Finland</li>
<li>Rzeszów Regional Development Agency (RARR), Poland</li>
<li>CIMAC – Comunidade Intermunicipal do Alentejo Central, Évora, Portugal</li>
<li>Harghita County Council, Miercurea Ciuc, Romania</li>
<li>Leitrim County Council, Ireland</li>
<li>Development Agency of Savinja-Šalek (SAŠA), Velenje, Slovenia</li>
</ul>

<h2>What comes next</h2>
<p>The next partner meeting will take place in Rovaniemi on 16–18 March 2038, with a study visit to Arctic rural hubs. Before that, the online thematic seminar "Financing rural hubs after 2040" will be held on Thursday 26 November 2037, moderated by the Interreg Europe Policy Learning Platform expert Dr Paul Hennessy-Brandt.</p>
<p>Quote from the host: "Our villages have broadband, empty buildings and people with ideas. What they lacked was a network – this project is giving them one," said Ángel Carretón Castrillo.</p>

<aside><h3>More news</h3>
<ul>
<li><a href="#">12 October 2037 – Good practice of the month: Harghita's mobile FabLab</a></li>
<li><a href="#">28 September 2037 – Leitrim hosts regional stakeholder group</a></li>
<li><a href="#">9 July 2037 – Policy brief on rural S3 published</a></li>
</ul>
<h3>Upcoming events</h3>
<ul>
<li>26 November 2037 · Online · Thematic seminar: Financing rural hubs after 2040</li>
<li>16–18 March 2038 · Rovaniemi · 6th partner meeting and study visit</li>
</ul>
<p>Share this page: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Email</a></p></aside>
</main>
<footer><p>S3-RURAL is co-funded by the European Union through Interreg Europe. The content reflects only the authors' views.</p>
<p>Project contact: s3rural@biz-up.example.at · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a></p></footer>
</body></html>
"""
write(F, T)
SB="SODEBUR"
gold(F,
 [P("Alberto Ruiz Calleja",None,None),
  P("Katharina Gruber","Lead partner coordinator","Business Upper Austria"),
  P("Ángel Carretón Castrillo","managing director",SB),
  P("Lucía Arranz","manager","Ribera del Duero Wine Cluster"),
  P("María José Hernández Pascual","Director General","Instituto para la Competitividad Empresarial de Castilla y León"),
  P("Paul Hennessy-Brandt","expert","Interreg Europe Policy Learning Platform")],
 [O("Sociedad para el Desarrollo de la Provincia de Burgos","SODEBUR"), O("Provincial Council of Burgos"),
  O("Junta de Castilla y León"), O("Business Upper Austria – OÖ Wirtschaftsagentur GmbH"), O("University of Burgos"),
  O("Ribera del Duero Wine Cluster"), O("Instituto para la Competitividad Empresarial de Castilla y León","ICE"),
  O("Regional Council of Lapland"), O("Rzeszów Regional Development Agency","RARR"),
  O("Comunidade Intermunicipal do Alentejo Central","CIMAC"), O("Harghita County Council"), O("Leitrim County Council"),
  O("Development Agency of Savinja-Šalek","SAŠA"), O("Interreg Europe Policy Learning Platform")],
 [E("fifth interregional meeting","2037-10-20","2037-10-22","Burgos","Spain"),
  E("steering group","2037-10-20",None,"Burgos","Spain"),
  E("welcome dinner","2037-10-20",None,"Burgos","Spain"),
  E("study visit","2037-10-21",None,"Lerma, Aranda de Duero","Spain"),
  E("regional stakeholder meeting","2037-10-22",None,"Valladolid","Spain"),
  E("6th partner meeting and study visit","2038-03-16","2038-03-18","Rovaniemi","Finland"),
  E("Thematic seminar: Financing rural hubs after 2040","2037-11-26",None,None,None)],
 ["2037-11-02","2037-10-20/2037-10-22","2037-10-20","2037-10-21","2037-10-22","2035/2041","2038-03-16/2038-03-18",
  "2037-11-26","2037-10-12","2037-09-28","2037-07-09","2039"],
 ["Rural hubs work when a local champion runs them, not when they are managed from the provincial capital",
  "Regional S3 strategies rarely mention rural areas explicitly; partners will propose wording for the next strategy revisions",
  "Small broadband investments can unlock the use of hubs by companies outside the agri-food sector",
  "Exchanges with universities need a dedicated person in the hub; otherwise they stop after the first project"],
 pub="2037-11-02")
