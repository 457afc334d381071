from h import *
import html as HT
doc = 'advisory-council_merenkurkku-energy-cluster.html'
text = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Advisory Council – Kvarken Energy Systems Cluster</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<header><a class="logo" href="/">KESC</a>
<nav><ul><li><a href="/cluster">The cluster</a></li><li><a href="/members">Members</a></li><li><a href="/testbeds">Testbeds</a></li>
<li><a href="/news">News</a></li><li><a href="/en/contact">Contact</a></li><li><a href="/fi">Suomeksi</a> | <a href="/sv">På svenska</a></li></ul></nav></header>
<p class="crumbs"><a href="/">Home</a> › <a href="/cluster">The cluster</a> › Advisory Council</p>
<main>
<h1>Advisory Council</h1>
<p>The Advisory Council of the Kvarken Energy Systems Cluster (KESC) gives independent strategic advice to the Board and the cluster
team on technology trends, international positioning and skills. Its members are appointed by the Board for a two-year mandate;
the present Council was appointed on 9 December 2034 for the mandate 2035–2036 and met for the first time on 26 February 2035 in
Vaasa. The Council meets twice a year, normally in connection with the Vaasa EnergyWeek in March and the cluster's autumn members'
day.</p>

<h2>Chair</h2>
<div class="bio"><h3>Marja-Leena Häggblom</h3>
<p class="role">Chair of the Advisory Council · former Executive Vice President, Technology, Botnia Power Systems Oyj</p>
<p>Marja-Leena Häggblom spent 27 years in the engine and power-plant industry in Vaasa, the last nine of them as Executive Vice
President, Technology, at Botnia Power Systems Oyj (2024–2033). She holds a doctorate in combustion engineering from
Åbo Akademi University and sits on the board of the Finnish Energy Research Foundation. She chaired the cluster's founding working group in
2021.</p></div>

<h2>Members</h2>
<div class="bio"><h3>Prof. Mikael Sandvik</h3>
<p class="role">Professor of Electrical Engineering, University of Vaasa</p>
<p>Mikael leads the smart-grid research group and the Sundom grid testbed. He was Dean of the School of Technology and Innovations
from 2028 to 2032 and is a member of the Academy of Finland's Energy Research Panel.</p></div>

<div class="bio"><h3>Henriikka Ojala-Kivimäki</h3>
<p class="role">CEO, Pohjanmaan Tuulivoima Oy</p>
<p>Henriikka founded the onshore wind developer in 2026 after a decade at the Finnish transmission system operator. Her company
now operates 14 wind farms in Ostrobothnia and South Ostrobothnia.</p></div>

<div class="bio"><h3>Dr. Annette Brøndum</h3>
<p class="role">Senior Vice President, Grid Integration, Nordhavn Converters A/S (Denmark)</p>
<p>Annette brings the view of a large international customer of Ostrobothnian suppliers. She previously chaired the Danish energy
cluster's industry council (2029–2033).</p></div>

<div class="bio"><h3>Jonas Granholm</h3>
<p class="role">Head of Regional Development, Regional Council of Ostrobothnia / Österbottens förbund</p>
<p>Jonas is responsible for the region's smart specialisation strategy and for the ERDF programme in Ostrobothnia.</p></div>

<div class="bio"><h3>Karin Westerlund-Nyman</h3>
<p class="role">Rector, Yrkesakademin i Österbotten</p>
<p>Karin represents vocational education and leads the regional alliance for energy-sector skills launched in 2033.</p></div>

<div class="bio"><h3>Tuomas Rajaniemi</h3>
<p class="role">Partner, Kvarken Growth Capital Ky</p>
<p>Tuomas invests in early-stage energy technology companies and mentors start-ups in the cluster's accelerator programme.</p></div>

<h2>What the Council advised in 2035</h2>
<p>At its first meeting the Council reviewed the cluster's internationalisation plan and recommended a closer alliance with the
Swedish side of the Kvarken strait. As a result, the cluster signed a cooperation agreement with the Umeå energy network
Västerbotten Energi Allians on 5 May 2035, presented by <strong>Lars-Göran Nordmark</strong>, its chairman, and Marja-Leena
Häggblom at a joint seminar in Umeå. The Council also asked the cluster team to map skills needs with
Yrkesakademin i Österbotten and Novia before the end of 2035.</p>

<h2>Secretary</h2>
<p>The cluster's Head of Strategy, <strong>Ida Björkqvist</strong>, acts as secretary of the Advisory Council. Questions to the Council
may be sent to her at ida.bjorkqvist@kesc.example.</p>

<h2>Former members</h2>
<p>The Board thanks the members of the first Advisory Council (2033–2034) who did not continue: <strong>Pekka Lähdesmäki</strong>
(Merenkurkun Verkkopalvelu Oy), chair 2033–2034, and <strong>Dr. Sigrid Ahlskog</strong> (Novia University of Applied Sciences).</p>

<h2>Upcoming</h2>
<p>The next meeting of the Advisory Council will take place on 17 September 2035 during the autumn members' day at the
Vaasa Energy Business Innovation Centre (VEBIC).</p>
</main>
<footer><p>Kvarken Energy Systems Cluster ry · Wolffintie 36, 65200 Vaasa, Finland</p><p>Page updated 20.03.2035 · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility statement</a></p></footer>
</body></html>
'''
plain = HT.unescape(text)
K='Kvarken Energy Systems Cluster ry'
people = [P('Marja-Leena Häggblom','Chair of the Advisory Council',K),
 P('Mikael Sandvik','Professor of Electrical Engineering','University of Vaasa'),
 P('Henriikka Ojala-Kivimäki','CEO','Pohjanmaan Tuulivoima Oy'),
 P('Annette Brøndum','Senior Vice President, Grid Integration','Nordhavn Converters A/S'),
 P('Jonas Granholm','Head of Regional Development','Regional Council of Ostrobothnia'),
 P('Karin Westerlund-Nyman','Rector','Yrkesakademin i Österbotten'),
 P('Tuomas Rajaniemi','Partner','Kvarken Growth Capital Ky'),
 P('Ida Björkqvist',"Head of Strategy",K),
 P('Pekka Lähdesmäki',None,'Merenkurkun Verkkopalvelu Oy'),
 P('Sigrid Ahlskog',None,'Novia University of Applied Sciences'),
 P('Lars-Göran Nordmark','chairman','Västerbotten Energi Allians')]
orgs = [O('Kvarken Energy Systems Cluster ry','KESC'), O('Botnia Power Systems Oyj'), O('Åbo Akademi University'),
 O('Finnish Energy Research Foundation'), O('University of Vaasa'), O('School of Technology and Innovations'),
 O("Academy of Finland"), O('Pohjanmaan Tuulivoima Oy'), O('Nordhavn Converters A/S'),
 O('Regional Council of Ostrobothnia','Österbottens förbund'), O('Yrkesakademin i Österbotten'), O('Kvarken Growth Capital Ky'),
 O('Merenkurkun Verkkopalvelu Oy'), O('Novia University of Applied Sciences'), O('Vaasa Energy Business Innovation Centre','VEBIC'), O('Västerbotten Energi Allians')]
events = [E('first meeting of the Advisory Council','2035-02-26','2035-02-26','Vaasa','Finland'),
 E('meeting of the Advisory Council','2035-09-17','2035-09-17','Vaasa','Finland'),
 E('joint seminar','2035-05-05','2035-05-05','Umeå','Sweden')]
dates = ['2034-12-09','2035/2036','2035-02-26','2024/2033','2021','2028/2032','2026','2029/2033','2033','2033/2034','2035-09-17','2035-03-20','2035-05-05','2035']
save(doc, text, None, people, orgs, events, dates, [], check_text=plain)
