from h import *
F = 'g01_msia_events_calendar_q2.html'
for (y,m,d,w) in [(2037,4,16,'Thursday'),(2037,4,21,'Tuesday'),(2037,4,29,'Wednesday'),(2037,5,12,'Tuesday'),(2037,5,13,'Wednesday'),
                  (2037,5,21,'Thursday'),(2037,5,27,'Wednesday'),(2037,6,3,'Wednesday'),(2037,6,18,'Thursday'),(2037,6,29,'Monday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events calendar April–June 2037 | Moravian-Silesian Innovation Agency</title></head>
<body>
<div id="cookies">This site uses cookies for statistics and for embedded videos. <a href="/en/privacy">Find out more</a> <button>OK</button> <button>Settings</button></div>
<header><a class="logo" href="/en">MSIA – Moravian-Silesian Innovation Agency</a>
<nav><a href="/en/services">Services</a> | <a href="/en/clusters">Clusters</a> | <a href="/en/funding">Funding</a> | <a href="/en/events" class="active">Events</a> | <a href="/en/news">News</a> | <a href="/en/about">About us</a> | <a href="/cs">CZ</a></nav>
<form class="search"><input placeholder="Search…"></form></header>
<main>
<p class="crumbs">Home / Events / Calendar</p>
<h1>Events calendar: April – June 2037</h1>
<p class="lead">Workshops, breakfasts, webinars and study trips organised by the Moravian-Silesian Innovation Agency (MSIA) and the regional clusters it supports. Unless stated otherwise, participation is free of charge, but registration is required. Times are Central European Summer Time.</p>
<div class="filters">Show: <a href="?t=all">All</a> · <a href="?t=online">Online</a> · <a href="?t=hybrid">Hybrid</a> · <a href="?t=onsite">On site</a> · <a href="/en/events/archive">Past events</a> · <a href="/en/events.ics">Subscribe (iCal)</a></div>

<h2>April 2037</h2>
<div class="ev"><p class="when">Thursday 16 April 2037 · 08:30 – 10:00</p><span class="badge">On site</span>
<h3>Hydrogen Breakfast: refuelling stations along the D1</h3>
<p>Ostrava, MSIA, Na Zákopě 2, 3rd floor</p>
<p>A morning talk with Radek Ševčík, technical director of HyMoS – Moravian-Silesian Hydrogen Cluster, on the planning of four public refuelling stations. Coffee and pastries from 08:00.</p>
<p><a href="/en/events/h2-breakfast-april">Register</a> · <a href="#">Add to calendar</a></p></div>

<div class="ev"><p class="when">Tuesday 21 April 2037 · 10:00 – 11:30</p><span class="badge">Online</span>
<h3>Webinar: Rules of origin when exporting to Canada</h3>
<p>With Markéta Hlaváčková (Enterprise Europe Network Czech Republic) and a trade adviser of the Czech Embassy in Ottawa. Link sent the day before.</p>
<p><a href="/en/events/webinar-canada">Register</a></p></div>

<div class="ev"><p class="when">Wednesday 29 April 2037 · 13:00 – 16:30</p><span class="badge">Hybrid</span>
<h3>Round table of cluster managers</h3>
<p>Opava, Silesian University, Rectorate building, room 104 – and on MS Teams</p>
<p>Quarterly meeting of the managers of the eleven clusters in the region. On the agenda: the regional innovation strategy 2036–2041, shared services for internationalisation and the cluster excellence labels. Chair: Ivana Kopecká, Head of the Cluster Unit at MSIA.</p>
<p><span class="note">Members only</span> · <a href="/en/events/roundtable-april">Register</a></p></div>

<h2>May 2037</h2>
<div class="ev"><p class="when">Tuesday 12 May – Wednesday 13 May 2037</p><span class="badge">On site</span>
<h3>Silesian Innovation Days 2037</h3>
<p>Ostrava, Trojhalí Karolina</p>
<p>Two days of talks, demonstrations and B2B meetings on low-emission industry and the transformation of the coal region. The opening keynote will be given by Tomáš Blažek, Deputy Governor of the Moravian-Silesian Region. Exhibitors from the automotive, energy and IT clusters. Detailed programme follows in April.</p>
<p><a href="/en/sid2037">Event website</a> · <a href="/en/sid2037/register">Register</a></p></div>

<div class="ev"><p class="when">Thursday 21 May 2037 · 14:00 – 15:00</p><span class="badge">Online</span>
<h3>Funding clinic: innovation vouchers</h3>
<p>One-to-one slots of 20 minutes with the vouchers team. Please send your project idea (max. one page) by 18 May 2037.</p>
<p><a href="/en/events/clinic-may">Book a slot</a></p></div>

<div class="ev"><p class="when">Wednesday 27 May 2037 · all day</p><span class="badge">On site</span>
<h3>Study visit to Katowice</h3>
<p>Departure by bus from Ostrava main station at 07:15. Visits to the Silesian Science and Technology Park and to the Silesian Cluster of Clean Technologies, lunch with members of the Katowice Special Economic Zone. Places are limited to 30; cost share CZK 900.</p>
<p><a href="/en/events/katowice">Register</a> (until 14 May)</p></div>

<h2>June 2037</h2>
<div class="ev"><p class="when">Wednesday 3 June 2037 · 09:00 – 14:00</p><span class="badge">On site</span>
<h3>Open day at the Vítkovice pilot hall</h3>
<p>Ostrava-Vítkovice, Ruská 83</p>
<p>Guided tours of the shared pilot line for additive manufacturing, run by VSB – Technical University of Ostrava and the Czech Additive Manufacturing Cluster. Safety shoes will be provided.</p>
<p><a href="/en/events/open-day-pilot-hall">Register</a></p></div>

<div class="ev"><p class="when">Thursday 18 June 2037 · from 17:30</p><span class="badge">On site</span>
<h3>Summer evening of the Moravian-Silesian clusters</h3>
<p>Frýdek-Místek, Castle courtyard</p>
<p>Informal networking with members of all regional clusters, short pitches of new members, music and barbecue. Hosted with the Regional Chamber of Commerce of the Moravian-Silesian Region.</p>
<p><a href="/en/events/summer-evening">Register</a></p></div>

<div class="ev"><p class="when">Monday 29 June 2037 · 10:00 – 12:00</p><span class="badge">Hybrid</span>
<h3>Info session: Just Transition call for SMEs</h3>
<p>Ostrava, MSIA, and online</p>
<p>Presentation of the conditions of the call, which is expected to open on 1 July 2037, by Petra Dvořáková, project manager at MSIA, followed by questions from applicants.</p>
<p><a href="/en/events/jtf-info">Register</a></p></div>

<p class="more"><a href="/en/events?q=2037-07">July – September 2037 »</a></p>
<aside><h3>Contact</h3><p>Events team: Lucie Nováková, events coordinator<br>events@msia.example.cz · +420 597 000 000</p>
<h3>Newsletter</h3><p>Receive the calendar every month. <a href="/en/newsletter">Sign up</a></p></aside>
</main>
<footer><p>Moravian-Silesian Innovation Agency, z. ú. · Na Zákopě 2, 702 00 Ostrava · Founded by the Moravian-Silesian Region</p>
<p>Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">E-mail</a> | © 2037 MSIA · <a href="/en/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Radek Ševčík","technical director","HyMoS – Moravian-Silesian Hydrogen Cluster"),
  P("Markéta Hlaváčková",None,"Enterprise Europe Network Czech Republic"),
  P("Ivana Kopecká","Head of the Cluster Unit","MSIA"),
  P("Tomáš Blažek","Deputy Governor","Moravian-Silesian Region"),
  P("Petra Dvořáková","project manager","MSIA"),
  P("Lucie Nováková","events coordinator","MSIA")],
 [O("Moravian-Silesian Innovation Agency","MSIA"), O("HyMoS – Moravian-Silesian Hydrogen Cluster","HyMoS"),
  O("Enterprise Europe Network Czech Republic"), O("Czech Embassy in Ottawa"), O("Silesian University"),
  O("Moravian-Silesian Region"), O("Silesian Science and Technology Park"),
  O("Silesian Cluster of Clean Technologies"), O("Katowice Special Economic Zone"),
  O("VSB – Technical University of Ostrava"), O("Czech Additive Manufacturing Cluster"),
  O("Regional Chamber of Commerce of the Moravian-Silesian Region")],
 [E("Hydrogen Breakfast: refuelling stations along the D1","2037-04-16",None,"Ostrava","Czech Republic"),
  E("Webinar: Rules of origin when exporting to Canada","2037-04-21"),
  E("Round table of cluster managers","2037-04-29",None,"Opava","Czech Republic"),
  E("Silesian Innovation Days 2037","2037-05-12","2037-05-13","Ostrava","Czech Republic"),
  E("Funding clinic: innovation vouchers","2037-05-21"),
  E("Study visit to Katowice","2037-05-27",None,"Katowice","Poland"),
  E("Open day at the Vítkovice pilot hall","2037-06-03",None,"Ostrava","Czech Republic"),
  E("Summer evening of the Moravian-Silesian clusters","2037-06-18",None,"Frýdek-Místek","Czech Republic"),
  E("Info session: Just Transition call for SMEs","2037-06-29",None,"Ostrava","Czech Republic")],
 ["2037-04/2037-06","2037-04","2037-04-16","2037-04-21","2037-04-29","2036/2041","2037-05","2037-05-12/2037-05-13",
  "2037-05-21","2037-05-18","2037-05-27","2037-05-14","2037-06","2037-06-03","2037-06-18","2037-06-29","2037-07-01","2037-07/2037-09"],
 [])
