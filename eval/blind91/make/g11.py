from h import *
F = 'g11_kosice_miskolc_interreg_final_report.html'
assert wd(2039,6,9)=='Thursday' and wd(2036,9,1)=='Monday' and wd(2038,10,5)=='Tuesday' and wd(2037,4,22)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Final report – MachineBridge SK-HU | Košice IT &amp; Engineering Cluster</title></head>
<body>
<div class="consent">We use cookies to improve your experience. <a href="/cookies">Cookie policy</a> <button>Accept</button> <button>Decline</button></div>
<header><span class="logo">KITEC – Košice IT &amp; Engineering Cluster</span>
<nav><a href="/">Home</a> / <a href="/cluster">Cluster</a> / <a href="/projects" class="on">Projects</a> / <a href="/news">News</a> / <a href="/events">Events</a> / <a href="/join">Join us</a> / <a href="/sk">SK</a> <a href="/hu">HU</a></nav></header>
<main>
<p class="path">Home › Projects › Closed projects › MachineBridge SK-HU</p>
<h1>MachineBridge SK-HU – Final report summary</h1>
<p class="meta">Project period: 1 September 2036 – 31 May 2039 · Published 16 June 2039 · Interreg Slovakia–Hungary</p>
<figure><img src="/img/mb-final.jpg" alt="Final conference"><figcaption>Partners at the final conference in Miskolc. Photo: Gábor Halász</figcaption></figure>

<h2>In short</h2>
<p>MachineBridge SK-HU connected machine-building SMEs on both sides of the Slovak–Hungarian border with the universities in Košice and Miskolc. Over 33 months the partners built a shared prototyping workshop, trained 212 workers in robot programming and helped 41 companies start cross-border supply relationships. The project had a total budget of EUR 1.86 million, of which 80 % came from the European Regional Development Fund.</p>

<h2>Partnership</h2>
<table>
<tr><th>Role</th><th>Partner</th><th>City</th></tr>
<tr><td>Lead partner</td><td>Košice IT &amp; Engineering Cluster (KITEC)</td><td>Košice</td></tr>
<tr><td>Partner</td><td>Technical University of Košice, Faculty of Mechanical Engineering</td><td>Košice</td></tr>
<tr><td>Partner</td><td>University of Miskolc</td><td>Miskolc</td></tr>
<tr><td>Partner</td><td>North Hungarian Mechatronics Cluster (ÉMK)</td><td>Miskolc</td></tr>
<tr><td>Partner</td><td>Borsod-Abaúj-Zemplén County Chamber of Commerce and Industry (BOKIK)</td><td>Miskolc</td></tr>
<tr><td>Associated partner</td><td>Košice Self-Governing Region</td><td>Košice</td></tr>
</table>

<h2>Milestones</h2>
<ul>
<li>Kick-off meeting in Košice, 22 April 2037 (after a delayed start caused by the grant contract)</li>
<li>Opening of the shared prototyping workshop at the University of Miskolc, Tuesday 5 October 2038</li>
<li>Three cross-border B2B meeting days in Košice, Miskolc and Kazincbarcika (2037–2039)</li>
<li>Final conference "Building bridges with machines", Miskolc, Thursday 9 June 2039</li>
</ul>

<h2>Results</h2>
<ol>
<li>A shared prototyping workshop with two collaborative robots and a metal 3D printer is open to SMEs from both countries at cost price</li>
<li>212 workers from 58 companies completed the bilingual robot programming course; 170 of them received a certificate recognised in both countries</li>
<li>41 companies started cross-border supply relationships, with a combined first-year order value of about EUR 4.3 million</li>
<li>A joint catalogue of 230 machine-building suppliers from eastern Slovakia and northern Hungary is online in Slovak, Hungarian and English</li>
<li>The two clusters signed a memorandum to continue joint services after the end of funding</li>
</ol>

<h2>Lessons learnt</h2>
<p>Language remained the largest barrier: almost all B2B meetings needed interpreters, and the partners recommend budgeting for them from the start. Companies valued hands-on days in the workshop far more than seminars. The eight-month delay at the start also shows that partners should prepare procurement documents before the contract is signed.</p>

<h2>Voices from the final conference</h2>
<p>"We came in as two clusters that knew each other from conferences. We leave as one supplier network with a common workshop," said Ing. Martina Kováčová, PhD., manager of KITEC and project coordinator.</p>
<p>Dr. Zoltán Szabó-Kertész, vice-rector for innovation of the University of Miskolc, announced that the university will keep the workshop open at least until 2044. Ing. Peter Hudák, head of the Department of Regional Development of the Košice Self-Governing Region, said the region would include the supplier catalogue in its investment promotion.</p>
<p>Representing the Joint Secretariat of the programme in Budapest, Eszter Vargáné Tóth praised the partnership for meeting all of its output indicators. Company speakers included Ján Roth, owner of Roth Precision s.r.o. in Spišská Nová Ves, and Katalin Bodnár, production manager of Borsodi Gépgyártó Kft.</p>

<h2>What continues</h2>
<p>The workshop, the supplier catalogue and the course remain available. A follow-up proposal on hydrogen-ready components is being prepared with the Moravian-Silesian Automotive Cluster and will be submitted in the autumn of 2039.</p>

<h2>Downloads</h2>
<ul><li><a href="#">Final report (PDF, 64 pages)</a></li><li><a href="#">Supplier catalogue</a></li><li><a href="#">Course curriculum (SK/HU/EN)</a></li><li><a href="#">Photo gallery of the final conference</a></li></ul>

<h2>Contact</h2>
<p>Ing. Martina Kováčová, PhD. · Project coordinator · KITEC, Hlavná 68, 040 01 Košice · machinebridge@kitec.example.sk</p>
<p class="disclaimer">This publication was co-funded by the European Union. Its contents are the sole responsibility of the partners and do not necessarily reflect the views of the European Union or the programme bodies.</p>
<div class="share">Share on <a href="#">LinkedIn</a> · <a href="#">Facebook</a></div>
</main>
<footer><p>KITEC – Košice IT &amp; Engineering Cluster, z. p. o. · IČO 00000000 · Member of the Slovak Cluster Association</p>
<p><a href="/privacy">Privacy</a> · <a href="/imprint">Imprint</a> · <a href="/sitemap">Sitemap</a></p></footer>
</body></html>
"""
write(F, T)
K="Košice IT & Engineering Cluster"
gold(F,
 [P("Gábor Halász",None,None),
  P("Martina Kováčová","manager of KITEC and project coordinator",K),
  P("Zoltán Szabó-Kertész","vice-rector for innovation","University of Miskolc"),
  P("Peter Hudák","head of the Department of Regional Development of the Košice Self-Governing Region","Košice Self-Governing Region"),
  P("Eszter Vargáné Tóth",None,"Joint Secretariat"),
  P("Ján Roth","owner","Roth Precision s.r.o."),
  P("Katalin Bodnár","production manager","Borsodi Gépgyártó Kft.")],
 [O(K,"KITEC"), O("Technical University of Košice"), O("Faculty of Mechanical Engineering"), O("University of Miskolc"),
  O("North Hungarian Mechatronics Cluster","ÉMK"), O("Borsod-Abaúj-Zemplén County Chamber of Commerce and Industry","BOKIK"),
  O("Košice Self-Governing Region"), O("Department of Regional Development"), O("Joint Secretariat"),
  O("Roth Precision s.r.o."), O("Borsodi Gépgyártó Kft."), O("Moravian-Silesian Automotive Cluster"),
  O("European Union"), O("Slovak Cluster Association")],
 [E("Kick-off meeting","2037-04-22",None,"Košice","Slovakia"),
  E("Opening of the shared prototyping workshop","2038-10-05",None,"Miskolc","Hungary"),
  E("cross-border B2B meeting days","2037","2039","Košice, Miskolc, Kazincbarcika","Slovakia, Hungary"),
  E("Building bridges with machines","2039-06-09",None,"Miskolc","Hungary")],
 ["2036-09-01/2039-05-31","2039-06-16","2037-04-22","2038-10-05","2037/2039","2039-06-09","2044","2039"],
 ["A shared prototyping workshop with two collaborative robots and a metal 3D printer is open to SMEs from both countries at cost price",
  "212 workers from 58 companies completed the bilingual robot programming course; 170 of them received a certificate recognised in both countries",
  "41 companies started cross-border supply relationships, with a combined first-year order value of about EUR 4.3 million",
  "A joint catalogue of 230 machine-building suppliers from eastern Slovakia and northern Hungary is online in Slovak, Hungarian and English",
  "The two clusters signed a memorandum to continue joint services after the end of funding"],
 "2039-06-16")
