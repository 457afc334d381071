from h import *
F = 'wiener_neustadt_precision_cluster_about_us.html'
members = [
 ('Diamond Aircraft Industries GmbH', 'Wiener Neustadt', 'light aircraft'),
 ('Precisio Drehteile GmbH', 'Neunkirchen', 'CNC turned parts'),
 ('FOTEC Forschungs- und Technologietransfer GmbH', 'Wiener Neustadt', 'applied research'),
 ('MedAustron GmbH', 'Wiener Neustadt', 'ion therapy and accelerator technology'),
 ('Schlosserei Kremser & Söhne OG', 'Baden', 'sheet metal and welding'),
 ('Aerosurf Beschichtungen GmbH', 'Ebreichsdorf', 'surface coating'),
 ('University of Applied Sciences Wiener Neustadt', 'Wiener Neustadt', 'education and research'),
 ('TFZ Technologie- und Forschungszentrum Wiener Neustadt GmbH', 'Wiener Neustadt', 'technology park'),
 ('OptiSense Austria GmbH', 'Wiener Neustadt', 'optical sensors'),
 ('Hydro Präzision Ternitz GmbH', 'Ternitz', 'hydraulic components'),
 ('ecoplus. The Business Agency of Lower Austria', 'St. Pölten', 'regional development (supporting member)'),
 ('Austrian Institute of Technology GmbH (AIT)', 'Vienna', 'research (associated member)'),
]
rows = '\n'.join(f'<tr><td>{n}</td><td>{c}</td><td>{f}</td></tr>' for n, c, f in members)
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Precision Engineering Cluster Wiener Neustadt</title></head>
<body>
<div class="consent">We use cookies. Some are essential, others help us improve the site. <a href="/datenschutz">Privacy</a> · <button>Accept</button> · <button>Reject optional cookies</button></div>
<header><a href="/"><img src="logo.svg" alt="PECWN"></a>
<nav><a href="/">Home</a> <a href="/about-us" class="active">About us</a> <a href="/services">Services</a> <a href="/news">News</a> <a href="/events">Events</a> <a href="/contact">Contact</a> <a href="/de">DE</a></nav></header>
<p class="breadcrumbs">Home / About us</p>
<main>
<h1>About us</h1>
<p>The <strong>Precision Engineering Cluster Wiener Neustadt</strong> (PECWN) is a non-profit association (Verein) of companies, research institutions
and schools in the southern part of Lower Austria. It was founded in 2029 on the initiative of eight companies and the city of Wiener Neustadt
to bring together the region's strengths in aviation, space, medical technology and precision mechanics. Today the cluster has 58 members
with around 6,900 employees.</p>
<p>Our mission: to help our members win new customers, develop new products with research partners and find the skilled people they need.
We organise joint fair stands, technology scouting trips and training courses, and we represent the interests of the sector towards the
Province of Lower Austria and the federal government.</p>

<p>Our values are openness, neutrality and practical results: every member, whether a global company or a workshop with five employees,
has one vote in the General Assembly, and all services are open to all members on equal terms.</p>

<h2>Board</h2>
<p>The board is elected by the General Assembly for three years. The current board was elected on {wd(2036,4,9)} 9 April 2036 for the term 2036–2039.</p>
<table class="board">
<tr><th>Function</th><th>Name</th><th>Organisation</th></tr>
<tr><td>Chairwoman</td><td>DI Dr. Sabine Haiden-Krenn</td><td>FOTEC Forschungs- und Technologietransfer GmbH</td></tr>
<tr><td>Vice-Chairman</td><td>Ing. Wolfgang Pürgy</td><td>Precisio Drehteile GmbH</td></tr>
<tr><td>Treasurer</td><td>Mag. Claudia Stix-Weinberger</td><td>Hydro Präzision Ternitz GmbH</td></tr>
<tr><td>Secretary</td><td>Dr. Oleksandr Kovalenko</td><td>OptiSense Austria GmbH</td></tr>
<tr><td>Board member</td><td>FH-Prof. Dipl.-Ing. Dr. Markus Tauber</td><td>University of Applied Sciences Wiener Neustadt</td></tr>
<tr><td>Board member</td><td>Elif Aydın-Hofer, MBA</td><td>Aerosurf Beschichtungen GmbH</td></tr>
</table>
<p>Auditors: Gerhard Lechner (Schlosserei Kremser & Söhne OG) and Mag. (FH) Theresa Zöchling.</p>
<p>Honorary chairman: KR Ing. Friedrich Wallner, founding chairman (2029–2036).</p>

<h2>Cluster management</h2>
<ul>
<li><strong>Mag. Daniel Ecker-Rauscher</strong>, Cluster Manager – strategy, members, funding</li>
<li><strong>Julia Fasching, BSc</strong>, Project Manager – innovation projects and technology scouting</li>
<li><strong>Nikola Petrović</strong>, Project Manager – internationalisation and fairs</li>
<li><strong>Sandra Wöhrer</strong>, Office and events</li>
</ul>
<p>The cluster management is hosted by TFZ Technologie- und Forschungszentrum Wiener Neustadt GmbH, Viktor-Kaplan-Straße 2, 2700 Wiener Neustadt.</p>

<h2>Advisory board</h2>
<p>An advisory board gives strategic advice to the board. Its members are <strong>Univ.-Prof. Dr. Ingrid Zeilinger</strong> (TU Wien),
<strong>Dr. Jean-Marc de la Roche</strong> (Aerospace Valley, Toulouse) and <strong>Ing. Petr Hrubý</strong> (Czech Aerospace Cluster, Prague).</p>

<h2>Members (selection)</h2>
<table class="members">
<tr><th>Member</th><th>Location</th><th>Field</th></tr>
{rows}
</table>
<p>The full list of members is available in the members' area. New members are admitted by the board; the next admission round closes on
30 September 2036.</p>

<h2>Milestones</h2>
<ul>
<li>2029 – foundation with 9 members</li>
<li>2031 – first joint stand at AERO Friedrichshafen</li>
<li>2033 – Bronze Label of the European Cluster Excellence Initiative</li>
<li>2035 – cooperation agreement with the Czech Aerospace Cluster and Aerospace Valley</li>
<li>2036 – 50th member; opening of the shared metrology laboratory at the TFZ</li>
</ul>
</main>
<footer>
<p>Precision Engineering Cluster Wiener Neustadt · ZVR 000000000 · office@pecwn.example · +43 2622 00000</p>
<p>Supported by the Province of Lower Austria and the City of Wiener Neustadt. <a href="/impressum">Imprint</a> · <a href="/datenschutz">Data protection</a></p>
</footer>
</body></html>
"""
write(F, T)
C = 'Precision Engineering Cluster Wiener Neustadt'
gold(F,
 [P('Sabine Haiden-Krenn', 'Chairwoman', C),
  P('Wolfgang Pürgy', 'Vice-Chairman', C),
  P('Claudia Stix-Weinberger', 'Treasurer', C),
  P('Oleksandr Kovalenko', 'Secretary', C),
  P('Markus Tauber', None, 'University of Applied Sciences Wiener Neustadt'),
  P('Elif Aydın-Hofer', None, 'Aerosurf Beschichtungen GmbH'),
  P('Gerhard Lechner', 'Auditor', C),
  P('Theresa Zöchling', 'Auditor', C),
  P('Friedrich Wallner', 'Honorary chairman', C),
  P('Daniel Ecker-Rauscher', 'Cluster Manager', C),
  P('Julia Fasching', 'Project Manager', C),
  P('Nikola Petrović', 'Project Manager', C),
  P('Sandra Wöhrer', 'Office and events', C),
  P('Ingrid Zeilinger', None, 'TU Wien'),
  P('Jean-Marc de la Roche', None, 'Aerospace Valley'),
  P('Petr Hrubý', None, 'Czech Aerospace Cluster')],
 [O(C, 'PECWN'), O('Province of Lower Austria'), O('FOTEC Forschungs- und Technologietransfer GmbH'), O('Precisio Drehteile GmbH'),
  O('Hydro Präzision Ternitz GmbH'), O('OptiSense Austria GmbH'), O('University of Applied Sciences Wiener Neustadt'),
  O('Aerosurf Beschichtungen GmbH'), O('Schlosserei Kremser & Söhne OG'), O('TFZ Technologie- und Forschungszentrum Wiener Neustadt GmbH', 'TFZ'),
  O('TU Wien'), O('Aerospace Valley'), O('Czech Aerospace Cluster'), O('Diamond Aircraft Industries GmbH'), O('MedAustron GmbH'),
  O('ecoplus. The Business Agency of Lower Austria'), O('Austrian Institute of Technology GmbH', 'AIT'), O('City of Wiener Neustadt')],
 [E('General Assembly', '2036-04-09', '2036-04-09', None, None),
  E('AERO Friedrichshafen', '2031', '2031', 'Friedrichshafen', 'Germany')],
 ['2029', '2036-04-09', '2036/2039', '2029/2036', '2036-09-30', '2031', '2033', '2035', '2036'], [])
