from common import *
T = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Team | FIOS Norte – Northern Portugal Textile &amp; Fashion Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header>
<a class="logo" href="/">FIOS Norte</a>
<nav><ul>
<li><a href="/en/">Home</a></li><li><a href="/en/about/">About us</a></li><li><a href="/en/members/">Members</a></li>
<li><a href="/en/projects/">Projects</a></li><li><a href="/en/news/">News</a></li><li><a href="/en/contact/">Contact</a></li>
<li><a href="/pt/">PT</a></li>
</ul></nav>
</header>
<div class="breadcrumbs"><a href="/en/">Home</a> &rsaquo; <a href="/en/about/">About us</a> &rsaquo; Team</div>
<main>
<h1>Our team</h1>
<p>FIOS Norte &ndash; Northern Portugal Textile &amp; Fashion Cluster was set up in 2019 by 23 companies from the
Vale do Ave and the Cávado valley. Today the association brings together 141 members, from spinning mills and
finishing plants to fashion brands, the University of Minho and the technology centre CITEVE. Our small office in
Vila Nova de Famalicão runs the cluster's projects, services and international missions. Contact the person in
charge of the subject directly, or write to <a href="mailto:geral@fiosnorte.example">geral@fiosnorte.example</a>.</p>

<h2>Management</h2>
<div class="cards">
<div class="card">
<h3>Inês Carvalho Meireles</h3>
<p class="role">Executive Director</p>
<p>Strategy, relations with members and public authorities, Board secretariat.</p>
<p>T +351 252 000 101 &middot; <a href="mailto:ines.meireles@fiosnorte.example">ines.meireles@fiosnorte.example</a></p>
</div>
<div class="card">
<h3>Rui Barbosa da Silva</h3>
<p class="role">deputy director &amp; head of projects</p>
<p>EU and national projects, Portugal 2030 applications, reporting.</p>
<p>T +351 252 000 102 &middot; <a href="mailto:rui.silva@fiosnorte.example">rui.silva@fiosnorte.example</a></p>
</div>
</div>

<h2>Projects and innovation</h2>
<div class="cards">
<div class="card">
<h3>Joana Sá Pereira</h3>
<p class="role">Circular Textiles Project Manager</p>
<p>Recycled fibres, digital product passport pilots, the Interreg SUDOE project REFIBRA.</p>
<p>T +351 252 000 104 &middot; <a href="mailto:joana.pereira@fiosnorte.example">joana.pereira@fiosnorte.example</a></p>
</div>
<div class="card">
<h3>Tiago Magalhães</h3>
<p class="role">innovation officer</p>
<p>Technical textiles, smart fabrics, links with CITEVE and the University of Minho.</p>
<p>T +351 252 000 105 &middot; <a href="mailto:tiago.magalhaes@fiosnorte.example">tiago.magalhaes@fiosnorte.example</a></p>
</div>
</div>

<h2>Internationalisation</h2>
<div class="cards">
<div class="card">
<h3>Beatriz Fontes-Lacerda</h3>
<p class="role">Head of International Markets</p>
<p>Trade missions, Première Vision Paris and Texworld group stands, EEN contact.</p>
<p>T +351 252 000 107 &middot; <a href="mailto:beatriz.lacerda@fiosnorte.example">beatriz.lacerda@fiosnorte.example</a></p>
</div>
<div class="card">
<h3>Marco De Angelis</h3>
<p class="role">Export Advisor (Italy, DACH)</p>
<p>Seconded from Tessilmoda Consulting S.r.l. until 30 June 2034.</p>
<p><a href="mailto:marco.deangelis@fiosnorte.example">marco.deangelis@fiosnorte.example</a></p>
</div>
</div>

<h2>Communication and members</h2>
<div class="cards">
<div class="card">
<h3>Catarina Oliveira</h3>
<p class="role">Communication &amp; Events</p>
<p>Newsletter, website, the annual Fios Norte Day.</p>
<p>T +351 252 000 109 &middot; <a href="mailto:catarina.oliveira@fiosnorte.example">catarina.oliveira@fiosnorte.example</a></p>
</div>
<div class="card">
<h3>Hélder Ribeiro</h3>
<p class="role">member services and finance</p>
<p>Membership fees, invoices, training vouchers.</p>
<p>T +351 252 000 110 &middot; <a href="mailto:helder.ribeiro@fiosnorte.example">helder.ribeiro@fiosnorte.example</a></p>
</div>
</div>

<h2>Board of Directors (2033&ndash;2036)</h2>
<ul>
<li>President: Amélia Torres Guedes, CEO, Guedes &amp; Filhos Têxteis, S.A.</li>
<li>Vice-President: Nuno Vilaça, managing director, Malhas Vilaça, Lda.</li>
<li>Members: Sofia Antunes (Estamparia Riomau, Lda.), Paulo Castro Neves (University of Minho), Filipa Moura (CITEVE)</li>
</ul>
<p>The Board was elected at the General Assembly of 22 March 2033 in Guimarães.</p>

<aside class="join">
<h2>Work with us</h2>
<p>We are recruiting a sustainability analyst (start: September 2034). Applications until 15/07/2034.</p>
</aside>
</main>
<footer>
<p>FIOS Norte &ndash; Associação Cluster Têxtil e Moda do Norte &middot; Rua da Fiação 12, 4760-000 Vila Nova de Famalicão, Portugal</p>
<p>Co-financed by NORTE 2030 &middot; <a href="/en/privacy/">Privacy</a> &middot; <a href="/en/legal/">Legal notice</a></p>
<p>&copy; 2034 FIOS Norte. All rights reserved.</p>
</footer>
</body>
</html>
"""
C = "FIOS Norte – Northern Portugal Textile & Fashion Cluster"
write("team-fios-norte.html", T,
 [P("Inês Carvalho Meireles","Executive Director",C),
  P("Rui Barbosa da Silva","deputy director & head of projects",C),
  P("Joana Sá Pereira","Circular Textiles Project Manager",C),
  P("Tiago Magalhães","innovation officer",C),
  P("Beatriz Fontes-Lacerda","Head of International Markets",C),
  P("Marco De Angelis","Export Advisor",C),
  P("Catarina Oliveira","Communication & Events",C),
  P("Hélder Ribeiro","member services and finance",C),
  P("Amélia Torres Guedes","President",C),
  P("Nuno Vilaça","Vice-President",C),
  P("Sofia Antunes",None,"Estamparia Riomau, Lda."),
  P("Paulo Castro Neves",None,"University of Minho"),
  P("Filipa Moura",None,"CITEVE")],
 [O(C,"FIOS Norte"),O("University of Minho"),O("CITEVE"),O("EEN"),O("Tessilmoda Consulting S.r.l."),
  O("Guedes & Filhos Têxteis, S.A."),O("Malhas Vilaça, Lda."),O("Estamparia Riomau, Lda.")],
 [E("General Assembly","2033-03-22","2033-03-22","Guimarães","Portugal")],
 ["2019","2034-06-30","2033/2036","2033-03-22","2034-09","2034-07-15"])
