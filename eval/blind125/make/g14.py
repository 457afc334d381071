from h import *
F = 'g14_eccp_cluster_conference_outcomes.html'
assert wd(2042,5,20)=='Tuesday' and wd(2042,5,22)=='Thursday' and wd(2042,5,19)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>European Cluster Conference 2042: main outcomes | European Cluster Collaboration Platform</title></head>
<body>
<div class="ecl-cookie">This site uses cookies to offer you a better browsing experience. <a href="#">Accept all cookies</a> <a href="#">Accept only essential cookies</a></div>
<header><p>European Commission · European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-organisations">Cluster organisations</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/policy">Cluster policy</a> | <a href="/login">Log in</a></nav></header>
<main>
<p>Home › News</p>
<h1>European Cluster Conference 2042: clusters ready to deliver the Clean Industrial Partnerships</h1>
<p class="meta">Submitted by Noémie Vasseur-Lindholm on 3 June 2042</p>
<p>Around 650 cluster managers, policy-makers and company representatives met in Ljubljana from 20 to 22 May 2042 for the European Cluster Conference 2042, the ninth edition of the Commission's flagship cluster event. The conference was organised by the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) together with the Slovenian Ministry of the Economy, Tourism and Sport and SPIRIT Slovenia, the public agency for entrepreneurship, internationalisation and investment.</p>
<p>The Commissioner responsible for the internal market, Dr Ilse Verhoeven-Karsten, opened the conference on Tuesday morning. She announced that the next generation of the Euroclusters will focus on clean-tech value chains and on regions facing industrial decline. Slovenian Minister Tadej Jerič underlined the role of the Slovenian strategic research and innovation partnerships, which have acted as national clusters since 2017.</p>
<h2>Programme at a glance</h2>
<ul>
<li>Monday 19 May – EU cluster matchmaking (pre-event), 180 organisations, GR Ljubljana Exhibition and Convention Centre</li>
<li>Tuesday 20 May – Opening, keynote speeches, European Cluster Manager of the Year award ceremony, conference dinner</li>
<li>Wednesday 21 May – Six breakout sessions; panel on cluster policy after 2042; site visits to the Savinjska and Gorenjska regions</li>
<li>Thursday 22 May – Conclusions, handover to the next host</li>
</ul>
<p>The European Cluster Manager of the Year award went to Teresa Gómez-Arrieta, managing director of the Basque energy cluster Cluster de Energía, for her work on the regional hydrogen corridor. The jury was chaired by Prof. Kaspar Nørgaard of Aalborg University.</p>
<p>The six breakout sessions on Wednesday dealt with clean-tech value chains, defence and dual-use supply chains, skills, data sharing, cluster internationalisation and the role of clusters in less developed regions. Participants voted on the most urgent topics through the conference app; skills and funding came first in every session.</p>
<h2>Main outcomes</h2>
<p>In the closing session, the conference rapporteur Dr Oana-Ruxandra Ionescu of the European Observatory for Clusters and Industrial Change summarised the main outcomes:</p>
<ul>
<li>Clusters are ready to act as regional hubs of the Clean Industrial Partnerships, but need multi-annual funding to do so</li>
<li>Cluster internationalisation should concentrate on a small number of strategic partner countries</li>
<li>The European Cluster Collaboration Platform should offer one common profile for clusters, Euroclusters and European Digital Innovation Hubs</li>
<li>Skills remain the first bottleneck for the twin transition in almost every ecosystem</li>
<li>Regions in industrial transition need targeted help to build up cluster management capacity</li>
</ul>
<p>Closing the conference, Jan-Willem ter Haar, Director for Ecosystems at DG GROW, thanked the Slovenian hosts and announced that the European Cluster Conference 2044 will be held in Porto.</p>
<h2>Previous editions</h2>
<p>European Cluster Conference 2038 – Riga · European Cluster Conference 2040 – Lyon · European Cluster Conference 2042 – Ljubljana</p>
<p>Presentations and photos are available in the event library. The full conference report will be published in September 2042.</p>
<p>Related event: <a href="#">European Cluster Conference 2042</a> · Tags: cluster policy, Euroclusters, Clean Industrial Partnerships</p>
<p>Share this article: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, managed by the European Innovation Council and SMEs Executive Agency (EISMEA). · <a href="#">Legal notice</a> · <a href="#">Contact</a> · <a href="#">Newsletter</a></p></footer>
</body></html>
"""
write(F, T)
G="DG GROW"
gold(F,
 [P("Noémie Vasseur-Lindholm",None,None),
  P("Ilse Verhoeven-Karsten","Commissioner responsible for the internal market","European Commission"),
  P("Tadej Jerič","Minister","Ministry of the Economy, Tourism and Sport"),
  P("Teresa Gómez-Arrieta","managing director","Cluster de Energía"),
  P("Kaspar Nørgaard",None,"Aalborg University"),
  P("Oana-Ruxandra Ionescu","rapporteur","European Observatory for Clusters and Industrial Change"),
  P("Jan-Willem ter Haar","Director for Ecosystems",G)],
 [O("European Cluster Collaboration Platform"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs",G),
  O("Ministry of the Economy, Tourism and Sport"), O("SPIRIT Slovenia"), O("Cluster de Energía"),
  O("Aalborg University"), O("European Observatory for Clusters and Industrial Change"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("European Cluster Conference 2042","2042-05-20","2042-05-22","Ljubljana","Slovenia"),
  E("EU cluster matchmaking","2042-05-19",None,"Ljubljana","Slovenia"),
  E("European Cluster Manager of the Year award ceremony","2042-05-20",None,"Ljubljana","Slovenia"),
  E("conference dinner","2042-05-20",None,"Ljubljana","Slovenia"),
  E("site visits to the Savinjska and Gorenjska regions","2042-05-21",None,None,"Slovenia"),
  E("European Cluster Conference 2044","2044",None,"Porto","Portugal"),
  E("European Cluster Conference 2038","2038",None,"Riga","Latvia"),
  E("European Cluster Conference 2040","2040",None,"Lyon","France")],
 ["2042-06-03","2042-05-20/2042-05-22","2017","2042-05-19","2042-05-20","2042-05-21","2042-05-22","2042-09"],
 ["Clusters are ready to act as regional hubs of the Clean Industrial Partnerships, but need multi-annual funding to do so",
  "Cluster internationalisation should concentrate on a small number of strategic partner countries",
  "The European Cluster Collaboration Platform should offer one common profile for clusters, Euroclusters and European Digital Innovation Hubs",
  "Skills remain the first bottleneck for the twin transition in almost every ecosystem",
  "Regions in industrial transition need targeted help to build up cluster management capacity"],
 pub="2042-06-03")
