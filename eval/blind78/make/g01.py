from h import *
F = 'g01_highland_energy_forum_outcomes.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report: Highland Energy Clusters Forum 2034 | HIECA</title></head>
<body>
<div class="cookie-bar">We use cookies to understand how visitors use this site. <a href="#">Accept all</a> | <a href="#">Only necessary</a> | <a href="#">Cookie policy</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/members">Members</a></li><li><a href="/events">Events</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main>
<p class="crumbs">Home &gt; News &gt; Outcome reports</p>
<h1>Outcome report: Highland Energy Clusters Forum 2034</h1>
<p class="byline">Published 2 June 2034 by the HIECA secretariat &middot; 6 min read</p>
<p class="share">Share: <a href="#">LinkedIn</a> &middot; <a href="#">Mastodon</a> &middot; <a href="#">E-mail</a> &middot; <a href="#">Print</a></p>

<p>Some 240 participants from eleven countries came to Inverness on 16 and 17 May 2034 for the fourth Highland Energy Clusters Forum, hosted by the Highlands and Islands Energy Cluster Association (HIECA) at Eden Court. The forum brought together cluster managers, grid operators, port authorities, researchers and regional policymakers to discuss how remote and island regions can capture more of the value of offshore wind, green hydrogen and marine energy.</p>

<p>The forum was opened by Catriona MacLennan, Chair of HIECA, and by Dr. Euan Strachan-Ross, Director of Economic Development at The Highland Council. In her welcome, MacLennan reminded the audience that the first edition in 2028 had gathered barely sixty people in a hotel conference room in Wick. A video message from Ilse Vandenbroucke, Policy Officer in the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), set out the state of play of the European Cluster Collaboration Platform (ECCP) and the new calls for interregional cluster partnerships.</p>

<h2>Programme highlights</h2>
<p>The first day focused on supply chains. A panel moderated by Morag Sinclair of Scottish Enterprise heard from Jonas Ekström-Lind, CEO of Nordvik Offshore Services AB, from Siobhán Ní Dhuibhir, cluster manager of the Marine Renewables Cluster Ireland (MaREI Cluster), and from Pieter van der Wal, director of Energy Port Eemshaven B.V. They agreed that smaller suppliers still find it hard to qualify for large tenders and that clusters can pool certification, training and insurance costs. In the afternoon, four parallel workshops covered port infrastructure, skills, hydrogen offtake and community benefit funds.</p>

<p>On the second day, Prof. Dr.-Ing. Katharina zu Sayn-Hohenstein of the Fraunhofer Institute for Wind Energy Systems (Fraunhofer IWES) presented the results of a comparative study of twelve coastal energy clusters. Ruaridh Macaulay, Head of Skills at the University of the Highlands and Islands (UHI), described the new apprenticeship pathways launched with Orkney and Shetland colleges. The closing session was chaired by Alasdair Munro, HIECA's cluster manager, with Fiona Grant, Minister for Energy in the Scottish Government, who announced that the next call of the Islands Growth Fund would open in September 2034.</p>

<p>In the evening of 16 May the forum dinner took place at Inverness Castle, where the Highland Cluster Award went to the Pentland Tidal Consortium. On 18 May, some forty participants joined a site visit to the Port of Nigg and the Cromarty Firth hydrogen pilot.</p>

<h2>Key messages</h2>
<p>The forum closed with the following key messages, which the HIECA board will forward to the Scottish Government and to the European Commission:</p>
<ul>
<li>Remote and island regions need grid connections planned ten years ahead, not project by project.</li>
<li>Clusters should pool certification and insurance costs so that small suppliers can bid for offshore contracts.</li>
<li>Skills programmes must be co-designed by colleges, employers and cluster organisations from the start.</li>
<li>Community benefit funds work best when local people decide how the money is spent.</li>
<li>Interregional partnerships between North Sea and Atlantic clusters deserve dedicated, multi-year funding.</li>
<li>Ports are the backbone of the energy transition in the North and should be treated as strategic infrastructure.</li>
</ul>

<h2>What comes next</h2>
<p>The presentations and the photo gallery are available to members in the HIECA document library. The fifth Highland Energy Clusters Forum will take place in Stornoway, Isle of Lewis, on 22 and 23 May 2035. A preparatory webinar for partners is planned for 14 November 2034. Members who wish to propose a workshop can contact the secretariat until 31 January 2035.</p>

<p>HIECA thanks its partners Highlands and Islands Enterprise (HIE), the Port of Cromarty Firth and Eden Court for their support, and the volunteers from UHI Inverness who helped at the registration desk.</p>

<p class="contact">Contact: Alasdair Munro, Cluster Manager, alasdair.munro@hieca.example.org, +44 1463 000 214</p>
</main>
<footer><p>&copy; 2034 Highlands and Islands Energy Cluster Association, a company limited by guarantee registered in Scotland (SC 000000). <a href="#">Privacy</a> | <a href="#">Accessibility</a> | <a href="#">Sitemap</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Catriona MacLennan", "Chair", "HIECA"),
  P("Euan Strachan-Ross", "Director of Economic Development", "The Highland Council"),
  P("Ilse Vandenbroucke", "Policy Officer", "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Morag Sinclair", None, "Scottish Enterprise"),
  P("Jonas Ekström-Lind", "CEO", "Nordvik Offshore Services AB"),
  P("Siobhán Ní Dhuibhir", "cluster manager", "Marine Renewables Cluster Ireland"),
  P("Pieter van der Wal", "director", "Energy Port Eemshaven B.V."),
  P("Katharina zu Sayn-Hohenstein", None, "Fraunhofer Institute for Wind Energy Systems"),
  P("Ruaridh Macaulay", "Head of Skills", "University of the Highlands and Islands"),
  P("Alasdair Munro", "cluster manager", "HIECA"),
  P("Fiona Grant", "Minister for Energy", "Scottish Government")],
 [O("Highlands and Islands Energy Cluster Association", "HIECA"), O("The Highland Council"),
  O("European Commission"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", "DG GROW"),
  O("European Cluster Collaboration Platform", "ECCP"), O("Scottish Enterprise"), O("Nordvik Offshore Services AB"),
  O("Marine Renewables Cluster Ireland", "MaREI Cluster"), O("Energy Port Eemshaven B.V."),
  O("Fraunhofer Institute for Wind Energy Systems", "Fraunhofer IWES"), O("University of the Highlands and Islands", "UHI"),
  O("Scottish Government"), O("Pentland Tidal Consortium"), O("Highlands and Islands Enterprise", "HIE"),
  O("Port of Cromarty Firth"), O("Eden Court"), O("UHI Inverness")],
 [E("Highland Energy Clusters Forum 2034", "2034-05-16", "2034-05-17", "Inverness", "United Kingdom"),
  E("forum dinner", "2034-05-16", None, "Inverness", "United Kingdom"),
  E("Highland Cluster Award", "2034-05-16", None, "Inverness", "United Kingdom"),
  E("four parallel workshops", "2034-05-16", None, "Inverness", "United Kingdom"),
  E("first edition", "2028", None, "Wick", "United Kingdom"),
  E("site visit", "2034-05-18", None, None, None),
  E("fifth Highland Energy Clusters Forum", "2035-05-22", "2035-05-23", "Stornoway", "United Kingdom"),
  E("preparatory webinar", "2034-11-14", None, None, None)],
 ["2034-06-02", "2034-05-16/2034-05-17", "2028", "2034-05-16", "2034-05-18", "2034-09", "2035-05-22/2035-05-23", "2034-11-14", "2035-01-31"],
 ["Remote and island regions need grid connections planned ten years ahead, not project by project",
  "Clusters should pool certification and insurance costs so that small suppliers can bid for offshore contracts",
  "Skills programmes must be co-designed by colleges, employers and cluster organisations from the start",
  "Community benefit funds work best when local people decide how the money is spent",
  "Interregional partnerships between North Sea and Atlantic clusters deserve dedicated, multi-year funding",
  "Ports are the backbone of the energy transition in the North and should be treated as strategic infrastructure"],
 pub="2034-06-02")
