from h import *
F = 'g01_asturias_cluster_conference_conclusions.html'
assert wd(2038,10,13)=='Wednesday' and wd(2038,10,15)=='Friday' and wd(2038,11,3)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conclusions published: Atlantic Clusters Summit 2038 | Asturias Cluster Platform</title></head>
<body>
<div class="cookie-banner">We use cookies to measure traffic on this website. <a href="/privacy">Cookie policy</a> <button>OK</button></div>
<header><p class="brand">Asturias Cluster Platform</p>
<nav><a href="/">Home</a> · <a href="/clusters">Our clusters</a> · <a href="/policy">Policy</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/es">ES</a></nav></header>
<main>
<p class="crumbs">Home / News / Policy</p>
<h1>Atlantic Clusters Summit: the conclusions are out</h1>
<p class="byline">By Lucía Fernández-Cueto · Wednesday, 3 November 2038 · 5 min read</p>
<p>Three weeks after the doors closed at the Laboral Ciudad de la Cultura in Gijón, the organisers of the fourth Atlantic Clusters Summit have published the conclusions of the three days of debate. The summit ran from Wednesday 13 to Friday 15 October 2038 and brought together 410 participants from 19 countries, among them cluster managers, regional ministries, the European Commission and the Atlantic regions' innovation agencies.</p>
<p>The summit was organised by the Asturias Cluster Platform with the Regional Development Agency of the Principality of Asturias (IDEPA) and the Conference of Peripheral Maritime Regions (CPMR). It was opened by Pelayo Suárez Arguelles, Regional Minister for Science, Business and Employment, and by Margit Oostenbrink, Head of the Clusters and Industrial Ecosystems Unit at DG GROW.</p>

<h2>What was on the table</h2>
<p>The programme followed three strands: offshore wind and the supply chain for floating platforms, the conversion of steel and metal-processing sites, and blue biotechnology. On the first afternoon, a study visit took 60 delegates to the port of El Musel, where the port authority presented its plans for an assembly yard for floating foundations. The summit dinner on Thursday 14 October was held at the Palacio de Revillagigedo.</p>
<p>A closed round table of regional ministers on the Friday morning discussed how the Atlantic regions could coordinate their calls for cluster projects. It was chaired by Ailbhe Ní Bhriain of the Western Development Commission (Ireland), who also acts as rapporteur of the CPMR Atlantic Arc Commission's working group on industry.</p>

<h2>Key conclusions</h2>
<p>The rapporteurs, Dr Tiago Vasconcelos Pinto (University of Aveiro) and Hélène Le Goff-Marchand (Bretagne Pôle Naval), summarised the debates in six points:</p>
<ul>
<li>Atlantic clusters should pool their supplier databases for offshore wind instead of each region mapping the same companies</li>
<li>Transition plans for steel sites must be drawn up with the cluster organisations from the start, not after the investment decision</li>
<li>Regions should open at least part of their cluster calls to partners from other Atlantic regions by 2040</li>
<li>Skills remain the main bottleneck: welders, electrical technicians and marine biologists are short everywhere</li>
<li>Blue biotechnology needs pilot facilities that small firms can rent by the week</li>
<li>The Atlantic cluster community should speak with one voice in the consultation on the next cohesion policy</li>
</ul>
<p>"We heard the same message in every room: nobody can build the offshore wind supply chain alone," said Ignacio Menéndez Valdés, managing director of the Asturias Cluster Platform. "The next step is to turn these six points into a joint work plan before the summer."</p>

<h2>What happens next</h2>
<p>A working group of the participating cluster organisations will meet in Avilés on 9 March 2039 to draft the joint work plan. The conclusions will also be presented at the General Assembly of the European Clusters Alliance in Brussels on 24 February 2039. Comments on the conclusions can be sent until 15 January 2039.</p>

<h2>Past editions</h2>
<ul>
<li>2032 – Cork, Ireland</li>
<li>2034 – Saint-Nazaire, France</li>
<li>2036 – Aveiro, Portugal</li>
<li>2038 – Gijón, Spain</li>
</ul>
<p>The fifth summit will be hosted in 2040 by the Highlands and Islands Enterprise in Inverness.</p>
<p><a href="/docs/acs2038-conclusions.pdf">Download the conclusions (PDF, 1.2 MB)</a> · <a href="/news">Read more news</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
<p class="tags">Tags: offshore wind, steel, blue economy, Atlantic</p>
</main>
<footer><p>Asturias Cluster Platform · Parque Científico Tecnológico de Gijón, Edificio Centros Tecnológicos, 33203 Gijón</p>
<p>© 2038 · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
A = "Asturias Cluster Platform"
gold(F,
 [P("Lucía Fernández-Cueto"),
  P("Pelayo Suárez Arguelles","Regional Minister for Science, Business and Employment",None),
  P("Margit Oostenbrink","Head of the Clusters and Industrial Ecosystems Unit","DG GROW"),
  P("Ailbhe Ní Bhriain","rapporteur","CPMR Atlantic Arc Commission"),
  P("Tiago Vasconcelos Pinto","rapporteur","University of Aveiro"),
  P("Hélène Le Goff-Marchand","rapporteur","Bretagne Pôle Naval"),
  P("Ignacio Menéndez Valdés","managing director",A)],
 [O(A), O("Regional Development Agency of the Principality of Asturias","IDEPA"),
  O("Conference of Peripheral Maritime Regions","CPMR"), O("European Commission"), O("DG GROW"),
  O("Western Development Commission"), O("CPMR Atlantic Arc Commission"), O("University of Aveiro"),
  O("Bretagne Pôle Naval"), O("European Clusters Alliance"), O("Highlands and Islands Enterprise")],
 [E("Atlantic Clusters Summit","2038-10-13","2038-10-15","Gijón","Spain"),
  E("study visit","2038-10-13",None,"Gijón","Spain"),
  E("summit dinner","2038-10-14",None,"Gijón","Spain"),
  E("working group of the participating cluster organisations","2039-03-09",None,"Avilés","Spain"),
  E("General Assembly of the European Clusters Alliance","2039-02-24",None,"Brussels","Belgium"),
  E("Atlantic Clusters Summit","2032",None,"Cork","Ireland"),
  E("Atlantic Clusters Summit","2034",None,"Saint-Nazaire","France"),
  E("Atlantic Clusters Summit","2036",None,"Aveiro","Portugal"),
  E("Atlantic Clusters Summit","2040",None,"Inverness","United Kingdom")],
 ["2038-11-03","2038-10-13/2038-10-15","2038-10-14","2040","2039-03-09","2039-02-24","2039-01-15","2032","2034","2036","2038"],
 ["Atlantic clusters should pool their supplier databases for offshore wind instead of each region mapping the same companies",
  "Transition plans for steel sites must be drawn up with the cluster organisations from the start, not after the investment decision",
  "Regions should open at least part of their cluster calls to partners from other Atlantic regions by 2040",
  "Skills remain the main bottleneck: welders, electrical technicians and marine biologists are short everywhere",
  "Blue biotechnology needs pilot facilities that small firms can rent by the week",
  "The Atlantic cluster community should speak with one voice in the consultation on the next cohesion policy"],
 pub="2038-11-03")
