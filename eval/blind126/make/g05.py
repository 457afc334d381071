from h import *
F = 'g05_arges_automotive_cluster_news.html'
assert wd(2034,10,17)=='Tuesday' and wd(2034,11,22)=='Wednesday' and wd(2034,10,5)=='Thursday'
T = """<html><head><meta charset="utf-8"><title>News – Automotive Cluster Argeș Muscel</title></head>
<body>
<div id="top">Skip to content · RO | EN · Login for members</div>
<ul class="menu"><li>Home</li><li>Cluster</li><li>Members</li><li>Services</li><li>Projects</li><li>News</li><li>Contact</li></ul>
<div class="breadcrumb">Home &gt; News &gt; Cluster news</div>
<article>
<h1>Pitești hosts first Clusters meet Regions event on automotive electrification</h1>
<p class="date">Posted on 20 October 2034 by Andreea Munteanu-Dobre | Category: Events, EU affairs | 0 comments</p>
<p>PITEȘTI – More than 180 participants from 14 countries met in Pitești on 17 and 18 October 2034 for the "Clusters meet Regions" event on the electrification of the automotive supply chain, co-hosted by the Automotive Cluster Argeș Muscel (ACAM) and the South Muntenia Regional Development Agency (ADR Sud Muntenia) on behalf of the European Cluster Collaboration Platform (ECCP).</p>
<p>The event was opened on Tuesday morning by Cristian Pârvulescu, president of ACAM and general manager of the component maker Electroparts Mioveni SRL, and by Elena-Simona Bălan, director of ADR Sud Muntenia. Speaking for the European Commission, Joost van der Linden, policy officer in the unit for industrial forum, alliances and clusters at DG GROW, presented the Commission's plans for a European automotive skills pact.</p>
<blockquote>"Romania builds almost half a million cars a year, but the batteries and the software still come from elsewhere. Clusters are the place where our suppliers can learn the new trades together," said Pârvulescu.</blockquote>
<h2>Two days, four workshops</h2>
<p>On the first day, four parallel workshops dealt with battery recycling, power electronics, software-defined vehicles and retraining of workers. The workshop on retraining was moderated by Prof. Dr. Ioana Stănescu from the National University of Science and Technology POLITEHNICA Bucharest, Pitești University Centre. In the evening the participants were invited to a networking dinner at the Golești Museum, offered by the County Council of Argeș.</p>
<p>The second day, Wednesday 18 October, was dedicated to company visits: one group visited the Automobile Dacia plant in Mioveni, the other the test centre of Renault Technologie Roumanie in Titu. At the same time the policy makers met in a closed session chaired by Dragoș Ionescu-Vlad from the Ministry of Economy, Entrepreneurship and Tourism.</p>
<h2>What the participants recommended</h2>
<p>In the closing session the rapporteur, Kinga Fehér (Pannon Automotive Cluster, Győr), summed up the discussions. The participants' recommendations to regions and to the Commission are:</p>
<ol>
<li>Use the smart specialisation strategies to fund joint testing infrastructure for small suppliers</li>
<li>Recognise short training modules that clusters offer as part of national qualification systems</li>
<li>Link regional battery initiatives with the European Battery Alliance instead of building parallel networks</li>
<li>Give clusters a formal role in the monitoring committees of the regional programmes</li>
</ol>
<p>The results will feed into the European Cluster Conference in Brussels on 22 November 2034, where ACAM has been invited to speak in the session on the automotive transition.</p>
<h2>About the series</h2>
<p>"Clusters meet Regions" is a series of events organised by the ECCP in which cluster organisations and regional policy makers discuss a common challenge. Earlier events of the series took place in Košice, Porto and Vaasa; the next one is planned in Lyon in spring 2035.</p>
<p>The event in Pitești was prepared with support from the Romanian Cluster Association (CLUSTERO), whose secretary general, Ştefan Ciobanu, had already announced it at the CLUSTERO members' meeting on Thursday 5 October.</p>
<p>Photos: © ACAM / Radu Oprea</p>
<p><a href="#">Download the presentations (ZIP, 38 MB)</a></p>
</article>
<div class="share">Share this: Facebook | LinkedIn | Twitter | E-mail | Print</div>
<div class="related"><h3>Related news</h3>
<ul><li>ACAM joins the European Battery Alliance – 12 June 2034</li><li>Call for members: working group on software-defined vehicles – 3 May 2034</li><li>General Assembly 2034: new board elected – 28 March 2034</li></ul></div>
<footer>Automotive Cluster Argeș Muscel · Str. Exercițiu 2, Pitești, Romania · office@acam.example.ro · © 2034 All rights reserved · Privacy policy · Cookies</footer>
</body></html>
"""
write(F, T)
A = "Automotive Cluster Argeș Muscel"
gold(F,
 [P("Andreea Munteanu-Dobre", None, None),
  P("Cristian Pârvulescu", "president", "ACAM"),
  P("Elena-Simona Bălan", "director", "ADR Sud Muntenia"),
  P("Joost van der Linden", "policy officer", "DG GROW"),
  P("Ioana Stănescu", None, "National University of Science and Technology POLITEHNICA Bucharest"),
  P("Dragoș Ionescu-Vlad", None, "Ministry of Economy, Entrepreneurship and Tourism"),
  P("Kinga Fehér", "rapporteur", "Pannon Automotive Cluster"),
  P("Ştefan Ciobanu", "secretary general", "CLUSTERO"),
  P("Radu Oprea", None, None)],
 [O(A, "ACAM"), O("South Muntenia Regional Development Agency", "ADR Sud Muntenia"),
  O("European Cluster Collaboration Platform", "ECCP"), O("Electroparts Mioveni SRL"), O("European Commission"),
  O("DG GROW"), O("unit for industrial forum, alliances and clusters"),
  O("National University of Science and Technology POLITEHNICA Bucharest"), O("Pitești University Centre"),
  O("County Council of Argeș"), O("Automobile Dacia"), O("Renault Technologie Roumanie"),
  O("Ministry of Economy, Entrepreneurship and Tourism"), O("Pannon Automotive Cluster"),
  O("European Battery Alliance"), O("Romanian Cluster Association", "CLUSTERO")],
 [E("Clusters meet Regions", "2034-10-17", "2034-10-18", "Pitești", "Romania"),
  E("networking dinner", "2034-10-17", None, None, None),
  E("company visits", "2034-10-18", None, "Mioveni, Titu", "Romania"),
  E("European Cluster Conference", "2034-11-22", None, "Brussels", "Belgium"),
  E("Clusters meet Regions (Košice)", None, None, "Košice", "Slovakia"),
  E("Clusters meet Regions (Porto)", None, None, "Porto", "Portugal"),
  E("Clusters meet Regions (Vaasa)", None, None, "Vaasa", "Finland"),
  E("Clusters meet Regions (Lyon)", "2035", None, "Lyon", "France"),
  E("CLUSTERO members' meeting", "2034-10-05", None, None, None),
  E("General Assembly 2034", None, None, None, None)],
 ["2034-10-20", "2034-10-17/2034-10-18", "2034-10-18", "2034-11-22", "2035", "2034-10-05", "2034-06-12", "2034-05-03", "2034-03-28"],
 ["Use the smart specialisation strategies to fund joint testing infrastructure for small suppliers",
  "Recognise short training modules that clusters offer as part of national qualification systems",
  "Link regional battery initiatives with the European Battery Alliance instead of building parallel networks",
  "Give clusters a formal role in the monitoring committees of the regional programmes"],
 pub="2034-10-20")
