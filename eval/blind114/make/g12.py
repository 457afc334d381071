from h import *
F = 'g12_blue_islands_consortium.html'
assert wd(2036,9,15)=='Monday' and wd(2036,9,16)=='Tuesday' and wd(2037,3,17)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Consortium – BLUE-ISLES project</title></head>
<body>
<div class="cookies">This website uses only technical cookies. <a href="/legal">Legal notice</a> <button>Close</button></div>
<header><p class="logo">BLUE-ISLES · Blue economy clusters for outermost and island regions</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/consortium">Consortium</a> · <a href="/results">Results</a> · <a href="/news">News</a> · <a href="/contact">Contact</a></nav></header>
<main>
<h1>Consortium</h1>
<p>BLUE-ISLES is a three-year project (1 September 2036 – 31 August 2039) that links cluster organisations of the blue economy on islands in the Atlantic, the Mediterranean and the Baltic Sea. It is funded under the Single Market Programme and coordinated from Las Palmas de Gran Canaria. Eight partners from six countries form the consortium:</p>

<h2>Coordinator</h2>
<div class="partner">
<h3>Clúster Marítimo de Canarias (CMC) – Spain</h3>
<p>The maritime cluster of the Canary Islands gathers 140 companies in shipbuilding and repair, port services, aquaculture and marine research. <strong>Project coordinator:</strong> Dr. Yaiza Betancor Quintana, International Projects Director. <strong>Financial manager:</strong> Carlos Domínguez del Rosario.</p>
</div>

<h2>Partners</h2>
<div class="partner">
<h3>Instituto Tecnológico de Canarias, S.A. (ITC) – Spain</h3>
<p>Public technology centre of the Government of the Canary Islands, with a strong team in offshore renewable energy and desalination. Contact: Néstor Afonso Hernández, senior engineer.</p>
</div>
<div class="partner">
<h3>Cluster Marítimo dos Açores – Portugal</h3>
<p>Cluster organisation based in Ponta Delgada. Leads work package 3 (skills). Contact: Inês Medeiros Furtado, Cluster Manager.</p>
</div>
<div class="partner">
<h3>Pôle Mer Bretagne Atlantique – France</h3>
<p>Competitiveness cluster with offices in Brest and Nantes; leads work package 4 (innovation vouchers). Contact: Gwenaël Le Bihan, project officer, with support of Anne-Sophie Kerjean.</p>
</div>
<div class="partner">
<h3>Malta Marittima Agency – Malta</h3>
<p>Government agency that coordinates the maritime cluster of Malta and Gozo. Contact: Dr. Joseph Camilleri-Vella, Chief Executive Officer.</p>
</div>
<div class="partner">
<h3>Sicindustria – Sicily, Italy</h3>
<p>Association of industrial companies of Sicily, hosting the Enterprise Europe Network Sicily office in Palermo. Contact: Rosaria Lo Piccolo.</p>
</div>
<div class="partner">
<h3>Gotland Blue Cluster ek. för. – Sweden</h3>
<p>Economic association of companies and researchers in Visby, focusing on seaweed, fisheries and marine tourism. Leads work package 5 (communication). Contact: Elin Hägg-Johansson, coordinator.</p>
</div>
<div class="partner">
<h3>Uppsala University, Campus Gotland – Sweden</h3>
<p>Provides the research input on island economies and the project's impact evaluation. Contact: Prof. Dr. Oskar Lindgren.</p>
</div>

<h2>Work packages</h2>
<p>WP1 Project management (CMC) · WP2 Mapping of island blue-economy value chains (Uppsala University) · WP3 Skills (Azores) · WP4 Innovation vouchers (Pôle Mer Bretagne Atlantique) · WP5 Communication and dissemination (Gotland) · WP6 Cross-island matchmaking (Malta Marittima Agency).</p>
<h2>Associated partners</h2>
<p>The consortium is supported by three associated partners who take part in the project meetings at their own cost: the Cabildo de Gran Canaria, the Regional Government of the Azores (Direção Regional do Mar) and the CPMR Islands Commission.</p>

<h2>Governance</h2>
<p>The General Assembly, with one representative per partner, takes all strategic decisions. It is chaired by the coordinator and meets every six months. The Advisory Board of three external experts – Dr. Niamh Ní Bhriain (Marine Institute, Galway), Stelios Papadakis (Crete Regional Development Agency) and Ann-Kristin Holmberg (Åland Technology Centre) – reviews the project's results once a year.</p>

<h2>Meetings so far</h2>
<ul>
<li>Kick-off meeting – Las Palmas de Gran Canaria, 15–16 September 2036</li>
<li>Second partner meeting and General Assembly – Ponta Delgada, Tuesday 17 March 2037</li>
<li>Island Blue Economy Matchmaking – Valletta, 4–5 October 2037, with 112 companies</li>
</ul>
<h2>Key messages from the kick-off</h2>
<p>At the close of the kick-off meeting in Las Palmas, the partners agreed on four messages that guide the consortium's work:</p>
<ul>
<li>Island clusters share the same bottlenecks – distance, small markets and seasonal labour – and should stop solving them one island at a time</li>
<li>Every activity must involve companies from at least three islands</li>
<li>Innovation vouchers should be simple enough for a micro-company to apply without a consultant</li>
<li>Results will be shared with the CPMR Islands Commission so that other island regions can reuse them</li>
</ul>
<p>Opening the meeting, the President of the Cabildo de Gran Canaria, Lucía Santana Rivero, recalled that the archipelago's blue economy employs more than 30,000 people. The coordinator presented the work plan; the first deliverable, a map of island blue-economy value chains, is due in March 2037.</p>
<p>The next General Assembly will take place in Visby in spring 2038. <a href="/news">Read more in our news</a></p>
</main>
<footer><p>BLUE-ISLES has received funding from the European Union's Single Market Programme. Views and opinions expressed are those of the authors only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
<p>© BLUE-ISLES consortium · <a href="/privacy">Privacy</a> · Follow us: <a href="#">LinkedIn</a> <a href="#">Instagram</a></p></footer>
</body></html>
"""
write(F, T)
CMC="Clúster Marítimo de Canarias"
gold(F,
 [P("Yaiza Betancor Quintana","International Projects Director",CMC),
  P("Carlos Domínguez del Rosario","Financial manager",CMC),
  P("Néstor Afonso Hernández","senior engineer","Instituto Tecnológico de Canarias, S.A."),
  P("Inês Medeiros Furtado","Cluster Manager","Cluster Marítimo dos Açores"),
  P("Gwenaël Le Bihan","project officer","Pôle Mer Bretagne Atlantique"),
  P("Anne-Sophie Kerjean",None,"Pôle Mer Bretagne Atlantique"),
  P("Joseph Camilleri-Vella","Chief Executive Officer","Malta Marittima Agency"),
  P("Rosaria Lo Piccolo",None,"Sicindustria"),
  P("Elin Hägg-Johansson","coordinator","Gotland Blue Cluster ek. för."),
  P("Oskar Lindgren",None,"Uppsala University"),
  P("Niamh Ní Bhriain",None,"Marine Institute"),
  P("Stelios Papadakis",None,"Crete Regional Development Agency"),
  P("Ann-Kristin Holmberg",None,"Åland Technology Centre"),
  P("Lucía Santana Rivero","President","Cabildo de Gran Canaria")],
 [O(CMC,"CMC"), O("Instituto Tecnológico de Canarias, S.A.","ITC"), O("Government of the Canary Islands"),
  O("Cluster Marítimo dos Açores"), O("Pôle Mer Bretagne Atlantique"), O("Malta Marittima Agency"), O("Sicindustria"),
  O("Enterprise Europe Network Sicily"), O("Gotland Blue Cluster ek. för."), O("Uppsala University"), O("Campus Gotland"),
  O("Cabildo de Gran Canaria"), O("Regional Government of the Azores"), O("Direção Regional do Mar"),
  O("CPMR Islands Commission"), O("Marine Institute"), O("Crete Regional Development Agency"), O("Åland Technology Centre"),
  O("European Union"), O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Kick-off meeting","2036-09-15","2036-09-16","Las Palmas de Gran Canaria","Spain"),
  E("Second partner meeting and General Assembly","2037-03-17",None,"Ponta Delgada","Portugal"),
  E("Island Blue Economy Matchmaking","2037-10-04","2037-10-05","Valletta","Malta"),
  E("General Assembly","2038",None,"Visby","Sweden")],
 ["2036-09-01/2039-08-31","2036-09-15/2036-09-16","2037-03-17","2037-10-04/2037-10-05","2038","2037-03"],
 ["Island clusters share the same bottlenecks – distance, small markets and seasonal labour – and should stop solving them one island at a time",
  "Every activity must involve companies from at least three islands",
  "Innovation vouchers should be simple enough for a micro-company to apply without a consultant",
  "Results will be shared with the CPMR Islands Commission so that other island regions can reuse them"])
