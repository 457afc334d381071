from h import *
F = 'g10_salzburg_cluster_event_calendar.html'
assert wd(2035,10,9)=='Tuesday' and wd(2035,10,17)=='Wednesday' and wd(2035,11,6)=='Tuesday' and wd(2035,11,20)=='Tuesday' and wd(2035,12,4)=='Tuesday' and wd(2035,9,26)=='Wednesday' and wd(2035,9,12)=='Wednesday' and wd(2036,1,21)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Alpine Building Cluster Salzburg</title></head>
<body>
<div class="consent">We use cookies to analyse traffic. <a href="/en/privacy">Privacy notice</a> <button>OK</button> <button>Settings</button></div>
<header><p class="brand">Alpine Building Cluster Salzburg</p><p class="tag">a cluster initiative of Innovation Salzburg GmbH</p>
<nav><a href="/en">Home</a> · <a href="/en/cluster">The cluster</a> · <a href="/en/members">Members</a> · <a href="/en/events" class="active">Events</a> · <a href="/en/projects">Projects</a> · <a href="/de">DE</a></nav></header>
<main>
<h1>Events</h1>
<p class="intro">The cluster brings together more than 160 companies, research institutes and training providers from the building and timber sector in the State of Salzburg. Our events are open to members and, unless marked otherwise, to interested guests. Most of them are held in German; events marked "International" are held in English. Members receive the programme of each event by e-mail four weeks in advance and can register directly through the members' area. Please let us know early if you cannot attend after registering, as many of our formats have waiting lists.</p>
<p class="filter">Show: <a href="#">All</a> | <a href="#">Networking</a> | <a href="#">Training</a> | <a href="#">International</a> | <a href="#">Members only</a> · <a href="/en/events.ics">Subscribe to calendar (iCal)</a></p>

<h2>Upcoming events</h2>

<div class="event">
<p class="date">Tue 09.10.2035 · 08:30–10:00 · Hallein</p>
<h3>Timber &amp; Coffee: networking breakfast at Holzbau Eder GmbH</h3>
<p>Our informal breakfast format for members. Managing director Stefan Eder shows the new CNC joinery line, followed by an open exchange over coffee. Free of charge, places limited to 40. <a href="#">Register</a></p>
</div>

<div class="event">
<p class="date">Wed 17.10.2035 – Thu 18.10.2035 · Salzburg Congress</p>
<h3>Alpine Building Summit 2035 – "Renovate, don't demolish"</h3>
<p>The cluster's flagship conference, now in its fifth year, with 30 speakers from Austria, Bavaria, South Tyrol and Switzerland. Keynotes by Prof. Dr. Ursula Moosbrugger (University of Innsbruck) and Lorenzo Pichler-Dalla Torre, Director of the Klimahaus Agency in Bolzano. Day two includes site visits to three renovation projects in the city of Salzburg and a B2B meeting session organised with the Enterprise Europe Network Austria. <a href="#">Programme</a> · <a href="#">Register</a> (early-bird rate until 26 September 2035)</p>
</div>

<div class="event">
<p class="date">Tue 06.11.2035 · 10:00–11:30 · online</p>
<h3>Webinar: EU funding for energy renovation of public buildings</h3>
<p>With Katarzyna Wróblewska-Huber, National Contact Point at the Austrian Research Promotion Agency (FFG), and Thomas Gruber, cluster project manager. <a href="#">Register</a></p>
</div>

<div class="event">
<p class="date">Tue 20.11.2035 · 16:00 · Innovation Salzburg, Jakob-Haringer-Straße, Salzburg</p>
<h3>General Assembly of the cluster members</h3>
<p>Annual report, election of the advisory board for 2036–2038, work programme 2036. Members only. Followed at 18:30 by the members' evening with Christmas market visit.</p>
</div>

<div class="event">
<p class="date">Tue 04.12.2035 · 14:00–17:30 · St. Johann im Pongau</p>
<h3>Workshop "BIM for small carpentry firms"</h3>
<p>Hands-on workshop in cooperation with the Salzburg Chamber of Commerce (WKS) and the vocational school for carpentry Kuchl. Trainer: Ing. Martina Hollaus-Brandstätter. Fee EUR 120 for members, EUR 190 for non-members.</p>
</div>

<div class="event">
<p class="date">21.01.2036 – 24.01.2036 · Munich, Germany</p>
<h3>Joint stand at the BAU trade fair</h3>
<p>Six member companies exhibit on the Salzburg joint stand, organised with the Austrian trade promotion agency Advantage Austria. Applications for exhibitors closed on 12 September 2035; a few places for visiting the fair with the cluster delegation on Monday 21 January are still available.</p>
</div>

<h2>Past events</h2>
<ul>
<li>26.09.2035 – Cluster study trip to Vorarlberg: timber construction in the Bregenzerwald (22 participants) – <a href="#">Short report</a></li>
<li>12.09.2035 – Members' summer barbecue at the sawmill Kaindl, Wals-Siezenheim – <a href="#">Photos</a></li>
<li>19.06.2035 – Cluster Forum "Circular building materials", Salzburg – <a href="#">Presentations</a></li>
<li>Alpine Building Summit 2034, 18–19 October 2034, Salzburg – <a href="#">Review</a></li>
</ul>

<p class="contact">Questions about our events? Contact Verena Aigner, Event Manager, +43 662 000000 0, events@abc-salzburg.example.at</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Alpine Building Cluster Salzburg · c/o Innovation Salzburg GmbH · 5020 Salzburg · The cluster is funded by the State of Salzburg and the Salzburg Chamber of Commerce.</p>
<p><a href="/en/imprint">Imprint</a> · <a href="/en/privacy">Data protection</a> · <a href="/en/accessibility">Accessibility</a> · © 2035</p></footer>
</body></html>
"""
assert wd(2035,6,19)=='Tuesday'
write(F, T)
C="Alpine Building Cluster Salzburg"
gold(F,
 [P("Stefan Eder","Managing director","Holzbau Eder GmbH"),
  P("Ursula Moosbrugger",None,"University of Innsbruck"),
  P("Lorenzo Pichler-Dalla Torre","Director of the Klimahaus Agency","Klimahaus Agency"),
  P("Katarzyna Wróblewska-Huber","National Contact Point","Austrian Research Promotion Agency"),
  P("Thomas Gruber","cluster project manager",C),
  P("Martina Hollaus-Brandstätter","Trainer",None),
  P("Verena Aigner","Event Manager",C)],
 [O(C), O("Innovation Salzburg GmbH"), O("Holzbau Eder GmbH"), O("University of Innsbruck"), O("Klimahaus Agency"),
  O("Enterprise Europe Network Austria"), O("Austrian Research Promotion Agency","FFG"), O("Salzburg Chamber of Commerce","WKS"),
  O("vocational school for carpentry Kuchl"), O("Advantage Austria"), O("State of Salzburg")],
 [E("Timber & Coffee: networking breakfast at Holzbau Eder GmbH","2035-10-09",None,"Hallein","Austria"),
  E("Alpine Building Summit 2035","2035-10-17","2035-10-18","Salzburg","Austria"),
  E("site visits to three renovation projects","2035-10-18",None,"Salzburg","Austria"),
  E("B2B meeting session","2035-10-18",None,"Salzburg","Austria"),
  E("Webinar: EU funding for energy renovation of public buildings","2035-11-06",None,None,None),
  E("General Assembly of the cluster members","2035-11-20",None,"Salzburg","Austria"),
  E("members' evening","2035-11-20",None,"Salzburg","Austria"),
  E("Workshop \"BIM for small carpentry firms\"","2035-12-04",None,"St. Johann im Pongau","Austria"),
  E("BAU trade fair","2036-01-21","2036-01-24","Munich","Germany"),
  E("Cluster study trip to Vorarlberg","2035-09-26",None,None,"Austria"),
  E("Members' summer barbecue","2035-09-12",None,"Wals-Siezenheim","Austria"),
  E("Cluster Forum \"Circular building materials\"","2035-06-19",None,"Salzburg","Austria"),
  E("Alpine Building Summit 2034","2034-10-18","2034-10-19","Salzburg","Austria")],
 ["2035-10-09","2035-10-17/2035-10-18","2035-09-26","2035-11-06","2035-11-20","2036/2038","2035-12-04","2036-01-21/2036-01-24",
  "2035-09-12","2036-01-21","2035-06-19","2034-10-18/2034-10-19","2035"],
 [])
