from h import *
F = 'g12_burgas_blue_economy_roundtable.html'
assert wd(2040,6,5)=='Tuesday' and wd(2040,6,6)=='Wednesday' and wd(2040,7,13)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Black Sea Blue Economy Round Table 2040 – outcomes | BSMC</title></head>
<body>
<header><div class="top">BG | EN · <a href="/login">Members' login</a></div>
<p class="logo">Black Sea Maritime Cluster</p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main>
<article>
<h1>Round table in Burgas sets out five priorities for the blue economy</h1>
<p class="date">13.06.2040 · News · Author: Radostina Georgieva-Moll</p>
<p>More than 120 participants from Bulgaria, Romania, Türkiye and Greece met in Burgas on 5–6 June 2040 for the seventh Black Sea Blue Economy Round Table, hosted by the Black Sea Maritime Cluster (BSMC) together with the Burgas Municipality, the Bulgarian Ministry of Innovation and Growth and the Burgas Free University, which also provided the venue. The event was supported by the Common Maritime Agenda for the Black Sea national hubs.</p>
<p>The round table was opened by Kiril Atanasov, Mayor of the Burgas Municipality, and by Prof. Desislava Mincheva-Hart, Chair of the Management Board of the cluster. Guest speakers included Ioana Dumitrescu of the Constanța Maritime Cluster, Mehmet Emre Yıldız of the Istanbul Chamber of Shipping and Lars-Erik Sundqvist, an adviser at the European Commission's Directorate-General for Maritime Affairs and Fisheries (DG MARE).</p>

<h2>Programme at a glance</h2>
<table>
<tr><td>5 June, 10:00</td><td>Opening and keynote on the Black Sea maritime agenda</td></tr>
<tr><td>5 June, 11:30</td><td>Panel: ports as energy hubs</td></tr>
<tr><td>5 June, 15:00</td><td>Working groups: aquaculture, shipbuilding, coastal tourism</td></tr>
<tr><td>5 June, 19:30</td><td>Networking dinner on board the ship "Sveti Nikola"</td></tr>
<tr><td>6 June, 09:30</td><td>Study visit to the Port of Burgas and the Atia fish farm</td></tr>
<tr><td>6 June, 13:00</td><td>Presentation of conclusions</td></tr>
</table>

<p>In the working groups, aquaculture producers from Sozopol and Tulcea compared licensing procedures and found that a new fish farm needs up to eleven permits in Bulgaria and nine in Romania. The shipbuilding group, chaired by the managing director of a Varna repair yard, discussed the loss of skilled workers to yards in the Netherlands and Norway. The tourism group focused on how small hotels and wineries along the coast could offer joint packages outside the summer months.</p>

<h2>Key takeaways</h2>
<p>Summing up the discussions, the rapporteur, Dr. Stefan Vâlcu of the Institute of Oceanology of the Bulgarian Academy of Sciences, listed five key takeaways:</p>
<ul>
<li>Black Sea ports should plan for offshore wind and hydrogen together, not port by port</li>
<li>Aquaculture in the region can double its output if licensing is simplified and shared veterinary services are created</li>
<li>Shipyards in Varna and Burgas need a joint skills academy to keep welders and electricians in the region</li>
<li>Coastal tourism must extend its season through health, cultural and nature offers</li>
<li>Clusters around the Black Sea should apply together for EU funding instead of competing for the same calls</li>
</ul>
<p>"The sea does not stop at borders, and our projects shouldn't either," Mincheva-Hart said at the close. The cluster will turn the takeaways into an action plan to be adopted by its General Assembly on Friday 13 July 2040.</p>

<h2>Previous editions</h2>
<ul>
<li>2034 – Varna</li>
<li>2035 – Constanța</li>
<li>2036 – Burgas</li>
<li>2037 – Trabzon</li>
<li>2038 – Varna</li>
<li>2039 – online</li>
</ul>
<p>The eighth round table will take place in Constanța in June 2041.</p>
<p>Photos: BSMC / Nikolay Penev. <a href="/gallery/rt2040">See the photo gallery</a> · <a href="/news">Back to news</a></p>
<p>Share this: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a></p>
</article>
<aside><h3>Related news</h3><ul><li><a href="#">New members join the cluster</a></li><li><a href="#">Call for aquaculture pilots opens</a></li></ul></aside>
</main>
<footer><p>Black Sea Maritime Cluster Association · 1 Aleksandrovska Str., Burgas 8000, Bulgaria · office@bsmc.example.bg</p><p>This website uses cookies. By continuing to browse it you agree to their use. <a href="/cookies">More</a></p></footer>
</body></html>
"""
write(F, T)
B="Black Sea Maritime Cluster"
gold(F,
 [P("Radostina Georgieva-Moll","Author",None),
  P("Kiril Atanasov","Mayor","Burgas Municipality"),
  P("Desislava Mincheva-Hart","Chair of the Management Board",B),
  P("Ioana Dumitrescu",None,"Constanța Maritime Cluster"),
  P("Mehmet Emre Yıldız",None,"Istanbul Chamber of Shipping"),
  P("Lars-Erik Sundqvist","adviser","Directorate-General for Maritime Affairs and Fisheries"),
  P("Stefan Vâlcu","rapporteur","Institute of Oceanology of the Bulgarian Academy of Sciences"),
  P("Nikolay Penev",None,None)],
 [O("Black Sea Maritime Cluster Association","BSMC"), O("Burgas Municipality"), O("Bulgarian Ministry of Innovation and Growth"),
  O("Burgas Free University"), O("Constanța Maritime Cluster"), O("Istanbul Chamber of Shipping"), O("European Commission"),
  O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"), O("Institute of Oceanology"),
  O("Bulgarian Academy of Sciences")],
 [E("seventh Black Sea Blue Economy Round Table","2040-06-05","2040-06-06","Burgas","Bulgaria"),
  E("Networking dinner","2040-06-05",None,"Burgas","Bulgaria"),
  E("Study visit to the Port of Burgas and the Atia fish farm","2040-06-06",None,"Burgas","Bulgaria"),
  E("General Assembly","2040-07-13",None,None,None),
  E("Black Sea Blue Economy Round Table","2034",None,"Varna","Bulgaria"),
  E("Black Sea Blue Economy Round Table","2035",None,"Constanța","Romania"),
  E("Black Sea Blue Economy Round Table","2036",None,"Burgas","Bulgaria"),
  E("Black Sea Blue Economy Round Table","2037",None,"Trabzon","Türkiye"),
  E("Black Sea Blue Economy Round Table","2038",None,"Varna","Bulgaria"),
  E("Black Sea Blue Economy Round Table","2039",None,None,None),
  E("eighth round table","2041-06",None,"Constanța","Romania")],
 ["2040-06-13","2040-06-05/2040-06-06","2040-06-05","2040-06-06","2040-07-13","2034","2035","2036","2037","2038","2039","2041-06"],
 ["Black Sea ports should plan for offshore wind and hydrogen together, not port by port",
  "Aquaculture in the region can double its output if licensing is simplified and shared veterinary services are created",
  "Shipyards in Varna and Burgas need a joint skills academy to keep welders and electricians in the region",
  "Coastal tourism must extend its season through health, cultural and nature offers",
  "Clusters around the Black Sea should apply together for EU funding instead of competing for the same calls"],
 pub="2040-06-13")
