from h import *
F = 'g15_split_ict_cluster_demo_days.html'
assert wd(2037,11,19)=='Thursday' and wd(2037,11,20)=='Friday' and wd(2037,11,18)=='Wednesday' and wd(2037,11,6)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Adriatic Digital Days 2037 – Programme | Dalmatian ICT Cluster</title></head>
<body>
<div class="topbar">Dalmatian ICT Cluster · <a href="/hr">HR</a> | <a href="/en">EN</a> · <a href="/login">Member login</a></div>
<header><nav><a href="/">Home</a> › <a href="/events">Events</a> › Adriatic Digital Days 2037</nav></header>
<main>
<h1>Adriatic Digital Days 2037</h1>
<p class="lead">Split, 19–20 November 2037 · Faculty of Electrical Engineering, Mechanical Engineering and Naval Architecture (FESB), University of Split</p>
<p>The Adriatic Digital Days are the annual meeting of the software, electronics and maritime technology companies of Dalmatia. The fourth edition, organised by the Dalmatian ICT Cluster (Dalmatinski ICT klaster) with the Split-Dalmatia County Development Agency RERA S.D., focuses on digital tools for ports, tourism and the blue economy. Registration closes on Friday 6 November 2037.</p>

<h2>Day 1 – Thursday, 19 November</h2>
<table class="agenda">
<tr><th>Time</th><th>Session</th><th>Speakers</th></tr>
<tr><td>09:00</td><td>Registration and welcome coffee</td><td></td></tr>
<tr><td>09:30</td><td>Opening</td><td>Ante Vuković-Radić (President, Dalmatian ICT Cluster); Marija Šimić Barbir (Director, RERA S.D.); Prof. Ivo Delić (Dean, FESB)</td></tr>
<tr><td>10:00</td><td>Keynote: Smart ports in the Adriatic</td><td>Dr. Lucia Fontana-Kos, Head of Innovation, Port of Trieste Authority</td></tr>
<tr><td>10:45</td><td>Panel: Data sharing between tourism operators</td><td>moderated by Petra Jurić (Croatian Chamber of Economy, Split County Chamber)</td></tr>
<tr><td>12:00</td><td>Lunch</td><td></td></tr>
<tr><td>13:30</td><td>Start-up pitches (10 teams)</td><td>jury chaired by Goran Mardešić (Business Angels Croatia)</td></tr>
<tr><td>15:30</td><td>Cluster members' meeting (members only)</td><td>Cluster manager Tina Bašić</td></tr>
<tr><td>19:30</td><td>Conference dinner at the Diocletian's Palace cellars</td><td></td></tr>
</table>

<h2>Day 2 – Friday, 20 November</h2>
<table class="agenda">
<tr><td>09:00–12:30</td><td>B2B meetings with buyers from Italy, Slovenia and Bosnia and Herzegovina (organised with the Enterprise Europe Network Croatia)</td><td></td></tr>
<tr><td>09:30</td><td>Workshop: Applying to the European Digital Innovation Hubs network</td><td>Nikola Perković (Digital Innovation Hub Adriatic)</td></tr>
<tr><td>13:00</td><td>Company visits: Brodosplit shipyard digital twin lab / Infobip campus</td><td></td></tr>
<tr><td>16:00</td><td>End of the event</td><td></td></tr>
</table>

<h2>Side event</h2>
<p>On Wednesday 18 November, the day before the conference, the cluster holds a round table on women in the Dalmatian tech sector at the Split Tech City incubator (17:00–19:00), with Ana-Marija Kovačević Ljubić, founder of the start-up SeaSense, and Helena Horvat (Croatian Employment Service).</p>

<h2>Earlier editions</h2>
<ul>
<li>Adriatic Digital Days 2034 – Split, 60 participants</li>
<li>Adriatic Digital Days 2035 – Makarska, 110 participants</li>
<li>Adriatic Digital Days 2036 – Šibenik, 170 participants, first B2B meetings</li>
</ul>

<h2>About the cluster</h2>
<p>The Dalmatian ICT Cluster was set up by eleven software companies in Split and now has 58 members, from one-person studios to larger firms with offices in Zagreb, Ljubljana and Milan. Its working groups deal with maritime software, tourism technology and skills. The cluster runs a summer school for students together with the University of Split and represents its members in the regional partnership for smart specialisation. Most members are small companies that sell their services abroad, which is why international buyers are invited to every edition of the Adriatic Digital Days. Membership is open to any company, research group or public body based in the four Dalmatian counties.</p>

<h2>Practical information</h2>
<p>Participation is free of charge; the conference dinner costs EUR 45. The venue is ten minutes by bus from the ferry port. Accommodation: a limited number of rooms at a reduced rate is available until 31 October 2037. Parking at the faculty is limited, so please use public transport where possible. Slides and photographs will be published on this page after the event.</p>
<p>Contact: Tina Bašić, Cluster Manager, events@dalmatian-ict.example.hr</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="/events.ics">Add to calendar</a></p>
</main>
<footer><p>Dalmatian ICT Cluster · Ruđera Boškovića 32, 21000 Split, Croatia · OIB 00000000000</p>
<p>Co-financed by the City of Split. © 2037 · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
D="Dalmatian ICT Cluster"
gold(F,
 [P("Ante Vuković-Radić","President",D), P("Marija Šimić Barbir","Director","RERA S.D."),
  P("Ivo Delić","Dean","FESB"), P("Lucia Fontana-Kos","Head of Innovation","Port of Trieste Authority"),
  P("Petra Jurić",None,"Split County Chamber"), P("Goran Mardešić",None,"Business Angels Croatia"),
  P("Tina Bašić","Cluster Manager",D), P("Nikola Perković",None,"Digital Innovation Hub Adriatic"),
  P("Ana-Marija Kovačević Ljubić","founder","SeaSense"), P("Helena Horvat",None,"Croatian Employment Service")],
 [O(D), O("Faculty of Electrical Engineering, Mechanical Engineering and Naval Architecture","FESB"), O("University of Split"),
  O("Split-Dalmatia County Development Agency","RERA S.D."), O("Port of Trieste Authority"), O("Croatian Chamber of Economy"),
  O("Split County Chamber"), O("Business Angels Croatia"), O("Enterprise Europe Network Croatia"), O("Digital Innovation Hub Adriatic"),
  O("Brodosplit"), O("Infobip"), O("Split Tech City"), O("SeaSense"), O("Croatian Employment Service"), O("City of Split")],
 [E("Adriatic Digital Days 2037","2037-11-19","2037-11-20","Split","Croatia"),
  E("Cluster members' meeting","2037-11-19",None,"Split","Croatia"),
  E("Conference dinner","2037-11-19",None,"Split","Croatia"),
  E("B2B meetings","2037-11-20",None,"Split","Croatia"),
  E("Company visits","2037-11-20",None,"Split","Croatia"),
  E("round table on women in the Dalmatian tech sector","2037-11-18",None,"Split","Croatia"),
  E("Adriatic Digital Days 2034","2034",None,"Split","Croatia"),
  E("Adriatic Digital Days 2035","2035",None,"Makarska","Croatia"),
  E("Adriatic Digital Days 2036","2036",None,"Šibenik","Croatia")],
 ["2037-11-19/2037-11-20","2037-11-06","2037-11-19","2037-11-20","2037-11-18","2037-10-31","2037"],
 [])
