from h import *
F = 'g01_latgale_kickoff_news.html'
assert wd(2036,2,12)=='Tuesday' and wd(2036,2,13)=='Wednesday' and wd(2036,4,24)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>WOODLOOP kick-off in Daugavpils | Latgale Wood Cluster</title></head>
<body>
<div id="cookies">This site uses cookies for statistics and to remember your language choice. <a href="/privacy">Privacy notice</a> <button>OK</button> <button>Decline</button></div>
<header><a href="/" class="logo">Latgale Wood Cluster</a>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contacts">Contacts</a> | <a href="/lv">LV</a> <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home / News / Projects</p>
<h1>Nine partners from seven countries launch WOODLOOP in Daugavpils</h1>
<p class="byline">Published 18 February 2036 by Ilze Rudzīte, communication officer · Photo: Jānis Ozoliņš</p>
<p>Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>

<p>On 12 and 13 February 2036 the Latgale Wood Cluster welcomed the partners of the new Interreg Europe project WOODLOOP to Daugavpils for its kick-off meeting. The project, which runs for 48 months until January 2040, looks at how regional policy instruments can help small sawmills, furniture makers and joinery workshops turn offcuts, sawdust and used furniture into new products. The total budget is EUR 1.86 million, of which 80% comes from the European Regional Development Fund.</p>

<p>The meeting took place in the conference hall of the Daugavpils University on Tuesday and at the premises of the cluster's members on Wednesday. Cluster manager Edgars Vilcāns opened the first day by recalling that more than a third of the 140 wood-working companies in Latgale employ fewer than ten people. "These firms cannot invest in recycling lines alone. They need regional rules and finance that are designed with them," he said.</p>

<p>Deputy Mayor of Daugavpils Valentīna Staņa welcomed the guests on behalf of the city, and Aivars Kudiņš from the Joint Secretariat of Interreg Europe, who joined online from Lille, explained the reporting rules of the programme and the role of the regional stakeholder groups.</p>

<h2>The partnership</h2>
<p>The lead partner is the Latgale Planning Region, which also manages the regional development programme addressed by the project. The partners are:</p>
<ul>
<li>Latgale Planning Region (Latvia) – lead partner</li>
<li>Latgale Wood Cluster (Latvia)</li>
<li>Regional Council of North Savo (Finland)</li>
<li>Wood Cluster of Styria – Holzcluster Steiermark GmbH (Austria)</li>
<li>Agency for Regional Development of the Podkarpackie Voivodeship (Poland)</li>
<li>Centre for Wood Technology Slovenia, Ljubljana (Slovenia)</li>
<li>Burgos Furniture and Wood Association – AFAMBUR (Spain)</li>
<li>Regional Development Agency of Western Macedonia – ANKO (Greece)</li>
<li>Technical University of Zvolen (Slovakia)</li>
</ul>
<p>The Lithuanian Furniture Industry Association takes part as an associated policy partner and will host one of the study visits.</p>

<h2>Work packages</h2>
<p>The first afternoon was devoted to the work plan. Project coordinator Dace Strautmane of the Latgale Planning Region presented the overall timeline, and each work package leader introduced the activities, outputs and deadlines of their package:</p>
<ol>
<li><b>WP1 – Project management and coordination</b>, led by the Latgale Planning Region: steering group meetings every six months, financial reporting, quality plan.</li>
<li><b>WP2 – Interregional learning</b>, led by the Regional Council of North Savo: six thematic workshops, three study visits and a collection of good practices on wood residue markets. Heikki Räsänen presented the methodology for the peer reviews.</li>
<li><b>WP3 – Regional action plans</b>, led by the Agency for Regional Development of the Podkarpackie Voivodeship: one action plan per region, prepared with the stakeholder groups, to be adopted by the end of the second phase.</li>
<li><b>WP4 – Communication and dissemination</b>, led by the Wood Cluster of Styria: website, newsletter twice a year, a final conference in Graz. Communication manager Katharina Pichler-Moser asked all partners to name a communication contact by the end of February.</li>
</ol>

<p>The afternoon ended with the approval of the partnership agreement and the election of the steering group. Prof. Rui Bastos Andrade, invited as the project's external expert on circular bioeconomy, will chair the group of experts that evaluates the good practices.</p>

<h2>Second day: site visits</h2>
<p>On Wednesday morning the partners visited three cluster members: the pellet plant of Latgales Granulas SIA in Krāslava, the furniture factory of Daugavas Mēbeles SIA, where reclaimed oak from old barns is used for table tops, and the joinery training workshop of the Daugavpils Technical School. Mārtiņš Gailums, production director of Daugavas Mēbeles, showed the partners how offcuts are sorted by species and thickness before being glued into panels.</p>

<p>After lunch, the first meeting of the Latvian regional stakeholder group took place with 23 participants from companies, municipalities and the Ministry of Smart Administration and Regional Development.</p>

<h2>What comes next</h2>
<p>The first thematic workshop, on markets for sawdust and bark, will be held in Kuopio on 23–24 April 2036, and the first study visit to Styria is planned for September 2036. Companies that wish to join the Latvian stakeholder group can contact the cluster office.</p>

<p class="contact">Contact: Dace Strautmane, project coordinator, Latgale Planning Region, dace.strautmane@example.lv, +371 6 542 2210<br>
Edgars Vilcāns, cluster manager, Latgale Wood Cluster, edgars@example-lwc.lv</p>

<p class="tags">Tags: Interreg Europe · circular economy · wood · WOODLOOP</p>
<p>Related news: <a href="#">Cluster members at the Riga Furniture Fair</a> · <a href="#">New board elected at the annual meeting</a></p>
</main>
<footer>© 2036 Latgale Wood Cluster · Rīgas iela 22, Daugavpils, LV-5401 · <a href="/privacy">Privacy</a> · <a href="/sitemap">Sitemap</a></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Ilze Rudzīte','communication officer'), P('Jānis Ozoliņš'),
  P('Edgars Vilcāns','Cluster manager','Latgale Wood Cluster'),
  P('Valentīna Staņa','Deputy Mayor of Daugavpils'),
  P('Aivars Kudiņš',None,'Joint Secretariat of Interreg Europe'),
  P('Dace Strautmane','Project coordinator','Latgale Planning Region'),
  P('Heikki Räsänen'),
  P('Katharina Pichler-Moser','Communication manager'),
  P('Rui Bastos Andrade',"external expert on circular bioeconomy"),
  P('Mārtiņš Gailums','production director','Daugavas Mēbeles')],
 [O('Latgale Wood Cluster'), O('Joint Secretariat of Interreg Europe'), O('Latgale Planning Region'),
  O('Regional Council of North Savo'), O('Wood Cluster of Styria – Holzcluster Steiermark GmbH'),
  O('Agency for Regional Development of the Podkarpackie Voivodeship'), O('Centre for Wood Technology Slovenia'),
  O('Burgos Furniture and Wood Association','AFAMBUR'), O('Regional Development Agency of Western Macedonia','ANKO'),
  O('Technical University of Zvolen'), O('Lithuanian Furniture Industry Association'), O('Daugavpils University'),
  O('Latgales Granulas SIA'), O('Daugavas Mēbeles SIA'), O('Daugavpils Technical School'),
  O('Ministry of Smart Administration and Regional Development')],
 [E('WOODLOOP kick-off','2036-02-12','2036-02-13','Daugavpils','Latvia'),
  E('site visits','2036-02-13',None,None,'Latvia'),
  E('meeting of the Latvian regional stakeholder group','2036-02-13',None,None,'Latvia'),
  E('first thematic workshop','2036-04-23','2036-04-24','Kuopio','Finland'),
  E('final conference',None,None,'Graz','Austria'),
  E('first study visit to Styria','2036-09',None,None,'Austria'),
  E('Riga Furniture Fair',None,None,'Riga','Latvia')],
 ['2036-02-18','2036-02-12/2036-02-13','2040-01','2036-04-23/2036-04-24','2036-09',
  '2036-02'],  # second pass: 'by the end of February' (2036), as g06/g13 resolve year-less months
 [], pub='2036-02-18')
