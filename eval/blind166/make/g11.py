from h import *
F = 'g11_kocevje_wood_cluster_news.html'
assert wd(2036,9,9)=='Tuesday' and wd(2036,9,10)=='Wednesday' and wd(2036,10,16)=='Thursday' and wd(2036,10,17)=='Friday' and wd(2036,11,28)=='Friday' and wd(2036,10,6)=='Monday'
T = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News | Kočevsko Wood Cluster</title></head>
<body>
<div class="gdpr">This website uses cookies. By continuing to browse you agree to their use. <a href="/en/cookies">More</a> <a class="btn" href="#">OK</a></div>
<header><div class="top"><a href="/sl/">SLO</a> | <a href="/en/">ENG</a> | <a href="/en/search">Search</a></div>
<h1 class="site">Kočevsko Wood Cluster – Lesni grozd Kočevsko</h1>
<nav><ul><li><a href="/en/">Home</a></li><li><a href="/en/about">About</a></li><li><a href="/en/members">Members</a></li><li><a href="/en/projects">Projects</a></li><li><a href="/en/news" class="active">News</a></li><li><a href="/en/events">Events</a></li><li><a href="/en/contact">Contact</a></li></ul></nav></header>
<main>
<h2>News</h2>

<div class="post">
<h3>Beech market study: key findings presented in Kočevje</h3>
<p class="date">6 October 2036 | Category: Studies</p>
<p>The cluster presented its study on the market for Slovenian beech at a members' meeting in Kočevje on Wednesday 24 September 2036. The study was carried out by the Biotechnical Faculty of the University of Ljubljana and the Slovenian Forestry Institute (Gozdarski inštitut Slovenije, GIS), with data from 48 sawmills and furniture makers in south-eastern Slovenia. Presenting the results, Dr Mojca Kovačič, associate professor at the faculty, said that beech was "the most undervalued resource in the region".</p>
<p>Key findings:</p>
<ul>
<li>About 70 % of beech roundwood harvested in the Kočevje area leaves the region unprocessed</li>
<li>Local processing could add up to 350 jobs if drying and grading capacity were doubled</li>
<li>Buyers of engineered beech products are ready to pay a premium for certified regional origin</li>
</ul>
<p>The full report (Slovene, with English summary) can be downloaded from the members' area.</p>
<p class="share">Share on: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a></p>
</div>

<div class="post">
<h3>Call for demonstrators: wood in public buildings – deadline 28 November</h3>
<p class="date">1 October 2036 | Category: Calls</p>
<p>Municipalities in the Kočevsko and Ribnica area can apply for co-financing of wooden extensions to schools, kindergartens and health centres. The call is managed by the Slovenian Enterprise Fund (SEF) together with the Ministry of Natural Resources and Spatial Planning; the cluster offers free technical advice to applicants. Applications close on Friday 28 November 2036 at 12:00. Contact our project manager Tilen Oražem at tilen.orazem@lesnigrozd.example.si.</p>
<p class="share">Share on: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a></p>
</div>

<div class="post">
<h3>TIMBER-LINK partners meet in Kočevje</h3>
<p class="date">12 September 2036 | Category: Projects</p>
<p>The cluster hosted the third partner meeting of the Interreg Central Europe project TIMBER-LINK on 9 and 10 September 2036. The meeting started on Tuesday with a steering committee and ended on Wednesday with a visit to the Melamin wood-processing plant and to the cluster's training workshop in Kočevska Reka. Partners present:</p>
<ul>
<li>Lesni grozd Kočevsko (Slovenia) – host</li>
<li>Holzcluster Steiermark GmbH (Austria)</li>
<li>Zala Wood Innovation Cluster (Hungary)</li>
<li>Drvni klaster Gorski kotar (Croatia)</li>
<li>Forest Technology Centre Vysočina (Czech Republic)</li>
</ul>
<p>Lead partner Christoph Reinisch (Holzcluster Steiermark GmbH, Austria) thanked the hosts for "the best-organised meeting so far". The next meeting will take place in Delnice, Croatia, in March 2037. TIMBER-LINK runs from 2035 to 2038 and tests joint training modules for sawmill operators and machine technicians in five regions of the Alpine–Dinaric forest belt.</p>
<p class="share">Share on: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a></p>
</div>

<div class="post">
<h3>Kočevje Wood Days: 16–17 October 2036</h3>
<p class="date">10 September 2036 | Category: Events</p>
<p>The eighth Kočevje Wood Days will open on Thursday 16 October 2036 in the town square and at the Kočevje Sports Hall, with a professional conference on the first day and a public fair on Friday 17 October. The mayor of Kočevje, Andreja Briški Lesar, and the cluster director, Boštjan Rus, will open the event. Recent editions:</p>
<ul>
<li>2033 – 13–14 October, Kočevje</li>
<li>2034 – 16–17 October, Ribnica</li>
<li>2035 – 15–16 October, Kočevje</li>
</ul>
<p class="share">Share on: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a></p>
</div>

<p class="pager"><a href="/en/news?page=2">Older posts →</a></p>
</main>
<footer><p>Lesni grozd Kočevsko, Ljubljanska cesta 7, 1330 Kočevje, Slovenia · info@lesnigrozd.example.si</p>
<p>Member of the Slovenian Wood Industry Cluster network · © 2036 · <a href="/en/privacy">Privacy policy</a> · <a href="/en/imprint">Imprint</a></p></footer>
</body></html>
"""
write(F, T)
L = "Kočevsko Wood Cluster – Lesni grozd Kočevsko"
gold(F,
 [P("Mojca Kovačič","associate professor","Biotechnical Faculty of the University of Ljubljana"),
  P("Tilen Oražem","project manager","Lesni grozd Kočevsko"),
  P("Christoph Reinisch","Lead partner","Holzcluster Steiermark GmbH"),
  P("Andreja Briški Lesar","mayor of Kočevje",None),
  P("Boštjan Rus","cluster director","Lesni grozd Kočevsko")],
 [O("Lesni grozd Kočevsko"), O("Biotechnical Faculty of the University of Ljubljana"), O("University of Ljubljana"),
  O("Slovenian Forestry Institute","GIS"), O("Slovenian Enterprise Fund","SEF"),
  O("Ministry of Natural Resources and Spatial Planning"), O("Melamin"), O("Holzcluster Steiermark GmbH"),
  O("Zala Wood Innovation Cluster"), O("Drvni klaster Gorski kotar"), O("Forest Technology Centre Vysočina"),
  O("Slovenian Wood Industry Cluster")],
 [E("members' meeting","2036-09-24",None,"Kočevje","Slovenia"),
  E("third partner meeting of the Interreg Central Europe project TIMBER-LINK","2036-09-09","2036-09-10","Kočevje","Slovenia"),
  E("steering committee","2036-09-09",None,"Kočevje","Slovenia"),
  E("visit to the Melamin wood-processing plant","2036-09-10",None,None,"Slovenia"),
  E("next meeting","2037-03",None,"Delnice","Croatia"),
  E("Kočevje Wood Days","2036-10-16","2036-10-17","Kočevje","Slovenia"),
  E("conference","2036-10-16",None,"Kočevje","Slovenia"),
  E("public fair","2036-10-17",None,"Kočevje","Slovenia"),
  E("Kočevje Wood Days","2033-10-13","2033-10-14","Kočevje","Slovenia"),
  E("Kočevje Wood Days","2034-10-16","2034-10-17","Ribnica","Slovenia"),
  E("Kočevje Wood Days","2035-10-15","2035-10-16","Kočevje","Slovenia")],
 ["2036-10-06","2036-09-24","2036-11-28","2036-10-01","2036-09-12","2036-09-09/2036-09-10","2036-09-09","2036-09-10",
  "2037-03","2035/2038","2036-10-16/2036-10-17","2036-10-16","2036-10-17","2033","2033-10-13/2033-10-14","2034",
  "2034-10-16/2034-10-17","2035","2035-10-15/2035-10-16"],
 ["About 70 % of beech roundwood harvested in the Kočevje area leaves the region unprocessed",
  "Local processing could add up to 350 jobs if drying and grading capacity were doubled",
  "Buyers of engineered beech products are ready to pay a premium for certified regional origin"],
 pub=None)
