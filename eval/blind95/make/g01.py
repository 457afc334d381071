from h import *
F = 'g01_genoa_blue_cluster_team.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,22)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our team – Liguria Blue Economy Cluster</title></head>
<body>
<div class="cookies">This site uses technical and analytics cookies. By continuing to browse you accept them. <a href="/privacy">Read more</a> <button>OK</button></div>
<header><div class="brand">LBEC · Distretto Ligure delle Tecnologie Marine</div>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/team" class="on">Team</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/news">News</a> · <a href="/it">IT</a>/<a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home / About / Team</p>
<h1>Our team</h1>
<p>The cluster office in the Porto Antico of Genoa has eleven people. We support 134 member companies, research centres and port authorities in shipbuilding, marine robotics, offshore energy and port logistics. Below you find who does what. For general questions write to info@lbec.example.it or call +39 010 000 1100 (Monday to Friday, 9:00–13:00). If you do not know whom to ask, start with the member services desk: we answer every message within two working days and pass it on to the right colleague, in Italian or English.</p>
<p class="updated">Page updated on 12 March 2037</p>

<h2>Management</h2>
<div class="card"><h3>Giulia Ferraris-Odone</h3><p class="title">Director</p><p class="unit">Management</p><p>Leads the cluster office since 2033 and represents the cluster in the European Marine Cluster Alliance. Before joining she spent nine years at Fincantieri Infrastructure in Trieste.</p><p>giulia.ferraris@lbec.example.it</p></div>
<div class="card"><h3>Matteo Lanzavecchia</h3><p class="title">Deputy Director and Head of Finance</p><p class="unit">Administration &amp; Finance</p><p>matteo.lanzavecchia@lbec.example.it</p></div>

<h2>Innovation &amp; Projects</h2>
<div class="card"><h3>Dr. Chiara Bonfiglio</h3><p class="title">Head of Innovation</p><p class="unit">Innovation &amp; Projects</p><p>Coordinates the working groups on underwater robotics and green shipping and is our contact for the Horizon Europe calls. PhD in naval architecture from the University of Genoa.</p><p>chiara.bonfiglio@lbec.example.it</p></div>
<div class="card"><h3>Luca Parodi</h3><p class="title">Project Manager</p><p class="unit">Innovation &amp; Projects</p><p>Manages the Interreg Euro-MED project PORTS4GREEN; contact for pilot sites in La Spezia and Savona.</p><p>luca.parodi@lbec.example.it</p></div>
<div class="card"><h3>Sofia Ravera</h3><p class="title">Project Officer – Skills</p><p class="unit">Innovation &amp; Projects</p><p>Runs the traineeship scheme with the Istituto Tecnico Superiore per la Mobilità Sostenibile "Accademia Italiana della Marina Mercantile".</p><p>sofia.ravera@lbec.example.it</p></div>
<div class="card"><h3>Emanuele Sciaccaluga</h3><p class="title">Technology Scout</p><p class="unit">Innovation &amp; Projects</p><p>Seconded from the Italian Institute of Technology (IIT) until June 2038.</p><p>emanuele.sciaccaluga@lbec.example.it</p></div>

<h2>Internationalisation</h2>
<div class="card"><h3>Anna-Lena Brückner</h3><p class="title">International Relations Manager</p><p class="unit">Internationalisation</p><p>Organises trade missions and the cluster's presence at SMM Hamburg. Speaks German, Italian, English and Norwegian.</p><p>anna-lena.brueckner@lbec.example.it</p></div>
<div class="card"><h3>Davide Cevasco</h3><p class="title">Enterprise Europe Network Advisor</p><p class="unit">Internationalisation</p><p>Part of the Enterprise Europe Network ALPS consortium hosted by the Chamber of Commerce of Genoa.</p><p>davide.cevasco@lbec.example.it</p></div>

<h2>Communication &amp; Members</h2>
<div class="card"><h3>Francesca Oddone</h3><p class="title">Communication Manager</p><p class="unit">Communication &amp; Members</p><p>Newsletter, website, press. Press enquiries: press@lbec.example.it</p></div>
<div class="card"><h3>Pietro Maragliano</h3><p class="title">Member Services Officer</p><p class="unit">Communication &amp; Members</p><p>New memberships, fees, the member directory.</p><p>pietro.maragliano@lbec.example.it</p></div>
<div class="card"><h3>Rosa Delfino</h3><p class="title">Office Assistant</p><p class="unit">Administration &amp; Finance</p><p>rosa.delfino@lbec.example.it</p></div>

<section class="news-box"><h2>Team news</h2>
<p><strong>Welcome, Sofia!</strong> Sofia Ravera joined the team on 2 February 2037 from the Liguria Region's Department for Education and Training, where she worked on the regional ITS network.</p>
<p><strong>Goodbye and thank you, Marco.</strong> After six years as project manager, Marco Bagnasco left the cluster at the end of January 2037 to become innovation manager at the Port System Authority of the Western Ligurian Sea. His projects are now run by Luca Parodi.</p>
<p><strong>Meet us:</strong> the whole team will be at the Members' Open Day on Wednesday, 22 April 2037, 10:00–16:00, at the Galata Museo del Mare, Genoa. Registration by 15 April 2037.</p>
</section>

<section class="jobs"><h2>Work with us</h2><p>We are looking for a Project Officer for offshore wind (full time, fixed term 2037–2039). Applications by 30 March 2037. <a href="/jobs">Vacancy notice (PDF, 212 KB)</a></p></section>
</main>
<footer><p>Liguria Blue Economy Cluster – Distretto Ligure delle Tecnologie Marine S.c.r.l. · Molo Ponte Morosini 41, 16126 Genova · VAT IT00000000000</p>
<p>Supported by the Liguria Region under the Regional Programme ERDF 2028–2034. © 2037 LBEC · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · <a href="/accessibility">Accessibility</a></p>
<p>Share this page: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p></footer>
</body></html>
"""
write(F, T)
C = "Liguria Blue Economy Cluster"
gold(F,
 [P("Giulia Ferraris-Odone","Director",C),
  P("Matteo Lanzavecchia","Deputy Director and Head of Finance",C),
  P("Chiara Bonfiglio","Head of Innovation",C),
  P("Luca Parodi","Project Manager",C),
  P("Sofia Ravera","Project Officer – Skills",C),
  P("Emanuele Sciaccaluga","Technology Scout",C),
  P("Anna-Lena Brückner","International Relations Manager",C),
  P("Davide Cevasco","Enterprise Europe Network Advisor",C),
  P("Francesca Oddone","Communication Manager",C),
  P("Pietro Maragliano","Member Services Officer",C),
  P("Rosa Delfino","Office Assistant",C),
  P("Marco Bagnasco","innovation manager","Port System Authority of the Western Ligurian Sea")],
 [O(C,"LBEC"), O("European Marine Cluster Alliance"), O("Fincantieri Infrastructure"), O("University of Genoa"),
  O('Istituto Tecnico Superiore per la Mobilità Sostenibile "Accademia Italiana della Marina Mercantile"'),
  O("Italian Institute of Technology","IIT"), O("Enterprise Europe Network ALPS"), O("Chamber of Commerce of Genoa"),
  O("Liguria Region"), O("Department for Education and Training"),
  O("Port System Authority of the Western Ligurian Sea")],
 [E("Members' Open Day","2037-04-22",None,"Genoa","Italy"), E("SMM Hamburg",None,None,"Hamburg","Germany")],
 ["2037-03-12","2033","2038-06","2037-02-02","2037-01","2037-04-22","2037-04-15","2037/2039","2037-03-30","2028/2034"],
 [], "2037-03-12")
