from h import *
F = 'g01_sheffield_cluster_events_calendar.html'
assert wd(2038,1,14)=='Thursday' and wd(2038,1,27)=='Wednesday' and wd(2038,2,9)=='Tuesday' and wd(2038,2,23)=='Tuesday' and wd(2038,3,16)=='Tuesday' and wd(2038,3,18)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Events | South Yorkshire Advanced Manufacturing Cluster</title></head>
<body>
<div class="cookie-banner">We use essential cookies to make this site work and optional analytics cookies to improve it. <a href="/cookie-policy">Cookie settings</a> <button>Accept all</button></div>
<header><p class="brand">SYAMC · South Yorkshire Advanced Manufacturing Cluster</p>
<nav><a href="/">Home</a> · <a href="/membership">Membership</a> · <a href="/projects">Projects</a> · <a href="/events" class="active">Events</a> · <a href="/news">News</a> · <a href="/contact">Contact</a> · <a href="/login">Members' login</a></nav></header>
<main>
<p class="breadcrumb">Home / Events / Upcoming</p>
<h1>Events calendar</h1>
<p class="intro">Our events are open to members unless marked otherwise. Non-members may attend two events a year free of charge. Filter: <a href="#">All</a> | <a href="#">Members only</a> | <a href="#">Online</a> | <a href="#">Partner events</a></p>

<div class="event">
<p class="date">THU 14 JAN 2038 · 07:45–09:30</p>
<h2>Members' Breakfast: Hydrogen in the Foundry</h2>
<p>Venue: Kelham Island Works, Sheffield</p>
<p>Our first breakfast of the year looks at what switching furnaces from natural gas to hydrogen means for small casting firms. Short inputs from Dr Aoife Mac Giolla Phádraig, Senior Research Engineer at the University of Sheffield's Translational Energy Research Centre, and from Kieran Ashworth-Lowe, Operations Director at Don Valley Castings Ltd. Bacon rolls and coffee from 07:45.</p>
<p><a href="/events/breakfast-hydrogen">Book your place</a> · Members only · Free</p>
</div>

<div class="event">
<p class="date">WED 27 JAN 2038 · 14:00–15:30 · Online</p>
<h2>Webinar: Horizon Europe calls for manufacturing SMEs</h2>
<p>Our partners at Innovate UK Business Connect walk through the open calls on digital twins and remanufacturing, with the deadline for the first stage on 12 March 2038. Questions can be sent in advance to events@syamc.example.org.uk.</p>
<p><a href="/events/webinar-horizon">Register</a> · Open to all · Free</p>
</div>

<div class="event">
<p class="date">TUE 9 FEB 2038 · 10:00–16:00</p>
<h2>Meet the Buyer: Rail and Rolling Stock</h2>
<p>Venue: Magna Science Adventure Centre, Rotherham</p>
<p>Pre-booked one-to-one meetings of 20 minutes with procurement teams from four rolling stock manufacturers and two maintenance depots. Organised with the Railway Industry Association and Barnsley and Rotherham Chamber of Commerce. Supplier profiles must be submitted by 26 January 2038; the meeting schedule will be sent out one week before the event.</p>
<p><a href="/events/mtb-rail">Book your place</a> · £45 + VAT for members, £95 + VAT for non-members</p>
</div>

<div class="event">
<p class="date">23 FEB 2038 · 18:00</p>
<h2>Annual General Meeting of SYAMC Ltd</h2>
<p>Venue: Advanced Manufacturing Park, Catcliffe</p>
<p>The AGM will receive the accounts for 2037, elect three directors and vote on the new membership fee scale. Members will receive the formal notice and proxy forms by post. The meeting is followed by the members' networking evening with buffet at 19:30, hosted by Nuclear AMRC.</p>
<p>Papers: <a href="#">Notice of AGM (PDF)</a> · <a href="#">Proxy form</a> · Members only</p>
</div>

<div class="event">
<p class="date">16–18 MAR 2038</p>
<h2>Study visit to the Basque Country</h2>
<p>Destination: Bilbao and Eibar, Spain</p>
<p>A three-day learning journey for cluster members to the machine-tool district around Eibar, organised with the Basque machine-tool cluster association AFM Cluster and SPRI, the Basque business development agency. The programme includes a visit to the Tekniker research centre and a workshop with Basque cluster managers on Thursday 18 March. The delegation will be led by our Chair, Prof. Rhiannon Okafor-Blythe. Places are limited to twelve companies and will be given on a first come, first served basis.</p>
<p><a href="/events/basque-study-visit">Express interest</a> · Travel bursaries available from the Sheffield City Region Growth Hub</p>
</div>

<h3>Past events</h3>
<ul class="past">
<li>2 December 2037 – Christmas Members' Lunch, Cutlers' Hall, Sheffield</li>
<li>11 November 2037 – Supplier day with Siemens Mobility, Goole</li>
<li>20–21 October 2037 – Made in South Yorkshire Showcase, Doncaster</li>
<li>9 October 2037 – Members' Breakfast: Cyber security on the shop floor</li>
</ul>
<p><a href="/events/archive">See the full events archive</a></p>

<aside><h3>Host an event with us</h3><p>Members can propose a workshop, factory tour or breakfast topic. Contact our Events and Membership Officer, Joanna Przybylska-Hart, on 0114 000 0000. <a href="/contact">Get in touch</a></p></aside>
</main>
<footer><p>South Yorkshire Advanced Manufacturing Cluster Ltd (SYAMC) · Company limited by guarantee no. 00000000 · Registered office: 40 Leavygreave Road, Sheffield S3 7RD</p>
<p>© 2038 SYAMC · <a href="/privacy">Privacy notice</a> · <a href="/terms">Terms</a> · Follow us: <a href="#">LinkedIn</a> <a href="#">YouTube</a></p></footer>
</body></html>
"""
write(F, T)
S="South Yorkshire Advanced Manufacturing Cluster Ltd"
gold(F,
 [P("Aoife Mac Giolla Phádraig","Senior Research Engineer","Translational Energy Research Centre"),
  P("Kieran Ashworth-Lowe","Operations Director","Don Valley Castings Ltd"),
  P("Rhiannon Okafor-Blythe","Chair",S),
  P("Joanna Przybylska-Hart","Events and Membership Officer",S)],
 [O(S,"SYAMC"), O("University of Sheffield"), O("Translational Energy Research Centre"), O("Don Valley Castings Ltd"),
  O("Innovate UK Business Connect"), O("Railway Industry Association"), O("Barnsley and Rotherham Chamber of Commerce"),
  O("Nuclear AMRC"), O("AFM Cluster"), O("SPRI"), O("Tekniker"), O("Sheffield City Region Growth Hub"), O("Siemens Mobility")],
 [E("Members' Breakfast: Hydrogen in the Foundry","2038-01-14",None,"Sheffield","United Kingdom"),
  E("Webinar: Horizon Europe calls for manufacturing SMEs","2038-01-27",None,None,None),
  E("Meet the Buyer: Rail and Rolling Stock","2038-02-09",None,"Rotherham","United Kingdom"),
  E("Annual General Meeting of SYAMC Ltd","2038-02-23",None,"Catcliffe","United Kingdom"),
  E("members' networking evening","2038-02-23",None,"Catcliffe","United Kingdom"),
  E("Study visit to the Basque Country","2038-03-16","2038-03-18","Bilbao, Eibar","Spain"),
  E("workshop with Basque cluster managers","2038-03-18",None,None,"Spain"),
  E("Christmas Members' Lunch","2037-12-02",None,"Sheffield","United Kingdom"),
  E("Supplier day with Siemens Mobility","2037-11-11",None,"Goole","United Kingdom"),
  E("Made in South Yorkshire Showcase","2037-10-20","2037-10-21","Doncaster","United Kingdom"),
  E("Members' Breakfast: Cyber security on the shop floor","2037-10-09",None,None,None)],
 ["2038-01-14","2038-01-27","2038-03-12","2038-02-09","2038-01-26","2038-02-23","2037","2038-03-16/2038-03-18","2038-03-18",
  "2037-12-02","2037-11-11","2037-10-20/2037-10-21","2037-10-09"],
 [])
