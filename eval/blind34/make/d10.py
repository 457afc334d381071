from common import *
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Speakers – Andalucía Aerospace Summit 2035</title></head>
<body>
<header><a href="/" class="logo">Andalucía Aerospace Summit</a>
<nav><a href="/programme">Programme</a> | <a href="/speakers" class="active">Speakers</a> | <a href="/venue">Venue</a> | <a href="/register">Register</a></nav></header>
<div class="crumbs">Home / Summit 2035 / Speakers</div>
<main>
<h1>Speakers</h1>
<p class="lead">Seville, FIBES Conference Centre · 21–22 November 2035 · organised by AEROSUR – Andalusian Aerospace Cluster</p>

<h2>Opening session</h2>
<div class="speaker"><h3>Rocío Benjumea Palacios</h3><p>President, AEROSUR – Andalusian Aerospace Cluster · CEO, Aeromecánica Guadaíra S.L.</p></div>
<div class="speaker"><h3>Antonio José Cabello</h3><p>Regional Minister of Economy, Junta de Andalucía</p></div>

<h2>Panel 1 – Supply chain resilience after the ramp-up</h2>
<p class="mod">Moderator: <strong>Lucía Ortega Vidal</strong>, journalist, Diario Económico del Sur</p>
<div class="speaker"><h3>Françoise Lemaire-Dubreuil</h3><p>Vice President Procurement Europe, Aérostructures Garonne SAS</p></div>
<div class="speaker"><h3>Karim El Idrissi</h3><p>Managing Director, Titanium Forge Andalucía S.A.</p></div>
<div class="speaker"><h3>Birgit Oehlschläger</h3><p>Cluster Manager, Hanse Aero Network e.V.</p></div>

<h2>Panel 2 – Drones, U-space and new entrants</h2>
<p class="mod">Moderated by <strong>Manuel de la Fuente Ríos</strong>, head of innovation at AEROSUR</p>
<div class="speaker"><h3>Niamh Ó Súilleabháin</h3><p>Co-founder &amp; COO, SkyLattice Ltd (Cork)</p></div>
<div class="speaker"><h3>Álvaro Pérez-Cotán</h3><p>Project officer, EISMEA</p></div>
<div class="speaker"><h3>Giulia Di Benedetto</h3><p>Researcher, Centro Avanzado de Tecnologías Aeroespaciales (CATEC)</p></div>

<h2>Closing keynote</h2>
<div class="speaker"><h3>Jean-Baptiste VAN DEN BOSSCHE</h3><p>Head of Unit, Aerospace and Defence Industries, DG DEFIS, European Commission</p></div>

<p>Photos of the 2034 edition are online in our <a href="/gallery">gallery</a>. Last update: 30/10/2035</p>
</main>
<footer>© AEROSUR 2035 · Parque Tecnológico Aeroespacial Aerópolis, La Rinconada (Sevilla) · <a href="/legal">Legal notice</a> · <a href="/cookies">Cookies</a></footer>
</body></html>
"""
H="AEROSUR – Andalusian Aerospace Cluster"
save("speakers.html", T, None,
 [P("Rocío Benjumea Palacios","President",H),
  P("Antonio José Cabello","Regional Minister of Economy","Junta de Andalucía"),
  P("Lucía Ortega Vidal","journalist","Diario Económico del Sur"),
  P("Françoise Lemaire-Dubreuil","Vice President Procurement Europe","Aérostructures Garonne SAS"),
  P("Karim El Idrissi","Managing Director","Titanium Forge Andalucía S.A."),
  P("Birgit Oehlschläger","Cluster Manager","Hanse Aero Network e.V."),
  P("Manuel de la Fuente Ríos","head of innovation","AEROSUR"),
  P("Niamh Ó Súilleabháin","Co-founder & COO","SkyLattice Ltd"),
  P("Álvaro Pérez-Cotán","Project officer","EISMEA"),
  P("Giulia Di Benedetto","Researcher","Centro Avanzado de Tecnologías Aeroespaciales"),
  P("Jean-Baptiste VAN DEN BOSSCHE","Head of Unit, Aerospace and Defence Industries","DG DEFIS")],
 [O(H,"AEROSUR"),O("Aeromecánica Guadaíra S.L."),O("Junta de Andalucía"),O("Diario Económico del Sur"),
  O("Aérostructures Garonne SAS"),O("Titanium Forge Andalucía S.A."),O("Hanse Aero Network e.V."),
  O("SkyLattice Ltd"),O("EISMEA"),O("Centro Avanzado de Tecnologías Aeroespaciales","CATEC"),O("DG DEFIS"),
  O("European Commission")],
 [E("Andalucía Aerospace Summit 2035","2035-11-21","2035-11-22","Seville","Spain"),
  E("2034 edition","2034","2034",None,None)],
 ["2035-11-21/2035-11-22","2035-10-30"], [])
