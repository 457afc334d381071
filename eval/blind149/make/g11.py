from h import *
F = 'g11_veliko_tarnovo_members_partners.html'
assert wd(2041,6,12)=='Wednesday' and wd(2041,9,25)=='Wednesday' and wd(2041,4,3)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Members and partners – North-Central Bulgaria ICT Cluster</title></head>
<body>
<div class="topbar">BG | <strong>EN</strong> · <a href="/login">Members' area</a> · This website uses cookies. <a href="/cookies">Settings</a></div>
<header><h2 class="logo">NCB ICT Cluster · Veliko Tarnovo</h2>
<nav><a href="/">Home</a> / <a href="/about">About</a> / <a href="/members">Members &amp; partners</a> / <a href="/team">Team</a> / <a href="/events">Events</a> / <a href="/join">Join us</a></nav></header>
<main>
<h1>Members and partners</h1>
<p>The North-Central Bulgaria ICT Cluster (NCB ICT Cluster) is an association registered in Veliko Tarnovo in 2032. It brings together software companies, hardware integrators, universities and municipalities from the districts of Veliko Tarnovo, Gabrovo, Lovech and Ruse. List updated on 3 April 2041 after the decision of the Management Board to admit four new members.</p>

<h2>Founding members</h2>
<p>The cluster was founded by the following six organisations:</p>
<ul>
<li>St. Cyril and St. Methodius University of Veliko Tarnovo</li>
<li>Technical University of Gabrovo</li>
<li>Municipality of Veliko Tarnovo</li>
<li>Tarnovo Soft EOOD</li>
<li>Balkan Data Systems AD</li>
<li>Veliko Tarnovo Chamber of Commerce and Industry</li>
</ul>

<h2>Company members (selection)</h2>
<table>
<tr><th>Company</th><th>Town</th><th>Field</th></tr>
<tr><td>Tarnovo Soft EOOD</td><td>Veliko Tarnovo</td><td>business software</td></tr>
<tr><td>Balkan Data Systems AD</td><td>Veliko Tarnovo</td><td>data centres, cloud</td></tr>
<tr><td>Yantra Robotics OOD</td><td>Gorna Oryahovitsa</td><td>industrial automation</td></tr>
<tr><td>Gabrovo Sensors Ltd</td><td>Gabrovo</td><td>IoT sensors</td></tr>
<tr><td>Danube Code OOD</td><td>Ruse</td><td>mobile apps</td></tr>
<tr><td>Lovech Smart Agro EOOD</td><td>Lovech</td><td>precision farming software</td></tr>
<tr><td>Tsarevets Games Studio</td><td>Veliko Tarnovo</td><td>game development</td></tr>
</table>
<p>New members admitted on 3 April 2041: Arbanasi Cybersecurity EOOD, Sevlievo Electronics AD, the Vocational High School of Electronics "A. S. Popov" in Veliko Tarnovo and the Municipality of Gabrovo.</p>

<h2>Strategic partners</h2>
<p>The cluster works closely with the Bulgarian Association of Software Companies (BASSCOM), the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA), the Enterprise Europe Network – Bulgaria office in Ruse and the Regional Administration Veliko Tarnovo. Internationally it cooperates with Cluj IT Cluster in Romania, the Slovenian ICT cluster Tehnološki park Ljubljana d.o.o. and Digital Lithuania (Skaitmeninė Lietuva) in Vilnius.</p>

<h2>Who represents the members</h2>
<p>The Management Board elected by the General Assembly on 12 June 2040 for 2040–2043 consists of Radostina Petkova-Ilieva (Tarnovo Soft EOOD), Chair; Prof. Stoyan Georgiev, Vice-Rector for Research at St. Cyril and St. Methodius University of Veliko Tarnovo, Deputy Chair; and the members Nikolay Dimitrov (Balkan Data Systems AD), Desislava Marinova-Todorova (Danube Code OOD) and Emil Hristov (Municipality of Veliko Tarnovo). The cluster's Executive Director is Viktoria Stancheva; membership questions go to Boyan Kolev, Member Relations Manager.</p>
<p>"Forty-one members in nine years is good for a town of our size, but what matters is that they now bid for projects together," says Radostina Petkova-Ilieva.</p>

<h2>Meet the members</h2>
<p>All members and partners are invited to the Members' Day on Wednesday 25 September 2041 in the Tarnovo Business Incubator (10:00–16:00), with a pitch session for the new members at 11:00 and a study visit to Yantra Robotics OOD in Gorna Oryahovitsa at 14:30. The annual General Assembly will follow in June 2042.</p>
<p>Past Members' Days were held in Gabrovo (2039) and Ruse (2040).</p>

<h2>How to join</h2>
<p>Companies and institutions based in North-Central Bulgaria can apply at any time. Applications received by 31 August 2041 will be decided at the Board meeting in September. Annual fee: 600 leva for micro-companies, 1,500 leva for larger companies; public bodies and schools are exempt. Universities pay a reduced fee agreed individually with the Management Board. <a href="/join">Application form</a></p>
</main>
<footer><p>NCB ICT Cluster · 2 Nezavisimost Str., 5000 Veliko Tarnovo, Bulgaria · office@ncbict.example.bg · +359 62 000 000</p>
<p>© 2041 · <a href="/privacy">Privacy</a> · Follow us on <a href="#">LinkedIn</a> and <a href="#">Facebook</a></p></footer>
</body></html>
"""
write(F, T)
C="North-Central Bulgaria ICT Cluster"
U="St. Cyril and St. Methodius University of Veliko Tarnovo"
gold(F,
 [P("Radostina Petkova-Ilieva","Chair",C),
  P("Stoyan Georgiev","Deputy Chair",C),
  P("Nikolay Dimitrov","member",C),
  P("Desislava Marinova-Todorova","member",C),
  P("Emil Hristov","member",C),
  P("Viktoria Stancheva","Executive Director",C),
  P("Boyan Kolev","Member Relations Manager",C)],
 [O(C,"NCB ICT Cluster"), O(U), O("Technical University of Gabrovo"), O("Municipality of Veliko Tarnovo"),
  O("Tarnovo Soft EOOD"), O("Balkan Data Systems AD"), O("Veliko Tarnovo Chamber of Commerce and Industry"),
  O("Yantra Robotics OOD"), O("Gabrovo Sensors Ltd"), O("Danube Code OOD"), O("Lovech Smart Agro EOOD"),
  O("Tsarevets Games Studio"), O("Arbanasi Cybersecurity EOOD"), O("Sevlievo Electronics AD"),
  O('Vocational High School of Electronics "A. S. Popov"'), O("Municipality of Gabrovo"),
  O("Bulgarian Association of Software Companies","BASSCOM"),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("Enterprise Europe Network – Bulgaria"), O("Regional Administration Veliko Tarnovo"), O("Cluj IT Cluster"),
  O("Tehnološki park Ljubljana d.o.o."), O("Digital Lithuania")],
 [E("General Assembly","2040-06-12",None,None,None),
  E("Members' Day","2041-09-25",None,None,None),
  E("pitch session for the new members","2041-09-25",None,None,None),
  E("study visit to Yantra Robotics OOD","2041-09-25",None,"Gorna Oryahovitsa","Bulgaria"),
  E("annual General Assembly","2042-06",None,None,None),
  E("Members' Day (2039)","2039",None,"Gabrovo","Bulgaria"),
  E("Members' Day (2040)","2040",None,"Ruse","Bulgaria"),
  E("Board meeting","2041-09",None,None,None)],
 ["2032","2041-04-03","2040-06-12","2040/2043","2041-09-25","2042-06","2039","2040","2041-08-31","2041-09"],
 [], pub="2041-04-03")
