from h import *
F = 'g13_woodhub_events_page.html'
assert wd(2041,7,8)=='Monday' and wd(2041,7,12)=='Friday' and wd(2041,9,16)=='Monday' and wd(2041,10,21)=='Monday' and wd(2041,10,22)=='Tuesday' and wd(2041,7,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events – WOODHUB Horizon Europe project</title></head>
<body>
<div class="cc-banner">This website uses only necessary cookies and anonymous statistics. <a href="/privacy">Learn more</a> <button>OK</button></div>
<header><p class="logo">WOODHUB · Rural wood innovation hubs for Europe</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/partners">Partners</a> · <a href="/hubs">Living labs</a> · <a href="/results">Results</a> · <a href="/events">Events</a> · <a href="/news">News</a> · <a href="/contact">Contact</a></nav></header>
<main>
<h1>Events</h1>
<p class="intro">WOODHUB is a Horizon Europe innovation action (2038–2042) that builds six rural wood innovation hubs in forest regions of Slovakia, Spain, Finland, Romania, Slovenia and Ireland. Below you find our upcoming and past events.</p>

<h2>Upcoming</h2>

<div class="event">
<h3>WOODHUB Summer School 2041 – "Small mills, big data"</h3>
<p><strong>8–12 July 2041 · Bardejov, Slovakia</strong></p>
<p>Five days for 30 young professionals and students from the six hub regions. Hosted by the Technical University in Zvolen and the cluster Drevársky klaster Šariš. Monday 8 July opens with a welcome by Ing. Marek Hudák, PhD., vice-dean for international relations; Wednesday is devoted to company visits to two sawmills in the Bardejov district; on Friday 12 July the participants present their team projects to a jury of cluster managers.</p>
<p>Applications until 31 May 2041. <a href="/summer-school-2041">Details and application</a></p>
</div>

<div class="event">
<h3>Webinar: "Wood in public procurement – what has changed?"</h3>
<p><strong>Monday 16 September 2041, 14:00–15:30 CEST · online</strong></p>
<p>With Carmen Ruiz Priego, head of the forestry unit of the Andalusian regional government in Córdoba, and Alan Fitzgerald of Wood Technology Ireland.</p>
</div>

<div class="event">
<h3>Final conference and 9th General Assembly</h3>
<p><strong>21–22 October 2041 · Lucena (Córdoba), Spain</strong></p>
<p>The final conference on Monday 21 October will be followed on Tuesday 22 October by the last General Assembly of the consortium. A visit to the furniture cluster of Lucena is planned for the afternoon of the conference day. Registration opens in June.</p>
</div>

<h2>Past summer schools</h2>
<ul>
<li>WOODHUB Summer School 2038 – Kajaani, Finland, 19–23 July 2038</li>
<li>WOODHUB Summer School 2039 – Sfântu Gheorghe, Romania, 8–12 July 2039</li>
<li>WOODHUB Summer School 2040 – Kočevje, Slovenia, 1–5 July 2040</li>
</ul>

<h2>Past consortium meetings</h2>
<table>
<tr><th>Meeting</th><th>Place</th><th>Date</th></tr>
<tr><td>Kick-off meeting</td><td>Zvolen, Slovakia</td><td>14–15 September 2038</td></tr>
<tr><td>3rd General Assembly</td><td>Kajaani, Finland</td><td>20–21 March 2039</td></tr>
<tr><td>Mid-term review meeting with REA</td><td>Brussels, Belgium</td><td>11 March 2040</td></tr>
<tr><td>7th General Assembly</td><td>Kočevje, Slovenia</td><td>3–4 July 2040</td></tr>
<tr><td>Advisory Board meeting</td><td>online</td><td>27 January 2041</td></tr>
</table>

<h2>Looking back: Summer School 2040 in Kočevje</h2>
<p>Twenty-eight participants spent a week in the forests of Kočevje, hosted by the Slovenian Forestry Institute (Gozdarski inštitut Slovenije) and the wood cluster Lesni grozd Kočevsko. Dr. Tina Žnidaršič, the institute's hub leader, led the field days. The programme combined forest inventory with drones, a day at a family sawmill in Kočevska Reka and a hackathon on timber traceability, won by a team from Ireland and Romania. The jury was chaired by Jure Bevc, manager of Lesni grozd Kočevsko, who offered the winning team a month-long placement with one of the cluster's member companies.</p>
<p>Key takeaways from the participants' final report:</p>
<ul>
<li>Small sawmills can gain more from sharing a drying kiln and a grading service than from buying new machines alone</li>
<li>Data on timber quality should follow the log from the forest to the buyer, not stay with the forest owner</li>
<li>Young people stay in forest regions when they see careers in wood technology, not only in logging</li>
</ul>

<h2>Contact for events</h2>
<p>Zuzana Kováčová, communication manager, Technical University in Zvolen · events@woodhub.example.eu</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a></p>
</main>
<footer><p>This project has received funding from the European Union's Horizon Europe research and innovation programme. The European Research Executive Agency (REA) is not responsible for any use that may be made of the information.</p>
<p>© WOODHUB consortium 2041 · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
TU="Technical University in Zvolen"
gold(F,
 [P("Marek Hudák","vice-dean for international relations",None),
  P("Carmen Ruiz Priego","head of the forestry unit","Andalusian regional government"),
  P("Alan Fitzgerald",None,"Wood Technology Ireland"),
  P("Tina Žnidaršič","hub leader","Slovenian Forestry Institute"),
  P("Jure Bevc","manager","Lesni grozd Kočevsko"),
  P("Zuzana Kováčová","communication manager",TU)],
 [O(TU), O("Drevársky klaster Šariš"), O("Andalusian regional government"), O("Wood Technology Ireland"),
  O("European Research Executive Agency","REA"), O("Slovenian Forestry Institute"),
  O("Lesni grozd Kočevsko")],
 [E("WOODHUB Summer School 2041","2041-07-08","2041-07-12","Bardejov","Slovakia"),
  E("company visits to two sawmills in the Bardejov district","2041-07-10",None,None,"Slovakia"),
  E("Wood in public procurement – what has changed?","2041-09-16"),
  E("Final conference","2041-10-21",None,"Lucena","Spain"),
  E("9th General Assembly","2041-10-22",None,"Lucena","Spain"),
  E("visit to the furniture cluster of Lucena","2041-10-21",None,"Lucena","Spain"),
  E("WOODHUB Summer School 2038","2038-07-19","2038-07-23","Kajaani","Finland"),
  E("WOODHUB Summer School 2039","2039-07-08","2039-07-12","Sfântu Gheorghe","Romania"),
  E("WOODHUB Summer School 2040","2040-07-01","2040-07-05","Kočevje","Slovenia"),
  E("Kick-off meeting","2038-09-14","2038-09-15","Zvolen","Slovakia"),
  E("3rd General Assembly","2039-03-20","2039-03-21","Kajaani","Finland"),
  E("Mid-term review meeting with REA","2040-03-11",None,"Brussels","Belgium"),
  E("7th General Assembly","2040-07-03","2040-07-04","Kočevje","Slovenia"),
  E("Advisory Board meeting","2041-01-27")],
 ["2038/2042","2041-07-08/2041-07-12","2041-07-08","2041-07-12","2041-05-31","2041-09-16","2041-10-21/2041-10-22",
  "2041-10-21","2041-10-22","2041-06","2038-07-19/2038-07-23","2039-07-08/2039-07-12","2040-07-01/2040-07-05",
  "2038-09-14/2038-09-15","2039-03-20/2039-03-21","2040-03-11","2040-07-03/2040-07-04","2041-01-27"],
 ["Small sawmills can gain more from sharing a drying kiln and a grading service than from buying new machines alone",
  "Data on timber quality should follow the log from the forest to the buyer, not stay with the forest owner",
  "Young people stay in forest regions when they see careers in wood technology, not only in logging"])
