from h import *
F = 'g09_beja_water_cluster_members_day.html'
assert wd(2042,3,11)=='Tuesday' and wd(2042,3,13)=='Thursday' and wd(2042,3,4)=='Tuesday' and wd(2042,5,20)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Members' Day and General Assembly 2042 | Alentejo Water &amp; Agri-Innovation Cluster</title></head>
<body>
<div id="gdpr">This website uses cookies for statistics and to remember your language. <a href="/en/privacy">Privacy policy</a> · <button>OK</button> <button>Settings</button></div>
<header><p class="logo">AWAC · Alentejo Water &amp; Agri-Innovation Cluster</p>
<nav><a href="/en/">Home</a> · <a href="/en/about">About</a> · <a href="/en/members">Members</a> · <a href="/en/governance">Governance</a> · <a href="/en/projects">Projects</a> · <a href="/en/events">Events</a> · <a href="/en/news">News</a> · <a href="/pt/">PT</a></nav></header>
<main>
<p class="crumbs">Home › Events › Members' Day and General Assembly 2042</p>
<h1>Members' Day and General Assembly 2042</h1>
<p class="when">Tuesday 11 March 2042 · Beja, Instituto Politécnico de Beja, main auditorium · free for members, registration by Tuesday 4 March</p>

<div class="update"><h2>Update, 13 March 2042: results and conclusions</h2>
<p>More than 140 people took part in this year's Members' Day, and 58 of our 73 member organisations voted in the General Assembly. The single list of candidates was elected for the term 2042–2045 with 55 votes in favour and 3 abstentions. The new governing bodies are:</p>
<ul>
<li>President of the Board – Mafalda SERRÃO PATRÍCIO, Olivais do Guadiana, Lda.</li>
<li>Vice-President – Prof. João Pedro MÉRTOLA RAMOS, Instituto Politécnico de Beja</li>
<li>Treasurer – Carla Inês VIDIGAL, Caixa de Crédito Agrícola do Baixo Alentejo</li>
<li>Board members – Nuno ALBERNAZ (AgroSensing Alentejo) and Sofia BRANCO-FIALHO (Cooperativa Agrícola de Moura e Barrancos)</li>
<li>Chair of the General Assembly – Luís VAZ CORTES, Câmara Municipal de Beja</li>
</ul>
<p>Outgoing president Rui Valadas Guerreiro, who led the cluster since its foundation in 2033, received a tile panel painted by students of the Escola Profissional de Serpa.</p>
<h3>Conclusions of the day</h3>
<ul>
<li>Water efficiency gains in the Alqueva perimeter are real but are being eaten up by the expansion of irrigated area</li>
<li>Members want the cluster to speak with one voice on water tariffs for small farms</li>
<li>Young farmers need access to land and to credit more than to new technology</li>
<li>The cluster will set up a working group on drought-resilient crops with the research members</li>
</ul>
</div>

<h2>About the day</h2>
<p>Once a year the whole cluster meets in one room: olive and almond growers, wine and vegetable producers, irrigation engineers, software start-ups, the polytechnic and the municipalities of the Baixo Alentejo. The Members' Day is where new members present themselves, where the working groups report on their year and where we argue, openly and usually over lunch, about what the cluster should do next. This year the members also elect the governing bodies for the next three years. Non-members are welcome in the morning sessions and at the afternoon visit.</p>

<h2>Programme</h2>
<table>
<tr><td>09:30</td><td>Registration and coffee</td></tr>
<tr><td>10:00</td><td>Welcome – Rui Valadas Guerreiro, President of the cluster, and Paulo Arsénio-Cabral, Mayor of Beja</td></tr>
<tr><td>10:15</td><td>Keynote: "Water after Alqueva: the next twenty years" – Eng. Teresa Lobato Faria, Chair of the Board of Directors, Empresa de Desenvolvimento e Infra-estruturas do Alqueva (EDIA)</td></tr>
<tr><td>11:00</td><td>Panel: "Young farmers, old soils" – with members of the cluster; moderated by Joana Cabrita, journalist, Diário do Alentejo</td></tr>
<tr><td>12:30</td><td>Lunch in the school canteen – products of our members</td></tr>
<tr><td>14:00</td><td>General Assembly (members only): annual report and accounts 2041; election of the governing bodies 2042–2045; membership fees</td></tr>
<tr><td>15:30</td><td>Announcement of the election results</td></tr>
<tr><td>16:00</td><td>Visit to the irrigation demonstration field of the Centro Operativo e de Tecnologia de Regadio (COTR)</td></tr>
</table>

<h2>Previous Members' Days</h2>
<ul>
<li>2039 – Serpa, 19 March 2039</li>
<li>2040 – Moura, 12 March 2040</li>
<li>2041 – Ferreira do Alentejo, 16 March 2041</li>
</ul>

<p>Next in our calendar: Alentejo Irrigation Forum, Évora, 20–21 May 2042, organised with the Universidade de Évora.</p>
<p>Contact: Inês Parreira, cluster manager, events@awac.example.pt, +351 284 000 000</p>
<p class="share">Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a> · <a href="#">Copy link</a></p>
</main>
<footer><p>Alentejo Water &amp; Agri-Innovation Cluster – Associação · Rua da Lavoura 14, 7800 Beja, Portugal</p>
<p>Recognised cluster of the national cluster programme. © 2042 AWAC · <a href="/en/legal">Legal notice</a> · <a href="/en/complaints">Complaints book</a></p></footer>
</body></html>
"""
write(F, T)
A = "Alentejo Water & Agri-Innovation Cluster"
gold(F,
 [P("Mafalda SERRÃO PATRÍCIO","President of the Board",A),
  P("João Pedro MÉRTOLA RAMOS","Vice-President",A),
  P("Carla Inês VIDIGAL","Treasurer",A),
  P("Nuno ALBERNAZ","Board member",A),
  P("Sofia BRANCO-FIALHO","Board member",A),
  P("Luís VAZ CORTES","Chair of the General Assembly",A),
  P("Rui Valadas Guerreiro","President",A),
  P("Paulo Arsénio-Cabral","Mayor of Beja",None),
  P("Teresa Lobato Faria","Chair of the Board of Directors","Empresa de Desenvolvimento e Infra-estruturas do Alqueva"),
  P("Joana Cabrita","journalist","Diário do Alentejo"),
  P("Inês Parreira","cluster manager",A)],
 [O(A,"AWAC"), O("Instituto Politécnico de Beja"), O("Olivais do Guadiana, Lda."), O("Caixa de Crédito Agrícola do Baixo Alentejo"),
  O("AgroSensing Alentejo"), O("Cooperativa Agrícola de Moura e Barrancos"), O("Câmara Municipal de Beja"),
  O("Escola Profissional de Serpa"), O("Empresa de Desenvolvimento e Infra-estruturas do Alqueva","EDIA"),
  O("Diário do Alentejo"), O("Centro Operativo e de Tecnologia de Regadio","COTR"), O("Universidade de Évora")],
 [E("Members' Day and General Assembly 2042","2042-03-11",None,"Beja","Portugal"),
  E("Water after Alqueva: the next twenty years","2042-03-11",None,"Beja","Portugal"),
  E("General Assembly","2042-03-11",None,"Beja","Portugal"),
  E("Visit to the irrigation demonstration field of the Centro Operativo e de Tecnologia de Regadio","2042-03-11",None,"Beja","Portugal"),
  E("Members' Day","2039-03-19",None,"Serpa","Portugal"),
  E("Members' Day","2040-03-12",None,"Moura","Portugal"),
  E("Members' Day","2041-03-16",None,"Ferreira do Alentejo","Portugal"),
  E("Alentejo Irrigation Forum","2042-05-20","2042-05-21","Évora","Portugal")],
 ["2042-03-11","2042-03-04","2042-03-13","2042/2045","2033","2041","2039","2039-03-19","2040","2040-03-12","2041-03-16",
  "2042-05-20/2042-05-21"],
 ["Water efficiency gains in the Alqueva perimeter are real but are being eaten up by the expansion of irrigated area",
  "Members want the cluster to speak with one voice on water tariffs for small farms",
  "Young farmers need access to land and to credit more than to new technology",
  "The cluster will set up a working group on drought-resilient crops with the research members"],
 pub=None)
