from common import *
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Governance | VSDK – East Slovak Digital Cluster</title></head>
<body>
<div class="cookie">We use cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/about">About us</a> &rsaquo; Governance</div>
<main>
<h1>Governance</h1>
<p>VSDK – East Slovak Digital Cluster is an interest association of legal entities founded in 2011. Its bodies are the General Assembly, the Board and the Secretariat.</p>
<h2>General Assembly</h2>
<p>The General Assembly brings together all 84 members and meets at least once a year. The last ordinary General Assembly took place on 22 April 2033 at the Technical University of Košice and elected the Board for the term 2033–2036.</p>
<h2>Board</h2>
<table>
<tr><th>Name</th><th>Function</th><th>Member organisation</th></tr>
<tr><td>Ing. Marek Hudák</td><td>Chairman</td><td>Cassovia Code a.s.</td></tr>
<tr><td>Zuzana Šoltésová, PhD.</td><td>Vice-Chair</td><td>Technical University of Košice</td></tr>
<tr><td>Peter Vargovčík</td><td>Treasurer</td><td>Hornád Data s.r.o.</td></tr>
<tr><td>Lenka Kráľová</td><td>Board member</td><td>Košice Self-Governing Region</td></tr>
<tr><td>Tomáš Ďurina</td><td>Board member</td><td>Pixelwell s.r.o.</td></tr>
</table>
<p>The Supervisory Board (Dozorná rada) is chaired by Ivana Repková (Repko &amp; Partners, advokátska kancelária).</p>
<h2>Secretariat</h2>
<ul>
<li><strong>Radoslav Kmec</strong> – executive director</li>
<li><strong>Simona Baloghová</strong> – project manager, Euroclusters and EEN</li>
<li><strong>Patrik Fedor</strong> – community &amp; events</li>
</ul>
<p>The next General Assembly is scheduled for 15.05.2034 in Košice.</p>
</main>
<footer><p>VSDK, záujmové združenie právnických osôb · Hlavná 68, 040 01 Košice · <a href="mailto:office@vsdk.example">office@vsdk.example</a></p>
<p>&copy; 2033 VSDK · <a href="/privacy">Privacy</a> · <a href="/imprint">Imprint</a></p></footer>
</body></html>
"""
save("governance.html", T, None,
 [P("Marek Hudák","Chairman","VSDK – East Slovak Digital Cluster"),
  P("Zuzana Šoltésová","Vice-Chair","VSDK – East Slovak Digital Cluster"),
  P("Peter Vargovčík","Treasurer","VSDK – East Slovak Digital Cluster"),
  P("Lenka Kráľová","Board member","VSDK – East Slovak Digital Cluster"),
  P("Tomáš Ďurina","Board member","VSDK – East Slovak Digital Cluster"),
  P("Ivana Repková",None,"Repko & Partners, advokátska kancelária"),
  P("Radoslav Kmec","executive director","VSDK – East Slovak Digital Cluster"),
  P("Simona Baloghová","project manager","VSDK – East Slovak Digital Cluster"),
  P("Patrik Fedor","community & events","VSDK – East Slovak Digital Cluster")],
 [O("VSDK – East Slovak Digital Cluster","VSDK"),O("Technical University of Košice"),O("Cassovia Code a.s."),
  O("Hornád Data s.r.o."),O("Košice Self-Governing Region"),O("Pixelwell s.r.o."),
  O("Repko & Partners, advokátska kancelária"),O("EEN")],
 [E("ordinary General Assembly","2033-04-22","2033-04-22","Košice","Slovakia"),
  E("next General Assembly","2034-05-15","2034-05-15","Košice","Slovakia")],
 ["2011","2033-04-22","2033/2036","2034-05-15"], [])
