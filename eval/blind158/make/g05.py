from h import *
F = 'g05_hautes_alpes_mountain_awards.html'
assert wd(2037,11,19)=='Thursday' and wd(2037,11,20)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Alpine Outdoor Cluster Awards 2037: the winners | Outdoor Alpes Cluster</title></head>
<body>
<div id="consent">This website uses cookies for statistics. By continuing you accept them. <a href="/cookies">Learn more</a> <button>Accept all</button> <button>Refuse</button></div>
<header><div class="logo">OUTDOOR ALPES CLUSTER · Gap – Hautes-Alpes</div>
<nav><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/news">News</a> · <a href="/agenda">Agenda</a> · <a href="/fr">FR</a></nav></header>
<main>
<p class="crumbs">Home / News / Awards</p>
<h1>Alpine Outdoor Cluster Awards 2037: five winners from three countries</h1>
<p class="byline">By Camille Reynaud · 21 November 2037 · 4 min read</p>

<p>Gap, 21 November 2037 – Five companies and one young designer received the Alpine Outdoor Cluster Awards 2037 at a ceremony on Thursday 19 November 2037 in the Quattro concert hall in Gap. More than 280 guests from the outdoor, mountain sports and textile industries attended the evening, which closed the two-day Alpine Outdoor Meetings.</p>

<p>The awards are given every year by the Outdoor Alpes Cluster with its partners in the alpine cluster network Alps Outdoor Link: the Cluster Sport Innovation Trentino (Italy), the Outdoor Cluster Tirol (Austria) and the Slovenian Outdoor Cluster (Slovenia). This year the jury received 64 applications, the highest number since the first edition in Annecy in 2029.</p>

<h2>The winners</h2>
<p>The jury, chaired by Élodie Chabrand, former general manager of the European Outdoor Group, chose the following winners:</p>
<ul>
<li><strong>Product innovation:</strong> Kordo Ropes (Kranj, Slovenia) for a climbing rope made of 80% recycled polyamide</li>
<li><strong>Circular economy:</strong> Second Peak SAS (Embrun, France) for its repair and resale service for ski touring equipment</li>
<li><strong>Cooperation between members:</strong> Montura Lab (Rovereto, Italy) and the textile school Lycée Aristide Briand in Gap for a joint training line</li>
<li><strong>Start-up of the year:</strong> Gletscherblick GmbH (Innsbruck, Austria), an app for avalanche risk training</li>
<li><strong>Regional impact:</strong> Les Ateliers du Champsaur, a social enterprise in Saint-Bonnet-en-Champsaur that employs 22 people</li>
</ul>
<p>The young designer prize went to Inès MARTIN-FAURE, a student at the ENSCI – Les Ateliers in Paris, for a modular backpack frame.</p>

<p>"Five years ago, these awards were mainly about products. Today, half of the entries are about repair, reuse and cooperation. That tells us where the industry is heading," said Olivier Bellon, president of the Outdoor Alpes Cluster, when he opened the ceremony.</p>

<p>The prizes were handed over by Anne Delorme, vice-president of the Provence-Alpes-Côte d'Azur Region in charge of the economy, and by the Mayor of Gap, Jean-Luc Arnaud-Brès. Each winner receives 5,000 euros and a free stand at the ISPO fair in Munich in February 2038.</p>

<h2>Two days of meetings</h2>
<p>The ceremony followed the Alpine Outdoor Meetings, held on 19 and 20 November 2037 at the Gap-Tallard aerodrome business park. On the first day, 47 companies took part in B2B meetings with buyers from retail chains. On Friday 20 November, participants visited the production site of Second Peak in Embrun and the paragliding school Tallard Vol Libre.</p>
<p>Cluster manager Thibault Garcin said the number of buyers had doubled compared with last year, mostly thanks to the new partnership with the Alps Outdoor Link network. A short report with the results of the meetings will be sent to members before the end of the year.</p>

<p>The 2038 Awards will be hosted by the Outdoor Cluster Tirol in Innsbruck. Applications will open in June 2038.</p>

<p class="share">Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Copy link</a></p>
<aside><h3>Related</h3><p><a href="#">Call for applications 2037 (closed)</a> · <a href="#">Winners 2036</a> · <a href="#">Photo gallery</a></p></aside>
</main>
<footer><p>Outdoor Alpes Cluster · Pépinière d'entreprises, 5 rue des Silos, 05000 Gap · contact@outdoor-alpes.example.fr</p>
<p>With the support of the Provence-Alpes-Côte d'Azur Region and the Department of Hautes-Alpes · <a href="#">Legal notice</a> · <a href="#">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
OA="Outdoor Alpes Cluster"
gold(F,
 [P("Camille Reynaud",None,None),
  P("Élodie Chabrand","former general manager","European Outdoor Group"),
  P("Inès MARTIN-FAURE","student","ENSCI – Les Ateliers"),
  P("Olivier Bellon","president",OA), P("Thibault Garcin","Cluster manager",OA),
  P("Anne Delorme","vice-president of the Provence-Alpes-Côte d'Azur Region in charge of the economy","Provence-Alpes-Côte d'Azur Region"),
  P("Jean-Luc Arnaud-Brès","Mayor of Gap",None)],
 [O(OA), O("Alps Outdoor Link"), O("Cluster Sport Innovation Trentino"), O("Outdoor Cluster Tirol"), O("Slovenian Outdoor Cluster"),
  O("European Outdoor Group"), O("Kordo Ropes"), O("Second Peak SAS"), O("Montura Lab"), O("Lycée Aristide Briand"),
  O("Gletscherblick GmbH"), O("Les Ateliers du Champsaur"), O("ENSCI – Les Ateliers"), O("Provence-Alpes-Côte d'Azur Region"),
  O("Tallard Vol Libre"), O("Department of Hautes-Alpes")],
 [E("Alpine Outdoor Cluster Awards 2037","2037-11-19",None,"Gap","France"),
  E("Alpine Outdoor Cluster Awards","2029",None,"Annecy","France"),
  E("Alpine Outdoor Meetings","2037-11-19","2037-11-20","Gap","France"),
  E("B2B meetings","2037-11-19",None,"Gap","France"),
  E("visited the production site of Second Peak","2037-11-20",None,"Embrun, Tallard","France"),
  E("ISPO","2038-02",None,"Munich","Germany"),
  E("Alpine Outdoor Cluster Awards","2038",None,"Innsbruck","Austria")],
 ["2037-11-21","2037-11-19","2029","2038-02","2037-11-19/2037-11-20","2037-11-20","2038","2038-06"],
 [], pub="2037-11-21")
