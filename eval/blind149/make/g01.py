from h import *
F = 'g01_lahti_cluster_team_page.html'
assert wd(2036,4,16)=='Wednesday' and wd(2036,5,20)=='Tuesday' and wd(2036,9,9)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our people | Päijät-Häme Circular Economy Cluster</title></head>
<body>
<div class="cookie">We use cookies to measure visits to this site. <a href="/privacy">Privacy notice</a> <button>OK</button> <button>Only necessary</button></div>
<header><p class="brand">Päijät-Häme Circular Economy Cluster · Kiertotalousklusteri</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Members</a> · <a href="/people">Our people</a> · <a href="/projects">Projects</a> · <a href="/events">Events</a> · <a href="/fi">Suomeksi</a></nav></header>
<main>
<p class="crumbs">Home › About › Our people</p>
<h1>Our people</h1>
<p>The cluster is run by a team of seven in the Lahti Science and Business Park and steered by a board elected by the members. The cluster organisation is Päijät-Häme Circular Economy Cluster ry (PHCEC), a non-profit association registered in Lahti in 2031. Page updated 22 September 2036.</p>

<h2>Cluster management team</h2>
<ul class="team">
<li><strong>Päivi Höglund</strong><br>Cluster Director<br>Leads the cluster strategy 2035–2039 and relations with the Regional Council of Päijät-Häme and the Ministry of Economic Affairs and Employment. Before joining in 2033 she led the industrial services unit of LAB University of Applied Sciences.<br>paivi.hoglund@phcec.example.fi · +358 40 000 0001</li>
<li><strong>Juho Lindqvist-Rantala</strong><br>Head of Member Services<br>Membership, onboarding of new members, the member survey.<br>juho.lindqvist-rantala@phcec.example.fi</li>
<li><strong>Dr. Aino Kettunen</strong><br>Senior Advisor, Research Cooperation<br>Joint projects with LUT University's Lahti campus and the Natural Resources Institute Finland (Luke).<br>aino.kettunen@phcec.example.fi</li>
<li><strong>Tomasz Wierzbicki</strong><br>International Project Manager<br>EU projects and the cluster's partnerships in the Baltic Sea region. Tomasz came to Lahti from the Pomeranian Science and Technology Park in Gdynia.<br>tomasz.wierzbicki@phcec.example.fi</li>
<li><strong>Emilia Saarinen</strong><br>Communications Specialist<br>Newsletter, website, social media, the annual Circular Day.<br>emilia.saarinen@phcec.example.fi</li>
<li><strong>Ville-Matti Nurmi</strong><br>Business Developer, Plastics and Packaging<br>ville-matti.nurmi@phcec.example.fi</li>
<li><strong>Sanna Aaltonen</strong><br>Office and Finance Coordinator (on parental leave until March 2037; her tasks are covered by Juho Lindqvist-Rantala)</li>
</ul>

<h2>Board 2036–2038</h2>
<p>The board was elected by the annual general meeting held at Sibeliustalo in Lahti on Wednesday 16 April 2036, which 61 members attended in person or online. It met for its constitutive meeting on Tuesday 20 May 2036 and chose its chair and vice-chair.</p>
<table>
<tr><th>Office</th><th>Name</th><th>Member organisation</th></tr>
<tr><td>Chair</td><td>Markku Heinonen</td><td>Kuusakoski Oy</td></tr>
<tr><td>Vice-Chair</td><td>Laura van den Broek</td><td>Stora Enso Packaging Lahti</td></tr>
<tr><td>Member</td><td>Mikko Järvelä</td><td>Lahti Energia Oy</td></tr>
<tr><td>Member</td><td>Prof. Riikka Östman</td><td>LUT University</td></tr>
<tr><td>Member</td><td>Henrik Saxén</td><td>Salpakierto Oy</td></tr>
<tr><td>Member</td><td>Johanna Koivisto</td><td>City of Lahti</td></tr>
<tr><td>Deputy member</td><td>Olli Pesonen</td><td>Orimattilan Muovi Oy</td></tr>
</table>
<p>Auditors: KPMG Oy Ab, with Annika Forsblom, Authorised Public Accountant, as principal auditor.</p>

<h2>Thank you, Pekka!</h2>
<p>Pekka Vuorinen, who chaired the board from 2031 and was one of the founders of the cluster, did not stand for re-election this spring. Under his chairmanship membership grew from 19 to 84 organisations and the cluster obtained the Silver Label of the European Cluster Excellence Initiative in 2035. Pekka remains an honorary member and will continue to represent the cluster in the national cluster network until the end of the year. We said goodbye to him over coffee and cake at the members' summer meeting in Vääksy in June.</p>

<h2>Advisory group</h2>
<p>An advisory group meets twice a year to comment on the work plan. Its members are Kaisa Lähteenmäki-Uutela (Finnish Environment Institute, Syke), Jan-Erik Nordström (Business Finland), Gintarė Jankauskienė (Lithuanian Innovation Centre, Vilnius) and Rolf de Wit (Holland Circular Hotspot). The next advisory group meeting is on Tuesday 9 September 2036, online, and will discuss the draft work plan for 2037 and the results of the member survey.</p>

<h2>Work with us</h2>
<p>We are looking for a Project Coordinator for a two-year post (application deadline 31.10.2036). <a href="/jobs">Read more</a></p>

<aside><h3>Contact</h3><p>Päijät-Häme Circular Economy Cluster ry<br>Niemenkatu 73, 15140 Lahti, Finland<br>info@phcec.example.fi</p>
<p>Follow us: <a href="#">LinkedIn</a> · <a href="#">YouTube</a></p></aside>
</main>
<footer><p>© 2036 PHCEC · Co-funded by the European Union · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
C = "Päijät-Häme Circular Economy Cluster ry"
gold(F,
 [P("Päivi Höglund","Cluster Director",C),
  P("Juho Lindqvist-Rantala","Head of Member Services",C),
  P("Aino Kettunen","Senior Advisor, Research Cooperation",C),
  P("Tomasz Wierzbicki","International Project Manager",C),
  P("Emilia Saarinen","Communications Specialist",C),
  P("Ville-Matti Nurmi","Business Developer, Plastics and Packaging",C),
  P("Sanna Aaltonen","Office and Finance Coordinator",C),
  P("Markku Heinonen","Chair",C),
  P("Laura van den Broek","Vice-Chair",C),
  P("Mikko Järvelä","Member",C),
  P("Riikka Östman","Member",C),
  P("Henrik Saxén","Member",C),
  P("Johanna Koivisto","Member",C),
  P("Olli Pesonen","Deputy member",C),
  P("Annika Forsblom","principal auditor","KPMG Oy Ab"),
  P("Pekka Vuorinen","honorary member",C),
  P("Kaisa Lähteenmäki-Uutela",None,"Finnish Environment Institute"),
  P("Jan-Erik Nordström",None,"Business Finland"),
  P("Gintarė Jankauskienė",None,"Lithuanian Innovation Centre"),
  P("Rolf de Wit",None,"Holland Circular Hotspot")],
 [O(C,"PHCEC"), O("Regional Council of Päijät-Häme"), O("Ministry of Economic Affairs and Employment"),
  O("LAB University of Applied Sciences"), O("LUT University"), O("Natural Resources Institute Finland","Luke"),
  O("Pomeranian Science and Technology Park"), O("Kuusakoski Oy"), O("Stora Enso Packaging Lahti"),
  O("Lahti Energia Oy"), O("Salpakierto Oy"), O("City of Lahti"), O("Orimattilan Muovi Oy"), O("KPMG Oy Ab"),
  O("Finnish Environment Institute","Syke"), O("Business Finland"), O("Lithuanian Innovation Centre"),
  O("Holland Circular Hotspot")],
 [E("annual general meeting","2036-04-16",None,"Lahti","Finland"),
  E("constitutive meeting","2036-05-20",None,None,None),
  E("members' summer meeting","2036-06",None,"Vääksy","Finland"),
  E("Circular Day",None,None,None,None),
  E("advisory group meeting","2036-09-09",None,None,None)],
 ["2031","2036-09-22","2035/2039","2033","2037-03","2036/2038","2036-04-16","2036-05-20","2035","2036-06","2036-09-09","2036-10-31","2037"],
 [], pub="2036-09-22")
