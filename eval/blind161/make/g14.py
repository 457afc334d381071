from h import *
F = 'g14_jaca_outdoor_cluster_press_release.html'
assert wd(2036,11,20)=='Thursday' and wd(2036,11,21)=='Friday' and wd(2036,11,19)=='Wednesday' and wd(2036,11,25)=='Tuesday' and wd(2037,2,5)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press room – Aragon and Occitanie outdoor clusters join forces | Clúster Pirineo Outdoor</title></head>
<body>
<div class="cookies">We use our own and third-party cookies for analytics. By continuing to browse you accept their use. <a href="/en/cookies">More information</a> <button>OK</button></div>
<header><p class="logo">Clúster Pirineo Outdoor · Aragon Mountain Sports Industry Cluster</p>
<nav><a href="/en/">Home</a> / <a href="/en/cluster">The cluster</a> / <a href="/en/partners">Partners</a> / <a href="/en/projects">Projects</a> / <a href="/en/press">Press room</a> / <a href="/en/agenda">Agenda</a> / <a href="/es/">ES</a> · <a href="/fr/">FR</a></nav></header>
<main>
<p class="crumbs">Home » Press room » 2036</p>
<article>
<p class="kicker">PRESS RELEASE</p>
<h1>Aragon and Occitanie outdoor clusters sign cross-border alliance in Jaca</h1>
<p class="dateline"><strong>Jaca, 21 November 2036.</strong> By the press office · 4 min read</p>
<p>The Clúster Pirineo Outdoor, which represents 71 companies making and selling mountain sports equipment and services in the Aragonese Pyrenees, and the French cluster Outdoor Sports Valley Occitanie signed a cooperation agreement on Thursday 20 November 2036 in Jaca. The signing took place during the second Pyrenean Outdoor Summit, which brought 230 participants from both sides of the border to the Palacio de Congresos de Jaca on 19–20 November.</p>
<p>The agreement was signed by the president of the Aragonese cluster, Íñigo Lacasa Ferrer, CEO of the climbing-gear maker Roca Vertical S.L. (Sabiñánigo), and by Sandrine Bousquet-Laffont, president of the Occitanie cluster. It was witnessed by the Government of Aragon's Minister for Economy, Employment and Industry, María Pilar Gracia Villacampa, and by Thierry Lamarque, vice-president for economic development of the Région Occitanie.</p>
<p>Under the agreement, the two clusters will run joint training for mountain guides and ski technicians, share a test site for textiles on the Somport pass, and present a common stand at ISPO Munich. They will also prepare a joint proposal for the Interreg POCTEFA programme on sustainable mountain tourism.</p>
<p>"For a company in Jaca, the natural market is not Madrid but the valleys of Béarn and Bigorre," said Lacasa Ferrer. "With this agreement our members will sell, test and train on both sides of the Somport as if the border did not exist." Bousquet-Laffont added that French firms were interested in the Aragonese know-how in climbing walls and in adventure tourism.</p>
<h2>Two days in Jaca</h2>
<p>The summit opened on Wednesday 19 November with a keynote by Dr Elena Sarasa Bielsa of the Universidad de Zaragoza on the effects of shorter snow seasons on the local economy, followed by a round table of ski-resort managers. In the evening, participants were invited to a welcome reception at the Ciudadela de Jaca. The second day was devoted to B2B meetings (112 meetings between 64 companies) and closed with the signing ceremony. On Friday 21 November, a group of 30 participants took part in a product-testing day at the Candanchú ski resort, organised with Aramón.</p>
<p>The summit was co-financed by the Instituto Aragonés de Fomento (IAF) and the Comarca de la Jacetania.</p>
<h2>About the Clúster Pirineo Outdoor</h2>
<p>Founded in 2029 in Jaca, the cluster brings together manufacturers, retailers, guiding companies, ski resorts and research centres. Its manager is Nerea Garcés Puyuelo. The cluster's 2035–2038 strategy focuses on year-round tourism, circular textiles and digital services for mountain safety.</p>
<p><strong>Press contact:</strong> Jorge Aznárez, communication, prensa@pirineooutdoor.example.es, +34 974 00 00 00</p>
<p>Share: <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a> · <a href="#">Print</a></p>
</article>
<aside>
<h3>Related news</h3>
<ul>
<li><a href="#">25 November 2036 – Photos of the Pyrenean Outdoor Summit now online</a></li>
<li><a href="#">Save the date: cluster general assembly, 5 February 2037, Huesca</a></li>
<li><a href="#">First Pyrenean Outdoor Summit held in Pau (October 2035)</a></li>
</ul>
</aside>
</main>
<footer><p>Clúster Pirineo Outdoor · Avda. Regimiento de Galicia 9 · 22700 Jaca (Huesca) · Registered in the Aragon Register of Associations</p>
<p>With the support of the Government of Aragon. <a href="/en/legal">Legal notice</a> · <a href="/en/privacy">Privacy policy</a> · <a href="/en/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
C = "Clúster Pirineo Outdoor"
gold(F,
 [P("Íñigo Lacasa Ferrer","president",C),
  P("Sandrine Bousquet-Laffont","president","Outdoor Sports Valley Occitanie"),
  P("María Pilar Gracia Villacampa","Minister for Economy, Employment and Industry","Government of Aragon"),
  P("Thierry Lamarque","vice-president for economic development","Région Occitanie"),
  P("Elena Sarasa Bielsa",None,"Universidad de Zaragoza"),
  P("Nerea Garcés Puyuelo","manager",C), P("Jorge Aznárez","communication",C)],
 [O(C), O("Outdoor Sports Valley Occitanie"), O("Roca Vertical S.L."), O("Région Occitanie"),
  O("Universidad de Zaragoza"), O("Aramón"), O("Instituto Aragonés de Fomento","IAF"), O("Comarca de la Jacetania"),
  O("Government of Aragon")],
 [E("Pyrenean Outdoor Summit","2036-11-19","2036-11-20","Jaca","Spain"),
  E("signing ceremony","2036-11-20",None,"Jaca","Spain"),
  E("welcome reception","2036-11-19",None,"Jaca","Spain"),
  E("B2B meetings","2036-11-20",None,"Jaca","Spain"),
  E("product-testing day","2036-11-21",None,"Candanchú","Spain"),
  E("ISPO Munich",None,None,"Munich","Germany"),
  E("cluster general assembly","2037-02-05",None,"Huesca","Spain"),
  E("Pyrenean Outdoor Summit","2035-10",None,"Pau","France")],
 ["2036-11-21","2036-11-20","2036-11-19/2036-11-20","2036-11-19","2029","2035/2038","2036-11-25","2037-02-05","2035-10"],
 [], pub="2036-11-21")
