from h import *
F = 'g15_brussels_cluster_network_news_digest.html'
assert wd(2037,1,20)=='Tuesday' and wd(2037,2,3)=='Tuesday' and wd(2037,2,17)=='Tuesday' and wd(2037,2,25)=='Wednesday' and wd(2037,3,3)=='Tuesday' and wd(2037,4,21)=='Tuesday' and wd(2037,4,22)=='Wednesday' and wd(2037,3,10)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News digest – February 2037 | European Cluster Managers' Network</title></head>
<body>
<div class="cookie">This website uses cookies. <a href="/cookies">Manage preferences</a> <button>Accept all</button></div>
<header><p class="logo">ECMN – European Cluster Managers' Network</p>
<nav><a href="/">Home</a> | <a href="/network">The network</a> | <a href="/members">Members map</a> | <a href="/talks">Cluster Policy Café</a> | <a href="/news">News</a> | <a href="/join">Join</a></nav>
<form class="search"><input placeholder="Search"/></form></header>
<main>
<p class="crumbs">Home / News / Digest</p>
<h1>News digest – February 2037</h1>
<p class="meta">Brussels, 26 February 2037 · Secretariat of the network</p>

<section>
<h2>Cluster Policy Café: the series continues</h2>
<p>Our online talk series for cluster managers reached its 30th edition this month. If you missed a session, recordings of all editions are on the members' page. The season so far:</p>
<ul>
<li>No. 28 – Cluster partnerships and the single market emergency instrument – 20 January 2037</li>
<li>No. 29 – Skills academies: do they work for SMEs? – 3 February 2037</li>
<li>No. 30 – Clusters and the defence industry – 17 February 2037</li>
<li>No. 31 – Measuring the impact of cluster services – Tuesday 3 March 2037, 11:00–12:00 CET</li>
</ul>
<p>Speakers in No. 30 included Dimitrios Papadakis-Roth, policy officer in the European Commission's Directorate-General for Defence Industry and Space (DG DEFIS), and Siobhán Ní Bhriain, manager of the Irish cluster Marine &amp; Defence Tech Ireland. <a href="/talks/30">Watch the recording</a></p>
</section>

<section>
<h2>Panel debate in Brussels: "Are clusters ready for the next industrial plan?"</h2>
<p>On Wednesday 25 February 2037 the network held a panel debate at the Permanent Representation of Austria to the EU. Some 140 participants heard Aurélie Van Damme (Director, ECMN), Prof. Henrik van 't Hof (Eindhoven University of Technology) and Joanna Kowalczyk, Head of Unit at the European Innovation Council and SMEs Executive Agency (EISMEA), discuss how cluster organisations can help carry out the Commission's forthcoming industrial plan. The debate was chaired by journalist Lucía Ferrer-Bauzá.</p>
<p><strong>Recommendations from the debate</strong></p>
<ul>
<li>Cluster organisations should be named as implementing partners in the industrial plan, not only consulted</li>
<li>The Commission should simplify reporting for cluster partnerships that receive small grants</li>
<li>Member States should map their clusters against the strategic technologies of the plan by the end of 2037</li>
</ul>
<p><a href="/news/panel-debate-feb-2037">Read more</a></p>
</section>

<section>
<h2>From our members</h2>
<p><strong>Clust-ER Innovate (Emilia-Romagna)</strong> has launched a joint call with <strong>Business Upper Austria</strong> for cross-border pilot projects in hydrogen mobility. <strong>Silicon Saxony e.V.</strong> reports record membership of 600 organisations. The Finnish cluster <strong>Smart Chemistry Park</strong> in Turku has opened a second scale-up hall. <a href="/news/members">More member news</a></p>
</section>

<section>
<h2>Welcome to new members</h2>
<p>Five cluster organisations joined the network in January and February: <strong>Cluster Lumière Lyon</strong> (photonics, France), <strong>Pomurje Food Cluster</strong> (Slovenia), <strong>Kaunas Mechatronics Cluster</strong> (Lithuania), <strong>Clúster de Automoción de Galicia</strong> (Spain) and <strong>Malta Maritime Forum</strong>. The network now has 212 members in 27 countries. New members are invited to an online induction session on Tuesday 10 March 2037 at 10:00 CET.</p>
</section>

<section>
<h2>Calls and deadlines</h2>
<ul>
<li>31 March 2037 – nominations for the network's Cluster Manager of the Year award</li>
<li>15 April 2037 – registration for the cluster excellence training, spring cohort</li>
</ul>
</section>

<section>
<h2>Save the date</h2>
<p><strong>ECMN Annual Meeting 2037</strong>, 21–22 April 2037, Ghent, Belgium, hosted by the Flemish cluster support agency VLAIO. The first day will include a general assembly of the network at 14:00 and a study visit to the port of Ghent on the morning of 22 April. Previous annual meetings were held in Vienna (2035) and Ljubljana (2036).</p>
</section>
</main>
<footer><p>European Cluster Managers' Network AISBL · Rue du Trône 62, 1050 Brussels · secretariat@ecmn.example.eu</p>
<p>You are receiving this digest because you subscribed on our website. <a href="/unsubscribe">Unsubscribe</a> · © ECMN 2037</p></footer>
</body></html>
"""
write(F, T)
N="European Cluster Managers' Network"
gold(F,
 [P("Dimitrios Papadakis-Roth","policy officer","Directorate-General for Defence Industry and Space"),
  P("Siobhán Ní Bhriain","manager","Marine & Defence Tech Ireland"),
  P("Aurélie Van Damme","Director","ECMN"),
  P("Henrik van 't Hof",None,"Eindhoven University of Technology"),
  P("Joanna Kowalczyk","Head of Unit","European Innovation Council and SMEs Executive Agency"),
  P("Lucía Ferrer-Bauzá","journalist",None)],
 [O("European Cluster Managers' Network AISBL","ECMN"), O("European Commission"), O("Directorate-General for Defence Industry and Space","DG DEFIS"),
  O("Marine & Defence Tech Ireland"), O("Permanent Representation of Austria to the EU"), O("Eindhoven University of Technology"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Clust-ER Innovate"), O("Business Upper Austria"),
  O("Silicon Saxony e.V."), O("Smart Chemistry Park"), O("VLAIO"), O("Cluster Lumière Lyon"), O("Pomurje Food Cluster"), O("Kaunas Mechatronics Cluster"), O("Clúster de Automoción de Galicia"), O("Malta Maritime Forum")],
 [E("Cluster partnerships and the single market emergency instrument","2037-01-20",None,None,None),
  E("Skills academies: do they work for SMEs?","2037-02-03",None,None,None),
  E("Clusters and the defence industry","2037-02-17",None,None,None),
  E("Measuring the impact of cluster services","2037-03-03",None,None,None),
  E("online induction session","2037-03-10",None,None,None),
  E("Are clusters ready for the next industrial plan?","2037-02-25",None,"Brussels","Belgium"),
  E("ECMN Annual Meeting 2037","2037-04-21","2037-04-22","Ghent","Belgium"),
  E("general assembly","2037-04-21",None,"Ghent","Belgium"),
  E("study visit to the port of Ghent","2037-04-22",None,"Ghent","Belgium"),
  E("ECMN Annual Meeting","2035",None,"Vienna","Austria"),
  E("ECMN Annual Meeting","2036",None,"Ljubljana","Slovenia")],
 ["2037-02","2037-02-26","2037-01-20","2037-02-03","2037-02-17","2037-03-03","2037-02-25","2037","2037-03-31","2037-04-15",
  "2037-04-21/2037-04-22","2037-04-22","2035","2036","2037-01/2037-02","2037-03-10"],
 ["Cluster organisations should be named as implementing partners in the industrial plan, not only consulted",
  "The Commission should simplify reporting for cluster partnerships that receive small grants",
  "Member States should map their clusters against the strategic technologies of the plan by the end of 2037"],
 pub="2037-02-26")
