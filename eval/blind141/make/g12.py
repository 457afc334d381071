from h import *
F = 'g12_kassel_mobility_forum_programme.html'
assert wd(2037,6,16)=='Tuesday' and wd(2037,6,17)=='Wednesday' and wd(2037,6,4)=='Thursday' and wd(2037,6,15)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>North Hesse Mobility Forum 2037 – Programme | MoVe Nordhessen</title></head>
<body>
<div id="consent">This website uses cookies. Some are essential, others help us improve the site. <a href="/datenschutz">Privacy policy</a> <button>Accept all</button> <button>Settings</button></div>
<header><p class="logo">MoVe Nordhessen – Mobilitätscluster Nordhessen e.V.</p>
<nav><a href="/en">Home</a> · <a href="/en/cluster">Cluster</a> · <a href="/en/members">Members</a> · <a href="/en/events">Events</a> · <a href="/en/press">Press</a> · <a href="/de">Deutsch</a></nav></header>
<main>
<p class="crumbs">Home / Events / North Hesse Mobility Forum 2037</p>
<h1>North Hesse Mobility Forum 2037</h1>
<p class="sub">"Rail, road and data: regional supply chains for the mobility transition"<br>
16–17 June 2037 · Kassel, Germany · Language: English and German (simultaneous interpretation)</p>
<p>The North Hesse Mobility Forum is the annual meeting point of the MoVe Nordhessen cluster, organised together with the University of Kassel and the Regional Management North Hesse (Regionalmanagement Nordhessen GmbH). This sixth edition also hosts the partner meeting of the Interreg Central Europe project RAIL4SME and an international B2B matchmaking organised with the Enterprise Europe Network Hessen.</p>

<h2>Why attend?</h2>
<p>North Hesse is home to more than 400 companies in vehicle, rail and logistics production, many of them family-owned suppliers facing the end of the combustion engine. The forum brings them together with buyers, researchers and funding bodies from Germany, Poland and France. Last year 61 per cent of participants reported at least one follow-up contact after the B2B meetings.</p>

<h2>Programme</h2>
<h3>Tuesday, 16 June 2037 – Kongress Palais Kassel</h3>
<table>
<tr><td>09:00</td><td>Registration and welcome coffee</td></tr>
<tr><td>09:30</td><td>Opening: Dr. Sabine Lichtenberg-Arnold, Chair of the Board, MoVe Nordhessen; Christian Haferkamp, Lord Mayor of the City of Kassel</td></tr>
<tr><td>10:00</td><td>Keynote: "The rail freight renaissance – myth or market?" – Prof. Dr. Jörg Wunderlich, Department of Transport Planning, University of Kassel</td></tr>
<tr><td>10:45</td><td>Panel 1 – Suppliers in transition: from combustion engines to electric drives. With Lena Strothmann (Works Council, Volkswagen Kassel plant), Tomasz Zieliński (Plant Director, Hübner Polska sp. z o.o.), Dr. Marie-Claire Dubois (Pôle Véhicule du Futur, Mulhouse); moderation: Jan-Hendrik Vogt, cluster manager</td></tr>
<tr><td>12:15</td><td>Lunch and exhibition of cluster members</td></tr>
<tr><td>13:30</td><td>B2B matchmaking (pre-arranged 25-minute meetings, up to 8 per participant)</td></tr>
<tr><td>13:30</td><td>Parallel workshop A: Data spaces for logistics – led by Fraunhofer IEE</td></tr>
<tr><td>15:30</td><td>Parallel workshop B: Skills for the mobility transition – led by the Chamber of Industry and Commerce Kassel-Marburg</td></tr>
<tr><td>17:00</td><td>Award ceremony: North Hesse Mobility Innovation Award 2037</td></tr>
<tr><td>19:00</td><td>Forum dinner at the Orangerie, Karlsaue park</td></tr>
</table>

<h3>Wednesday, 17 June 2037 – Site visits</h3>
<table>
<tr><td>08:30</td><td>Bus departure from Kongress Palais</td></tr>
<tr><td>09:15</td><td>Option 1: Site visit to the Hübner GmbH &amp; Co. KG plant in Kassel-Waldau (gangway and bellows systems)</td></tr>
<tr><td>09:15</td><td>Option 2: Site visit to the Alstom rail vehicle plant in Kassel-Rothenditmold</td></tr>
<tr><td>12:30</td><td>Return to Kassel Hauptbahnhof / Kassel-Wilhelmshöhe</td></tr>
<tr><td>13:30–16:00</td><td>RAIL4SME partner meeting (project partners only)</td></tr>
</table>

<h2>Registration</h2>
<p>Participation fee: EUR 120 for members, EUR 240 for non-members; the fee covers lunch and the forum dinner. Registration is open until Thursday 4 June 2037; B2B profiles must be completed by Monday 15 June 2037, 12:00. Places for the site visits are limited to 30 per company.</p>

<h2>Previous editions</h2>
<ul>
<li>North Hesse Mobility Forum 2036 – Kassel, 320 participants, focus on hydrogen buses</li>
<li>North Hesse Mobility Forum 2035 – Baunatal, 270 participants</li>
<li>North Hesse Mobility Forum 2034 – Fulda, 240 participants</li>
</ul>

<h2>Contact</h2>
<p>Katarzyna Nowicka-Behrens, Event Manager, MoVe Nordhessen · +49 561 000 000 · events@move-nordhessen.example.de</p>
<p><a href="/en/events">« Back to all events</a> · <a href="/en/events/mobility-forum-2037.ics">Add to calendar</a></p>
</main>
<footer><p>Mobilitätscluster Nordhessen e.V. · Ständeplatz 00 · 34117 Kassel · Register of associations Kassel VR 0000</p>
<p>Funded by the State of Hesse. <a href="/impressum">Legal notice</a> · <a href="/datenschutz">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
M="Mobilitätscluster Nordhessen e.V."; UK="University of Kassel"
gold(F,
 [P("Sabine Lichtenberg-Arnold","Chair of the Board",M),
  P("Christian Haferkamp","Lord Mayor","City of Kassel"),
  P("Jörg Wunderlich",None,"Department of Transport Planning"),
  P("Lena Strothmann",None,"Volkswagen"),
  P("Tomasz Zieliński","Plant Director","Hübner Polska sp. z o.o."),
  P("Marie-Claire Dubois",None,"Pôle Véhicule du Futur"),
  P("Jan-Hendrik Vogt","cluster manager",M),
  P("Katarzyna Nowicka-Behrens","Event Manager",M)],
 [O(M,"MoVe Nordhessen"), O(UK), O("Regionalmanagement Nordhessen GmbH"), O("Enterprise Europe Network Hessen"),
  O("City of Kassel"), O("Department of Transport Planning"), O("Volkswagen"), O("Hübner Polska sp. z o.o."),
  O("Pôle Véhicule du Futur"), O("Fraunhofer IEE"), O("Chamber of Industry and Commerce Kassel-Marburg"),
  O("Hübner GmbH & Co. KG"), O("Alstom"), O("State of Hesse")],
 [E("North Hesse Mobility Forum 2037","2037-06-16","2037-06-17","Kassel","Germany"),
  E("partner meeting of the Interreg Central Europe project RAIL4SME","2037-06-17",None,"Kassel","Germany"),
  E("B2B matchmaking","2037-06-16",None,"Kassel","Germany"),
  E("Award ceremony: North Hesse Mobility Innovation Award 2037","2037-06-16",None,"Kassel","Germany"),
  E("Forum dinner","2037-06-16",None,"Kassel","Germany"),
  E("Site visit to the Hübner GmbH & Co. KG plant","2037-06-17",None,"Kassel","Germany"),
  E("Site visit to the Alstom rail vehicle plant","2037-06-17",None,"Kassel","Germany"),
  E("North Hesse Mobility Forum 2036","2036",None,"Kassel","Germany"),
  E("North Hesse Mobility Forum 2035","2035",None,"Baunatal","Germany"),
  E("North Hesse Mobility Forum 2034","2034",None,"Fulda","Germany")],
 ["2037-06-16/2037-06-17","2037-06-16","2037-06-17","2037-06-04","2037-06-15"],
 [], pub=None)
