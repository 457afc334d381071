from g import *
N = "press-kit-contacts.html"
doc(N, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press kit – Contacts | Andalusian Aerospace Summit 2034</title></head>
<body>
<header><nav><a href="/">Summit</a> | <a href="/programme">Programme</a> | <a href="/speakers">Speakers</a> | <a href="/press">Press</a> | <a href="/register">Register</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/press">Press kit</a> &rsaquo; Contacts</div>
<main>
<p class="tabs"><a href="#">About the summit</a> · <a href="#">Programme</a> · <a href="#">Photos &amp; logos</a> · <strong>Contacts</strong> · <a href="#">Accreditation</a></p>
<h1>Press contacts</h1>
<p>Journalists are welcome at the Andalusian Aerospace Summit, 11–12 June 2034, FIBES Conference Centre, Seville. Accreditation closes on 4 June 2034.</p>
<h2>Press office</h2>
<div class="contact"><strong>Rocío Castaño Villalba</strong><br>Press officer, Clúster Aeroespacial del Guadalquivir (CAG)<br>+34 600 000 111 · prensa@cag.example</div>
<div class="contact"><strong>Javier Moreno Ortiz</strong><br>Press office assistant (accreditation, photo requests)<br>+34 600 000 112</div>
<h2>Spokespersons</h2>
<p>The following people are available for interviews during the summit:</p>
<ul>
<li><strong>Inmaculada Rivas Ordóñez</strong>, president of CAG – on the regional aerospace strategy and the summit</li>
<li><strong>Alberto Salcedo</strong>, managing director of the cluster – on supply chain, skills and the new member programme</li>
<li><strong>Dr. María José Ledesma</strong>, director of the Advanced Manufacturing Centre (FAMEC) – on automation and composites</li>
<li><strong>François Delorme</strong>, head of procurement, Aerolithe SAS (Toulouse) – on European buyers&#8217; expectations</li>
</ul>
<p>For questions on the European programmes please contact the Andalusian Agency for Development and Innovation (ANDI): <strong>Pilar Gómez de la Serna</strong>, communication officer, pgomez@andi.example</p>
<p><em>Last updated: 20 May 2034</em></p>
</main>
<footer><p>© Clúster Aeroespacial del Guadalquivir · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookies</a></p>
<p>This site uses cookies. <button>OK</button></p></footer>
</body></html>
""")
gold(N, "2034-05-20",
 [P("Rocío Castaño Villalba","Press officer","Clúster Aeroespacial del Guadalquivir"),
  P("Javier Moreno Ortiz","Press office assistant","Clúster Aeroespacial del Guadalquivir"),
  P("Inmaculada Rivas Ordóñez","president","CAG"), P("Alberto Salcedo","managing director","CAG"),
  P("María José Ledesma","director","Advanced Manufacturing Centre"), P("François Delorme","head of procurement","Aerolithe SAS"),
  P("Pilar Gómez de la Serna","communication officer","Andalusian Agency for Development and Innovation")],
 [O("Clúster Aeroespacial del Guadalquivir","CAG"), O("Advanced Manufacturing Centre","FAMEC"), O("Aerolithe SAS"),
  O("Andalusian Agency for Development and Innovation","ANDI")],
 [E("Andalusian Aerospace Summit 2034","2034-06-11","2034-06-12","Seville","Spain")],
 ["2034-06-11/2034-06-12","2034-06-04","2034-05-20"], [])
