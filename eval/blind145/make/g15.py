from h import *
F = 'g15_lucca_paper_forum_outcomes.html'
assert wd(2041,10,9)=='Wednesday' and wd(2041,10,10)=='Thursday' and wd(2041,12,3)=='Tuesday' and wd(2042,2,5)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lucca Paper Forum – outcomes of the 2041 edition | Tuscan Paper Cluster</title></head>
<body>
<div class="gdpr">This website uses technical and analytics cookies. <a href="/cookie-policy">Cookie policy</a> · <button>Accept all</button> <button>Only necessary</button></div>
<header><p>Tuscan Paper Cluster · Polo Cartario Toscano</p>
<nav><a href="/">Home</a> · <a href="/chi-siamo">Who we are</a> · <a href="/soci">Members</a> · <a href="/forum">Lucca Paper Forum</a> · <a href="/progetti">Projects</a> · <a href="/news">News</a> · <a href="/it">IT</a></nav></header>
<main>
<p class="bc">Home / Lucca Paper Forum / 2041</p>
<h1>Lucca Paper Forum 2041: main outcomes</h1>
<p class="date">24 October 2041 · Editorial team</p>
<p>More than 500 paper makers, machine builders, packaging converters and researchers met at the Real Collegio in Lucca on Wednesday 9 and Thursday 10 October 2041 for the seventh Lucca Paper Forum. This year's theme, "Fibre without fossil: the paper district on the road to 2050", reflected the pressure on the district's tissue and packaging mills to cut gas use while energy prices remain high.</p>
<p>The Forum was organised by the Tuscan Paper Cluster (Polo Cartario Toscano) and Lucense S.C.a r.l., with the support of the Regione Toscana and the Chamber of Commerce of Lucca. Opening the event, the cluster's President, Alessandra Martinelli-Gherardi, CEO of Cartiere Serchio S.p.A., recalled that the district produces about 80% of Italy's tissue paper and employs close to 13,000 people in the province of Lucca.</p>
<h2>Highlights of the programme</h2>
<ul>
<li>Day 1, 10:00 – Keynote by Dr Mikael Lindgren-Åberg, Director of Innovation, Confederation of European Paper Industries (CEPI), on the European pulp and paper transition pathway</li>
<li>Day 1, 14:30 – Panel "Heat pumps, biomass, hydrogen: which route for tissue?" with Gianni Del Carlo (Lucart S.p.A.), Dr Sabine Oberhauser (Voith Paper GmbH) and Prof. Laura Pierotti (University of Pisa)</li>
<li>Day 1, 20:00 – Forum dinner at the Villa Reale di Marlia</li>
<li>Day 2, 09:00 – B2B meetings between mills and technology suppliers (186 meetings)</li>
<li>Day 2, 14:00 – Company visits to the Lucart mill in Diecimo and to the Paper Museum in Pescia</li>
</ul>
<p>In his keynote, Dr Lindgren-Åberg warned that the tissue segment is among the most gas-intensive in the European paper industry and that districts which plan together will find it easier to secure grid connections and biomass supplies. The panel that followed showed how far apart the options still are: heat pumps need cheap electricity and new drying technology, biomass depends on local supply chains, and hydrogen remains, in Dr Oberhauser's words, "a solution for the 2040s, not for next winter".</p>
<h2>Main outcomes</h2>
<p>At the close of the Forum, the cluster's Director, Paolo Bertolucci, summarised what the participants had agreed:</p>
<ol>
<li>The district will prepare a joint energy transition plan for its 90 mills by the end of 2042, with a shared assessment of heat pump and biomass options</li>
<li>Lucense and the University of Pisa will set up a testing line for new fibre-based packaging in Capannori</li>
<li>The cluster will ask the Regione Toscana to treat the district as one project in the next call for industrial decarbonisation</li>
<li>A working group on skills will map the technicians needed by 2045 together with the ITS Prime school</li>
</ol>
<h2>Coming up</h2>
<p>The debate continues on Tuesday 3 December 2041 with a public panel debate in Capannori, "Paper, water and the Serchio: who pays for the transition?", organised with the Municipality of Capannori and the Serchio river basin authority. The cluster's General Assembly will meet on Wednesday 5 February 2042 to approve the energy transition plan's terms of reference.</p>
<h2>Past editions</h2>
<table>
<tr><th>Edition</th><th>Year</th><th>Theme</th></tr>
<tr><td>1st</td><td>2035</td><td>The district and Industry 5.0</td></tr>
<tr><td>3rd</td><td>2037</td><td>Water and paper</td></tr>
<tr><td>5th</td><td>2039</td><td>Packaging after plastics</td></tr>
<tr><td>6th</td><td>2040</td><td>Skills for the mills of tomorrow</td></tr>
</table>
<p>Photos: Studio Fotografico Nardini. Presentations are available on request from forum@polocartario.example.it.</p>
<p><a href="/forum">‹ Back to the Forum page</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a></p>
</main>
<footer><p>Polo Cartario Toscano – Tuscan Paper Cluster · Via della Chiesa 32, 55100 Lucca · VAT IT00000000000</p></footer>
</body></html>
"""
write(F, T)
C="Tuscan Paper Cluster"
gold(F,
 [P("Alessandra Martinelli-Gherardi","President",C),
  P("Mikael Lindgren-Åberg","Director of Innovation","Confederation of European Paper Industries"),
  P("Gianni Del Carlo",None,"Lucart S.p.A."), P("Sabine Oberhauser",None,"Voith Paper GmbH"),
  P("Laura Pierotti",None,"University of Pisa"), P("Paolo Bertolucci","Director",C)],
 [O(C), O("Lucense S.C.a r.l."), O("Regione Toscana"), O("Chamber of Commerce of Lucca"),
  O("Cartiere Serchio S.p.A."), O("Confederation of European Paper Industries","CEPI"), O("Lucart S.p.A."),
  O("Voith Paper GmbH"), O("University of Pisa"), O("ITS Prime"), O("Municipality of Capannori"),
  O("Serchio river basin authority"), O("Studio Fotografico Nardini")],
 [E("Lucca Paper Forum 2041","2041-10-09","2041-10-10","Lucca","Italy"),
  E("Forum dinner","2041-10-09",None,"Marlia","Italy"),
  E("B2B meetings","2041-10-10",None,"Lucca","Italy"),
  E("Company visits","2041-10-10",None,"Diecimo, Pescia","Italy"),
  E("Paper, water and the Serchio: who pays for the transition?","2041-12-03",None,"Capannori","Italy"),
  E("General Assembly","2042-02-05",None,None,None),
  E("Lucca Paper Forum","2035",None,None,None), E("Lucca Paper Forum","2037",None,None,None),
  E("Lucca Paper Forum","2039",None,None,None), E("Lucca Paper Forum","2040",None,None,None)],
 ["2041-10-24","2041-10-09/2041-10-10","2050","2042","2045","2041-12-03","2042-02-05","2035","2037","2039","2040","2041"],
 ["The district will prepare a joint energy transition plan for its 90 mills by the end of 2042, with a shared assessment of heat pump and biomass options",
  "Lucense and the University of Pisa will set up a testing line for new fibre-based packaging in Capannori",
  "The cluster will ask the Regione Toscana to treat the district as one project in the next call for industrial decarbonisation",
  "A working group on skills will map the technicians needed by 2045 together with the ITS Prime school"],
 pub="2041-10-24")
