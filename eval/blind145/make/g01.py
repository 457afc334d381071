from h import *
F = 'g01_toulon_maritime_conference_conclusions.html'
assert wd(2038,10,6)=='Wednesday' and wd(2038,10,7)=='Thursday' and wd(2038,10,8)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conclusions – Blue Industries Cluster Days 2038 | Pôle Mer Sud</title></head>
<body>
<div class="cookie-bar">We use cookies to measure audience. <a href="/privacy">Learn more</a> <button>OK</button> <button>Refuse</button></div>
<header><p class="brand">Pôle Mer Sud – Maritime competitiveness cluster, Provence-Alpes-Côte d'Azur</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events">Events</a> | <a href="/publications">Publications</a> | <a href="/fr">FR</a></nav></header>
<main>
<p class="crumbs">Home › Publications › Event reports</p>
<h1>Blue Industries Cluster Days 2038: conclusions of the fifth edition</h1>
<p class="byline">Published on 19 October 2038 · by Amandine Roux-Castellane, Communication Officer · 6 min read</p>
<p>The fifth edition of the Blue Industries Cluster Days took place in Toulon from Wednesday 6 to Friday 8 October 2038, at the invitation of Pôle Mer Sud and the Métropole Toulon Provence Méditerranée. Some 420 participants from 17 countries – naval shipyards, offshore wind developers, port authorities, research centres and more than 150 SMEs – discussed how the Mediterranean maritime ecosystem can decarbonise without losing its industrial base.</p>
<p>The conference was opened by Jean-Baptiste Ferrandi, President of Pôle Mer Sud, and by Giulia Montanari-Verdier, Vice-President for Economic Development of the Région Sud. In her keynote, Dr Helle Kjærgaard, Head of Unit for Blue Economy at the European Commission's Directorate-General for Maritime Affairs and Fisheries (DG MARE), presented the first results of the European maritime industry transition pathway and called on clusters to "become the place where shipyards and ports plan their investments together".</p>
<h2>Programme in brief</h2>
<ul>
<li><b>Wednesday 6 October</b> – 14:00 opening plenary at the Palais Neptune; 16:30 "Green ports" panel with the ports of Marseille-Fos, Genoa and Valencia; 19:30 welcome reception on the quay of the Arsenal</li>
<li><b>Thursday 7 October</b> – 09:00 parallel workshops (floating wind, underwater robotics, naval refit); 14:00–18:00 B2B meetings; 20:00 cluster dinner at the Tour Royale</li>
<li><b>Friday 8 October</b> – 08:30 site visits to the Naval Group yard and to the Ifremer centre in La Seyne-sur-Mer; 12:00 closing session and adoption of the conclusions</li>
</ul>
<p>The B2B meetings, organised with Enterprise Europe Network Provence-Alpes-Côte d'Azur (EEN PACA), led to 312 bilateral talks, according to the organisers.</p>
<h2>Previous editions</h2>
<p>2034 Marseille · 2035 Nice · 2036 Ajaccio · 2037 Sète · 2038 Toulon. The sixth edition will be hosted by the Cluster Marittimo Ligure in Genoa in autumn 2039.</p>
<h2>Conclusions adopted at the closing session</h2>
<p>The closing session, chaired by Pôle Mer Sud's Managing Director, Karim Belkacem-Durand, adopted the following conclusions, which will be sent to the Région Sud and to DG MARE before the end of November:</p>
<ol>
<li>Shipyards and ports need a shared investment plan for shore power and alternative fuels; clusters are ready to coordinate it at the level of the western Mediterranean</li>
<li>The skills gap in welding, marine electrical work and naval design is now the main brake on growth and must be addressed through regional training alliances</li>
<li>Public procurement by navies and port authorities should reward low-emission solutions developed by SMEs</li>
<li>Floating offshore wind demonstration sites in the Gulf of Lion should be opened to test underwater robotics and monitoring services</li>
<li>Mediterranean maritime clusters should create a permanent alliance with a joint secretariat from 2039</li>
</ol>
<p>"We leave Toulon with a to-do list, not a declaration," said Belkacem-Durand. "In twelve months, in Genoa, we will report on each of the five points."</p>
<h2>Speakers quoted in this report</h2>
<p>Pablo Izquierdo Saldaña, Director of Innovation, Autoridad Portuaria de Valencia; Marta De Luca, cluster manager, Cluster Marittimo Ligure; Prof. Yannick Le Goff, Scientific Director, Ifremer; Sophie Aubanel, CEO of the start-up SubSea Optics SAS.</p>
<p>Presentations are available in the members' area until 31 December 2038. <a href="/publications/bicd2038">Download the full report (PDF, 2.4 MB)</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a> | <a href="/publications">‹ Back to publications</a></p>
</main>
<footer><p>Pôle Mer Sud · Technopôle de la Mer, 83500 La Seyne-sur-Mer · contact@polemersud.example.fr</p>
<p>© 2038 Pôle Mer Sud · <a href="/legal">Legal notice</a> · <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
PM="Pôle Mer Sud"
gold(F,
 [P("Amandine Roux-Castellane","Communication Officer",PM),
  P("Jean-Baptiste Ferrandi","President",PM),
  P("Giulia Montanari-Verdier","Vice-President for Economic Development","Région Sud"),
  P("Helle Kjærgaard","Head of Unit for Blue Economy","Directorate-General for Maritime Affairs and Fisheries"),
  P("Karim Belkacem-Durand","Managing Director",PM),
  P("Pablo Izquierdo Saldaña","Director of Innovation","Autoridad Portuaria de Valencia"),
  P("Marta De Luca","cluster manager","Cluster Marittimo Ligure"),
  P("Yannick Le Goff","Scientific Director","Ifremer"),
  P("Sophie Aubanel","CEO","SubSea Optics SAS")],
 [O(PM), O("Métropole Toulon Provence Méditerranée"), O("Région Sud"), O("European Commission"),
  O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"),
  O("Naval Group"), O("Ifremer"), O("Enterprise Europe Network Provence-Alpes-Côte d'Azur","EEN PACA"),
  O("Cluster Marittimo Ligure"), O("Autoridad Portuaria de Valencia"), O("SubSea Optics SAS")],
 [E("Blue Industries Cluster Days 2038","2038-10-06","2038-10-08","Toulon","France"),
  E("welcome reception","2038-10-06",None,"Toulon","France"),
  E("B2B meetings","2038-10-07",None,"Toulon","France"),
  E("cluster dinner","2038-10-07",None,"Toulon","France"),
  E("site visits","2038-10-08",None,"La Seyne-sur-Mer","France"),
  E("Blue Industries Cluster Days","2034",None,"Marseille","France"),
  E("Blue Industries Cluster Days","2035",None,"Nice","France"),
  E("Blue Industries Cluster Days","2036",None,"Ajaccio","France"),
  E("Blue Industries Cluster Days","2037",None,"Sète","France"),
  E("Blue Industries Cluster Days","2039",None,"Genoa","Italy")],
 ["2038-10-19","2038-10-06/2038-10-08","2038-10-06","2038-10-07","2038-10-08","2034","2035","2036","2037","2038","2039","2038-11","2038-12-31"],
 ["Shipyards and ports need a shared investment plan for shore power and alternative fuels; clusters are ready to coordinate it at the level of the western Mediterranean",
  "The skills gap in welding, marine electrical work and naval design is now the main brake on growth and must be addressed through regional training alliances",
  "Public procurement by navies and port authorities should reward low-emission solutions developed by SMEs",
  "Floating offshore wind demonstration sites in the Gulf of Lion should be opened to test underwater robotics and monitoring services",
  "Mediterranean maritime clusters should create a permanent alliance with a joint secretariat from 2039"],
 pub="2038-10-19")
