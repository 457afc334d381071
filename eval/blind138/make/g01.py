from h import *
F = 'g01_pesaro_wood_cluster_events.html'
assert wd(2038,4,15)=='Thursday' and wd(2038,5,12)=='Wednesday' and wd(2038,5,13)=='Thursday' and wd(2038,6,7)=='Monday'
assert wd(2038,9,21)=='Tuesday' and wd(2038,9,23)=='Thursday' and wd(2038,3,18)=='Thursday' and wd(2038,2,4)=='Thursday'
assert wd(2037,11,25)=='Wednesday' and wd(2037,11,27)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events calendar – CLAM Cluster Legno Arredo Marche Nord</title></head>
<body>
<div class="cookie-bar">We use technical and analytics cookies. By continuing to browse you accept our <a href="/cookie-policy">cookie policy</a>. <button>OK</button></div>
<header>
<p class="brand">CLAM · Cluster Legno Arredo Marche Nord</p>
<nav><a href="/en/">Home</a> · <a href="/en/cluster">The cluster</a> · <a href="/en/members">Members</a> · <a href="/en/projects">Projects</a> · <a href="/en/events" class="active">Events</a> · <a href="/en/news">News</a> · <a href="/it/eventi">IT</a></nav>
</header>
<main>
<p class="crumbs">Home › Events › Calendar</p>
<h1>Events calendar</h1>
<p class="intro">Workshops, matchmaking days, missions and member meetings of the furniture and wood cluster of northern Marche. Filter: <a href="#">All</a> | <a href="#">Members only</a> | <a href="#">International</a> | <a href="#">Past events</a></p>

<h2>Upcoming</h2>

<div class="event">
<p class="date">THU 15 APR 2038 · 09:30–13:00 · Pesaro</p>
<h3>Furniture Digital Passport Day</h3>
<p>A morning on the digital product passport that EU rules will require for furniture from 2040. Speakers: Elisa Del Bianco (Cluster Manager, CLAM), Dr. Tommaso Rinaldi-Volpe, researcher at the Università degli Studi di Urbino Carlo Bo, and Hanna Lindqvist from the Swedish industry body TMF. Hosted by Confindustria Pesaro Urbino in its conference room in Via Cattaneo.</p>
<p><a href="/en/events/dpp-day">Details and registration</a></p>
</div>

<div class="event">
<p class="date">WED 12 – THU 13 MAY 2038 · Rimini</p>
<h3>CLAM Wood Matchmaking Days</h3>
<p>Two days of pre-booked B2B meetings between Marche furniture makers and suppliers of engineered timber, coatings and smart hardware. Co-organised with the Slovenian Wood Industry Cluster and the Enterprise Europe Network Italy partner in the Marche region. Registration deadline: 30 April 2038. Participation is free for CLAM members; non-members pay EUR 150.</p>
<p>Programme in brief:</p>
<ul>
<li>Wednesday 12 May, 14:00 – opening and pitch session of 20 buyers</li>
<li>Wednesday 12 May, 19:30 – networking dinner at the Grand Hotel Rimini</li>
<li>Thursday 13 May, 09:00–16:00 – B2B meetings (25-minute slots)</li>
</ul>
<p><a href="/en/events/matchmaking-2038">Read more</a></p>
</div>

<div class="event members">
<p class="date">MON 7 JUN 2038 · 16:00 · Urbino · Members only</p>
<h3>General Assembly of CLAM members</h3>
<p>Approval of the accounts for 2037, the activity plan for 2038–2039 and the election of two board members. The assembly is chaired by the cluster President Giacomo Ferri-Santucci. Proxies must reach the secretariat by 3 June.</p>
</div>

<div class="event">
<p class="date">21–23 SEP 2038 · Lyon / Grenoble (France)</p>
<h3>Trade mission to Auvergne-Rhône-Alpes</h3>
<p>Mission for up to twelve companies to meet contractors and interior designers in Lyon and visit timber-frame producers around Grenoble, with the support of Fibois Auvergne-Rhône-Alpes and the Italian Trade Agency (ICE) office in Lyon. Contact: Marco Pierini, internationalisation officer.</p>
</div>

<h2>Past events</h2>

<div class="event past">
<p class="date">18 MAR 2038 · Fano</p>
<h4>Round table on circular upholstery</h4>
<p>Thirty-four participants discussed take-back schemes for sofas and foam recycling. Introduced by Luisa Marcantoni, sustainability manager at Imbottiti Adriatica S.r.l.; conclusions by Prof. Paolo De Santis of the Università Politecnica delle Marche. <a href="/en/news/round-table-upholstery">Report</a></p>
</div>

<div class="event past">
<p class="date">4 FEB 2038 · Pesaro</p>
<h4>Board meeting</h4>
<p>The board approved the calendar above and the cluster's membership in the European Furniture Industries Confederation (EFIC) working group on eco-design.</p>
</div>

<div class="event past">
<p class="date">25–27 NOV 2037 · Valencia (Spain)</p>
<h4>Study visit to the Valencian furniture cluster</h4>
<p>Nine member companies visited the technology institute AIDIMME in Paterna and three factories in the Horta Nord area. Hosts were Vicente Llorca i Bosch, head of international projects at AIDIMME, and the Valencia furniture association Femeval. Lessons learnt, as summarised by the participants:</p>
<ul>
<li>shared testing laboratories lower certification costs for small firms</li>
<li>a common export brand works better than single-company stands at fairs</li>
<li>training for upholsterers must be organised together with vocational schools</li>
</ul>
<p><a href="/en/news/valencia-study-visit">Read more</a></p>
</div>

<nav class="pager"><a href="?page=1">‹ Newer</a> · <a href="?page=3">Older ›</a></nav>
<aside><h3>Subscribe to the events newsletter</h3><p>One e-mail a month, no spam. <a href="/en/newsletter">Sign up</a></p></aside>
</main>
<footer>
<p>CLAM – Cluster Legno Arredo Marche Nord, Via dell'Industria 41, 61122 Pesaro (PU) · VAT IT00000000000 · info@clam.example.it</p>
<p>Supported by the Regione Marche under the regional programme 2035–2041. © CLAM · <a href="/privacy">Privacy</a> · <a href="/cookie-policy">Cookies</a></p>
</footer>
</body></html>
"""
write(F, T)
C = "Cluster Legno Arredo Marche Nord"
gold(F,
 [P("Elisa Del Bianco","Cluster Manager","CLAM"),
  P("Tommaso Rinaldi-Volpe","researcher","Università degli Studi di Urbino Carlo Bo"),
  P("Hanna Lindqvist",None,"TMF"),
  P("Giacomo Ferri-Santucci","President",C),
  P("Marco Pierini","internationalisation officer",None),
  P("Luisa Marcantoni","sustainability manager","Imbottiti Adriatica S.r.l."),
  P("Paolo De Santis",None,"Università Politecnica delle Marche"),
  P("Vicente Llorca i Bosch","head of international projects","AIDIMME")],
 [O(C,"CLAM"), O("Università degli Studi di Urbino Carlo Bo"), O("TMF"), O("Confindustria Pesaro Urbino"),
  O("Slovenian Wood Industry Cluster"), O("Enterprise Europe Network Italy"), O("Fibois Auvergne-Rhône-Alpes"),
  O("Italian Trade Agency","ICE"), O("Imbottiti Adriatica S.r.l."), O("Università Politecnica delle Marche"),
  O("European Furniture Industries Confederation","EFIC"), O("AIDIMME"), O("Femeval"), O("Regione Marche")],
 [E("Furniture Digital Passport Day","2038-04-15",None,"Pesaro","Italy"),
  E("CLAM Wood Matchmaking Days","2038-05-12","2038-05-13","Rimini","Italy"),
  E("networking dinner","2038-05-12",None,"Rimini","Italy"),
  E("B2B meetings","2038-05-13",None,"Rimini","Italy"),
  E("General Assembly of CLAM members","2038-06-07",None,"Urbino","Italy"),
  E("Trade mission to Auvergne-Rhône-Alpes","2038-09-21","2038-09-23","Lyon, Grenoble","France"),
  E("Round table on circular upholstery","2038-03-18",None,"Fano","Italy"),
  E("Board meeting","2038-02-04",None,"Pesaro","Italy"),
  E("Study visit to the Valencian furniture cluster","2037-11-25","2037-11-27","Valencia","Spain")],
 ["2038-04-15","2040","2038-05-12/2038-05-13","2038-04-30","2038-05-12","2038-05-13","2038-06-07","2037","2038/2039",
  "2038-06-03","2038-09-21/2038-09-23","2038-03-18","2038-02-04","2037-11-25/2037-11-27","2035/2041"],
 ["shared testing laboratories lower certification costs for small firms",
  "a common export brand works better than single-company stands at fairs",
  "training for upholsterers must be organised together with vocational schools"])
