from h import *
F = 'podlasie_cluster_newsletter_2035_04.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter April 2035 – Podlasie Agri-Machinery Cluster</title></head>
<body>
<div class="cookie-bar">This website uses cookies to improve your experience. <a href="/privacy">Privacy policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About the cluster</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/contact">Contact</a></li><li><a href="/pl">PL</a></li></ul></nav>
<header>
<p class="kicker">PAMC Newsletter · No. 4/2035 · April 2035</p>
<h1>Podlasie Agri-Machinery Cluster – monthly newsletter</h1>
<p>Dear members and friends, spring has arrived in Białystok and so has a busy season for our cluster. Below are five short items from the last weeks. As always, replies to this newsletter reach the cluster office directly.</p>
<p class="sig">Agnieszka Sokołowska-Wróbel, Cluster Manager</p>
</header>
<main>
<article>
<h2>1. Save the date: Podlasie AgriTech Days 2035</h2>
<p>The fifth edition of the <strong>Podlasie AgriTech Days</strong> will take place on {wd(2035,6,12)} 12 and {wd(2035,6,13)} 13 June 2035 at the Białystok University of Technology (BUT), with field demonstrations on the experimental farm in Krasne. This year's theme is precision seeding and the retrofitting of older tractors with guidance systems. The programme committee is chaired by <strong>Prof. Marek Zalewski</strong>, Dean of the Faculty of Mechanical Engineering at BUT. Exhibitor registration closes on 16 May 2035; visitors may register until 6 June 2035. Last year's edition attracted 1,400 visitors and 62 exhibitors from Poland, Lithuania and Belarus.</p>
</article>
<article>
<h2>2. Welcome to our new members</h2>
<p>The Board approved four new members at its meeting of {wd(2035,3,27)} 27 March 2035:</p>
<ul>
<li><strong>Metalplast Suwałki sp. z o.o.</strong> – sheet-metal parts for trailers and balers (represented by Tomasz Kalinowski, CEO)</li>
<li><strong>AgroSense Analytics S.A.</strong> – soil sensors and yield mapping, Łomża</li>
<li><strong>Hydraulika Narew Sp.j.</strong> – hydraulic cylinders and repair services</li>
<li><strong>UAB Agrotechnika Alytus</strong> – a Lithuanian dealer of forage machinery, our first member from across the border (contact: Rūta Jankauskienė, sales director)</li>
</ul>
<p>The cluster now has 71 members, of which 54 are SMEs.</p>
</article>
<article>
<h2>3. Call: cross-border innovation vouchers</h2>
<p>Together with the Lithuanian association <strong>Lietuvos žemės ūkio technikos klasteris</strong> (LŽŪTK) we open a small call for cross-border innovation vouchers of up to EUR 8,000 per company. Vouchers cover testing at the laboratories of BUT or of Vytautas Magnus University Agriculture Academy in Kaunas. The call is open from 2 May to 29 June 2035. An online info session is planned for {wd(2035,5,8)} 8 May 2035 at 10:00 CET. Questions: <a href="mailto:vouchers@pamc.example">vouchers@pamc.example</a>.</p>
</article>
<article>
<h2>4. Staff news</h2>
<p>After six years with the cluster, our project officer <strong>Paweł Dąbrowski</strong> leaves us at the end of April to join the Marshal's Office of the Podlaskie Voivodeship as head of the Smart Specialisation Unit. We thank Paweł for his work on the export missions to Kazakhstan and Ukraine. From 1 May 2035, <strong>Justyna Łapińska</strong>, until now assistant, takes over as project officer for internationalisation. <strong>Mikołaj Ostrowski</strong> joins the team as communication officer.</p>
</article>
<article>
<h2>5. New publication: "Retrofit or replace?"</h2>
<p>Our study on the modernisation of the tractor fleet in north-eastern Poland is out. Written by <strong>dr inż. Ewa Kozłowska</strong> (BUT) and <strong>Jonas Petraitis</strong> (Vytautas Magnus University), it surveys 412 farms and compares the cost of retrofitting guidance systems with the purchase of new machines. The study was financed by the Podlaskie Voivodeship and presented to the Regional Council on 20 March 2035. The PDF (48 pages, in Polish and English) can be downloaded from the Projects page.</p>
</article>
<article>
<h2>Dates at a glance</h2>
<table>
<tr><th>Date</th><th>What</th></tr>
<tr><td>8 May 2035</td><td>Info session on vouchers (online)</td></tr>
<tr><td>16 May 2035</td><td>Exhibitor registration closes, AgriTech Days</td></tr>
<tr><td>22 May 2035</td><td>General Assembly of members, Białystok, 14:00</td></tr>
<tr><td>12–13 June 2035</td><td>Podlasie AgriTech Days 2035</td></tr>
<tr><td>29 June 2035</td><td>Voucher call closes</td></tr>
</table>
</article>
</main>
<footer>
<p>Podlasie Agri-Machinery Cluster (PAMC) · ul. Wiejska 45C, 15-351 Białystok · KRS 0000000000 · <a href="mailto:office@pamc.example">office@pamc.example</a></p>
<p>You receive this newsletter because you are a member or subscribed on our website. <a href="/unsubscribe">Unsubscribe</a> · <a href="/privacy">Privacy</a></p>
<p>© 2035 PAMC. Co-financed by the Podlaskie Voivodeship.</p>
</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Agnieszka Sokołowska-Wróbel', 'Cluster Manager', 'Podlasie Agri-Machinery Cluster'),
  P('Marek Zalewski', 'Dean of the Faculty of Mechanical Engineering', 'Białystok University of Technology'),
  P('Tomasz Kalinowski', 'CEO', 'Metalplast Suwałki sp. z o.o.'),
  P('Rūta Jankauskienė', 'sales director', 'UAB Agrotechnika Alytus'),
  P('Paweł Dąbrowski', 'project officer', 'Podlasie Agri-Machinery Cluster'),
  P('Justyna Łapińska', 'project officer for internationalisation', 'Podlasie Agri-Machinery Cluster'),
  P('Mikołaj Ostrowski', 'communication officer', 'Podlasie Agri-Machinery Cluster'),
  P('Ewa Kozłowska', None, 'Białystok University of Technology'),
  P('Jonas Petraitis', None, 'Vytautas Magnus University')],
 [O('Podlasie Agri-Machinery Cluster', 'PAMC'), O('Białystok University of Technology', 'BUT'), O('Faculty of Mechanical Engineering'),
  O('Metalplast Suwałki sp. z o.o.'), O('AgroSense Analytics S.A.'), O('Hydraulika Narew Sp.j.'), O('UAB Agrotechnika Alytus'),
  O('Lietuvos žemės ūkio technikos klasteris', 'LŽŪTK'), O('Vytautas Magnus University Agriculture Academy'), O('Vytautas Magnus University'),
  O("Marshal's Office of the Podlaskie Voivodeship"), O('Smart Specialisation Unit'), O('Podlaskie Voivodeship'), O('Regional Council')],
 [E('Podlasie AgriTech Days 2035', '2035-06-12', '2035-06-13', 'Białystok', 'Poland'),
  E('Board meeting', '2035-03-27', '2035-03-27', None, None),
  E('online info session', '2035-05-08', '2035-05-08', None, None),
  E('General Assembly of members', '2035-05-22', '2035-05-22', 'Białystok', 'Poland')],
 ['2035-04', '2035-06-12/2035-06-13', '2035-05-16', '2035-06-06', '2035-03-27', '2035-05-02/2035-06-29', '2035-05-08', '2035-05-01',
  '2035-03-20', '2035-05-22', '2035-06-29'], [])
