from h import *
F = 'g11_poole_marine_position_paper.html'
assert wd(2037,9,29)=='Tuesday' and wd(2037,10,22)=='Thursday' and wd(2037,7,2)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>News – Wessex Marine Cluster publishes position paper on floating offshore wind | Wessex Marine Cluster</title></head>
<body>
<div class="banner">By continuing to browse you agree to our use of cookies. <a href="/cookies">Manage preferences</a></div>
<header><p class="logo">WESSEX MARINE CLUSTER</p>
<nav><a href="/">Home</a> <a href="/members">Members</a> <a href="/programmes">Programmes</a> <a href="/news">News &amp; insight</a> <a href="/events">Events</a> <a href="/join">Join the cluster</a></nav></header>
<main>
<p class="crumbs">Home / News &amp; insight / Policy</p>
<article>
<h1>Wessex Marine Cluster publishes position paper on floating offshore wind</h1>
<p class="byline">14 October 2037 · Policy · by Harriet Okafor-Bell</p>

<p><strong>POOLE</strong> – The Wessex Marine Cluster has today published its position paper <em>"Ready to float: how the South Coast can win a share of the Celtic Sea supply chain"</em>. The paper sets out what the region's boatyards, composite manufacturers, port operators and marine engineering firms need to compete for contracts in the first commercial floating wind farms off the coasts of Cornwall and Wales.</p>

<p>The paper was drafted by a task group of eleven member companies chaired by Commander (retd.) Alistair McGregor-Hunt, managing director of Hamworthy Subsea Engineering Ltd, with analysis from Bournemouth University's Marine Economics Unit. It draws on a supply-chain survey of 96 Dorset and Hampshire businesses carried out in June 2037 and on two roundtables: one with port operators in Portland on Thursday 2 July 2037, and one with Crown Estate officials and developers in London on 9 September.</p>

<h2>The position in brief</h2>
<p>The cluster argues that the South Coast has the skills but not the scale. Only four local firms currently hold the certifications that developers require for mooring and cable components, and none of the region's ports has a quay long enough for assembling floating foundations.</p>

<h2>Our asks</h2>
<p>The paper makes six asks of government, developers and the region:</p>
<ul>
<li>Ports: a joint feasibility study for a floating-foundation assembly quay at Portland Port, funded by the Dorset Local Enterprise Partnership and the ports</li>
<li>Procurement: developers should publish their supply-chain plans at least 24 months before contracts are let, with a named contact for small suppliers</li>
<li>Certification: a regional fund to cover up to half the cost of first-time certification for SMEs</li>
<li>Skills: Bournemouth &amp; Poole College and the Solent University to create a composite-technician apprenticeship by September 2038</li>
<li>Cooperation: closer links with Marine Hub Cornwall and the Celtic Sea Power alliance so that the two regions bid together rather than against each other</li>
<li>Data: an annual supply-chain barometer published by the cluster</li>
</ul>

<p>"We are not asking for subsidies, we are asking for a fair chance to bid," said cluster chair Rebecca Thorne-Ashdown. "Our members built the boats that service half of the North Sea's wind farms. They can build for the Celtic Sea too."</p>

<p>Cllr Peter Guillaume-Hardy, Portfolio Holder for Economic Growth at BCP Council (Bournemouth, Christchurch and Poole), welcomed the paper and said the council would raise the quay proposal with the Department for Energy Security and Net Zero.</p>

<h2>Launch and next steps</h2>
<p>The paper will be formally launched at the cluster's Autumn Members' Forum on Thursday 22 October 2037 at the RNLI College in Poole, where Dr. Senthil Ramaswamy, head of supply chain at the developer Kernow Floating Wind, will respond on behalf of the industry. Members are invited to send comments on the asks until 30 November 2037; a revised version will be put to the cluster board in January 2038.</p>

<p>The position paper follows the cluster's earlier papers on marine autonomy (2035) and on decarbonising leisure marine (2036).</p>

<p><a href="/docs/ready-to-float.pdf">Download the position paper (PDF, 1.8 MB)</a> · <a href="/news">Back to news</a></p>
<p>Share this: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Email</a></p>
</article>
<aside><h3>Upcoming events</h3>
<ul><li>22 Oct 2037 – Autumn Members' Forum, Poole</li><li>18 Nov 2037 – Webinar: Introduction to offshore certification</li></ul></aside>
</main>
<footer><p>Wessex Marine Cluster CIC · Company no. 00000000 · Registered office: Poole, Dorset · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body></html>
"""
write(F, T)
C="Wessex Marine Cluster"
gold(F,
 [P("Harriet Okafor-Bell",None,None),
  P("Alistair McGregor-Hunt","managing director","Hamworthy Subsea Engineering Ltd"),
  P("Rebecca Thorne-Ashdown","cluster chair",C),
  P("Peter Guillaume-Hardy","Portfolio Holder for Economic Growth","BCP Council"),
  P("Senthil Ramaswamy","head of supply chain","Kernow Floating Wind")],
 [O("Wessex Marine Cluster CIC"), O("Hamworthy Subsea Engineering Ltd"), O("Marine Economics Unit"), O("Bournemouth University"),
  O("Crown Estate"), O("Portland Port"), O("Dorset Local Enterprise Partnership"), O("Bournemouth & Poole College"),
  O("Solent University"), O("Marine Hub Cornwall"), O("Celtic Sea Power"), O("BCP Council"),
  O("Department for Energy Security and Net Zero"), O("Kernow Floating Wind")],
 [E("roundtables","2037-07-02",None,"Portland","United Kingdom"),
  E("roundtables","2037-09-09",None,"London","United Kingdom"),
  E("Autumn Members' Forum","2037-10-22",None,"Poole","United Kingdom"),
  E("Webinar: Introduction to offshore certification","2037-11-18",None,None,None)],
 ["2037-10-14","2037-06","2037-07-02","2037-09-09","2038-09","2037-10-22","2037-11-30","2038-01","2035","2036","2037-11-18"],
 ["Ports: a joint feasibility study for a floating-foundation assembly quay at Portland Port, funded by the Dorset Local Enterprise Partnership and the ports",
  "Procurement: developers should publish their supply-chain plans at least 24 months before contracts are let, with a named contact for small suppliers",
  "Certification: a regional fund to cover up to half the cost of first-time certification for SMEs",
  "Skills: Bournemouth & Poole College and the Solent University to create a composite-technician apprenticeship by September 2038",
  "Cooperation: closer links with Marine Hub Cornwall and the Celtic Sea Power alliance so that the two regions bid together rather than against each other",
  "Data: an annual supply-chain barometer published by the cluster"],
 pub="2037-10-14")
