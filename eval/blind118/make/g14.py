from h import *
F = 'g14_bilbao_energy_cluster_congress_report.html'
assert wd(2034,11,8)=='Wednesday' and wd(2034,11,9)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Basque Energy Cluster</title></head>
<body>
<header>
<a href="#">Skip to content</a>
<ul class="menu"><li>Cluster</li><li>Members</li><li>Working groups</li><li>International</li><li>News &amp; events</li><li>EUS | ES | EN</li></ul>
</header>
<main>
<p class="crumbs">Home › News › Events</p>
<h1>Over 600 participants at the 12th Energy Cluster Congress in Bilbao</h1>
<p class="byline">10 November 2034 · Communication Department · <a href="#">Events</a>, <a href="#">Hydrogen</a></p>

<p><strong>Bilbao, 10/11/2034.</strong> The Asociación Cluster de Energía del País Vasco – Basque Energy Cluster (ACE) held its twelfth annual congress on 8 and 9 November at the Euskalduna Conference Centre in Bilbao. Under the motto "Grids for a renewable Europe", more than 600 professionals from 18 countries discussed how grid manufacturers in the Basque Country can respond to the expected tripling of European investment in power networks by 2040.</p>

<p>The congress was opened by Arantxa Tapia Otaegi, Minister for Economic Development, Sustainability and Environment of the Basque Government, and by the President of ACE, Josu Ugarte Elorza (Ormazabal). In her speech the Minister announced a new call of the Basque Business Development Agency (SPRI) for pilot projects in smart grids, which will open on 15 January 2035.</p>

<p>The first day was dedicated to industrial policy. Gaëlle Fontaine-Rousseau from the European Commission's Joint Research Centre (JRC) in Petten presented the new forecasts of grid investment, and Lars-Erik Holmqvist, Senior Vice-President at Hitachi Energy Sweden AB, explained why manufacturers of transformers face delivery times of up to four years. A round table with buyers from the transmission system operators Red Eléctrica, TenneT and Elia closed the morning.</p>

<p>In the afternoon the Enterprise Europe Network organised B2B meetings for 140 companies, and at 19:30 the congress dinner took place at the Guggenheim Museum Bilbao, where the Basque Energy Cluster Award 2034 was given to the start-up Ibil Grid Solutions S.L. for its digital substation monitoring system.</p>

<p>On Thursday 9 November the participants could choose between technical sessions at the congress centre and visits to Arteche in Mungia and to the Tecnalia test laboratory for high-voltage equipment in Derio. At the same time, the partners of the Interreg Europe project GRID-REGIONS, which ACE coordinates, met for their third partner meeting, together with representatives of the Flemish cluster Flux50 and the Italian cluster Lombardy Energy Cleantech Cluster (LE2C).</p>

<h2>Key conclusions</h2>
<p>In the closing session the Cluster Manager of ACE, Itziar Goikoetxea Mendizabal, summarised the congress in four conclusions:</p>
<ul>
<li>European grid investment is an opportunity only if Basque manufacturers double their production capacity before 2030</li>
<li>Skills are the main bottleneck: the cluster will set up a grid technician programme with the vocational training centres</li>
<li>Standardised designs for transformers and switchgear across Europe would shorten delivery times</li>
<li>Regions with strong grid industries should cooperate in an S3 partnership rather than compete</li>
</ul>

<h2>Previous congresses</h2>
<p>The 11th congress took place on 16–17 November 2033 in Vitoria-Gasteiz, the 10th congress in Donostia / San Sebastián in November 2032. Both editions gathered around 450 participants, and the organisers expect the next one to grow again. The 13th Energy Cluster Congress is planned for autumn 2035 in Bilbao again.</p>

<p>Photos and presentations: <a href="#">congress gallery</a> · <a href="#">Download presentations (members only)</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>
<p class="related">Related news: <a href="#">ACE General Assembly approves 2035 action plan</a> · <a href="#">Basque delegation at Enlit Europe</a></p>
</main>
<footer>
<p>Basque Energy Cluster · Parque Científico y Tecnológico de Bizkaia, Edificio 222, 48170 Zamudio · info@clusterenergia.example.eus</p>
<p>With the support of the Basque Government · Legal notice · Privacy · Cookies</p>
</footer>
</body></html>
"""
write(F, T)
A = "Basque Energy Cluster"
gold(F,
 [P("Arantxa Tapia Otaegi","Minister for Economic Development, Sustainability and Environment","Basque Government"),
  P("Josu Ugarte Elorza","President","ACE"),
  P("Gaëlle Fontaine-Rousseau",None,"Joint Research Centre"),
  P("Lars-Erik Holmqvist","Senior Vice-President","Hitachi Energy Sweden AB"),
  P("Itziar Goikoetxea Mendizabal","Cluster Manager","ACE")],
 [O("Asociación Cluster de Energía del País Vasco – Basque Energy Cluster","ACE"), O("Basque Government"), O("Ormazabal"),
  O("Basque Business Development Agency","SPRI"), O("European Commission"), O("Joint Research Centre","JRC"), O("Hitachi Energy Sweden AB"),
  O("Red Eléctrica"), O("TenneT"), O("Elia"), O("Enterprise Europe Network"), O("Ibil Grid Solutions S.L."), O("Arteche"), O("Tecnalia"),
  O("Flux50"), O("Lombardy Energy Cleantech Cluster","LE2C")],
 [E("12th Energy Cluster Congress","2034-11-08","2034-11-09","Bilbao","Spain"),
  E("B2B meetings","2034-11-08",None,"Bilbao","Spain"),
  E("Basque Energy Cluster Award 2034","2034-11-08",None,"Bilbao","Spain"),
  E("visits to Arteche in Mungia and to the Tecnalia test laboratory for high-voltage equipment in Derio","2034-11-09",None,"Mungia, Derio","Spain"),
  E("third partner meeting","2034-11-09",None,None,None),
  E("11th congress","2033-11-16","2033-11-17","Vitoria-Gasteiz","Spain"),
  E("10th congress","2032-11",None,"San Sebastián","Spain"),
  E("13th Energy Cluster Congress","2035",None,"Bilbao","Spain"),
  E("ACE General Assembly",None,None,None,None),
  E("Enlit Europe",None,None,None,None)],
 ["2034-11-10","2034-11-08/2034-11-09","2040","2035-01-15","2034-11-09","2033-11-16/2033-11-17","2032-11","2035","2030"],
 ["European grid investment is an opportunity only if Basque manufacturers double their production capacity before 2030",
  "Skills are the main bottleneck: the cluster will set up a grid technician programme with the vocational training centres",
  "Standardised designs for transformers and switchgear across Europe would shorten delivery times",
  "Regions with strong grid industries should cooperate in an S3 partnership rather than compete"],
 pub="2034-11-10")
