from h import *
F = 'g10_eu_clusters_talk_speakers.html'
assert wd(2040,6,4)=='Monday' and wd(2040,6,18)=='Monday' and wd(2040,5,7)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>EU Clusters Talk: Who runs the cluster? | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-banner">This website uses essential cookies and, with your consent, analytics cookies. <a href="#">Accept all</a> <a href="#">Essential only</a></div>
<header><p>European Commission · European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> › <a href="/events">Events</a> › <a href="/events/eu-clusters-talks">EU Clusters Talks</a> › Who runs the cluster?</nav></header>
<main>
<h1>EU Clusters Talk: "Who runs the cluster? Boards, managers and the next generation"</h1>
<p class="meta">Monday, 4 June 2040 · 10:00–11:30 CEST · Online (Webex) · Language: English · <a href="#">Add to calendar</a></p>
<p>The European Cluster Collaboration Platform (ECCP), on behalf of the European Commission's DG GROW, invites the cluster community to the 112th EU Clusters Talk. Cluster organisations across Europe are changing leadership: many founding cluster managers retire, boards are renewed at general assemblies, and young professionals hesitate to choose a career in cluster management. The talk brings together a policy maker, two cluster managers, a board chair and a trainer.</p>
<h2>Agenda</h2>
<ul>
<li>10:00 Welcome and introduction – Agnès Moreau-Lindqvist, European Commission</li>
<li>10:10 Presentation: Results of the ECCP cluster management survey 2040 – Dr. Pieter-Jan Verhoeven</li>
<li>10:30 Panel discussion with the speakers and Q&amp;A with the audience</li>
<li>11:20 Conclusions and next EU Clusters Talks</li>
</ul>
<h2>Speakers</h2>
<div class="speaker"><h3>Agnès Moreau-Lindqvist</h3><p class="role">Policy Officer, Unit "Industrial Forum, Alliances, Clusters", DG GROW, European Commission</p>
<p>Agnès has worked on EU cluster policy since 2034 and is responsible for the Euroclusters initiative and the European Cluster Partnership of the Year award. Before joining the Commission she worked for the Swedish innovation agency Vinnova in Stockholm.</p></div>
<div class="speaker"><h3>Dr. Pieter-Jan Verhoeven</h3><p class="role">Team Leader Data and Analysis, European Cluster Collaboration Platform</p>
<p>Pieter-Jan leads the team that runs the annual cluster management survey and the European cluster mapping. He holds a PhD in economic geography from Utrecht University.</p></div>
<div class="speaker"><h3>Siobhán Ní Bhriain</h3><p class="role">CEO, MedTech Cluster Galway-Mayo</p>
<p>Siobhán became CEO in September 2039 after the founding CEO retired. She was named European Cluster Manager of the Year 2038 at the European Cluster Conference in Ljubljana.</p></div>
<div class="speaker"><h3>Giedrė Kazlauskaitė-Noreikienė</h3><p class="role">Cluster Manager, Lithuanian Laser and Photonics Cluster (LITLASER)</p>
<p>Giedrė has managed the cluster since 2036 and sits on the board of the European Clusters Alliance (ECA).</p></div>
<div class="speaker"><h3>Heinz-Dieter Obermüller</h3><p class="role">Chair of the Board, Automotive Cluster Upper Austria</p>
<p>Heinz-Dieter was elected Chair at the cluster's general assembly in Linz on 7 May 2040 after 20 years as managing director of Obermüller Präzisionstechnik GmbH in Wels.</p></div>
<div class="speaker"><h3>Chiara Dell'Acqua</h3><p class="role">Trainer, Cluster Booster Academy</p>
<p>Chiara trains cluster management teams in strategy and governance and was for ten years the cluster manager of the Lombardy Green Chemistry Association in Milan.</p></div>
<h2>Key takeaways (added after the event)</h2>
<p>More than 340 participants from 31 countries followed the talk. The speakers agreed on the following points:</p>
<ul>
<li>Leadership changes should be planned at least a year ahead, with an overlap between the outgoing and the incoming cluster manager</li>
<li>Boards work better when they include SMEs and research members, not only the largest companies</li>
<li>Cluster management needs a recognised career path, with training and exchanges between clusters</li>
<li>Regions should fund cluster management teams for longer than one project period</li>
</ul>
<h2>Previous EU Clusters Talks</h2>
<ul>
<li>EU Clusters Talk: "Clusters and skills for the hydrogen economy" – 7 May 2040</li>
<li>EU Clusters Talk: "Cluster internationalisation beyond Europe" – 23 April 2040</li>
</ul>
<p>Next: EU Clusters Talk on "Clusters in the defence supply chain", Monday 18 June 2040. Registration closes on 14 June 2040.</p>
<p><a href="#">Watch the recording</a> · <a href="#">Download the slides (PDF, 3.1 MB)</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission. · <a href="#">Legal notice</a> · <a href="#">Contact the ECCP team</a></p></footer>
</body></html>
"""
assert wd(2040,4,23)=='Monday'
write(F, T)
E_ = "European Cluster Collaboration Platform"
gold(F,
 [P("Agnès Moreau-Lindqvist","Policy Officer","DG GROW"),
  P("Pieter-Jan Verhoeven","Team Leader Data and Analysis",E_),
  P("Siobhán Ní Bhriain","CEO","MedTech Cluster Galway-Mayo"),
  P("Giedrė Kazlauskaitė-Noreikienė","Cluster Manager","Lithuanian Laser and Photonics Cluster"),
  P("Heinz-Dieter Obermüller","Chair of the Board","Automotive Cluster Upper Austria"),
  P("Chiara Dell'Acqua","Trainer",None)],
 [O(E_,"ECCP"), O("European Commission"), O("DG GROW"), O('Unit "Industrial Forum, Alliances, Clusters"'), O("Vinnova"), O("Utrecht University"),
  O("MedTech Cluster Galway-Mayo"), O("Lithuanian Laser and Photonics Cluster","LITLASER"), O("European Clusters Alliance","ECA"),
  O("Automotive Cluster Upper Austria"), O("Obermüller Präzisionstechnik GmbH"), O("Lombardy Green Chemistry Association")],
 [E('EU Clusters Talk: "Who runs the cluster? Boards, managers and the next generation"',"2040-06-04",None,None,None),
  E("European Cluster Conference",None,None,"Ljubljana","Slovenia"),
  E("general assembly","2040-05-07",None,"Linz","Austria"),
  E('EU Clusters Talk: "Clusters and skills for the hydrogen economy"',"2040-05-07",None,None,None),
  E('EU Clusters Talk: "Cluster internationalisation beyond Europe"',"2040-04-23",None,None,None),
  E('EU Clusters Talk on "Clusters in the defence supply chain"',"2040-06-18",None,None,None)],
 ["2040-06-04","2034","2039-09","2036","2040-05-07","2040-04-23","2040-06-18","2040-06-14"],
 ["Leadership changes should be planned at least a year ahead, with an overlap between the outgoing and the incoming cluster manager",
  "Boards work better when they include SMEs and research members, not only the largest companies",
  "Cluster management needs a recognised career path, with training and exchanges between clusters",
  "Regions should fund cluster management teams for longer than one project period"],
 pub=None)
