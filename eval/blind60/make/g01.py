from h import *
F = 'karelia-bioeconomy-cluster-team.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our team – Karelia Wood &amp; Bioeconomy Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits and to remember your language. <a href="#">Accept all</a> <a href="#">Only necessary</a> <a href="#">Settings</a></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/team" class="active">Team</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li><li><a href="/fi">FI</a> | <a href="/en">EN</a></li></ul></nav></header>
<main>
<p class="breadcrumb">Home › About › Team</p>
<h1>Our team</h1>
<p>The Karelia Wood &amp; Bioeconomy Cluster (KWBC) brings together 84 companies, two universities and the regional development agency of North Karelia. The cluster office in Joensuu is run by a small team hosted by the Joensuu Science Park Ltd. Since 1 January 2033 the office has had a new structure with three service lines: internationalisation, innovation and skills. You find each team member below with their role and the topics they look after. Please use the direct e-mail addresses; the general inbox is read once a day.</p>

<h2>Management</h2>
<div class="card"><h3>Dr. Riikka Halonen-Virtanen</h3><p class="role">Cluster Manager</p>
<p>Riikka leads the cluster office and reports to the steering group. Before she joined KWBC in 2031 she worked for eight years at the Natural Resources Institute Finland (Luke) on wood-based textile fibres. She represents the cluster in the Finnish Bioeconomy Cluster Network and in the European Forest-Based Sector Cluster Alliance.</p>
<p>riikka.halonen-virtanen@kwbc.fi · +358 40 551 2087</p></div>

<div class="card"><h3>Mikael Östman</h3><p class="role">Deputy Cluster Manager, Head of Finance and Administration</p>
<p>Mikael is responsible for budgets, membership fees and the reporting of the cluster's EU-funded projects. He previously worked as controller at Pankaboard Oy.</p>
<p>mikael.ostman@kwbc.fi</p></div>

<h2>Internationalisation</h2>
<div class="card"><h3>Aino Kettunen</h3><p class="role">Internationalisation Manager</p>
<p>Aino organises trade missions and the cluster's stands at fairs. She coordinates the cooperation with the Enterprise Europe Network Finland and the partner clusters in Sweden, Estonia and Austria.</p>
<p>aino.kettunen@kwbc.fi</p></div>

<div class="card"><h3>Jean-Baptiste Moreau</h3><p class="role">Project Manager, Nordic–French wood construction partnership</p>
<p>Jean-Baptiste joined the team from the Fibois Grand Est association in Épinal and manages the partnership with French timber-frame builders until the end of 2035.</p>
<p>jean-baptiste.moreau@kwbc.fi</p></div>

<h2>Innovation</h2>
<div class="card"><h3>Prof. Dr. Tuomas Lehtovaara</h3><p class="role">Senior Advisor (part-time)</p>
<p>Tuomas is professor of wood material science at the University of Eastern Finland (UEF) and advises members on research partners and pilot lines. He chairs the cluster's innovation committee.</p></div>

<div class="card"><h3>Katarzyna Wiśniewska-Holm</h3><p class="role">Innovation Manager</p>
<p>Katarzyna helps members prepare project proposals and vouchers, and runs the monthly "Bio-based Breakfast" matchmaking in Joensuu.</p>
<p>katarzyna.wisniewska-holm@kwbc.fi</p></div>

<div class="card"><h3>Olli Pesonen</h3><p class="role">Data and Digitalisation Specialist</p>
<p>Olli runs the members' data platform and the digital twin pilot for sawmills.</p></div>

<h2>Skills</h2>
<div class="card"><h3>Hanna-Leena Rautiainen</h3><p class="role">Skills and Training Coordinator</p>
<p>Hanna-Leena works with the Karelia University of Applied Sciences and the vocational college Riveria on short courses for members' staff.</p>
<p>hanna-leena.rautiainen@kwbc.fi</p></div>

<div class="card"><h3>Sofia Ignatova</h3><p class="role">Communications Officer</p>
<p>Sofia edits the newsletter and the website and looks after the cluster's social media channels.</p></div>

<h2>Steering group {2033}–{2035}</h2>
<p>The steering group is elected by the members' meeting for three years. Its current members are:</p>
<ul>
<li>Juha-Pekka Mönkkönen, Chair – CEO, Karelian Timber Frames Oy</li>
<li>Dr. Leena Saastamoinen, Vice-Chair – Director of Research, University of Eastern Finland</li>
<li>Pertti Hyvönen – Managing Director, Joensuu Science Park Ltd</li>
<li>Marja van der Berg-Nieminen – Head of Sustainability, Pankaboard Oy</li>
<li>Antti Korhonen – Development Director, Regional Council of North Karelia</li>
</ul>
<p>The steering group last met on {wd(2033,11,17)} 17 November 2033; its next meeting is planned for February 2034.</p>

<h2>How we work</h2>
<p>Every member company has a named contact person in the office. New members are welcomed by the cluster manager and the innovation manager in a first meeting, where we look together at the company's plans for the next two years, its needs for partners and skills, and the funding calls that may fit. Members can book the meeting room in the science park free of charge for up to four days a year. Questions about invoices go to the finance team; questions about events go to the communications officer.</p>
<h2>Join us</h2>
<p>We are looking for a project coordinator for the circular construction pilot (fixed term until 31 December 2035). Applications by 15 January 2034 to the cluster manager.</p>
</main>
<footer>
<p>Karelia Wood &amp; Bioeconomy Cluster · Länsikatu 15 · 80110 Joensuu · Finland</p>
<p>The cluster is co-funded by the European Union and the Regional Council of North Karelia.</p>
<p><a href="#">Privacy policy</a> · <a href="#">Accessibility statement</a> · <a href="#">Newsletter</a> · © 2033 KWBC</p>
</footer>
</body></html>
"""
T = T.replace('{2033}', '2033').replace('{2035}', '2035')
write(F, T)
gold(F, [
 P("Riikka Halonen-Virtanen", "Cluster Manager", "Karelia Wood & Bioeconomy Cluster"),
 P("Mikael Östman", "Deputy Cluster Manager, Head of Finance and Administration", "Karelia Wood & Bioeconomy Cluster"),
 P("Aino Kettunen", "Internationalisation Manager", "Karelia Wood & Bioeconomy Cluster"),
 P("Jean-Baptiste Moreau", "Project Manager, Nordic–French wood construction partnership", "Karelia Wood & Bioeconomy Cluster"),
 P("Tuomas Lehtovaara", "Senior Advisor (part-time)", "Karelia Wood & Bioeconomy Cluster"),
 P("Katarzyna Wiśniewska-Holm", "Innovation Manager", "Karelia Wood & Bioeconomy Cluster"),
 P("Olli Pesonen", "Data and Digitalisation Specialist", "Karelia Wood & Bioeconomy Cluster"),
 P("Hanna-Leena Rautiainen", "Skills and Training Coordinator", "Karelia Wood & Bioeconomy Cluster"),
 P("Sofia Ignatova", "Communications Officer", "Karelia Wood & Bioeconomy Cluster"),
 P("Juha-Pekka Mönkkönen", "Chair", "Karelia Wood & Bioeconomy Cluster"),
 P("Leena Saastamoinen", "Vice-Chair", "Karelia Wood & Bioeconomy Cluster"),
 P("Pertti Hyvönen", "Managing Director", "Joensuu Science Park Ltd"),
 P("Marja van der Berg-Nieminen", "Head of Sustainability", "Pankaboard Oy"),
 P("Antti Korhonen", "Development Director", "Regional Council of North Karelia"),
], [
 O("Karelia Wood & Bioeconomy Cluster", "KWBC"), O("Joensuu Science Park Ltd"), O("Natural Resources Institute Finland", "Luke"),
 O("Finnish Bioeconomy Cluster Network"), O("European Forest-Based Sector Cluster Alliance"), O("Pankaboard Oy"),
 O("Enterprise Europe Network Finland"), O("Fibois Grand Est"), O("University of Eastern Finland", "UEF"),
 O("Karelia University of Applied Sciences"), O("Riveria"), O("Karelian Timber Frames Oy"), O("Regional Council of North Karelia"),
 O("European Union"),
], [
 E("Bio-based Breakfast", None, None, "Joensuu", "Finland"),
 E("steering group meeting", "2033-11-17", "2033-11-17", None, None),
 E("steering group meeting", "2034-02", "2034-02", None, None),
], ["2033-01-01", "2031", "2035", "2033/2035", "2033-11-17", "2034-02", "2035-12-31", "2034-01-15", "2033"])
