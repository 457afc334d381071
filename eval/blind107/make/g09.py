from h import *
F = 'g09_eindhoven_photonics_about_board.html'
assert wd(2040,5,22)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Brainport Photonics Cluster</title></head>
<body>
<div id="cookie">This site uses functional and analytical cookies. <a href="/cookies">More info</a> <button>Accept</button> <button>Decline</button></div>
<header><a href="/" class="logo">Brainport Photonics Cluster</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about" class="active">About us</a></li><li><a href="/members">Members</a></li><li><a href="/programmes">Programmes</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/news">News</a></li><li><a href="/join">Become a member</a></li><li><a href="/nl/over-ons">NL</a></li></ul></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> &gt; About us</p>
<h1>About us</h1>
<p class="lead">Brainport Photonics Cluster is the association of companies and knowledge institutes working with light in the Eindhoven region. We help our 134 members to turn photonic chips, lasers and sensors into products, and to find the people, partners and money they need.</p>

<h2>Who we are</h2>
<p>The cluster was founded in 2029 by eleven companies and the Eindhoven University of Technology (TU/e) as a foundation, and became a members' association in 2033. Today our members range from start-ups with three employees to global suppliers of the semiconductor industry. Around 60 % of them are SMEs. Our office in the High Tech Campus Eindhoven has a team of nine people.</p>
<p>We are part of the Brainport Eindhoven ecosystem and work closely with the Brainport Development agency, the Brabant Development Agency (BOM) and the national photonics programme. Internationally, we are a member of the European photonics cluster network EPIC-Net and have cooperation agreements with Photonics Bretagne Cluster in Lannion and OptoNet in Jena.</p>

<h2>What we do</h2>
<ul>
<li>Matchmaking between members, customers and suppliers, including our yearly Photonics Partnering Day</li>
<li>Access to shared clean-room and test facilities at TU/e and at the PhotonDelta Lab</li>
<li>Support with EU and national funding applications</li>
<li>A talent programme with the Fontys University of Applied Sciences and Summa College</li>
<li>Trade missions, most recently to Taiwan and California</li>
</ul>

<h2>Board</h2>
<p>The board is elected by the general meeting of members for a term of three years. The present board was elected at the general meeting of 22 May 2040 for the term 2040–2043.</p>
<table class="board">
<tr><th>Role</th><th>Name</th><th>Organisation</th></tr>
<tr><td>Chair</td><td>Ir. Maarten van der Kolk</td><td>Lumisense B.V.</td></tr>
<tr><td>Vice-chair</td><td>Dr. Sanne Wijnberg-Oosterhout</td><td>Eindhoven University of Technology</td></tr>
<tr><td>Treasurer</td><td>Rutger Bleeker</td><td>Kempen Optics Holding B.V.</td></tr>
<tr><td>Secretary</td><td>Dr. Ayşe Demirtaş-Vos</td><td>PhotonWave Systems B.V.</td></tr>
<tr><td>Member</td><td>Johan Peeters</td><td>Signify Research</td></tr>
<tr><td>Member</td><td>Els Hoogendijk</td><td>TNO Optics</td></tr>
<tr><td>Member (on behalf of start-ups)</td><td>Kwame Mensah-Dijkstra</td><td>LiDAR Lane B.V.</td></tr>
</table>
<p>Former chair Prof. Henk Ravensbergen, who led the cluster from 2031 to 2040, was appointed honorary member at the same general meeting.</p>

<h2>Team</h2>
<div class="team">
<p><strong>Femke Jansen-Akkermans</strong><br>Managing Director<br>f.jansen@bpc.example.nl</p>
<p><strong>Dr. Pieter-Jan Claessens</strong><br>Programme Manager Innovation</p>
<p><strong>Yasmina El Amrani</strong><br>Talent &amp; Education Lead</p>
<p><strong>Tom Verheijen</strong><br>Community and Events Manager</p>
<p><strong>Lotte Schouten</strong><br>Office Manager</p>
</div>
<p><a href="/team">Meet the whole team »</a></p>

<h2>Our strategy 2039–2042</h2>
<p>In our strategy "Light at Work" we focus on three themes: integrated photonics for data centres, sensors for agriculture and health, and skills. Read the strategy (PDF, 2.1 MB).</p>

<h2>Statutes and reports</h2>
<p><a href="/docs/statutes.pdf">Statutes</a> · <a href="/docs/annual-report-2039.pdf">Annual report 2039</a> · <a href="/docs/privacy.pdf">Privacy statement</a></p>

<aside class="quote"><p>"A photonics start-up in Eindhoven should never have to look for a clean room, an investor or an engineer on its own. That is why this cluster exists."<br>– Femke Jansen-Akkermans, Managing Director</p></aside>

<aside class="news"><h3>Latest news</h3>
<p>3 June 2040 – Photonics Partnering Day 2040 on 1 October 2040: registration is open. <a href="/news/ppd2040">Read more</a></p>
<p>28 May 2040 – New board elected, Maarten van der Kolk takes over as chair. <a href="/news/board2040">Read more</a></p>
<p>14 May 2040 – Four members join the trade mission to Hsinchu. <a href="/news/taiwan">Read more</a></p></aside>
<aside class="cta"><h3>Become a member</h3><p>Membership fees start at EUR 450 per year for start-ups. <a href="/join">Apply now</a></p></aside>
</main>
<footer>
<p>Brainport Photonics Cluster · High Tech Campus 27 · 5656 AE Eindhoven · The Netherlands · KvK 00000000</p>
<p><a href="https://www.linkedin.com">LinkedIn</a> | <a href="/newsletter">Newsletter</a> | <a href="/disclaimer">Disclaimer</a> | © 2040</p>
<p>Photo header: clean room at the PhotonDelta Lab, © Bart van Overbeeke</p>
</footer>
</body></html>
"""
write(F, T)
C = "Brainport Photonics Cluster"
gold(F,
 [P("Maarten van der Kolk","Chair",C), P("Sanne Wijnberg-Oosterhout","Vice-chair",C),
  P("Rutger Bleeker","Treasurer",C), P("Ayşe Demirtaş-Vos","Secretary",C),
  P("Johan Peeters","Member",C), P("Els Hoogendijk","Member",C),
  P("Kwame Mensah-Dijkstra","Member (on behalf of start-ups)",C),
  P("Henk Ravensbergen","Former chair",C),
  P("Femke Jansen-Akkermans","Managing Director",C), P("Pieter-Jan Claessens","Programme Manager Innovation",C),
  P("Yasmina El Amrani","Talent & Education Lead",C), P("Tom Verheijen","Community and Events Manager",C),
  P("Lotte Schouten","Office Manager",C), P("Bart van Overbeeke")],
 [O(C), O("Eindhoven University of Technology","TU/e"), O("Brainport Development"),
  O("Brabant Development Agency","BOM"), O("EPIC-Net"), O("Photonics Bretagne Cluster"), O("OptoNet"),
  O("PhotonDelta Lab"), O("Fontys University of Applied Sciences"), O("Summa College"),
  O("Lumisense B.V."), O("Kempen Optics Holding B.V."), O("PhotonWave Systems B.V."), O("Signify Research"),
  O("TNO Optics"), O("LiDAR Lane B.V.")],
 [E("general meeting","2040-05-22"), E("trade mission to Hsinchu",None,None,"Hsinchu","Taiwan"), E("Photonics Partnering Day 2040","2040-10-01")],
 ["2029","2033","2040-05-22","2040/2043","2031/2040","2039/2042","2040-06-03","2040-10-01","2040-05-28","2040-05-14"],
 [], None)
