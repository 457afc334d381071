from common import *
t = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Management | PackNet Upper Austria</title></head>
<body>
<div class="cookie">We use cookies to improve your experience. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | DE / EN</nav>
<p class="breadcrumb">Home &rsaquo; About us &rsaquo; Management</p>
<main>
<h1>Management</h1>
<p>PackNet Upper Austria is the packaging cluster of the region of Upper Austria. Founded in 2011 as an association and run since 2024 by PackNet Clustermanagement GmbH in Linz, it brings together 164 companies and research institutions along the value chain of packaging &ndash; from paper and film producers to machine builders, brand owners and recyclers.</p>

<h2>How we are organised</h2>
<p>The cluster has two levels. The association of members decides the strategy and elects its representatives; the management company carries out the work programme with a team of seven people and reports to a Supervisory Board. Every member company has one vote at the General Assembly, whatever its size. Working groups on recyclable design, automation and food-contact safety are open to all members and meet four times a year, usually at a member's site.</p>
<p>Our services are funded by membership fees (about 40%), regional funding from the Upper Austrian innovation strategy (about 35%) and projects (about 25%). The work programme and the budget are published every year in our members' area.</p>

<h2>Executive team</h2>
<div class="card"><h3>Mag. Verena Hochreiter-Aigner</h3><p>Managing Director</p><p>Strategy, finance, regional and EU funding. With PackNet since 2028, previously head of the innovation unit at Business Upper Austria.</p><p>verena.hochreiter@packnet.example &middot; +43 732 000 100</p></div>
<div class="card"><h3>DI Florian Wimmesberger</h3><p>Deputy Managing Director &amp; Head of Technology</p><p>Recyclable mono-material packaging, pilot lines, cooperation projects.</p><p>florian.wimmesberger@packnet.example</p></div>
<div class="card"><h3>Elif Doğan-Mayr</h3><p>Project Manager &ndash; Circular Packaging</p><p>Coordinates the working group &ldquo;Design for Recycling&rdquo; and the project LOOPACK.</p></div>
<div class="card"><h3>Markus Pühringer</h3><p>Project Manager &ndash; Automation &amp; Digital Labelling</p></div>
<div class="card"><h3>Johanna Lindlbauer</h3><p>Internationalisation &amp; EU Projects</p><p>Contact point for the Enterprise Europe Network and for the European Cluster Collaboration Platform.</p></div>
<div class="card"><h3>Sabine Grünberger</h3><p>Events &amp; Communication</p></div>
<div class="card"><h3>Tobias Kastner</h3><p>member services (part-time)</p></div>

<h2>Supervisory Board</h2>
<p>The Supervisory Board oversees the management company and approves the annual work programme. Its members were appointed by the General Assembly on 22 May 2034 for the period 2034&ndash;2037.</p>
<ul>
<li><strong>Dr. Reinhold Eibensteiner</strong>, Chairman &ndash; CEO, Mühlviertler Kartonagen GmbH</li>
<li><strong>Claudia Hackl-Stadler</strong>, Vice-Chair &ndash; Head of Sustainability, Traunsee Getränke AG</li>
<li><strong>Univ.-Prof. Dr. Lukas Freinberger</strong> &ndash; Institute of Polymer Processing, Johannes Kepler University Linz</li>
<li><strong>Ing. Karin Ortner</strong> &ndash; Managing Director, FoliTec Wels GmbH</li>
<li><strong>Mag. Harald Steinwender</strong> &ndash; Business Upper Austria (representative of the owner)</li>
<li><strong>Nadia Ferhati</strong> &ndash; Technical Director, Innviertel Etiketten GmbH &amp; Co KG</li>
</ul>
<p>Former chairman <strong>Josef Leitner-Hofbauer</strong> (2028&ndash;2034) was thanked by the General Assembly for his six years at the head of the board.</p>

<h2>Advisory circle</h2>
<p>A small advisory circle supports the team on retail and regulation questions: Petra Haselgruber (Category Manager Packaging, Alpenmarkt Handels AG) and Thomas Ecker-Lechner (ARA Altstoff Recycling Austria AG).</p>

<h2>Upcoming</h2>
<p>Meet the team at our stand at interpack 2035 in Düsseldorf (hall 10) and at the PackNet Annual Forum on 13.11.2034 in Linz.</p>
</main>
<footer>
<p>PackNet Clustermanagement GmbH &middot; Hafenstraße 00, 4020 Linz &middot; FN 000000x</p>
<p><a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a> | <a href="/newsletter">Newsletter</a> | LinkedIn</p>
<p>&copy; 2034 PackNet Upper Austria</p>
</footer>
</body></html>
"""
save("about-us_management_PackNet-Upper-Austria.html", t, None,
 people=[P("Verena Hochreiter-Aigner","Managing Director","PackNet Clustermanagement GmbH"),
  P("Florian Wimmesberger","Deputy Managing Director & Head of Technology","PackNet Clustermanagement GmbH"),
  P("Elif Doğan-Mayr","Project Manager – Circular Packaging","PackNet Clustermanagement GmbH"),
  P("Markus Pühringer","Project Manager – Automation & Digital Labelling","PackNet Clustermanagement GmbH"),
  P("Johanna Lindlbauer","Internationalisation & EU Projects","PackNet Clustermanagement GmbH"),
  P("Sabine Grünberger","Events & Communication","PackNet Clustermanagement GmbH"),
  P("Tobias Kastner","member services","PackNet Clustermanagement GmbH"),
  P("Reinhold Eibensteiner","Chairman","PackNet Clustermanagement GmbH"),
  P("Claudia Hackl-Stadler","Vice-Chair","PackNet Clustermanagement GmbH"),
  P("Lukas Freinberger",None,"Johannes Kepler University Linz"),
  P("Karin Ortner","Managing Director","FoliTec Wels GmbH"),
  P("Harald Steinwender",None,"Business Upper Austria"),
  P("Nadia Ferhati","Technical Director","Innviertel Etiketten GmbH & Co KG"),
  P("Josef Leitner-Hofbauer",None,"PackNet Clustermanagement GmbH"),
  P("Petra Haselgruber","Category Manager Packaging","Alpenmarkt Handels AG"),
  P("Thomas Ecker-Lechner",None,"ARA Altstoff Recycling Austria AG")],
 orgs=[O("PackNet Upper Austria"),O("PackNet Clustermanagement GmbH"),O("Business Upper Austria"),
  O("Enterprise Europe Network"),O("European Cluster Collaboration Platform"),O("Mühlviertler Kartonagen GmbH"),
  O("Traunsee Getränke AG"),O("Institute of Polymer Processing"),O("Johannes Kepler University Linz"),
  O("FoliTec Wels GmbH"),O("Innviertel Etiketten GmbH & Co KG"),O("Alpenmarkt Handels AG"),
  O("ARA Altstoff Recycling Austria AG")],
 events=[E("interpack 2035","2035",None,"Düsseldorf","Germany"),
  E("PackNet Annual Forum","2034-11-13",None,"Linz","Austria"),
  E("General Assembly","2034-05-22")],
 dates=["2011","2024","2028","2034-05-22","2034/2037","2028/2034","2034-11-13"])
