from h import *
F = 'g06_lienz_mountain_tech_forum.html'
assert wd(2038,6,3)=='Thursday' and wd(2038,6,4)=='Friday' and wd(2038,6,2)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mountain Tech Forum 2038 – Outcome | Cluster Alpine Technologies Osttirol</title></head>
<body>
<div id="consent">This website uses cookies. Necessary cookies are always on; statistics cookies only with your consent. <button>OK</button> <button>Only necessary</button> <a href="/datenschutz">Data protection</a></div>
<header><a class="logo" href="/">Cluster Alpine Technologies Osttirol</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/cluster">The cluster</a></li><li><a href="/partners">Partners</a></li><li><a href="/forum">Mountain Tech Forum</a></li><li><a href="/news">News</a></li><li><a href="/de">DE</a></li></ul></nav></header>
<main>
<h1>Mountain Tech Forum 2038: outcome and photos</h1>
<p class="meta">Lienz, 10 June 2038 · Category: Events · <a href="#">Share on LinkedIn</a> · <a href="#">Send by e-mail</a></p>

<p>Some 240 participants from seven countries came to Lienz for the eighth Mountain Tech Forum on 3 and 4 June 2038. The forum of the Cluster Alpine Technologies Osttirol (CATO) brings together makers of cable cars, snow and avalanche technology, outdoor equipment and alpine construction with the tourism regions that use them. This year's theme was "Mountains without snow? Technologies for the four-season Alps".</p>

<p>The forum was opened by Mayor Elisabeth Blanik-Huber of the Stadtgemeinde Lienz and by Mag. Florian Unterweger, managing director of CATO. The keynote "Winter is not over – but it is moving" was given by Dr. Chiara Dal Pozzo of Eurac Research in Bolzano. In the afternoon the cluster's technology award went to the young company Glockner Sensorik GmbH from Matrei for its avalanche-warning radar.</p>

<p>Three parallel sessions followed. In the session on water, Ing. Markus Gasser, technical director of Bergbahnen Hochpustertal, presented the figures of the first season with the new plant. Katja Mlakar from Tehnološki park Bled spoke about summer bike parks in the Julian Alps, and Pierre-Yves Brunet, president of Outdoor Sports Valley, explained how the French outdoor industry trains its own sales staff. The third session, on avalanche and rock-fall sensors, was chaired by Prof. Dr. Johannes Hübl of the University of Natural Resources and Life Sciences (BOKU) in Vienna.</p>

<p>As every year, the forum ended with a visit: on Friday 4 June the participants toured the new pump-storage snowmaking plant of Bergbahnen Hochpustertal in Sillian. A pre-forum dinner for speakers took place on Wednesday 2 June at 19:30 in the Schloss Bruck restaurant.</p>

<h2>Conclusions of the forum</h2>
<p>At the closing session the moderator, Dr. Verena Obkircher (Management Center Innsbruck), summed up what the speakers and participants had agreed:</p>
<ol>
<li>Technology providers must offer solutions for summer and autumn, not only for winter</li>
<li>Small ski areas need shared services for energy and water management, organised across borders</li>
<li>Data from sensors on the mountains should be shared between companies, research institutes and civil protection</li>
<li>Training for technicians must be organised together with the vocational schools of East Tyrol, South Tyrol and Carinthia</li>
</ol>

<h2>Partners of the cluster</h2>
<p>The cluster has 54 members. Its international partners in the forum were:</p>
<ul>
<li>Eurac Research (Italy)</li>
<li>Cluster Montagna (Italy)</li>
<li>Tehnološki park Bled (Slovenia)</li>
<li>Outdoor Sports Valley (France)</li>
<li>Standortagentur Tirol (Austria)</li>
<li>Bayern Innovativ GmbH (Germany)</li>
<li>Swiss Alpine Technology Network (Switzerland)</li>
</ul>

<h2>Past editions</h2>
<p>Mountain Tech Forum – where and when:</p>
<ul>
<li>2031 – Lienz, 12–13 June</li>
<li>2032 – Sillian, 10–11 June</li>
<li>2033 – Lienz, 6–7 June</li>
<li>2034 – Bruneck (South Tyrol), 4–5 June</li>
<li>2035 – Lienz, 3–4 June</li>
<li>2036 – Spittal an der Drau, 9–10 June</li>
<li>2037 – Matrei in Osttirol, 8–9 June</li>
<li>2038 – Lienz, 3–4 June</li>
</ul>
<p>The ninth edition will be held in Lienz in June 2039. A call for speakers opens in January.</p>

<h2>The team behind the forum</h2>
<p>Programme: Mag. Florian Unterweger, managing director · Organisation: Theresa Wibmer and Lukas Oberhuber, project managers · Press: Sandra Kollnig</p>

<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a> · <a href="#">Print</a></p>
</main>
<footer><p>Cluster Alpine Technologies Osttirol · c/o RGO Regionsmanagement Osttirol · Amlacher Straße 12 · 9900 Lienz · Austria</p>
<p>Funded by the State of Tyrol and the European Union. <a href="/impressum">Imprint</a> · <a href="/datenschutz">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
C="Cluster Alpine Technologies Osttirol"
gold(F,
 [P("Elisabeth Blanik-Huber","Mayor","Stadtgemeinde Lienz"),
  P("Florian Unterweger","managing director",C),
  P("Chiara Dal Pozzo",None,"Eurac Research"),
  P("Verena Obkircher","moderator","Management Center Innsbruck"),
  P("Markus Gasser","technical director","Bergbahnen Hochpustertal"),
  P("Katja Mlakar",None,"Tehnološki park Bled"),
  P("Pierre-Yves Brunet","president","Outdoor Sports Valley"),
  P("Johannes Hübl",None,"University of Natural Resources and Life Sciences"),
  P("Theresa Wibmer","project manager",C),
  P("Lukas Oberhuber","project manager",C),
  P("Sandra Kollnig","Press",C)],
 [O(C,"CATO"), O("Stadtgemeinde Lienz"), O("Eurac Research"), O("Glockner Sensorik GmbH"), O("Bergbahnen Hochpustertal"),
  O("Management Center Innsbruck"), O("Cluster Montagna"), O("Tehnološki park Bled"), O("Outdoor Sports Valley"),
  O("Standortagentur Tirol"), O("Bayern Innovativ GmbH"), O("Swiss Alpine Technology Network"),
  O("University of Natural Resources and Life Sciences","BOKU"), O("RGO Regionsmanagement Osttirol"), O("State of Tyrol"), O("European Union")],
 [E("Mountain Tech Forum","2038-06-03","2038-06-04","Lienz","Austria"),
  E("Winter is not over – but it is moving","2038-06-03",None,"Lienz","Austria"),
  E("visit","2038-06-04",None,"Sillian","Austria"),
  E("pre-forum dinner","2038-06-02",None,"Lienz","Austria"),
  E("Mountain Tech Forum","2031-06-12","2031-06-13","Lienz","Austria"),
  E("Mountain Tech Forum","2032-06-10","2032-06-11","Sillian","Austria"),
  E("Mountain Tech Forum","2033-06-06","2033-06-07","Lienz","Austria"),
  E("Mountain Tech Forum","2034-06-04","2034-06-05","Bruneck","Italy"),
  E("Mountain Tech Forum","2035-06-03","2035-06-04","Lienz","Austria"),
  E("Mountain Tech Forum","2036-06-09","2036-06-10","Spittal an der Drau","Austria"),
  E("Mountain Tech Forum","2037-06-08","2037-06-09","Matrei in Osttirol","Austria"),
  E("Mountain Tech Forum","2039-06",None,"Lienz","Austria")],
 ["2038-06-10","2038-06-03/2038-06-04","2038-06-04","2038-06-02","2031-06-12/2031-06-13","2032-06-10/2032-06-11",
  "2033-06-06/2033-06-07","2034-06-04/2034-06-05","2035-06-03/2035-06-04","2036-06-09/2036-06-10","2037-06-08/2037-06-09","2039-06","2039-01"],
 ["Technology providers must offer solutions for summer and autumn, not only for winter",
  "Small ski areas need shared services for energy and water management, organised across borders",
  "Data from sensors on the mountains should be shared between companies, research institutes and civil protection",
  "Training for technicians must be organised together with the vocational schools of East Tyrol, South Tyrol and Carinthia"],
 pub="2038-06-10")
