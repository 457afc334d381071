from h import *
F = 'g01_peel_mobility_cluster_calendar.html'
assert wd(2038,4,14)=='Wednesday' and wd(2038,4,23)=='Friday' and wd(2038,5,11)=='Tuesday'
assert wd(2038,5,27)=='Thursday' and wd(2038,6,8)=='Tuesday' and wd(2038,6,9)=='Wednesday' and wd(2038,3,18)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events calendar – Peel Mobility &amp; Food Tech Cluster</title></head>
<body>
<div class="cookie-bar">We use functional and analytical cookies. Marketing cookies are only placed with your consent. <a href="/privacy">Privacy statement</a> <button>Accept all</button> <button>Only necessary</button></div>
<header>
<p class="brand">Peel Mobility &amp; Food Tech Cluster · Helmond · Oss</p>
<nav><a href="/">Home</a> | <a href="/about">About the cluster</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events" class="active">Events</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/nl">NL</a></nav>
</header>
<main>
<p class="breadcrumb">Home › Events › Calendar spring 2038</p>
<h1>Events calendar</h1>
<p>Updated 2 April 2038. All events are free for members of the cluster unless stated otherwise. Non-members pay a contribution of €45 per half day. Registration closes five working days before each event.</p>
<p class="filter">Filter: <a href="#">All</a> · <a href="#">Mobility</a> · <a href="#">Food tech</a> · <a href="#">Skills</a> · <a href="#">International</a></p>

<div class="event">
<h2>Members' lunch talk: "Batteries that come back"</h2>
<p class="when">Wednesday 14 April 2038, 12:00–13:30 · Automotive Campus, Helmond</p>
<p>Ruud van Kempen, head of circular design at Vostermans Batterijtechniek B.V., explains how his team builds packs that can be taken apart again after ten years of use. Sandwiches are provided. Moderated by our cluster manager Ilse de Rooij-Hendriks.</p>
<p><a href="/events/lunch-talk-april">Register</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Mail</a></p>
</div>

<div class="event">
<h2>Protein Transition Day 2038</h2>
<p class="when">Friday 23 April 2038, 09:30–17:00 · Oss, Pivot Park</p>
<p>The fourth edition of our food-tech day, organised together with the Oss Protein Valley Foundation and HAS green academy. The morning brings three pitch rounds from start-ups in plant-based and fermented proteins; the afternoon is reserved for B2B meetings booked in advance through the matchmaking tool. At 17:00 the day ends with drinks offered by the municipality of Oss.</p>
<p>Programme lines:</p>
<ul>
<li>09:30 Welcome by alderman Jeroen Schellekens, municipality of Oss</li>
<li>10:00 Keynote "Scaling fermentation outside the Randstad" – Prof. Annelies VERBEEK (Wageningen University &amp; Research)</li>
<li>11:15 Start-up pitches, rounds 1 to 3</li>
<li>14:00 B2B meetings</li>
<li>16:30 Protein Transition Award ceremony</li>
</ul>
<p>Earlier editions of the Protein Transition Day:</p>
<ul class="editions">
<li>2035 – Oss, Pivot Park, 20 April</li>
<li>2036 – Veghel, Foodtech Brainport, 17 April</li>
<li>2037 – Oss, Pivot Park, 16 April</li>
</ul>
<p><a href="/events/ptd-2038">Register</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Mail</a></p>
</div>

<div class="event">
<h2>Webinar: EU funding for cluster SMEs – what is open in 2038?</h2>
<p class="when">Tuesday 11 May 2038, 10:00–11:15 · online</p>
<p>A short overview of open calls with our partners of the Enterprise Europe Network Netherlands and the Brabantse Ontwikkelings Maatschappij (BOM). Speakers: Hatice Yıldız, innovation advisor, and Maarten van der Linden (BOM, funding desk).</p>
<p><a href="/events/webinar-eu-funding">Register</a></p>
</div>

<div class="event">
<h2>Company visit: supplier day on the campus route</h2>
<p class="when">Thursday 27 May 2038, 13:00–17:30 · Helmond</p>
<p>A guided visit to two member companies on the Brainport Industries Campus route: Kuijpers Precisie Techniek and Lumotive Systems B.V. Maximum 25 participants; bus leaves from Helmond station at 12:40.</p>
</div>

<div class="event">
<h2>Cluster General Assembly and summer barbecue</h2>
<p class="when">Tuesday 8 June 2038, 16:00 · Helmond, Automotive Campus</p>
<p>Statutory general assembly of the cooperative (members only): annual accounts 2037, the 2038–2040 work plan and the election of two board members. From 18:30 the summer barbecue in the campus garden, open to members and their teams.</p>
<p>Please note: the strategy session planned for Wednesday 9 June 2038 has been cancelled and will be merged with the autumn meeting.</p>
</div>

<h2>Past events</h2>
<ul class="past">
<li>18 March 2038 – Matchmaking with the Auvergne-Rhône-Alpes mobility cluster CARA, online (Thursday)</li>
<li>24–25 February 2038 – Cluster delegation to the Hydrogen Technology Expo in Bremen</li>
<li>3 February 2038 – New Year's reception, Helmond town hall</li>
</ul>

<aside>
<h3>Questions about our events?</h3>
<p>Contact our events team: Sanne Verhoeven, events coordinator, events@peelcluster.example.nl, +31 492 000 000.</p>
<h3>Newsletter</h3><p>Receive the calendar every month in your inbox. <a href="/subscribe">Subscribe</a></p>
</aside>
</main>
<footer>
<p>Peel Mobility &amp; Food Tech Cluster U.A. · Steenovenweg 5, Helmond · KvK 00000000</p>
<p>Supported by the Province of Noord-Brabant and the Regio Peel &amp; Maas. © 2038 · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/disclaimer">Disclaimer</a></p>
</footer>
</body></html>
"""
write(F, T)
C = "Peel Mobility & Food Tech Cluster"
gold(F,
 [P("Ruud van Kempen","head of circular design","Vostermans Batterijtechniek B.V."),
  P("Ilse de Rooij-Hendriks","cluster manager",C),
  P("Jeroen Schellekens","alderman","municipality of Oss"),
  P("Annelies VERBEEK",None,"Wageningen University & Research"),
  P("Hatice Yıldız","innovation advisor",None),
  P("Maarten van der Linden","funding desk","BOM"),
  P("Sanne Verhoeven","events coordinator",C)],
 [O(C), O("Vostermans Batterijtechniek B.V."), O("Oss Protein Valley Foundation"), O("HAS green academy"),
  O("municipality of Oss"), O("Wageningen University & Research"), O("Enterprise Europe Network Netherlands"),
  O("Brabantse Ontwikkelings Maatschappij","BOM"), O("Kuijpers Precisie Techniek"), O("Lumotive Systems B.V."),
  O("CARA"), O("Province of Noord-Brabant"), O("Regio Peel & Maas")],
 [E('Members\' lunch talk: "Batteries that come back"',"2038-04-14",None,"Helmond","Netherlands"),
  E("Protein Transition Day 2038","2038-04-23",None,"Oss","Netherlands"),
  E("B2B meetings","2038-04-23",None,"Oss","Netherlands"),
  E("Protein Transition Award ceremony","2038-04-23",None,"Oss","Netherlands"),
  E("Protein Transition Day (2035 edition)","2035-04-20",None,"Oss","Netherlands"),
  E("Protein Transition Day (2036 edition)","2036-04-17",None,"Veghel","Netherlands"),
  E("Protein Transition Day (2037 edition)","2037-04-16",None,"Oss","Netherlands"),
  E("Webinar: EU funding for cluster SMEs – what is open in 2038?","2038-05-11",None,None,None),
  E("Company visit: supplier day on the campus route","2038-05-27",None,"Helmond","Netherlands"),
  E("Cluster General Assembly","2038-06-08",None,"Helmond","Netherlands"),
  E("summer barbecue","2038-06-08",None,"Helmond","Netherlands"),
  E("Matchmaking with the Auvergne-Rhône-Alpes mobility cluster CARA","2038-03-18",None,None,None),
  E("Hydrogen Technology Expo","2038-02-24","2038-02-25","Bremen","Germany"),
  E("New Year's reception","2038-02-03",None,"Helmond","Netherlands")],
 ["2038-04-02","2038-04-14","2038-04-23","2035-04-20","2036-04-17","2037-04-16","2038-05-11","2038-05-27",
  "2038-06-08","2037","2038/2040","2038-06-09","2038-03-18","2038-02-24/2038-02-25","2038-02-03"],
 [], pub="2038-04-02")
