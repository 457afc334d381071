from h import *
F = 'g14_salzburg_alpine_wood_partners.html'
assert wd(2042,3,17)=='Monday' and wd(2042,3,18)=='Tuesday' and wd(2042,9,23)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partners & Steering Committee | ALPWOOD-CIRC</title></head>
<body>
<div class="consent">This website only uses technically necessary cookies. <a href="/data">Data protection</a> <button>OK</button></div>
<header><p class="logo">ALPWOOD-CIRC · Circular timber value chains in the Alpine Space</p>
<nav><a href="/">Home</a> | <a href="/project">Project</a> | <a href="/partners">Partners</a> | <a href="/pilots">Pilot actions</a> | <a href="/results">Results</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home » Partners</p>
<h1>Partners and Steering Committee</h1>
<p>ALPWOOD-CIRC brings together ten partners from five Alpine countries to keep timber in use for longer – from demolition wood to new building products. The project runs from 1 October 2040 to 30 September 2043 and is led by the Salzburg wood cluster, Holzcluster Salzburg GmbH, on behalf of the province of Salzburg.</p>

<p>Across the Alpine Space, large volumes of construction timber end up burned as fuel after a single use. The partnership tests how beams, panels and windows can be taken out of buildings, graded and put back on the market. Six pilot actions are under way in the partner regions, and the results will feed into a joint action plan for the regional governments.</p>

<h2>Project partners</h2>
<ol>
<li>Holzcluster Salzburg GmbH, Salzburg (AT) – Lead Partner</li>
<li>Salzburg University of Applied Sciences – Campus Kuchl (AT)</li>
<li>proHolz Tirol, Innsbruck (AT)</li>
<li>Cluster Legno Trentino – Habitech – Distretto Tecnologico Trentino S.c.a r.l., Rovereto (IT)</li>
<li>Fondazione Edmund Mach, San Michele all'Adige (IT)</li>
<li>Cluster Forêt-Bois Auvergne-Rhône-Alpes (Fibois AURA), Lyon (FR)</li>
<li>Wood Industry Cluster – Lesarski grozd, Ljubljana (SI)</li>
<li>Biotechnical Faculty, University of Ljubljana (SI)</li>
<li>Holzbau Cluster Bayern e.V., Munich (DE)</li>
<li>Bayerische Landesanstalt für Wald und Forstwirtschaft (LWF), Freising (DE)</li>
</ol>
<p>Observers: Regione Lombardia – Directorate-General for Agriculture; Swiss Wood Innovation Network (S-WIN), Zurich.</p>

<h2>Steering Committee</h2>
<p>Each partner appoints one voting member. The Steering Committee is chaired by the Lead Partner and meets twice a year, alternately online and in a partner region.</p>
<ul>
<li>Chair: Mag. Clemens Aigner-Pichler, Managing Director, Holzcluster Salzburg GmbH</li>
<li>Vice-Chair: Dott.ssa Giulia Bortolotti, Habitech</li>
<li>Communication Coordinator: Manon Lefèvre-Dubois, Fibois AURA</li>
<li>Financial Manager (Lead Partner): Stefanie Hörmann</li>
</ul>
<p>Since January 2042 Dr. Urška Kranjc represents the Wood Industry Cluster, taking over from Matevž Golob, who has been appointed State Secretary at the Slovenian Ministry of Agriculture, Forestry and Food. Prof. Dr. Florian Weißbacher (Salzburg University of Applied Sciences) heads the scientific board of the project.</p>

<h2>Past and upcoming meetings</h2>
<ul>
<li>Kick-off meeting – Salzburg, 14–15 October 2040</li>
<li>2nd Steering Committee – online, 20 April 2041</li>
<li>3rd Steering Committee and study visit to demolition-wood recyclers – Rovereto, 6–7 October 2041</li>
<li>4th Steering Committee – Ljubljana, Monday 17 and Tuesday 18 March 2042</li>
<li>Partner meeting and public conference "Wood that comes back" – Lyon, Tuesday 23 September 2042</li>
</ul>

<h2>Conclusions of the 4th Steering Committee</h2>
<p>The partners met at the Biotechnical Faculty in Ljubljana and reached the following conclusions:</p>
<ul>
<li>The pilot on reclaimed glulam beams in Trentino is on schedule and will be documented as a case study by June 2042</li>
<li>The Bavarian and Tyrolean pilots will share one testing protocol to save costs</li>
<li>Partners agree to request a six-month extension only if the Lyon conference shows strong interest from industry</li>
<li>The communication budget will be shifted from printed material to short videos for SMEs</li>
</ul>
<p>The minutes were approved by written procedure on 2 April 2042.</p>

<h2>Contact</h2>
<p>Project coordination: Holzcluster Salzburg GmbH · Clemens Aigner-Pichler and Stefanie Hörmann · Jakob-Haringer-Straße 00, 5020 Salzburg · alpwood@holzcluster.example.at</p>
<p>Press: Manon Lefèvre-Dubois, communication@fibois.example.fr</p>
</main>
<footer><p>ALPWOOD-CIRC is co-funded by the European Union through the Interreg Alpine Space Programme 2021–2027 extension. The content reflects only the authors' views.</p>
<p><a href="/imprint">Imprint</a> · <a href="/data">Data protection</a> · © 2042 ALPWOOD-CIRC partnership</p></footer>
</body></html>
"""
write(F, T)
H="Holzcluster Salzburg GmbH"
gold(F,
 [P("Clemens Aigner-Pichler","Managing Director",H),
  P("Giulia Bortolotti","Vice-Chair","Cluster Legno Trentino – Habitech – Distretto Tecnologico Trentino S.c.a r.l."),
  P("Manon Lefèvre-Dubois","Communication Coordinator","Fibois AURA"),
  P("Stefanie Hörmann","Financial Manager",H),
  P("Urška Kranjc",None,"Wood Industry Cluster – Lesarski grozd"),
  P("Matevž Golob","State Secretary","Ministry of Agriculture, Forestry and Food"),
  P("Florian Weißbacher",None,"Salzburg University of Applied Sciences")],
 [O(H), O("Salzburg University of Applied Sciences – Campus Kuchl"), O("proHolz Tirol"),
  O("Cluster Legno Trentino – Habitech – Distretto Tecnologico Trentino S.c.a r.l."), O("Fondazione Edmund Mach"),
  O("Cluster Forêt-Bois Auvergne-Rhône-Alpes","Fibois AURA"), O("Wood Industry Cluster – Lesarski grozd"),
  O("Biotechnical Faculty, University of Ljubljana"), O("Holzbau Cluster Bayern e.V."),
  O("Bayerische Landesanstalt für Wald und Forstwirtschaft","LWF"), O("Regione Lombardia"),
  O("Directorate-General for Agriculture"), O("Swiss Wood Innovation Network","S-WIN"),
  O("Ministry of Agriculture, Forestry and Food")],
 [E("Kick-off meeting","2040-10-14","2040-10-15","Salzburg","Austria"),
  E("2nd Steering Committee","2041-04-20",None,None,None),
  E("3rd Steering Committee","2041-10-06","2041-10-07","Rovereto","Italy"),
  E("study visit to demolition-wood recyclers","2041-10-06","2041-10-07","Rovereto","Italy"),
  E("4th Steering Committee","2042-03-17","2042-03-18","Ljubljana","Slovenia"),
  E("Partner meeting","2042-09-23",None,"Lyon","France"),
  E("Wood that comes back","2042-09-23",None,"Lyon","France")],
 ["2040-10-01/2043-09-30","2042-01","2040-10-14/2040-10-15","2041-04-20","2041-10-06/2041-10-07",
  "2042-03-17/2042-03-18","2042-09-23","2042-06","2042-04-02","2021/2027"],
 ["The pilot on reclaimed glulam beams in Trentino is on schedule and will be documented as a case study by June 2042",
  "The Bavarian and Tyrolean pilots will share one testing protocol to save costs",
  "Partners agree to request a six-month extension only if the Lyon conference shows strong interest from industry",
  "The communication budget will be shifted from printed material to short videos for SMEs"],
 pub=None)
