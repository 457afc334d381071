from h import *
F = 'g01_ghent_biobased_team.html'
assert wd(2037,4,23)=='Thursday' and wd(2037,5,12)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our team – Scheldt Biobased Cluster</title></head>
<body>
<div id="cookies">This site uses functional and analytical cookies. <a href="/privacy">Privacy statement</a> <button>OK</button> <button>Settings</button></div>
<header><a href="/" class="logo">SBC · Scheldt Biobased Cluster</a>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/team" class="active">Team</a> | <a href="/board">Board</a> | <a href="/members">Members</a> | <a href="/agenda">Agenda</a> | <a href="/contact">Contact</a> | <a href="/nl">NL</a> <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home &gt; About us &gt; Team</p>
<h1>Meet the cluster team</h1>
<p>The Scheldt Biobased Cluster vzw (SBC) is run by a team of eleven people in our office at the Ghent Bio-Energy Valley site in Desteldonk, with two colleagues seconded part-time to Terneuzen. Do you have a question about membership, a project idea or an event? Contact the person below who is responsible for your topic, or write to info@scheldtbiobased.eu and we will forward your message.</p>

<h2>Management</h2>
<div class="card"><h3>Griet Vandenabeele</h3><p class="job">Managing Director</p><p class="unit">Management</p>
<p>griet.vandenabeele@scheldtbiobased.eu · +32 9 335 41 10</p>
<p>Griet joined the cluster in 2031 after twelve years at the Flemish Institute for Technological Research (VITO), where she led the biorefinery pilot programme. She represents SBC in the board of the European Bioeconomy Cluster Alliance (EBCA).</p></div>
<div class="card"><h3>Pieter-Jan De Smet</h3><p class="job">Deputy Director and Head of Finance</p><p class="unit">Management</p>
<p>pieterjan.desmet@scheldtbiobased.eu · +32 9 335 41 12</p></div>
<div class="card"><h3>Hanne Claeys</h3><p class="job">Office Manager</p><p class="unit">Management</p>
<p>hanne.claeys@scheldtbiobased.eu · +32 9 335 41 00</p></div>

<h2>Innovation &amp; Projects</h2>
<div class="card"><h3>Dr. Bram Verstraete</h3><p class="job">Head of Innovation</p><p class="unit">Innovation &amp; Projects</p>
<p>bram.verstraete@scheldtbiobased.eu · +32 9 335 41 20</p>
<p>Bram coordinates the cluster's R&amp;D roadmap and the pilot-plant vouchers with Bio Base Europe Pilot Plant. Before joining SBC he was a postdoctoral researcher at Ghent University.</p></div>
<div class="card"><h3>Lotte Van Hecke</h3><p class="job">Project Manager, Interreg &amp; Horizon</p><p class="unit">Innovation &amp; Projects</p>
<p>lotte.vanhecke@scheldtbiobased.eu · +32 9 335 41 23</p></div>
<div class="card"><h3>Joris Maes</h3><p class="job">Project Manager, Circular Carbon</p><p class="unit">Innovation &amp; Projects</p>
<p>joris.maes@scheldtbiobased.eu · +32 9 335 41 24 · based in Terneuzen (Mon–Wed)</p></div>
<div class="card"><h3>Femke Dobbelaere</h3><p class="job">Junior Project Officer</p><p class="unit">Innovation &amp; Projects</p>
<p>femke.dobbelaere@scheldtbiobased.eu · +32 9 335 41 26</p></div>

<h2>Members &amp; Internationalisation</h2>
<div class="card"><h3>Kobe Willems</h3><p class="job">Membership Manager</p><p class="unit">Members &amp; Internationalisation</p>
<p>kobe.willems@scheldtbiobased.eu · +32 9 335 41 30</p></div>
<div class="card"><h3>Ana Sofia Ribeiro</h3><p class="job">International Business Developer</p><p class="unit">Members &amp; Internationalisation</p>
<p>anasofia.ribeiro@scheldtbiobased.eu · +32 9 335 41 31 · speaks Dutch, English, Portuguese and Spanish</p>
<p>Ana Sofia is our contact point for the Enterprise Europe Network Flanders and organises the cluster's trade missions.</p></div>

<h2>Communication &amp; Events</h2>
<div class="card"><h3>Jasper Goethals</h3><p class="job">Communication Officer</p><p class="unit">Communication &amp; Events</p>
<p>jasper.goethals@scheldtbiobased.eu · +32 9 335 41 40</p></div>
<div class="card"><h3>Marieke Lambrecht</h3><p class="job">Event Coordinator</p><p class="unit">Communication &amp; Events</p>
<p>marieke.lambrecht@scheldtbiobased.eu · +32 9 335 41 41 · on parental leave until 30 June 2037; in the meantime contact Jasper</p></div>

<h2>Seconded to the cluster</h2>
<p>Dr. Els Mertens (Ghent University, Department of Biotechnology) works one day a week for SBC as scientific advisor. Thomas de Wilde-Keuning is seconded by the Port of Ghent-Terneuzen authority North Sea Port as liaison for the port's biobased hub.</p>

<div class="box"><h2>Meet us</h2>
<p>The whole team will be at the Biobased Business Day on Thursday 23 April 2037 in Ghent (ICC Ghent), where the cluster presents its new pilot voucher scheme. The next members' lunch takes place on Tuesday 12 May 2037 at our office in Desteldonk. Registration via the <a href="/agenda">agenda</a>.</p></div>

<div class="box"><h2>Vacancy</h2><p>We are looking for a Project Manager Biobased Materials (full time, Ghent). Applications until 15 May 2037. <a href="/jobs">Read the vacancy</a></p></div>
</main>
<footer>
<p>Scheldt Biobased Cluster vzw · Wiedauwkaai 3, 9042 Gent · Company number BE 0765.432.118 · info@scheldtbiobased.eu</p>
<p>Supported by Flanders Innovation &amp; Entrepreneurship (VLAIO) as a spearhead cluster partner.</p>
<p>Share: <a>LinkedIn</a> · <a>X</a> · <a>E-mail</a> | Last updated: 3 March 2037 | <a href="/disclaimer">Disclaimer</a> · <a href="/cookies">Cookies</a></p>
<p>© 2037 Scheldt Biobased Cluster</p>
</footer></body></html>
"""
write(F, T)
S='Scheldt Biobased Cluster vzw'
gold(F,
 [P("Griet Vandenabeele","Managing Director",S), P("Pieter-Jan De Smet","Deputy Director and Head of Finance",S),
  P("Hanne Claeys","Office Manager",S), P("Bram Verstraete","Head of Innovation",S),
  P("Lotte Van Hecke","Project Manager, Interreg & Horizon",S), P("Joris Maes","Project Manager, Circular Carbon",S),
  P("Femke Dobbelaere","Junior Project Officer",S), P("Kobe Willems","Membership Manager",S),
  P("Ana Sofia Ribeiro","International Business Developer",S), P("Jasper Goethals","Communication Officer",S),
  P("Marieke Lambrecht","Event Coordinator",S), P("Els Mertens","scientific advisor",S),
  P("Thomas de Wilde-Keuning","liaison","North Sea Port")],
 [O(S,"SBC"), O("Flemish Institute for Technological Research","VITO"), O("European Bioeconomy Cluster Alliance","EBCA"),
  O("Bio Base Europe Pilot Plant"), O("Ghent University"), O("Department of Biotechnology"),
  O("Enterprise Europe Network Flanders"), O("North Sea Port"), O("Flanders Innovation & Entrepreneurship","VLAIO")],
 [E("Biobased Business Day","2037-04-23",None,"Ghent","Belgium"), E("members' lunch","2037-05-12",None,"Desteldonk","Belgium")],
 ["2031","2037-06-30","2037-04-23","2037-05-12","2037-05-15","2037-03-03"], [], None)
