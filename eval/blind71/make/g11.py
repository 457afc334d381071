from common import *
doc='11_biobased_matchmaking_ghent.html'
t='''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bio-Based Matchmaking Ghent 2035 – B2B meetings | Catalisti &amp; Flanders Biobased Valley</title></head>
<body>
<div class="cookies">This website uses functional and analytical cookies. <a href="#">OK</a> <a href="#">Settings</a></div>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/programme">Programme</a> · <a href="/participants">Participants</a> · <a href="/rules">B2B rules</a> · <a href="/venue">Venue</a> · <a href="/login">Log in</a></nav>
<main>
<h1>Bio-Based Matchmaking Ghent 2035</h1>
<p class="lead">International B2B meetings for the bio-based economy · Wednesday 21 and Thursday 22 November 2035 · ICC Ghent, Belgium</p>
<p><a href="#" class="btn">Register now</a></p>

<h2>About the event</h2>
<p>Bio-Based Matchmaking Ghent brings together companies, research organisations and clusters working on bio-based chemicals, materials, food ingredients and biorefining. It is organised by Catalisti, the spearhead cluster for chemistry and plastics in Flanders, and Flanders Biobased Valley, in cooperation with Enterprise Europe Network Flanders (hosted by VLAIO) and the Bio-based Industries Consortium (BIC). The 2035 edition is the fourth; the previous edition in Antwerp on 23 November 2034 gathered 310 participants from 24 countries and produced 640 meetings.</p>
<p>The matchmaking runs alongside the conference "Biorefineries in the Port Regions", which takes place in the same venue on 21 November. Conference and matchmaking can be booked together.</p>

<h2>Programme at a glance</h2>
<table>
<tr><th>Day</th><th>Time</th><th>Item</th></tr>
<tr><td>Wednesday 21 November</td><td>09:00</td><td>Registration, badge collection</td></tr>
<tr><td></td><td>09:30</td><td>Opening of the conference by Dr. Ir. Katrien Van den Bossche, CEO, Catalisti, and Wim Van Damme-Coppens, chairman, Flanders Biobased Valley</td></tr>
<tr><td></td><td>10:00–12:30</td><td>Conference sessions (see conference programme)</td></tr>
<tr><td></td><td>14:00–18:00</td><td>B2B meetings, round 1</td></tr>
<tr><td></td><td>18:30</td><td>Networking reception at the Ghent Bio-Economy Pilot Plant, hosted by its managing director, Dr. Joana Mendes da Costa</td></tr>
<tr><td>Thursday 22 November</td><td>09:00–12:30</td><td>B2B meetings, round 2</td></tr>
<tr><td></td><td>09:30</td><td>Site visit to the Ghent Bio-Economy Pilot Plant and the North Sea Port biorefinery area (limited to 40 participants)</td></tr>
<tr><td></td><td>13:00</td><td>Closing lunch</td></tr>
</table>

<h2>How the B2B meetings work</h2>
<ol>
<li><b>Register and publish your profile.</b> Your profile should describe your organisation, what you offer and what you are looking for (cooperation, technology, investment, supply). Profiles are checked by the organisers before they are published in the participants' catalogue.</li>
<li><b>Browse and request meetings.</b> From the opening of the booking phase you can send meeting requests to other participants. Each request should state briefly why you want to meet.</li>
<li><b>Accept or decline.</b> Requests you receive must be answered. Only accepted meetings are scheduled. Please decline politely rather than leave requests unanswered.</li>
<li><b>Meetings last 25 minutes</b> and take place at numbered tables in Hall 2. A personal agenda with table numbers will be available in the app and printed at the registration desk.</li>
<li><b>Maximum 16 meetings per person.</b> Organisations may register up to three people, each with their own agenda.</li>
<li><b>Be on time.</b> If your partner does not show up within 10 minutes, please inform the matchmaking desk; we will try to arrange an alternative meeting.</li>
<li><b>Online meetings</b> are possible for participants who cannot travel, but only on Thursday morning.</li>
</ol>
<p>Participation in the B2B meetings is free of charge. Conference tickets cost €150 (€90 for members of the organising clusters and for start-ups under five years).</p>

<h2>Important dates</h2>
<ul>
<li>24 October 2035 – registration and booking of meetings open</li>
<li>7 November 2035 – last day to register for the site visit</li>
<li>14 November 2035 – registration deadline</li>
<li>19 November 2035 – booking of meetings closes at 12:00 CET; agendas are sent out the same evening</li>
</ul>

<h2>Support for the participants</h2>
<p>Enterprise Europe Network advisers will be available during the event to help participants prepare their meetings and to follow up on promising contacts afterwards. Participants from the EU-funded BIOCLUSTERS-MED project can apply for travel grants; applications go through their national contact points.</p>
<p>Participants who want to present their technology in a short pitch during the conference should send a one-page summary by 7 November 2035. The jury of the pitch session – Prof. Dr. Eva-Maria Schütte (Wageningen University &amp; Research), Koen Vanhoutte (Bio-based Industries Consortium) and Lieve D'hondt (PMV) – will select eight pitches.</p>

<h2>Contact</h2>
<p>Matchmaking desk: Bart Verstraeten, Enterprise Europe Network Flanders, VLAIO, matchmaking@biobased-ghent.example<br>
Conference: Nathalie Goossens, event manager, Catalisti, +32 2 000 00 00</p>
</main>
<footer>
<p>Organised by Catalisti and Flanders Biobased Valley · With the support of the Flemish Government and the City of Ghent · <a href="#">Privacy</a> · <a href="#">Terms of participation</a></p>
</footer>
</body></html>
'''
write(doc,t)
CA='Catalisti'; FBV='Flanders Biobased Valley'
gold(doc,[P('Katrien Van den Bossche','CEO',CA),P('Wim Van Damme-Coppens','chairman',FBV),P('Joana Mendes da Costa','managing director','Ghent Bio-Economy Pilot Plant'),
 P('Eva-Maria Schütte',None,'Wageningen University & Research'),P('Koen Vanhoutte',None,'Bio-based Industries Consortium'),P("Lieve D'hondt",None,'PMV'),
 P('Bart Verstraeten',None,'Enterprise Europe Network Flanders'),P('Nathalie Goossens','event manager',CA)],
 [O(CA),O(FBV),O('Enterprise Europe Network Flanders'),O('VLAIO'),O('Bio-based Industries Consortium','BIC'),O('Ghent Bio-Economy Pilot Plant'),
  O('North Sea Port'),O('Wageningen University & Research'),O('PMV'),O('Flemish Government'),O('City of Ghent')],
 [E('Bio-Based Matchmaking Ghent 2035','2035-11-21','2035-11-22','Ghent','Belgium'),E('previous edition','2034-11-23',None,'Antwerp','Belgium'),
  E('Biorefineries in the Port Regions','2035-11-21',None,'Ghent','Belgium'),E('B2B meetings','2035-11-21','2035-11-22','Ghent','Belgium'),
  E('Networking reception','2035-11-21',None,'Ghent','Belgium'),E('Site visit to the Ghent Bio-Economy Pilot Plant and the North Sea Port biorefinery area','2035-11-22',None,'Ghent','Belgium'),
  E('Closing lunch','2035-11-22',None,'Ghent','Belgium')],
 ['2035-11-21/2035-11-22','2034-11-23','2035-11-21','2035-11-22','2035-10-24','2035-11-07','2035-11-14','2035-11-19'])
