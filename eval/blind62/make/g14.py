from h import *
F = 'limburg-kempen-cluster-about-us.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Kempen Materials &amp; Chemistry Cluster</title></head>
<body>
<div class="cookie">We use cookies. Some are essential, others help us improve the site. <a href="#">Accept all</a> <a href="#">Essential only</a></div>
<header><nav><a href="/">Home</a> · <a href="/about" class="active">About us</a> · <a href="/members">Members</a> · <a href="/services">Services</a> · <a href="/projects">Projects</a> · <a href="/events">Agenda</a> · <a href="/contact">Contact</a> · <a href="/nl">NL</a></nav></header>
<main>
<h1>About us</h1>
<p>The Kempen Materials &amp; Chemistry Cluster (KMCC) is the cluster organisation for the materials, chemistry and circular plastics industry in the Kempen region, on both sides of the Belgian–Dutch border between Geel, Mol, Lommel and Eindhoven. Founded on 1 October 2026 as a non-profit association (vzw), the cluster now unites 88 members: 61 companies, 9 knowledge institutions, 6 public authorities and 12 service providers. Our mission is to help members innovate, attract talent and cut their carbon footprint by working together.</p>
<p>The cluster is recognised as a spearhead cluster support partner by VLAIO (Flanders Innovation &amp; Entrepreneurship) and cooperates closely with Catalisti, the Flemish spearhead cluster for chemistry and plastics, and with the Brightlands Chemelot Campus in Dutch Limburg.</p>

<h2>Our strategy 2033–2037</h2>
<ul>
<li>Circular plastics: recycling pilots and design for recycling</li>
<li>Low-carbon processes: electrification, heat networks and hydrogen</li>
<li>Talent: joint training with the Thomas More University of Applied Sciences and the VITO research centre</li>
<li>Cross-border cooperation with North Brabant and Dutch Limburg</li>
</ul>

<h2>Board of directors</h2>
<p>The board is elected by the General Assembly for three years. Current term: 2034–2037.</p>
<ul>
<li><b>Ir. Hilde Vandersmissen-Peeters</b> – Chair; Site Director, Ecolab Production Belgium BV, Geel</li>
<li><b>Dr. Maarten van den Broek</b> – Vice-Chair; Managing Director, Kempen Polymers NV</li>
<li><b>Ing. Rachid El Amrani</b> – Treasurer; CFO, Lommel Glass Recycling NV</li>
<li><b>Prof. Dr. Ann-Sofie Claes</b> – Board member; Dean of Engineering, Thomas More University of Applied Sciences</li>
<li><b>Dr. Wolfgang Freiherr von Berchem</b> – Board member; Head of R&amp;D Europe, Evonik Antwerpen NV</li>
<li><b>Mevr. Greet Janssens</b> – Board member; alderman for economy, City of Geel</li>
<li><b>Dr. Pieter-Jan De Wachter</b> – Board member; programme manager, VITO</li>
<li><b>Ir. Sanne Verhagen</b> – Board member (co-opted, Netherlands); Business Developer, Brainport Development NV</li>
</ul>
<p>Honorary chair: <b>Jozef Mertens</b>, founding chair of the cluster (2026–2031).</p>

<h2>Cluster office</h2>
<ul>
<li><b>Liesbeth Wouters</b>, Cluster Manager</li>
<li><b>Dr. Kwame Mensah-Vos</b>, Innovation Advisor – circular plastics</li>
<li><b>Elif Yıldırım</b>, Project Manager – energy and hydrogen</li>
<li><b>Tom Verbeeck</b>, Communication and Events Officer</li>
</ul>

<h2>Our members (selection)</h2>
<p><b>Companies:</b> Ecolab Production Belgium BV · Kempen Polymers NV · Lommel Glass Recycling NV · Evonik Antwerpen NV · Nyrstar Balen NV · Umicore Olen NV · Sibelco Mol NV · Janssen Pharmaceutica NV (Geel site) · Plastiflex Group NV · Recyclix Kempen BV · Oostflakes BV · Coatinc Geel NV · De Kempische Nijverheid bv · Amcor Flexibles Lommel NV · Hydrogen Mol Energy NV</p>
<p><b>Knowledge institutions:</b> VITO · Thomas More University of Applied Sciences · KU Leuven Campus Geel · SCK CEN · Eindhoven University of Technology (TU/e) · Hasselt University (UHasselt)</p>
<p><b>Public authorities and partners:</b> Province of Antwerp · City of Geel · Municipality of Mol · POM Antwerpen · Brainport Development NV · Voka – Chamber of Commerce Kempen</p>

<h2>Milestones</h2>
<ul>
<li>2026 – founding of the cluster by 14 companies and VITO</li>
<li>2028 – first joint recycling pilot line in Lommel</li>
<li>2030 – ESCA Silver Label</li>
<li>2032 – opening of the cross-border desk in Eindhoven</li>
<li>{wd(2034,6,12)} 12 June 2034 – General Assembly elects the present board</li>
<li>2035 – Gold Label assessment planned</li>
</ul>

<h2>Join us</h2>
<p>Membership is open to companies and organisations active in or for the materials and chemistry value chain in the Kempen. Annual fees range from EUR 600 for start-ups to EUR 6,000 for large companies. Contact Liesbeth Wouters (liesbeth.wouters@kmcc.example) for an introductory meeting. Our next open networking evening takes place on {wd(2034,11,23)} 23 November 2034 at the Kempen Polymers plant in Geel.</p>
</main>
<footer>Kempen Materials &amp; Chemistry Cluster vzw · Kleinhoefstraat 4, 2440 Geel · Company number 0789.123.456 · <a href="#">Privacy</a> · <a href="#">Disclaimer</a> · Follow us on LinkedIn</footer>
</body></html>"""
write(F, T)
C='Kempen Materials & Chemistry Cluster'
org=['Ecolab Production Belgium BV','Kempen Polymers NV','Lommel Glass Recycling NV','Evonik Antwerpen NV','Nyrstar Balen NV','Umicore Olen NV','Sibelco Mol NV',
 'Janssen Pharmaceutica NV','Plastiflex Group NV','Recyclix Kempen BV','Oostflakes BV','Coatinc Geel NV','De Kempische Nijverheid bv','Amcor Flexibles Lommel NV',
 'Hydrogen Mol Energy NV','KU Leuven Campus Geel','SCK CEN','Province of Antwerp','City of Geel','Municipality of Mol','POM Antwerpen','Brainport Development NV',
 'Voka – Chamber of Commerce Kempen','Catalisti','Brightlands Chemelot Campus','VITO','ESCA']
gold(F,
 [P('Hilde Vandersmissen-Peeters','Chair',C), P('Maarten van den Broek','Vice-Chair',C), P('Rachid El Amrani','Treasurer',C), P('Ann-Sofie Claes','Board member',C),
  P('Wolfgang Freiherr von Berchem','Board member',C), P('Greet Janssens','Board member',C), P('Pieter-Jan De Wachter','Board member',C),
  P('Sanne Verhagen','Board member',C), P('Jozef Mertens','Honorary chair',C), P('Liesbeth Wouters','Cluster Manager',C),
  P('Kwame Mensah-Vos','Innovation Advisor',C), P('Elif Yıldırım','Project Manager',C), P('Tom Verbeeck','Communication and Events Officer',C)],
 [O(C,'KMCC'), O('Flanders Innovation & Entrepreneurship','VLAIO'), O('Thomas More University of Applied Sciences'),
  O('Eindhoven University of Technology','TU/e'), O('Hasselt University','UHasselt')]+[O(o) for o in org],
 [E('General Assembly','2034-06-12','2034-06-12',None,None), E('open networking evening','2034-11-23','2034-11-23','Geel','Belgium')],
 ['2026-10-01','2033/2037','2034/2037','2026/2031','2026','2028','2030','2032','2034-06-12','2035','2034-11-23'])
