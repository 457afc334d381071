from h import *
F = 'g09_derry_matchmaking_programme.html'
assert wd(2040,5,16)=='Wednesday' and wd(2040,5,17)=='Thursday' and wd(2040,4,27)=='Friday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>North West Cross-Border Cluster Matchmaking Days 2040 – Programme</title></head>
<body>
<div class="cookie-bar">We use essential cookies to make this site work, and optional analytics cookies to understand how it is used. <button>Accept all</button> <button>Essential only</button></div>
<header><p>North West Regional Development Partnership · Derry~Londonderry &amp; Donegal</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/clusters">Clusters</a> · <a href="/events">Events</a> · <a href="/funding">Funding</a> · <a href="/news">News</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home / Events / Matchmaking Days 2040 / Programme</p>
<h1>North West Cross-Border Cluster Matchmaking Days 2040</h1>
<p class="when">Wednesday 16 – Thursday 17 May 2040 · Ebrington, Derry~Londonderry, and Letterkenny, Co. Donegal</p>
<p>Two days of structured meetings between cluster organisations, companies and research centres from both sides of the border and from partner regions in Scotland, Norway and the Basque Country. The event is organised by the North West Regional Development Partnership (NWRDP) with Derry City and Strabane District Council, Donegal County Council, Invest Northern Ireland and Enterprise Ireland, and is part of the EU Cluster Weeks campaign.</p>
<p><strong>Registration closes on Friday 27 April 2040.</strong> Places for the site visits on Day 2 are limited to 35. <a href="/register">Register now</a></p>

<h2>Day 1 – Wednesday 16 May – Ebrington Square, Derry~Londonderry</h2>
<table class="programme">
<tr><td>08:45</td><td>Registration and coffee</td></tr>
<tr><td>09:30</td><td>Welcome: Cllr Siobhán McLaughlin-Doherty, Mayor of Derry City and Strabane; Declan Ó Gallchóir, Chief Executive, Donegal County Council</td></tr>
<tr><td>09:50</td><td>Keynote: "Clusters across a border: ten years of lessons" – Dr Fionnuala Breathnach, Ulster University Business School</td></tr>
<tr><td>10:30</td><td>Panel: What do companies want from a cluster? With Conor Devlin (Seagate Technology, Springtown), Aoife Nic Giolla Bhríde (Údarás na Gaeltachta), Kjersti Haugland (Vestland County Council) and Iñigo Etxeberria Zubiri (SPRI – Basque Business Development Agency). Moderator: Ruairí Kerr, NWRDP Cluster Programme Manager</td></tr>
<tr><td>11:30</td><td>Coffee and exhibition</td></tr>
<tr><td>12:00–13:00</td><td>Pitch session: 12 clusters in 5 minutes each (MedTech North West, Atlantic Digital Cluster, North West Food &amp; Drink Network and others)</td></tr>
<tr><td>13:00</td><td>Lunch</td></tr>
<tr><td>14:00–17:30</td><td>B2B matchmaking meetings (pre-booked, 25 minutes each)</td></tr>
<tr><td>19:30</td><td>Networking dinner at the Guildhall, hosted by the Mayor</td></tr>
</table>

<h2>Day 2 – Thursday 17 May – Letterkenny</h2>
<table class="programme">
<tr><td>08:00</td><td>Coach departs Ebrington Hotel for Letterkenny (45 minutes)</td></tr>
<tr><td>09:00</td><td>Site visit to the CoLab innovation centre at Atlantic Technological University, Letterkenny campus, hosted by Prof. Shauna Gillespie</td></tr>
<tr><td>11:00</td><td>Company visit to Pharmapac Donegal Ltd, Kilmacrennan</td></tr>
<tr><td>12:30</td><td>Closing lunch and wrap-up with Enterprise Ireland's North West regional manager, Paddy Mac Fhionnlaoich</td></tr>
<tr><td>14:00</td><td>Coach returns to Derry~Londonderry</td></tr>
</table>

<h2>Who should attend?</h2>
<p>Cluster managers, business network coordinators, company directors looking for partners in other regions, and staff of research and technology organisations. Participation is free of charge, but you must complete your profile on the matchmaking platform by Friday 4 May 2040 to be included in the meeting schedule. Meeting requests can be sent and accepted until the evening before each day; the final schedule is sent by e-mail and shown in the event app.</p>

<h2>Previous editions</h2>
<ul>
<li>Matchmaking Days 2039 – Letterkenny, 21–22 May: 140 participants, 310 meetings, partner region: Vestland (Norway)</li>
<li>Matchmaking Days 2038 – Derry~Londonderry, 10 May: 95 participants, first edition, one day only</li>
</ul>
<p>"Half of our export leads last year started with a 25-minute meeting in Ebrington," said Mairead Carlin-Ferguson, managing director of Foyle Precision Engineering Ltd, after the 2039 edition.</p>

<h2>Travel and accommodation</h2>
<p>City of Derry Airport and Belfast International are the nearest airports. A block of rooms is held at the Ebrington Hotel until 30 April 2040; quote "Matchmaking 2040".</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a> · <a href="/matchmaking-2040.ics">Add to calendar</a></p>
</main>
<footer><p>Contact: events@nwrdp.example.org · NWRDP, Ebrington Square, Derry~Londonderry BT47 6FA</p><p><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · © 2040</p></footer>
</body></html>
"""
write(F, T)
N="North West Regional Development Partnership"
gold(F,
 [P("Siobhán McLaughlin-Doherty","Mayor of Derry City and Strabane","Derry City and Strabane District Council"),
  P("Declan Ó Gallchóir","Chief Executive","Donegal County Council"),
  P("Fionnuala Breathnach",None,"Ulster University Business School"),
  P("Conor Devlin",None,"Seagate Technology"),
  P("Aoife Nic Giolla Bhríde",None,"Údarás na Gaeltachta"),
  P("Kjersti Haugland",None,"Vestland County Council"),
  P("Iñigo Etxeberria Zubiri",None,"SPRI – Basque Business Development Agency"),
  P("Ruairí Kerr","Cluster Programme Manager",N),
  P("Shauna Gillespie",None,"Atlantic Technological University"),
  P("Paddy Mac Fhionnlaoich","North West regional manager","Enterprise Ireland"),
  P("Mairead Carlin-Ferguson","managing director","Foyle Precision Engineering Ltd")],
 [O(N,"NWRDP"), O("Derry City and Strabane District Council"), O("Donegal County Council"), O("Invest Northern Ireland"),
  O("Enterprise Ireland"), O("Ulster University Business School"), O("Seagate Technology"), O("Údarás na Gaeltachta"),
  O("Vestland County Council"), O("SPRI – Basque Business Development Agency","SPRI"), O("MedTech North West"),
  O("Atlantic Digital Cluster"), O("North West Food & Drink Network"), O("CoLab innovation centre"),
  O("Atlantic Technological University"), O("Pharmapac Donegal Ltd"), O("Foyle Precision Engineering Ltd")],
 [E("North West Cross-Border Cluster Matchmaking Days 2040","2040-05-16","2040-05-17","Derry~Londonderry, Letterkenny","United Kingdom, Ireland"),
  E("B2B matchmaking meetings","2040-05-16",None,"Derry~Londonderry","United Kingdom"),
  E("Networking dinner","2040-05-16",None,"Derry~Londonderry","United Kingdom"),
  E("Site visit to the CoLab innovation centre","2040-05-17",None,"Letterkenny","Ireland"),
  E("Company visit to Pharmapac Donegal Ltd","2040-05-17",None,"Kilmacrennan","Ireland"),
  E("Closing lunch and wrap-up","2040-05-17",None,"Letterkenny","Ireland"),
  E("EU Cluster Weeks"),
  E("Matchmaking Days 2039","2039-05-21","2039-05-22","Letterkenny","Ireland"),
  E("Matchmaking Days 2038","2038-05-10",None,"Derry~Londonderry","United Kingdom")],
 ["2040-05-16/2040-05-17","2040-05-16","2040-05-17","2040-04-27","2040-05-04","2039-05-21/2039-05-22","2038-05-10","2040-04-30"],
 [])
