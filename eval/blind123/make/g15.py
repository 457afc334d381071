from h import *
F = 'g15_passau_danube_forum_news.html'
assert wd(2036,10,22)=='Wednesday' and wd(2036,10,23)=='Thursday' and wd(2036,10,29)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Danube Cluster Forum 2036 in Passau | DanuClust</title></head>
<body>
<div class="cookie">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy">More info</a> <button>OK</button></div>
<header><p class="brand">DanuClust – Network of Cluster Organisations of the Danube Region</p>
<nav><a href="/">Home</a> · <a href="/network">Network</a> · <a href="/members">Member clusters</a> · <a href="/forum">Danube Cluster Forum</a> · <a href="/news">News</a> · <a href="/contact">Contact</a></nav>
<form class="search"><input placeholder="Search…"></form></header>
<main>
<p class="crumbs">Home » News » Events</p>
<article>
<h1>Danube Cluster Forum 2036: Passau agrees a roadmap for river logistics clusters</h1>
<p class="byline">By Ioana Dumitrescu-Berg · 29 October 2036 · 4 min read</p>
<p><strong>Passau, 29.10.2036</strong> – Around 190 cluster managers, regional officials and company representatives from nine countries met in Passau on 22 and 23 October 2036 for the third Danube Cluster Forum. The forum was hosted by the Bavarian cluster Logistik-Netzwerk Ostbayern e.V. together with the University of Passau and the city's economic development office, under the patronage of the Bavarian State Ministry of Economic Affairs, Regional Development and Energy.</p>
<p>The opening session on Wednesday brought together Dr Bernhard Aichinger-Moser, State Secretary at the ministry, and Ivana Stojanović, Head of the Danube Region Strategy coordination team at the Serbian Ministry of European Integration. Both argued that inland ports are the missing link between the region's industrial clusters and the Green Deal. Maria-Theresia Hollweck, managing director of Logistik-Netzwerk Ostbayern, welcomed the participants on behalf of the hosts.</p>
<p>The afternoon was given to four parallel workshops – on inland waterway shipping, hydrogen for ports, cross-border skills and cluster internationalisation – followed by a boat trip on the Danube to the port of Passau-Racklau with a dinner on board.</p>
<p>On Thursday, the DanuClust general assembly met in the Redoutensaal. Members elected Tibor Kovács-Halmi of the Hungarian Logistics Cluster (Győr) as the network's new president for 2036–2039; he succeeds Andreea Popescu (ADR Centru, Brașov). The assembly also admitted two new member clusters: the Ruse Logistics Cluster from Bulgaria and Vojvodina ICT Cluster from Novi Sad.</p>
<h2>Conclusions of the forum</h2>
<p>In the closing session the moderator, Prof. Klaus Eder of the University of Passau, read out the conclusions agreed by the workshop chairs:</p>
<ul>
<li>Clusters along the Danube should map their members' freight flows and share the data with port authorities</li>
<li>Ports and logistics clusters should apply together for EU funding instead of competing for the same calls</li>
<li>A Danube-wide training passport for inland shipping crews should be piloted from 2037</li>
<li>The forum should become a standing meeting point of the EU Strategy for the Danube Region's priority area on inland waterways</li>
</ul>
<p>The roadmap will be presented to the Annual Forum of the EU Strategy for the Danube Region in Bratislava in June 2037.</p>
<h2>Earlier forums</h2>
<p>The Danube Cluster Forum was launched in Vienna in 2034 and was held in Novi Sad in 2035, when it drew 240 participants, most of them from the western Balkans. The fourth forum will take place in Vukovar, Croatia, in October 2037, hosted by the Vukovar-Srijem County Development Agency (HRAST).</p>
<p>"What I liked about Passau is that we did not only talk about cooperation – we sat on the same boat, literally," said Daniela Mürner, cluster manager of the Swiss-German Rhine-Danube Link network, with a laugh.</p>
<p class="tags">Tags: <a href="#">Danube Cluster Forum</a> <a href="#">logistics</a> <a href="#">general assembly</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>
<p><a href="/news/forum-2036-photos">Photo gallery</a> · <a href="/news/forum-2036-presentations">Presentations (PDF)</a> · <a href="/news">« Back to news</a></p>
</article>
<aside><h3>Related news</h3>
<ul><li><a href="#">DanuClust at the European Cluster Conference 2036</a></li><li><a href="#">Call for hosts: Danube Cluster Forum 2038</a></li></ul></aside>
</main>
<footer><p>DanuClust Secretariat, c/o Logistik-Netzwerk Ostbayern e.V., Innstraße 00, 94032 Passau · secretariat@danuclust.example.eu</p><p>© 2036 DanuClust · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
D="DanuClust"
gold(F,
 [P("Ioana Dumitrescu-Berg",None,None),
  P("Bernhard Aichinger-Moser","State Secretary","Bavarian State Ministry of Economic Affairs, Regional Development and Energy"),
  P("Ivana Stojanović","Head of the Danube Region Strategy coordination team","Serbian Ministry of European Integration"),
  P("Maria-Theresia Hollweck","managing director","Logistik-Netzwerk Ostbayern"),
  P("Tibor Kovács-Halmi","president",D),
  P("Andreea Popescu",None,"ADR Centru"),
  P("Klaus Eder","moderator","University of Passau"),
  P("Daniela Mürner","cluster manager","Rhine-Danube Link")],
 [O("DanuClust – Network of Cluster Organisations of the Danube Region","DanuClust"), O("Logistik-Netzwerk Ostbayern e.V."), O("University of Passau"),
  O("Bavarian State Ministry of Economic Affairs, Regional Development and Energy"), O("Serbian Ministry of European Integration"),
  O("Hungarian Logistics Cluster"), O("ADR Centru"), O("Ruse Logistics Cluster"), O("Vojvodina ICT Cluster"),
  O("Vukovar-Srijem County Development Agency","HRAST"), O("Rhine-Danube Link")],
 [E("Danube Cluster Forum 2036","2036-10-22","2036-10-23","Passau","Germany"),
  E("boat trip on the Danube","2036-10-22",None,"Passau","Germany"),
  E("DanuClust general assembly","2036-10-23",None,"Passau","Germany"),
  E("Annual Forum of the EU Strategy for the Danube Region","2037-06",None,"Bratislava","Slovakia"),
  E("Danube Cluster Forum","2034",None,"Vienna","Austria"),
  E("Danube Cluster Forum","2035",None,"Novi Sad","Serbia"),
  E("fourth forum","2037-10",None,"Vukovar","Croatia"),
  E("European Cluster Conference 2036"),
  E("Danube Cluster Forum 2038")],
 ["2036-10-29","2036-10-22/2036-10-23","2036/2039","2037","2037-06","2034","2035","2037-10"],
 ["Clusters along the Danube should map their members' freight flows and share the data with port authorities",
  "Ports and logistics clusters should apply together for EU funding instead of competing for the same calls",
  "A Danube-wide training passport for inland shipping crews should be piloted from 2037",
  "The forum should become a standing meeting point of the EU Strategy for the Danube Region's priority area on inland waterways"],
 pub="2036-10-29")
