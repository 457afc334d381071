from h import *
F = 'g01_twente_smart_industry_forum_outcomes.html'
assert wd(2037,3,10)=='Tuesday' and wd(2037,3,11)=='Wednesday' and wd(2037,6,4)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report – Twente Smart Industry Forum 2037 | Twente Tech Cluster</title></head>
<body>
<div id="cookies">This site uses functional and analytical cookies. <a href="/privacy">Read more</a> <button>OK</button> <button>Settings</button></div>
<header><a href="/" class="logo">Twente Tech Cluster</a>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/programmes">Programmes</a> | <a href="/news" class="active">News &amp; reports</a> | <a href="/agenda">Agenda</a> | <a href="/contact">Contact</a> | <a href="/nl">NL</a></nav></header>
<main>
<p class="crumbs">Home › News &amp; reports › Reports</p>
<h1>Outcome report: Twente Smart Industry Forum 2037</h1>
<p class="byline">By Marloes Ten Brinke-Oosterveld, programme manager · Published 24 March 2037 · 6 min read</p>
<figure><img src="/img/forum37.jpg" alt="Plenary hall"><figcaption>The opening plenary in the Atak hall. Photo: Jeroen Slagman / Twente Tech Cluster</figcaption></figure>

<p>On Tuesday 10 and Wednesday 11 March 2037 some 410 participants from industry, knowledge institutions and government met at the Performance Factory of the University of Twente in Enschede for the sixth Twente Smart Industry Forum. This report summarises the discussions, the conclusions adopted in the closing session and the recommendations the cluster will take to the province and to Brussels.</p>

<h2>Programme at a glance</h2>
<table>
<tr><td>Tuesday 10 March</td><td>09:30</td><td>Opening by Hendrik-Jan Wolters, chair of the Twente Tech Cluster board</td></tr>
<tr><td></td><td>10:00</td><td>Keynote: "Factories that learn" – Prof. Annelies Koopman-Dijkstra, Faculty of Engineering Technology, University of Twente</td></tr>
<tr><td></td><td>11:15</td><td>Panel: skills for the next production line</td></tr>
<tr><td></td><td>14:00</td><td>Parallel workshops (robotics, photonics, circular plastics)</td></tr>
<tr><td></td><td>18:30</td><td>Forum dinner at the Grolsch Veste business lounge</td></tr>
<tr><td>Wednesday 11 March</td><td>09:00</td><td>Company visits to Demcon, Benchmark Electronics and Thales Hengelo</td></tr>
<tr><td></td><td>13:30</td><td>Closing session and adoption of conclusions</td></tr>
</table>

<h2>What we heard</h2>
<p>In her keynote Annelies Koopman-Dijkstra argued that small suppliers in the region cannot buy their way into artificial intelligence: they need shared test lines where an operator can try an algorithm on a real machine before any money is spent. She pointed to the field lab at the Performance Factory, where 37 firms ran trials last year.</p>
<p>The skills panel, chaired by Sevda Yilmaz-Brouwer of ROC van Twente, brought together Gerard Nijhuis, HR director at Demcon, Lotte Scholten-Haverkamp of Saxion University of Applied Sciences and Bart Ruiterkamp, alderman for economic affairs of the Municipality of Enschede. The panel agreed that the region loses too many technicians to the Randstad in the first three years after graduation, and that the answer lies less in salaries than in visible career paths inside smaller firms.</p>
<p>Speaking for the European Commission, Kristiina Valtonen-Marsh, policy officer in DG GROW, explained how the new European competence centres will work with regional clusters from 2038. Maarten de Graaf-Nolte, director of Oost NL, the regional development agency for the east of the Netherlands, announced that the agency will reserve part of its innovation fund for joint projects of at least three SMEs.</p>
<p>The three workshops were led by Kennispark Twente, the Photonics Hub Oost and the Netherlands Organisation for Applied Scientific Research (TNO). Participants in the circular plastics workshop asked for a regional take-back scheme for production waste, building on the pilot run by Lankhorst Recycling in Sneek.</p>

<h2>From the workshops</h2>
<p>In the robotics workshop, several suppliers described how they had bought a collaborative robot and then left it unused because nobody in the company had time to program it. The group proposed a pool of robot technicians that member companies could hire by the day. The photonics workshop focused on the lack of clean assembly space: only two firms in the region have a certified cleanroom, and both are fully booked until the end of the year. Participants in the circular plastics workshop mapped the waste streams of eleven member companies and found that more than half of their production waste could be sold to recyclers if it were collected separately.</p>

<h2>Conclusions adopted in the closing session</h2>
<ol>
<li>Shared test and demonstration facilities are the most effective way to bring digital production technology to SMEs in Twente</li>
<li>Retaining technical talent requires joint career paths across member companies, not only higher starting salaries</li>
<li>Cross-border cooperation with the Münsterland should become a standing part of the cluster's work</li>
<li>The cluster needs one regional data-sharing agreement so that firms can pool machine data without losing control over it</li>
</ol>

<h2>Recommendations</h2>
<ul>
<li>The Province of Overijssel should co-finance a second field lab dedicated to photonics and sensor assembly</li>
<li>Oost NL and the cluster should open a single desk for SMEs applying to European calls</li>
<li>Vocational schools and universities of applied sciences should offer a shared traineeship that rotates graduates through three member companies</li>
<li>The European Commission should let regional clusters act as entry points to the European competence centres</li>
</ul>

<h2>Next steps</h2>
<p>The board will discuss the recommendations at its meeting on Thursday 4 June 2037. A cross-border session with the Münsterland cluster network Netzwerk Oberfläche NRW is planned for the autumn of 2037 in Gronau. Questions about this report can be sent to Marloes Ten Brinke-Oosterveld (forum@twentetech.example.nl).</p>

<section class="editions"><h3>Earlier editions</h3>
<ul><li>Twente Smart Industry Forum 2036 – Hengelo</li><li>Twente Smart Industry Forum 2035 – Enschede</li><li>Twente Smart Industry Forum 2034 – Almelo</li></ul></section>
<div class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a> · <a href="#">Print</a></div>
</main>
<footer><p>Twente Tech Cluster · Hengelosestraat 500 · 7521 AN Enschede · KvK 00000000</p>
<p>Partners: University of Twente · Saxion · ROC van Twente · Oost NL · Kennispark Twente</p>
<p>© 2037 Twente Tech Cluster · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/disclaimer">Disclaimer</a></p></footer>
</body></html>
"""
write(F, T)
TTC = "Twente Tech Cluster"
gold(F,
 [P("Marloes Ten Brinke-Oosterveld","programme manager",TTC),
  P("Jeroen Slagman",None,None),
  P("Hendrik-Jan Wolters","chair of the Twente Tech Cluster board",TTC),
  P("Annelies Koopman-Dijkstra",None,"Faculty of Engineering Technology, University of Twente"),
  P("Sevda Yilmaz-Brouwer",None,"ROC van Twente"),
  P("Gerard Nijhuis","HR director","Demcon"),
  P("Lotte Scholten-Haverkamp",None,"Saxion University of Applied Sciences"),
  P("Bart Ruiterkamp","alderman for economic affairs","Municipality of Enschede"),
  P("Kristiina Valtonen-Marsh","policy officer","DG GROW"),
  P("Maarten de Graaf-Nolte","director","Oost NL")],
 [O(TTC), O("University of Twente"), O("Faculty of Engineering Technology"), O("ROC van Twente"), O("Demcon"),
  O("Saxion University of Applied Sciences"), O("Municipality of Enschede"), O("European Commission"), O("DG GROW"),
  O("Oost NL"), O("Kennispark Twente"), O("Photonics Hub Oost"),
  O("Netherlands Organisation for Applied Scientific Research","TNO"), O("Lankhorst Recycling"),
  O("Benchmark Electronics"), O("Thales Hengelo"), O("Province of Overijssel"), O("Netzwerk Oberfläche NRW")],
 [E("Twente Smart Industry Forum 2037","2037-03-10","2037-03-11","Enschede","Netherlands"),
  E("Forum dinner","2037-03-10",None,None,None),
  E("Company visits","2037-03-11",None,None,None),
  E("board meeting","2037-06-04",None,None,None),
  E("cross-border session","2037",None,"Gronau","Germany"),
  E("Twente Smart Industry Forum 2036","2036",None,"Hengelo","Netherlands"),
  E("Twente Smart Industry Forum 2035","2035",None,"Enschede","Netherlands"),
  E("Twente Smart Industry Forum 2034","2034",None,"Almelo","Netherlands")],
 ["2037-03-24","2037-03-10/2037-03-11","2037-03-10","2037-03-11","2038","2037-06-04","2037"],
 ["Shared test and demonstration facilities are the most effective way to bring digital production technology to SMEs in Twente",
  "Retaining technical talent requires joint career paths across member companies, not only higher starting salaries",
  "Cross-border cooperation with the Münsterland should become a standing part of the cluster's work",
  "The cluster needs one regional data-sharing agreement so that firms can pool machine data without losing control over it",
  "The Province of Overijssel should co-finance a second field lab dedicated to photonics and sensor assembly",
  "Oost NL and the cluster should open a single desk for SMEs applying to European calls",
  "Vocational schools and universities of applied sciences should offer a shared traineeship that rotates graduates through three member companies",
  "The European Commission should let regional clusters act as entry points to the European competence centres"],
 "2037-03-24")
