from h import *
F = 'g06_venlo_beurs_gezamenlijke_stand.html'
assert wd(2035,11,6)=='Tuesday' and wd(2035,11,8)=='Thursday' and wd(2035,9,14)=='Friday' and wd(2035,10,4)=='Thursday' and wd(2035,10,5)=='Friday' and wd(2035,11,7)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Gezamenlijke stand op de AgriTech Beurs Venlo 2035 – Cluster Slimme Logistiek &amp; Agrofood Noord-Limburg</title></head>
<body>
<div class="cookiemelding">Deze website gebruikt functionele en analytische cookies. <a href="/cookies">Meer informatie</a> <button>Akkoord</button></div>
<header><p class="logo">Cluster Slimme Logistiek &amp; Agrofood Noord-Limburg</p>
<nav><a href="/">Home</a> | <a href="/over-ons">Over ons</a> | <a href="/leden">Leden</a> | <a href="/agenda">Agenda</a> | <a href="/nieuws">Nieuws</a> | <a href="/contact">Contact</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="kruimelpad">Home › Agenda › AgriTech Beurs Venlo 2035</p>
<article>
<h1>Meedoen op ons gezamenlijke paviljoen tijdens de AgriTech Beurs Venlo 2035</h1>
<p class="meta">Gepubliceerd op 14 september 2035 door Femke Janssen-Peeters · Leestijd 4 minuten</p>
<p class="lead"><strong>Van dinsdag 6 tot en met donderdag 8 november 2035 staat het cluster met een gezamenlijke stand op de AgriTech Beurs Venlo in het Evenementencentrum Venlo (Maasboulevard). Leden kunnen een eigen unit op het paviljoen huren en zich aanmelden voor een van de pitchsessies op het centrale podium.</strong></p>
<p>De beurs trekt elk jaar ruim 9.000 professionele bezoekers uit Nederland, Duitsland en België: tuinders, telers, logistieke dienstverleners en technologiebedrijven. In 2034 stonden acht leden op onze stand; samen voerden zij volgens eigen opgave 312 gesprekken. Dit jaar hebben we plaats voor twaalf units, waarvan er twee zijn gereserveerd voor start-ups uit de regio.</p>
<h2>Wat krijgt u?</h2>
<ul>
<li>een unit van 9 m² met wand, balie, twee krukken, stroom en naambord;</li>
<li>vermelding in de paviljoenfolder en op de clusterwebsite;</li>
<li>gebruik van de gemeenschappelijke vergaderhoek en de koffiebar;</li>
<li>begeleiding door het clusterteam bij de voorbereiding (webinar op donderdag 4 oktober 2035).</li>
</ul>
<p>De kosten bedragen € 1.450 excl. btw voor leden. Dankzij een bijdrage van de Provincie Limburg en de Brightlands Campus Greenport Venlo is dat ongeveer de helft van de normale prijs.</p>
<h2>Pitchsessies op het centrale podium</h2>
<p>Op elke beursdag organiseren wij samen met de Limburgse Ontwikkelingsmaatschappij (LIOF) een pitchsessie van een uur:</p>
<table>
<tr><th>Dag</th><th>Tijd</th><th>Thema</th><th>Presentatie</th></tr>
<tr><td>Dinsdag 6 november</td><td>14:00–15:00</td><td>Robotisering in kas en loods</td><td>Bram Hendrikx, LIOF</td></tr>
<tr><td>Woensdag 7 november</td><td>11:00–12:00</td><td>Grensoverschrijdend vervoer en douane</td><td>Ulrike Schmitz-Berends, IHK Mittlerer Niederrhein</td></tr>
<tr><td>Donderdag 8 november</td><td>14:00–15:00</td><td>Water en energie in de tuinbouw</td><td>Joris van den Heuvel, Waterschap Limburg</td></tr>
</table>
<p>Per sessie pitchen vijf bedrijven elk vijf minuten voor een panel van inkopers en investeerders. Na afloop is er tijd om kennis te maken. Een jury onder leiding van Maud Coenen, directeur van Greenport Venlo Innovation Center, kiest op donderdag de beste pitch; de winnaar krijgt een gratis unit op de editie van 2036.</p>
<h2>Netwerkborrel</h2>
<p>Op woensdag 7 november om 17:30 uur nodigen wij alle standhouders en relaties uit voor een netwerkborrel op het paviljoen, samen met het Duitse netwerk Agrobusiness Niederrhein e.V. Wethouder Economie van de gemeente Venlo, Ricardo Wijnen, opent de borrel.</p>
<h2>Aanmelden</h2>
<p>Aanmelden voor een unit kan tot en met <strong>vrijdag 5 oktober 2035</strong> via het formulier hieronder. Vol = vol: de units worden verdeeld op volgorde van binnenkomst. Aanmelden voor de pitchsessies kan tot 19 oktober 2035; een korte motivatie (max. 200 woorden) is verplicht.</p>
<p><a class="btn" href="/formulier/agritech-2035">Naar het aanmeldformulier</a> · <a href="/ics/agritech-2035">Zet in agenda</a></p>
<h2>Meer informatie</h2>
<p>Femke Janssen-Peeters, projectleider internationalisering<br>f.janssen@slimmelogistiek.example.nl · 077 000 00 00</p>
<p class="foto">Foto: onze stand tijdens de editie van 2034. © Cluster Slimme Logistiek &amp; Agrofood / Rob Verstappen</p>
</article>
<aside><h3>Ook in de agenda</h3>
<ul><li>16 oktober 2035 – Ledenbijeenkomst bij Trans-Maas Logistics, Blerick</li>
<li>27 november 2035 – Kennissessie waterstoftrucks, Venray</li>
<li>11 december 2035 – Eindejaarsbijeenkomst, Kasteel De Berckt, Baarlo</li></ul>
<h3>Delen</h3><p><a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">E-mail</a></p></aside>
</main>
<footer><p>Cluster Slimme Logistiek &amp; Agrofood Noord-Limburg · Celsiusweg 41 · 5928 PR Venlo · KvK 00000000</p>
<p>Mede mogelijk gemaakt door de Provincie Limburg. <a href="/privacy">Privacyverklaring</a> · <a href="/disclaimer">Disclaimer</a></p></footer>
</body></html>
"""
write(F, T)
C = "Cluster Slimme Logistiek & Agrofood Noord-Limburg"
gold(F,
 [P("Femke Janssen-Peeters","projectleider internationalisering",None),
  P("Bram Hendrikx",None,"LIOF"),
  P("Ulrike Schmitz-Berends",None,"IHK Mittlerer Niederrhein"),
  P("Joris van den Heuvel",None,"Waterschap Limburg"),
  P("Maud Coenen","directeur","Greenport Venlo Innovation Center"),
  P("Ricardo Wijnen","Wethouder Economie","gemeente Venlo"),
  P("Rob Verstappen",None,None)],
 [O(C), O("Provincie Limburg"), O("Brightlands Campus Greenport Venlo"),
  O("Limburgse Ontwikkelingsmaatschappij","LIOF"), O("IHK Mittlerer Niederrhein"), O("Waterschap Limburg"),
  O("Greenport Venlo Innovation Center"), O("Agrobusiness Niederrhein e.V."), O("gemeente Venlo"),
  O("Trans-Maas Logistics")],
 [E("AgriTech Beurs Venlo 2035","2035-11-06","2035-11-08","Venlo","Netherlands"),
  E("webinar","2035-10-04"),
  E("Robotisering in kas en loods","2035-11-06",None,"Venlo","Netherlands"),
  E("Grensoverschrijdend vervoer en douane","2035-11-07",None,"Venlo","Netherlands"),
  E("Water en energie in de tuinbouw","2035-11-08",None,"Venlo","Netherlands"),
  E("Netwerkborrel","2035-11-07",None,"Venlo","Netherlands"),
  E("Ledenbijeenkomst bij Trans-Maas Logistics","2035-10-16",None,"Blerick","Netherlands"),
  E("Kennissessie waterstoftrucks","2035-11-27",None,"Venray","Netherlands"),
  E("Eindejaarsbijeenkomst","2035-12-11",None,"Baarlo","Netherlands")],
 ["2035-09-14","2035-11-06/2035-11-08","2034","2035-10-04","2035-11-06","2035-11-07","2035-11-08","2035-10-05","2035-10-19",
  "2035-10-16","2035-11-27","2035-12-11"],
 [], pub="2035-09-14")
print(F, words(T))
