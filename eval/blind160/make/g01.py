from h import *
F = 'g01_valtellina_timber_forum_outcomes.html'
assert wd(2038,10,14)=='Thursday' and wd(2038,10,15)=='Friday' and wd(2038,10,13)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Alpine Timber Forum 2038 – outcome report | Cluster Legno Valtellina</title></head>
<body>
<div class="cookie-bar">We use technical and analytics cookies. By continuing to browse you accept our <a href="/cookie-policy">cookie policy</a>. <button>OK</button> <button>Settings</button></div>
<header><a class="brand" href="/">Cluster Legno Valtellina · Alpine Wood Cluster</a>
<nav><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/forum">Alpine Timber Forum</a> · <a href="/news">News</a> · <a href="/it">IT</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home › Alpine Timber Forum › 2038 › Outcome report</p>
<h1>Alpine Timber Forum 2038: what we agreed in Sondrio</h1>
<p class="byline">By Chiara Bonfadini, communication officer · 26 October 2038 · 6 min read</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>

<p>Two days, 212 participants from six countries and one question that kept coming back: how can a mountain valley keep the value of its timber instead of shipping round logs to sawmills across the border? The fifth Alpine Timber Forum took place on Thursday 14 and Friday 15 October 2038 in Sondrio, hosted by the Province of Sondrio and organised by our cluster together with the Chamber of Commerce of Sondrio and the Fondazione Politecnico di Milano.</p>

<p>The forum opened with a welcome by Lorenzo Ciapponi, President of the Province of Sondrio, and by our own president, Marta Rainoldi (Segheria Rainoldi & Figli). The keynote, "From log to lamella: what Alpine regions can learn from each other", was given by Prof. Florian Hechenbichler of the Technical University of Munich, who compared the cross-laminated timber value chains of Tyrol, Graubünden and Lombardy.</p>

<h2>Programme at a glance</h2>
<ul>
<li>Wed 13 October, 19:30 – welcome dinner for speakers at Palazzo Sertoli</li>
<li>Thu 14 October, 09:30 – opening and keynote</li>
<li>Thu 14 October, 11:00 – three parallel workshops: forest data, skills, public procurement</li>
<li>Thu 14 October, 16:00 – B2B meetings (58 meetings booked through the platform)</li>
<li>Fri 15 October, 08:30 – company visits to Legnotech Valtellina in Morbegno and to the biomass district heating plant in Tirano</li>
<li>Fri 15 October, 14:00 – closing plenary and adoption of the conclusions</li>
</ul>

<p>In the procurement workshop, chaired by Giulia Tognolini, procurement officer of the Municipality of Sondrio, three mayors explained why public tenders still favour steel and concrete. Lukas Perathoner of proHolz Tirol (Austria) showed how Tyrolean municipalities write timber into their tender criteria. Anna-Katharina Wyss, managing director of Lignum Graubünden (Switzerland), presented the "Holz aus dem Tal" label, which has been in use since 2031.</p>

<p>The skills workshop was led by the head of the wood technology department at the CFP Valtellina vocational school, Davide Menatti, who reported that only nine apprentice carpenters finished their training in the valley in 2038, against 31 ten years earlier.</p>

<h2>Key conclusions</h2>
<p>At the closing plenary the participants adopted the following conclusions, which will be sent to the Lombardy Region and to the EUSALP action group on forests:</p>
<ol>
<li>The valley needs at least one sawmill able to produce structural timber of certified strength classes, otherwise local wood will continue to leave as round logs</li>
<li>Public buyers should be able to use a regional origin label in tenders; the cluster will prepare a model clause with the Municipality of Sondrio by June 2039</li>
<li>Forest owners, sawmills and builders must share one digital register of available timber volumes</li>
<li>Apprenticeships in carpentry and timber construction should be promoted jointly by companies and schools, starting with an open day in every municipality</li>
<li>Cross-border cooperation with Graubünden and Tyrol should become a permanent working group rather than a yearly meeting</li>
</ol>

<p>"We leave Sondrio with homework, which is the best thing a forum can give you," said Marta Rainoldi at the close. The working group with the Swiss and Austrian partners will hold its first meeting online in January 2039.</p>

<h2>Past editions</h2>
<ul class="editions">
<li>2034 – Morbegno, 9–10 November</li>
<li>2035 – Tirano, 19–20 October</li>
<li>2036 – Chiavenna, 13–14 October</li>
<li>2037 – Bormio, 21–22 October</li>
<li>2038 – Sondrio, 14–15 October</li>
</ul>
<p>The 2039 edition will move across the border for the first time, to Poschiavo (Switzerland), in October 2039. Dates will follow.</p>

<p class="tags">Tags: forum · timber construction · public procurement · skills · cross-border</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
<p><a href="/news">‹ Back to news</a> · Related: <a href="#">Call for speakers 2039</a> · <a href="#">Photo gallery</a></p>
</main>
<footer><p>Cluster Legno Valtellina – Via Trieste 12, 23100 Sondrio (SO) · VAT IT00000000000 · info@clusterlegno.example.it</p>
<p>© 2038 Cluster Legno Valtellina · <a href="/privacy">Privacy</a> · <a href="/cookie-policy">Cookie policy</a> · <a href="/credits">Credits</a></p></footer>
</body></html>
"""
write(F, T)
C = "Cluster Legno Valtellina"
gold(F,
 [P("Chiara Bonfadini","communication officer",C),
  P("Lorenzo Ciapponi","President","Province of Sondrio"),
  P("Marta Rainoldi","president",C),
  P("Florian Hechenbichler",None,"Technical University of Munich"),
  P("Giulia Tognolini","procurement officer","Municipality of Sondrio"),
  P("Lukas Perathoner",None,"proHolz Tirol"),
  P("Anna-Katharina Wyss","managing director","Lignum Graubünden"),
  P("Davide Menatti","head of the wood technology department","CFP Valtellina")],
 [O(C), O("Province of Sondrio"), O("Chamber of Commerce of Sondrio"),
  O("Fondazione Politecnico di Milano"), O("Segheria Rainoldi & Figli"), O("Technical University of Munich"),
  O("Municipality of Sondrio"), O("proHolz Tirol"), O("Lignum Graubünden"), O("CFP Valtellina"),
  O("Legnotech Valtellina"), O("Lombardy Region"), O("EUSALP action group on forests")],
 [E("Alpine Timber Forum","2038-10-14","2038-10-15","Sondrio","Italy"),
  E("welcome dinner","2038-10-13",None,"Sondrio","Italy"),
  E("From log to lamella: what Alpine regions can learn from each other","2038-10-14",None,"Sondrio","Italy"),
  E("B2B meetings","2038-10-14",None,"Sondrio","Italy"),
  E("company visits","2038-10-15",None,"Morbegno, Tirano","Italy"),
  E("working group","2039-01",None,None,None),
  E("Alpine Timber Forum","2034-11-09","2034-11-10","Morbegno","Italy"),
  E("Alpine Timber Forum","2035-10-19","2035-10-20","Tirano","Italy"),
  E("Alpine Timber Forum","2036-10-13","2036-10-14","Chiavenna","Italy"),
  E("Alpine Timber Forum","2037-10-21","2037-10-22","Bormio","Italy"),
  E("Alpine Timber Forum","2039-10",None,"Poschiavo","Switzerland")],
 ["2038-10-26","2038-10-14/2038-10-15","2038-10-13","2038-10-14","2038-10-15","2031","2038","2039-06","2039-01",
  "2034-11-09/2034-11-10","2035-10-19/2035-10-20","2036-10-13/2036-10-14","2037-10-21/2037-10-22","2039-10"],
 ["The valley needs at least one sawmill able to produce structural timber of certified strength classes, otherwise local wood will continue to leave as round logs",
  "Public buyers should be able to use a regional origin label in tenders; the cluster will prepare a model clause with the Municipality of Sondrio by June 2039",
  "Forest owners, sawmills and builders must share one digital register of available timber volumes",
  "Apprenticeships in carpentry and timber construction should be promoted jointly by companies and schools, starting with an open day in every municipality",
  "Cross-border cooperation with Graubünden and Tyrol should become a permanent working group rather than a yearly meeting"],
 pub="2038-10-26")
