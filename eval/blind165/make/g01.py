from h import *
F = 'g01_sines_port_energy_forum_conclusions.html'
assert wd(2038,5,20)=='Thursday' and wd(2038,5,21)=='Friday' and wd(2038,5,19)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conclusions of the Atlantic Ports &amp; Energy Forum 2038 | ALEP Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to measure traffic and to remember your preferences. <a href="/privacy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="brand">Alentejo Litoral Energy &amp; Ports Cluster</p>
<nav><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/pt">PT</a></nav></header>
<main>
<p class="crumbs">Home › News › Reports</p>
<h1>Atlantic Ports &amp; Energy Forum 2038: what we agreed in Sines</h1>
<p class="byline">By Inês Valadares, Communication Officer · Published 2 June 2038 · 6 min read</p>
<p class="share">Share: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Facebook</a> | <a href="#">Copy link</a></p>

<p>More than 320 participants from eleven countries came to Sines on Thursday 20 and Friday 21 May 2038 for the fourth Atlantic Ports &amp; Energy Forum, hosted by the Alentejo Litoral Energy &amp; Ports Cluster (ALEP Cluster) together with the Port Authority of Sines and the Algarve (APS) and the Municipality of Sines. The forum took place at the Centro de Artes de Sines and on the first evening moved to the harbour, where the partners were received aboard the training ship of the Escola Náutica.</p>

<p>The forum was opened by Rui Tavares Guerreiro, President of the ALEP Cluster, and by the mayor of Sines, Carla Mestre Fonseca. In her keynote, Dr Helena Kowalczyk-Brandt, Deputy Head of Unit for Clean Energy Transition at DG ENER of the European Commission, said that ports on the Atlantic seaboard "are no longer the end of a supply chain but the start of a new one". Other speakers included Joaquim Barradas (GALP Energia, Portugal), Maren Østergaard (Port of Esbjerg, Denmark), and Pablo Iturriaga, general manager of the Basque Maritime Forum (Foro Marítimo Vasco).</p>

<h2>Programme at a glance</h2>
<ul>
<li>Wednesday 19 May, 18:30 – site visit to the green hydrogen pilot plant in the Sines industrial zone (ZILS)</li>
<li>Thursday 20 May, 09:30 – opening session and keynote</li>
<li>Thursday 20 May, 14:00 – parallel workshops: offshore wind logistics, hydrogen corridors, skills for port workers</li>
<li>Thursday 20 May, 20:00 – forum dinner at the harbour</li>
<li>Friday 21 May, 09:00 – B2B meetings (142 meetings booked through the platform)</li>
<li>Friday 21 May, 12:30 – conclusions and closing</li>
</ul>

<h2>Conclusions of the forum</h2>
<p>At the closing session the rapporteur, Prof. Teresa Amaral Dias of the University of Évora, presented the conclusions drawn from the workshops. The participants agreed that:</p>
<ol>
<li>Atlantic ports should plan hydrogen import and export terminals together rather than compete for the same first projects</li>
<li>The grid connection of the ports is now the main bottleneck for offshore wind assembly and must be part of national grid plans</li>
<li>Clusters should set up a shared pool of trainers for port workers, starting with welding, crane operation and hydrogen safety</li>
<li>Small suppliers need earlier information on tenders; the big developers were asked to publish supplier days at least six months ahead</li>
<li>The forum network should speak with one voice in the revision of the trans-European transport network guidelines</li>
</ol>

<p>Rui Tavares Guerreiro called the conclusions "a to-do list, not a declaration", and announced that the cluster board will report on progress at the next edition.</p>

<h2>Previous editions</h2>
<p>The forum rotates between Atlantic port regions:</p>
<ul>
<li>2032 – Sines, 13–14 October</li>
<li>2034 – Bilbao, 8–9 June</li>
<li>2036 – Esbjerg, 16–17 September</li>
<li>2038 – Sines, 20–21 May</li>
</ul>
<p>The fifth edition will be held in Saint-Nazaire in spring 2040, hosted by the cluster Neopolia.</p>

<h2>Partners</h2>
<p>ALEP Cluster (Portugal) · APS – Port Authority of Sines and the Algarve (Portugal) · Municipality of Sines (Portugal) · Foro Marítimo Vasco (Spain) · Port of Esbjerg (Denmark) · Neopolia (France) · AICEP Portugal Global (Portugal)</p>

<p>Presentations and photographs are available in the members' area. Questions: <a href="mailto:forum@alep.example.pt">forum@alep.example.pt</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Facebook</a> | <a href="#">Copy link</a></p>
<p class="tags">Tags: hydrogen, offshore wind, ports, skills</p>
</main>
<aside><h3>Related news</h3><p><a href="#">New members join the cluster</a> · <a href="#">Call for hydrogen safety trainers</a></p></aside>
<footer><p>ALEP Cluster – Associação Cluster Energia e Portos do Alentejo Litoral · Rua da Floresta 12, 7520-000 Sines · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
<p>© 2038 ALEP Cluster. All rights reserved.</p></footer>
</body></html>
"""
write(F, T)
A = "Alentejo Litoral Energy & Ports Cluster"
gold(F,
 [P("Inês Valadares","Communication Officer",A),
  P("Rui Tavares Guerreiro","President",A),
  P("Carla Mestre Fonseca","mayor of Sines","Municipality of Sines"),
  P("Helena Kowalczyk-Brandt","Deputy Head of Unit for Clean Energy Transition","DG ENER"),
  P("Joaquim Barradas",None,"GALP Energia"),
  P("Maren Østergaard",None,"Port of Esbjerg"),
  P("Pablo Iturriaga","general manager","Basque Maritime Forum"),
  P("Teresa Amaral Dias","rapporteur","University of Évora")],
 [O(A,"ALEP Cluster"), O("Port Authority of Sines and the Algarve","APS"), O("Municipality of Sines"),
  O("Escola Náutica"), O("DG ENER"), O("European Commission"), O("GALP Energia"), O("Port of Esbjerg"),
  O("Basque Maritime Forum"), O("University of Évora"), O("Neopolia"), O("AICEP Portugal Global")],
 [E("Atlantic Ports & Energy Forum 2038","2038-05-20","2038-05-21","Sines","Portugal"),
  E("site visit to the green hydrogen pilot plant","2038-05-19",None,"Sines","Portugal"),
  E("forum dinner","2038-05-20",None,"Sines","Portugal"),
  E("B2B meetings","2038-05-21",None,"Sines","Portugal"),
  E("Atlantic Ports & Energy Forum","2032-10-13","2032-10-14","Sines","Portugal"),
  E("Atlantic Ports & Energy Forum","2034-06-08","2034-06-09","Bilbao","Spain"),
  E("Atlantic Ports & Energy Forum","2036-09-16","2036-09-17","Esbjerg","Denmark"),
  E("Atlantic Ports & Energy Forum","2040",None,"Saint-Nazaire","France")],
 ["2038-06-02","2038-05-20/2038-05-21","2038-05-19","2038-05-20","2038-05-21",
  "2032-10-13/2032-10-14","2034-06-08/2034-06-09","2036-09-16/2036-09-17","2040"],
 ["Atlantic ports should plan hydrogen import and export terminals together rather than compete for the same first projects",
  "The grid connection of the ports is now the main bottleneck for offshore wind assembly and must be part of national grid plans",
  "Clusters should set up a shared pool of trainers for port workers, starting with welding, crane operation and hydrogen safety",
  "Small suppliers need earlier information on tenders; the big developers were asked to publish supplier days at least six months ahead",
  "The forum network should speak with one voice in the revision of the trans-European transport network guidelines"],
 pub="2038-06-02")
