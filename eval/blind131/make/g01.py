from h import *
F = 'g01_augsburg_composites_newsletter.html'
assert wd(2038,2,24)=='Wednesday' and wd(2038,2,18)=="Thursday" and wd(2038,4,13)=='Tuesday' and wd(2038,4,14)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter 02/2038 | Composites Cluster Swabia</title></head>
<body>
<div class="cookie">We use cookies to make this site work. <a href="/privacy">Privacy policy</a> <button>OK</button></div>
<header><p>Composites Cluster Swabia e.V. – Lightweight materials from Bavarian Swabia</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">Newsletter</a> | <a href="/de">Deutsch</a></nav></header>
<main>
<p class="crumb">Home › Newsletter › Issue 02/2038</p>
<h1>Newsletter 02/2038 – March</h1>
<p class="meta">Published 3 March 2038 · Editor: Lena Vogelsang · 6 min read</p>

<h2>Editorial</h2>
<p>Dear members, the last weeks were busy. Our board met in Augsburg on Wednesday 24 February 2038 and approved the work plan for the year, three new members joined, and the registrations for our spring matchmaking are already above last year's level. Thank you for all your contributions to this issue. – Dr. Matthias Kröner-Heil, Managing Director</p>

<h2>Member news</h2>
<h3>Fibretech Lechfeld GmbH opens recycling line</h3>
<p>Our member Fibretech Lechfeld GmbH has opened a pilot line in Königsbrunn that recovers carbon fibres from production waste. CEO Andrea Pfaffinger says the line can process 400 tonnes a year. The project was carried out with the Fraunhofer Institute for Casting, Composite and Processing Technology IGCV and the University of Augsburg. <a href="#">Read more</a></p>
<h3>New chair at the university</h3>
<p>Prof. Dr. Joaquín Ferrer Ybarra has taken up the chair of hybrid materials at the Technical University of Applied Sciences Augsburg (THA). He comes from the IMDEA Materials Institute in Madrid, where he led the group on aerospace laminates from 2031 to 2037. <a href="#">Read more</a></p>
<h3>Welcome to our new members</h3>
<p>Three organisations joined the cluster in February:</p>
<ul>
<li>Kunststofftechnik Mindelheim KG, a tooling supplier from the Unterallgäu district</li>
<li>AeroStruct Donauwörth GmbH, an engineering service provider</li>
<li>the Chamber of Crafts for Swabia (HWK Schwaben)</li>
</ul>

<h2>From the board</h2>
<p>At its meeting of 24 February the board confirmed Dr. Sabine Wetzstein (Lechwerk Composites AG) as Chair and Tomasz Wiśniewski-Berg (AeroStruct Donauwörth GmbH) as Treasurer for the remaining term 2037–2039. The board agreed the 2038 work plan; its main points are:</p>
<ul>
<li>the cluster will launch a working group on recycling of fibre-reinforced plastics by June 2038</li>
<li>membership fees remain unchanged for 2038 and 2039</li>
<li>the cluster will apply for the Gold label of the European Cluster Excellence Initiative in autumn 2038</li>
</ul>

<h2>Looking back: Composites Breakfast in Kempten</h2>
<p>On Thursday 18 February 2038 about 40 members met for the Composites Breakfast at the Kempten University of Applied Sciences. The topic was repair of wind turbine blades. Speakers were Jens Ole Madsen of the Danish wind energy cluster Energy Cluster Denmark and Veronika Hutter from Allgäuer Rotorservice GmbH. Participants agreed that a joint training module for blade technicians is needed.</p>

<h2>Upcoming</h2>
<h3>Spring Matchmaking 2038 – Lightweight meets Mobility</h3>
<p>13–14 April 2038, Augsburg, Messe Augsburg. The programme:</p>
<p><strong>Tuesday, 13 April</strong><br>
10:00 Welcome by the Managing Director<br>
10:30 Keynote: "Lightweight design after the combustion engine", Dr. Ilse van den Broek, Netherlands Aerospace Centre (NLR)<br>
12:00 Lunch<br>
13:30 B2B meetings<br>
19:00 Networking dinner at the Zeughaus</p>
<p><strong>Wednesday, 14 April</strong><br>
09:00 Company visits to Premium Aerotec in Augsburg and to Fibretech Lechfeld GmbH<br>
13:00 End of the event</p>
<p>Registration until 31 March 2038 via the cluster website. Participation is free for members; non-members pay EUR 190.</p>

<h3>Also in the calendar</h3>
<ul>
<li>JEC World 2038, Paris, 9–11 March 2038 – joint stand of Bavarian clusters organised by Bayern Innovativ</li>
<li>General Assembly of the cluster, 7 July 2038, Augsburg</li>
</ul>

<p>Contact: Lena Vogelsang, Communications Manager, newsletter@composites-swabia.example.de</p>
<p><a href="/unsubscribe">Unsubscribe</a> · <a href="/archive">Newsletter archive</a> · Share: <a href="#">LinkedIn</a> <a href="#">E-mail</a></p>
</main>
<footer><p>Composites Cluster Swabia e.V. · Am Technologiezentrum 5 · 86159 Augsburg · Register of associations Augsburg VR 20000</p>
<p>Supported by the Bavarian State Ministry of Economic Affairs, Regional Development and Energy within the Cluster Offensive Bavaria. © 2038</p></footer>
</body></html>
"""
write(F, T)
C = "Composites Cluster Swabia e.V."
gold(F,
 [P("Lena Vogelsang","Communications Manager",C),
  P("Matthias Kröner-Heil","Managing Director",C),
  P("Andrea Pfaffinger","CEO","Fibretech Lechfeld GmbH"),
  P("Joaquín Ferrer Ybarra","chair of hybrid materials","Technical University of Applied Sciences Augsburg"),
  P("Sabine Wetzstein","Chair",C),
  P("Tomasz Wiśniewski-Berg","Treasurer",C),
  P("Jens Ole Madsen",None,"Energy Cluster Denmark"),
  P("Veronika Hutter",None,"Allgäuer Rotorservice GmbH"),
  P("Ilse van den Broek",None,"Netherlands Aerospace Centre")],
 [O(C), O("Fibretech Lechfeld GmbH"), O("Fraunhofer Institute for Casting, Composite and Processing Technology","IGCV"),
  O("University of Augsburg"), O("Technical University of Applied Sciences Augsburg","THA"), O("IMDEA Materials Institute"),
  O("Kunststofftechnik Mindelheim KG"), O("AeroStruct Donauwörth GmbH"), O("Chamber of Crafts for Swabia","HWK Schwaben"),
  O("Lechwerk Composites AG"), O("European Cluster Excellence Initiative"), O("Kempten University of Applied Sciences"),
  O("Energy Cluster Denmark"), O("Allgäuer Rotorservice GmbH"), O("Netherlands Aerospace Centre","NLR"),
  O("Premium Aerotec"), O("Bayern Innovativ"),
  O("Bavarian State Ministry of Economic Affairs, Regional Development and Energy")],
 [E("meeting of 24 February","2038-02-24",None,"Augsburg","Germany"),
  E("Composites Breakfast","2038-02-18",None,"Kempten","Germany"),
  E("Spring Matchmaking 2038 – Lightweight meets Mobility","2038-04-13","2038-04-14","Augsburg","Germany"),
  E("B2B meetings","2038-04-13",None,"Augsburg","Germany"),
  E("Networking dinner","2038-04-13",None,"Augsburg","Germany"),
  E("Company visits","2038-04-14",None,"Augsburg","Germany"),
  E("JEC World 2038","2038-03-09","2038-03-11","Paris","France"),
  E("General Assembly","2038-07-07",None,"Augsburg","Germany")],
 ["2038-03","2038-03-03","2038-02-24","2038-02","2031/2037","2037/2039","2038-06","2038","2039","2038-02-18","2038-04-13/2038-04-14",
  "2038-04-13","2038-04-14","2038-03-31","2038-03-09/2038-03-11","2038-07-07"],
 ["the cluster will launch a working group on recycling of fibre-reinforced plastics by June 2038",
  "membership fees remain unchanged for 2038 and 2039",
  "the cluster will apply for the Gold label of the European Cluster Excellence Initiative in autumn 2038"],
 pub="2038-03-03")
