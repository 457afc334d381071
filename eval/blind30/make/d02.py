from g import *
N = "about-us-our-team.html"
doc(N, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Our team | Navarra Renewables Cluster</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/es">ES</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/about">About us</a> &rsaquo; Our team</div>
<main>
<h1>Our team</h1>
<p>The Navarra Renewables Cluster (NAREC) brings together 96 companies, technology centres and public bodies working on wind, solar, green hydrogen and grid technologies in Navarre. Our small office in Pamplona serves the members from the first idea to the European project.</p>
<section class="team-grid">
<div class="card"><h3>Amaia Etxeberria Goñi</h3><p class="role">general manager</p><a href="mailto:aetxeberria@narec.example">aetxeberria@narec.example</a></div>
<div class="card"><h3>Iñigo Zabaleta</h3><p class="role">project manager – hydrogen and storage</p></div>
<div class="card"><h3>Lucía Fernández de Arellano</h3><p class="role">EU projects officer</p></div>
<div class="card"><h3>Xabier Arrieta Mendía</h3><p class="role">member services &amp; events</p></div>
<div class="card"><h3>Carmen Ruiz Olaverri</h3><p class="role">communication</p></div>
<div class="card"><h3>Joseba Lizarraga</h3><p class="role">finance and administration</p></div>
</section>
<h2>Advisory board</h2>
<p>Since 2031 an advisory board of six external experts meets twice a year to review the cluster strategy. Its current members are:</p>
<ul>
<li><strong>Dr. Elena Salaberri</strong> – Director of Research, National Renewable Energy Centre (CENER)</li>
<li><strong>Prof. Mikel Urrutia</strong> – Public University of Navarre (UPNA), Department of Electrical Engineering</li>
<li><strong>Hans-Peter Lindqvist</strong> – former CTO of Vindkraft Nordik AB</li>
<li><strong>Nerea Goikoetxea</strong> – head of energy policy, Government of Navarre</li>
<li><strong>Pablo de la Fuente</strong> – CEO, Solarvento S.L.</li>
<li><strong>Marta Ibarrola</strong> – partner, Hidrolan Capital</li>
</ul>
<p>The advisory board next meets on 23 October 2033 at the Sodena offices.</p>
<p><a href="/files/NAREC-strategy-2031-2035.pdf">Download our strategy 2031–2035 (PDF)</a></p>
</main>
<footer><p>Navarra Renewables Cluster · Calle Tajonar 20, 31006 Pamplona · info@narec.example</p>
<p><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p>
<p>We use cookies to improve your experience. <button>Accept</button> <button>Reject</button></p>
<p>© 2033 NAREC</p></footer>
</body></html>
""")
gold(N, None,
 [P("Amaia Etxeberria Goñi","general manager","NAREC"), P("Iñigo Zabaleta","project manager – hydrogen and storage","NAREC"),
  P("Lucía Fernández de Arellano","EU projects officer","NAREC"), P("Xabier Arrieta Mendía","member services & events","NAREC"),
  P("Carmen Ruiz Olaverri","communication","NAREC"), P("Joseba Lizarraga","finance and administration","NAREC"),
  P("Elena Salaberri","Director of Research","National Renewable Energy Centre"),
  P("Mikel Urrutia",None,"Public University of Navarre"),
  P("Hans-Peter Lindqvist","former CTO","Vindkraft Nordik AB"),
  P("Nerea Goikoetxea","head of energy policy","Government of Navarre"),
  P("Pablo de la Fuente","CEO","Solarvento S.L."), P("Marta Ibarrola","partner","Hidrolan Capital")],
 [O("Navarra Renewables Cluster","NAREC"), O("National Renewable Energy Centre","CENER"),
  O("Public University of Navarre","UPNA"), O("Department of Electrical Engineering"),
  O("Vindkraft Nordik AB"), O("Government of Navarre"), O("Solarvento S.L."), O("Hidrolan Capital"), O("Sodena")],
 [E("advisory board meeting","2033-10-23","2033-10-23",None,None)],
 ["2031","2033-10-23","2031/2035"], [])
