from h import *
F = 'g14_saxony_anhalt_cluster_funding_news.html'
assert wd(2035,3,6)=='Tuesday' and wd(2035,4,24)=='Tuesday' and wd(2035,6,5)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press releases – Ministry of Economic Affairs, Tourism, Agriculture and Forestry – Saxony-Anhalt</title></head>
<body>
<div class="cookie-notice">This website only uses technically necessary cookies. <a href="#">More information</a> <button>OK</button></div>
<header><p class="state">Saxony-Anhalt · #moderndenken</p>
<nav><a href="#">Ministry</a> | <a href="#">Economy</a> | <a href="#">Tourism</a> | <a href="#">Agriculture</a> | <a href="#">Forestry</a> | <a href="#" class="active">Press</a> | <a href="#">Service</a> | <a href="#">Deutsch</a> | <a href="#">Leichte Sprache</a></nav></header>
<main>
<p class="crumbs">Home › Press › Press releases › 2035</p>
<p class="pr-meta">Press release no. 041/2035 · Magdeburg, 6 March 2035</p>
<h1>State backs six industrial clusters with EUR 9.6 million</h1>
<h2>Hydrogen, chemicals, automotive suppliers, food, logistics and medical technology networks receive funding until 2038</h2>

<p>Magdeburg. The State of Saxony-Anhalt will support six cluster and network organisations with a total of EUR 9.6 million over the next three years. The Minister for Economic Affairs, Tourism, Agriculture and Forestry handed over the funding decisions to the cluster managers on Tuesday at the Ministry in Magdeburg. The money comes from the European Regional Development Fund and from the state budget. The funding period runs from 1 April 2035 to 31 March 2038.</p>

<p>The six clusters receiving funding are:</p>
<ul>
<li>HYPOS – Hydrogen Power Storage &amp; Solutions East Germany e.V., Halle (Saale): EUR 2.1 million</li>
<li>Cluster Chemie/Kunststoffe Mitteldeutschland, Leuna: EUR 1.9 million</li>
<li>Mahreg Automotive – Automotive Cluster Saxony-Anhalt, Magdeburg: EUR 1.7 million</li>
<li>Ernährungswirtschaft Sachsen-Anhalt (food industry network), Bernburg: EUR 1.3 million</li>
<li>Logistik-Netzwerk Sachsen-Anhalt, Magdeburg: EUR 1.4 million</li>
<li>MedTech Mitteldeutschland (medical technology network), Magdeburg: EUR 1.2 million</li>
</ul>

<p>The funding covers the clusters' management teams, services for member companies and joint projects with universities and research institutes. For the first time, each cluster must agree measurable targets with the Ministry, for example the number of new cooperation projects or of companies entering foreign markets. An external evaluation by the Halle Institute for Economic Research (IWH) is planned for 2037.</p>

<h2>Quotes</h2>
<p>Minister Dr. Katharina Lehmann-Oberdorf said at the handover: "Clusters are where our small and medium-sized companies find partners, skills and new markets. In a time of structural change – from the end of lignite to new chip and battery factories – Saxony-Anhalt needs these networks more than ever. We are therefore not only continuing the funding, we are making it more ambitious."</p>

<p>Jörg-Uwe Brennecke, managing director of Mahreg Automotive, said: "Our 140 member companies are in the middle of the switch to electric drives. The funding allows us to keep our transformation advisers for suppliers in the Altmark and the Harz and to open a second office in Halle."</p>

<p>Dr. Aylin Demirtaş-Keller, cluster manager of HYPOS, added: "Central Germany can become Europe's hydrogen valley. With this support we will connect the electrolysers being built in Leuna and Bitterfeld with the companies that want to use green hydrogen."</p>

<p>Prof. Dr.-Ing. Matthias von Hagen, Vice-President for Research and Transfer at Otto von Guericke University Magdeburg, welcomed the stronger role of research in the clusters: "Our institutes work closely with the medical technology and automotive networks. Stable funding for the clusters means stable partnerships for our researchers and students."</p>

<h2>Background</h2>
<p>Saxony-Anhalt has supported cluster organisations since 2008. The current round is based on the Regional Innovation Strategy 2028–2035 of the State of Saxony-Anhalt and on the guideline on the promotion of clusters and networks of 12 December 2034. Applications were assessed by Investitionsbank Sachsen-Anhalt, which will also manage the grants. Thirteen applications were received.</p>

<p>In the previous funding period from 2031 to 2034, the state supported nine cluster organisations with a total of EUR 11.2 million. According to the Ministry's monitoring, the funded clusters counted around 1,450 member organisations, of which almost three quarters were small and medium-sized enterprises. They initiated 212 cooperation projects, helped 96 companies take part in trade fairs abroad for the first time and organised more than 600 events, workshops and company visits. Three clusters – the chemical, automotive and food networks – hold the Gold Label of the European Cluster Excellence Initiative (ECEI). The new round therefore concentrates the money on fewer, larger networks with a clear profile.</p>

<p>Two further clusters – the Photovoltaic and Battery Network Bitterfeld-Wolfen and the wood industry network Holz-Netzwerk Harz – have been asked to revise their applications. A decision on these is expected by the summer.</p>

<p>The clusters will present their work programmes to the public at the Saxony-Anhalt Cluster Day on Tuesday, 5 June 2035, at the Festung Mark in Magdeburg. Companies and researchers are invited to attend; registration is open on the Ministry's website until 22 May 2035. State Secretary Thomas Wendland-Richter will open the event, and a speaker from the European Commission's Directorate-General for Regional and Urban Policy (DG REGIO) has been invited.</p>

<p>The next call for cluster funding is planned for 2037.</p>

<h3>Press contact</h3>
<p>Ministry of Economic Affairs, Tourism, Agriculture and Forestry of the State of Saxony-Anhalt<br>
Press Office – Spokesperson: Kerstin Pfannenschmidt<br>
Hasselbachstraße 4, 39104 Magdeburg<br>
Phone: +49 391 000-4193 · presse@mw.example.sachsen-anhalt.de</p>

<p class="share">Share: <a href="#">E-mail</a> · <a href="#">Mastodon</a> · <a href="#">LinkedIn</a> · <a href="#">Print</a></p>
<p class="related"><strong>Related press releases:</strong> 24 April 2035 – Battery research centre in Bitterfeld-Wolfen opens · 30 January 2035 – Lignite regions: state presents transition projects</p>
</main>
<footer><p>© 2035 State of Saxony-Anhalt · <a href="#">Legal notice</a> · <a href="#">Data protection</a> · <a href="#">Accessibility</a> · <a href="#">Sitemap</a></p></footer>
</body></html>
"""
write(F, T)
M = "Ministry of Economic Affairs, Tourism, Agriculture and Forestry of the State of Saxony-Anhalt"
gold(F,
 [P("Katharina Lehmann-Oberdorf","Minister",M),
  P("Jörg-Uwe Brennecke","managing director","Mahreg Automotive – Automotive Cluster Saxony-Anhalt"),
  P("Aylin Demirtaş-Keller","cluster manager","HYPOS – Hydrogen Power Storage & Solutions East Germany e.V."),
  P("Matthias von Hagen","Vice-President for Research and Transfer","Otto von Guericke University Magdeburg"),
  P("Thomas Wendland-Richter","State Secretary",None),
  P("Kerstin Pfannenschmidt","Spokesperson",M)],
 [O(M), O("HYPOS – Hydrogen Power Storage & Solutions East Germany e.V.","HYPOS"), O("Cluster Chemie/Kunststoffe Mitteldeutschland"),
  O("Mahreg Automotive – Automotive Cluster Saxony-Anhalt"), O("Ernährungswirtschaft Sachsen-Anhalt"),
  O("Logistik-Netzwerk Sachsen-Anhalt"), O("MedTech Mitteldeutschland"),
  O("Halle Institute for Economic Research","IWH"), O("Otto von Guericke University Magdeburg"),
  O("Investitionsbank Sachsen-Anhalt"), O("Photovoltaic and Battery Network Bitterfeld-Wolfen"), O("Holz-Netzwerk Harz"),
  O("European Commission"), O("Directorate-General for Regional and Urban Policy","DG REGIO"), O("European Cluster Excellence Initiative","ECEI")],
 [E("handover of the funding decisions","2035-03-06",None,"Magdeburg","Germany"),
  E("Saxony-Anhalt Cluster Day","2035-06-05",None,"Magdeburg","Germany")],
 ["2035-03-06","2038","2035-04-01/2038-03-31","2037","2031/2034","2008","2028/2035","2034-12-12","2035-06-05","2035-05-22","2035-04-24","2035-01-30"],
 [], "2035-03-06")
