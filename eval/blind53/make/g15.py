from h import *
F = 'LEM2034_practical-information.html'
T = '''<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Practical information – LEM 2034 | Wasserstoffverein Spreeland</title></head>
<body>
<div id="cookie">This site uses only technically necessary cookies. <button>OK</button></div>
<header>
<div class="brand">Wasserstoffverein Spreeland e.V. <span>· H2 for Lusatia</span></div>
<nav><a href="/">Home</a> | <a href="/netzwerk">Network</a> | <a href="/lem2034">LEM 2034</a> | <a href="/projekte">Projects</a> | <a href="/mitglieder">Members</a> | <a href="/kontakt">Contact</a> | <a href="/en">EN</a>/<a href="/">DE</a></nav>
</header>
<p class="crumbs">You are here: <a href="/">Home</a> / <a href="/lem2034">LEM 2034</a> / Practical information</p>
<main>
<h1>LEM 2034 – Lusatia Energy Matchmaking: practical information</h1>
<p class="lead">International B2B meetings on hydrogen, storage and the conversion of the Lusatian lignite region. <strong>Cottbus, Tuesday 14 and Wednesday 15 November 2034.</strong> Organised by Wasserstoffverein Spreeland e.V. (WVS) together with Enterprise Europe Network Berlin-Brandenburg (at the ZukunftsAgentur Brandenburg GmbH, WFBB) and Enterprise Europe Network Sachsen, with the support of the Wirtschaftsregion Lausitz GmbH.</p>

<h2>Key facts</h2>
<table>
<tr><th>What</th><td>Pre-arranged 25-minute meetings between companies, research institutes and public buyers; site visits; a networking dinner</td></tr>
<tr><th>When</th><td>14 November 2034, 12:00 – 15 November 2034, 14:00</td></tr>
<tr><th>Where</th><td>Brandenburgische Technische Universität Cottbus-Senftenberg (BTU), Main Building, Platz der Deutschen Einheit 1, 03046 Cottbus</td></tr>
<tr><th>Languages</th><td>English and German; Polish and Czech interpreters on request</td></tr>
<tr><th>Fee</th><td>Free of charge for the meetings; dinner EUR 45</td></tr>
<tr><th>Platform</th><td>lem2034.b2match.example</td></tr>
</table>

<h2>Deadlines</h2>
<ul>
<li><strong>15 October 2034</strong> – registration and profile on the matchmaking platform (profiles are checked by the EEN team before publication)</li>
<li><strong>20 October – 10 November 2034</strong> – booking of meetings; please accept or decline requests within 48 hours</li>
<li><strong>3 November 2034</strong> – registration for the site visits (limited places) and for the dinner</li>
<li><strong>12 November 2034</strong> – final meeting schedules sent by e-mail</li>
</ul>
<p>Late registrations after 15 October are possible, but your profile may not be seen by many participants.</p>

<h2>Programme</h2>
<h3>Tuesday, 14 November 2034</h3>
<ul>
<li>11:00 Registration and badge pick-up, foyer of the Main Building</li>
<li>12:00 Welcome: Dr. Konstanze Wendisch, Chair of the Board, Wasserstoffverein Spreeland e.V.; Mirko Schulze-Krahl, Head of International Services, ZukunftsAgentur Brandenburg</li>
<li>12:30 Pitch session: 12 hydrogen projects from Lusatia, Lower Silesia and North Bohemia in 3 minutes each</li>
<li>13:30 – 18:00 B2B meetings (round 1)</li>
<li>19:30 Networking dinner at the "Gasthaus Spreewaldperle", Burg (Spreewald); bus shuttle from the BTU at 19:00, return at 23:00</li>
</ul>
<h3>Wednesday, 15 November 2034</h3>
<ul>
<li>09:00 – 12:00 B2B meetings (round 2)</li>
<li>09:00 – 13:30 Site visit A: the hydrogen reference power plant at the Schwarze Pumpe industrial park, hosted by Spreewasser Energie GmbH (bus from the BTU, passport needed)</li>
<li>09:00 – 13:30 Site visit B: the electrolyser test field of the Fraunhofer institute branch in Cottbus</li>
<li>12:00 Lunch and closing</li>
</ul>

<h2>Dinner</h2>
<p>The networking dinner on Tuesday evening is hosted by the Mayor of Burg (Spreewald), Anke Rehnisch-Quitt, and sponsored by Sparkasse Spree-Neiße. The menu features regional dishes (vegetarian option available). Please indicate allergies when registering. Places are limited to 120 and allocated in order of registration.</p>

<h2>Getting there</h2>
<p>By train: Cottbus Hauptbahnhof has direct connections to Berlin (1 h 15 min) and Dresden (1 h 40 min). From the station, tram line 3 to "Stadthalle", then a 7-minute walk. By car: A15, exit Cottbus-Süd; free parking at the BTU car park P2. Nearest airports: Berlin Brandenburg (BER) and Dresden.</p>

<h2>Accommodation</h2>
<p>Rooms at a special rate are reserved until 20 October 2034 at two hotels in the city centre. Quote "LEM 2034" when booking.</p>

<h2>Previous editions</h2>
<p>LEM 2032 (Cottbus, 160 participants, 420 meetings) and LEM 2033 (Görlitz, 210 participants from seven countries, 530 meetings). The next edition, LEM 2035, is planned in Zielona Góra together with the Lubuskie region.</p>

<h2>Contacts</h2>
<p>Matchmaking and platform: Paulina Nowak-Richter, EEN Berlin-Brandenburg, +49 331 000 1187<br>
Site visits and dinner: Lukas Mattke, project manager, Wasserstoffverein Spreeland e.V., +49 355 000 5520<br>
Press: Sorina Hantsch, communications, WVS</p>
</main>
<footer>
<p>Wasserstoffverein Spreeland e.V. · Siemens-Halske-Ring 2 · 03046 Cottbus</p>
<p>Enterprise Europe Network – supported by the European Union. · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Last updated 2 October 2034</p>
</footer>
</body>
</html>
'''
write_text(F, T)
L='Wasserstoffverein Spreeland e.V.'
gold(F, None,
 [P('Konstanze Wendisch','Chair of the Board',L),P('Mirko Schulze-Krahl','Head of International Services','ZukunftsAgentur Brandenburg GmbH'),
  P('Anke Rehnisch-Quitt','Mayor of Burg (Spreewald)',None),P('Paulina Nowak-Richter',None,'Enterprise Europe Network Berlin-Brandenburg'),
  P('Lukas Mattke','project manager',L),P('Sorina Hantsch','communications',L)],
 [O(L,'WVS'),O('Enterprise Europe Network Berlin-Brandenburg'),O('ZukunftsAgentur Brandenburg GmbH','WFBB'),O('Enterprise Europe Network Sachsen'),
  O('Wirtschaftsregion Lausitz GmbH'),O('Brandenburgische Technische Universität Cottbus-Senftenberg','BTU'),O('Spreewasser Energie GmbH'),O('Sparkasse Spree-Neiße')],
 [E('LEM 2034 – Lusatia Energy Matchmaking','2034-11-14','2034-11-15','Cottbus','Germany'),
  E('LEM 2032','2032',None,'Cottbus','Germany'),E('LEM 2033','2033',None,'Görlitz','Germany'),E('LEM 2035','2035',None,'Zielona Góra','Poland')],
 ['2034-11-14/2034-11-15','2034-11-14','2034-11-15','2034-10-15','2034-10-20/2034-11-10','2034-11-03','2034-11-12','2034-10-20','2034-10-02'],
 [])
