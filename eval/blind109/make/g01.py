from h import *
F = 'g01_northwest_engineering_cluster_bulletin.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,23)=='Thursday' and wd(2037,2,17)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster Bulletin No. 41 – North West Engineering Cluster</title></head>
<body>
<div class="cookies">This site uses cookies to improve your experience. <a href="/cookies">Manage preferences</a> <button>Accept</button></div>
<header><a href="/" class="logo">NWEC</a>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/bulletin">Bulletin</a> | <a href="/events">Events</a> | <a href="/join">Join</a></nav></header>
<main>
<p class="crumbs">Home &gt; Bulletin &gt; Issue 41</p>
<h1>Cluster Bulletin – Issue 41, March 2037</h1>
<p class="meta">Published 2 March 2037 · Derry~Londonderry · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>

<h2>From the Chair</h2>
<p>Dear members, when eleven firms met in a portakabin at Campsie in 2029 to talk about shared apprenticeships, nobody
expected a cluster of 96 engineering companies eight years later. This spring we are asking you to help us write the
next three-year plan. The board will present a draft at the Annual General Meeting, and I would rather hear your
objections now than in May. Our priorities remain skills, cross-border supply chains with Donegal, and energy costs.
Please answer the member survey below – it takes nine minutes.</p>
<p><em>Siobhán McLaughlin-Kerr, Chair, North West Engineering Cluster</em></p>

<h2>Member news</h2>
<ul>
<li><strong>Welcome to new members.</strong> Foyle Precision Castings Ltd (Strabane), Greysteel Robotics Ltd (Greysteel),
Inishowen Composites Teoranta (Buncrana, Co. Donegal) and the training provider North West Regional College have joined
the cluster since January.</li>
<li><strong>Thirty years of Lisahally Fabrication.</strong> The family firm founded by Desmond Quigley in 2007 celebrates
its anniversary with an open day on Saturday 18 April 2037. Managing director Ruairí Quigley says the firm will add a
second laser cutting line worth £2.4 million before the end of 2037.</li>
<li><strong>Investment.</strong> Maydown Hydraulics Ltd has opened a 4,200 m² test hall and will create 38 jobs by 2039.</li>
</ul>

<h2>People on the move</h2>
<p>Dr Niamh Gallagher has been appointed Head of Engineering at Ulster University's Magee campus. Colm Doherty retires as
operations director of Foyle Precision Castings Ltd after 31 years; his successor is Aoife Brennan-Hume. The board has
co-opted Patrick Ó Dónaill, chief executive of Inishowen Composites Teoranta, as a board member until the AGM.</p>

<h2>Events</h2>
<table class="events">
<tr><th>Date</th><th>Event</th><th>Place</th></tr>
<tr><td>Thu 12 March 2037, 08:00–10:00</td><td>Energy costs breakfast briefing</td><td>Everglades Hotel, Derry~Londonderry</td></tr>
<tr><td>Thu 23 April 2037, 10:00–16:00</td><td>Cross-Border Supply Chain Day</td><td>Letterkenny, Co. Donegal</td></tr>
<tr><td>Thu 14 May 2037, 17:30</td><td>Annual General Meeting</td><td>Foyle Arena, Derry~Londonderry</td></tr>
</table>
<p>Registration for the Supply Chain Day closes on 9 April 2037. The day is organised with the Donegal County Council
Local Enterprise Office and InterTradeIreland; 40 buyers have already confirmed.</p>
<p><strong>Looking back.</strong> The Apprenticeship Showcase on Tuesday 17 February 2037 at the Foyle College sports hall
brought 612 pupils and 34 exhibiting firms together; 71 pupils signed up for summer placements.</p>

<h2>From Brussels</h2>
<p>The European Commission's DG GROW has published the evaluation of the European Cluster Collaboration Platform (ECCP)
for 2031–2036. Head of Unit Matthias Lorentzen-Vidal told the cluster managers' call on 25 February 2037 that the next
call for cluster partnerships is expected in the autumn. Members interested in a partnership on hydraulics and
fluid power should contact our EU officer.</p>

<h2>Survey: skills in North West engineering</h2>
<p>Our study with the Ulster University Economic Policy Centre, based on 83 member replies, is online. Main findings:</p>
<ul class="findings">
<li>Two out of three firms cannot fill CNC programmer vacancies within three months</li>
<li>Cross-border commuting covers 22% of the workforce in member firms</li>
<li>Energy costs have overtaken skills as the first concern of firms with fewer than 50 staff</li>
<li>Only one firm in five has a written decarbonisation plan</li>
</ul>

<h2>Jobs corner</h2>
<p>Cluster project officer (part-time, 0.6 FTE), fixed term to 31 December 2039. Apply by 20 March 2037 to
jobs@nwec.example.org.</p>

<blockquote class="quote">"Through the cluster we found two suppliers on the other side of the border that we had driven past for years."
<br>— Gráinne Hegarty, purchasing manager, Greysteel Robotics Ltd</blockquote>

<p class="photo">Photo: Apprenticeship Showcase 2037. Credit: Conor McCloskey</p>
</main>
<footer>
<p>North West Engineering Cluster CIC · Unit 7, Campsie Business Park, Derry~Londonderry BT47 3XY · Company No. NI000000</p>
<p>Cluster manager: Declan Mullan · declan.mullan@nwec.example.org · +44 28 7100 0000</p>
<p>You receive this bulletin as a member contact. <a href="/unsubscribe">Unsubscribe</a> · <a href="/privacy">Privacy notice</a></p>
<p>Previous issues: <a href="/bulletin/40">No. 40 (December 2036)</a> · <a href="/bulletin/39">No. 39 (September 2036)</a> · <a href="/bulletin/38">No. 38 (June 2036)</a></p>
</footer>
</body></html>
"""
write(F, T)
NW="North West Engineering Cluster"
NWCIC="North West Engineering Cluster CIC"
gold(F,
 [P("Siobhán McLaughlin-Kerr","Chair",NW),
  P("Desmond Quigley",None,"Lisahally Fabrication"),
  P("Ruairí Quigley","Managing director","Lisahally Fabrication"),
  P("Niamh Gallagher","Head of Engineering","Ulster University"),
  P("Colm Doherty","operations director","Foyle Precision Castings Ltd"),
  P("Aoife Brennan-Hume",None,"Foyle Precision Castings Ltd"),
  P("Patrick Ó Dónaill","board member",NW),
  P("Matthias Lorentzen-Vidal","Head of Unit","DG GROW"),
  P("Gráinne Hegarty","purchasing manager","Greysteel Robotics Ltd"),
  P("Conor McCloskey",None,None),
  P("Declan Mullan","Cluster manager",NW)],
 [O(NWCIC,"NWEC"), O("Foyle Precision Castings Ltd"), O("Greysteel Robotics Ltd"), O("Inishowen Composites Teoranta"),
  O("North West Regional College"), O("Lisahally Fabrication"), O("Maydown Hydraulics Ltd"), O("Ulster University"),
  O("Donegal County Council Local Enterprise Office"), O("InterTradeIreland"), O("European Commission"),
  O("DG GROW"), O("European Cluster Collaboration Platform","ECCP"), O("Ulster University Economic Policy Centre")],
 [E("open day","2037-04-18",None,None,None),
  E("Energy costs breakfast briefing","2037-03-12",None,"Derry~Londonderry","United Kingdom"),
  E("Cross-Border Supply Chain Day","2037-04-23",None,"Letterkenny","Ireland"),
  E("Annual General Meeting","2037-05-14",None,"Derry~Londonderry","United Kingdom"),
  E("Apprenticeship Showcase","2037-02-17",None,None,None),
  E("cluster managers' call","2037-02-25",None,None,None)],
 ["2037-03","2037-03-02","2029","2037-05","2037-01","2007","2037-04-18","2037","2039","2037-03-12","2037-04-23","2037-05-14","2037-04-09",
  "2037-02-17","2031/2036","2037-02-25","2039-12-31","2037-03-20","2036-12","2036-09","2036-06"],
 ["Two out of three firms cannot fill CNC programmer vacancies within three months",
  "Cross-border commuting covers 22% of the workforce in member firms",
  "Energy costs have overtaken skills as the first concern of firms with fewer than 50 staff",
  "Only one firm in five has a written decarbonisation plan"], "2037-03-02")
