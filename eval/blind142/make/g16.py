from h import *
F = 'g16_aarhus_cluster_events_calendar.html'
assert wd(2036,11,4)=='Tuesday' and wd(2036,11,5)=='Wednesday' and wd(2036,11,13)=='Thursday' and wd(2036,11,26)=='Wednesday' and wd(2036,12,9)=='Tuesday' and wd(2036,12,11)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events – Food &amp; Bio Cluster Denmark</title></head>
<body>
<div class="cookie-banner">This website uses cookies for statistics and marketing. <a href="#">OK</a> · <a href="#">Necessary only</a> · <a href="#">Read our cookie policy</a></div>
<header><p>Food &amp; Bio Cluster Denmark</p>
<nav><a href="/">Home</a> | <a href="/about">About the cluster</a> | <a href="/members">Members</a> | <a href="/projects">EU projects</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/da">Dansk</a></nav></header>
<main>
<p class="crumbs">Home / Events / Autumn 2036</p>
<h1>Events and calls – autumn 2036</h1>
<p class="intro">Updated 27 October 2036 by Mette Kjærgaard Holm, Events Coordinator. All times are CET. Events marked (EU) are part of our European projects.</p>

<div class="event">
<h2>European Cluster Matchmaking: Food meets Bio (EU)</h2>
<p class="when">Tuesday 4 – Wednesday 5 November 2036 · Aarhus, Navitas</p>
<p>Our flagship matchmaking event returns for its sixth edition, organised with the European Cluster Collaboration Platform and the Enterprise Europe Network Denmark. Clusters and SMEs from the food, biotech and packaging sectors meet in pre-booked B2B meetings. The programme also includes site visits to Arla Foods Innovation Centre in Brabrand and to the Agro Food Park in Skejby on Wednesday afternoon.</p>
<p><strong>Speakers:</strong> Rasmus Østergaard Lund, CEO, Food &amp; Bio Cluster Denmark · Sarah O'Donnell-Byrne, Head of Internationalisation, Food Drink Ireland (Ibec) · Dr. Pierre-Yves Le Bihan, cluster manager, Valorial (France) · Birthe Kragh, Head of Regional Development, Central Denmark Region</p>
<p>New this year: each participating cluster may bring up to three member SMEs free of charge, and a separate track for start-ups looking for pilot customers among established food producers. Meeting requests can be sent through the matchmaking tool from 14 October until the day before the event; last year 212 participants from 19 countries held more than 600 meetings.</p>
<p>Previous editions: Copenhagen (2031), Odense (2032), Aalborg (2033), Esbjerg (2034) and Vejle (2035).</p>
<p><a href="#">Register</a> · <a href="#">Programme (PDF)</a> · <a href="#">Add to calendar</a></p>
</div>

<div class="event">
<h2>Panel debate: Who pays for the green transition of food SMEs?</h2>
<p class="when">Thursday 13 November 2036, 15:00–16:30 · Aarhus University, Department of Food Science (and online)</p>
<p>A standalone debate in our autumn series "Food Futures". Panellists: Prof. Karen Dahl-Mikkelsen (Aarhus University), Jens Peter Winther, Chief Economist, Danish Agriculture &amp; Food Council, and Lea Bruun Sørensen, founder of the start-up Tangfarm ApS. Moderated by journalist Anders Kjeldsen.</p>
</div>

<div class="event">
<h2>Webinar: the BIO-LINK Eurocluster open call for SMEs (EU)</h2>
<p class="when">Wednesday 26 November 2036, 10:00–11:00 · online</p>
<p>BIO-LINK, a Eurocluster in which we work with Biocat (Spain), BioVale (United Kingdom), Bioeconomy Cluster Lithuania and Clust-ER Agroalimentare (Italy), offers SMEs up to EUR 50,000 for cross-border pilots on bio-based packaging. The call closes on 9 December 2036 at 17:00. Project officer Tove Halvorsen-Brandt explains eligibility and gives tips for good applications.</p>
</div>

<div class="event">
<h2>Annual members' meeting</h2>
<p class="when">Thursday 11 December 2036, 14:00 · Foulum, AU Viborg – Research Centre Foulum</p>
<p>The annual meeting of the cluster association with the election of the board, followed by the Christmas reception. Members only; please register by 4 December so that we can plan the catering.</p>
</div>

<h2>Key takeaways from the last Matchmaking (Vejle, 2035)</h2>
<p>Participants' feedback from the fifth edition shaped this year's format:</p>
<ul>
<li>B2B meetings should be 20 minutes, not 30</li>
<li>Company visits were the most valued part of the programme</li>
<li>Participants want a follow-up call three months after the event</li>
</ul>

<h2>Open calls</h2>
<ul>
<li>EIT Food Accelerator Network – applications until 15 January 2037</li>
<li>Interreg Öresund-Kattegat-Skagerrak small project fund – rolling</li>
<li>BIO-LINK Eurocluster open call – until 9 December 2036</li>
</ul>

<p><a href="#">See past events</a> · <a href="#">Subscribe to the newsletter</a></p>
</main>
<footer><p>Food &amp; Bio Cluster Denmark · Agro Food Park 00, 8200 Aarhus N · CVR 00000000 · <a href="#">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
FB="Food & Bio Cluster Denmark"
gold(F,
 [P("Mette Kjærgaard Holm","Events Coordinator",FB),
  P("Rasmus Østergaard Lund","CEO",FB),
  P("Sarah O'Donnell-Byrne","Head of Internationalisation","Food Drink Ireland"),
  P("Pierre-Yves Le Bihan","cluster manager","Valorial"),
  P("Birthe Kragh","Head of Regional Development","Central Denmark Region"),
  P("Karen Dahl-Mikkelsen",None,"Aarhus University"),
  P("Jens Peter Winther","Chief Economist","Danish Agriculture & Food Council"),
  P("Lea Bruun Sørensen","founder","Tangfarm ApS"),
  P("Anders Kjeldsen","journalist",None),
  P("Tove Halvorsen-Brandt","Project officer",None)],
 [O(FB), O("European Cluster Collaboration Platform"), O("Enterprise Europe Network Denmark"),
  O("Arla Foods Innovation Centre"), O("Food Drink Ireland"), O("Ibec"), O("Valorial"), O("Central Denmark Region"),
  O("Aarhus University"), O("Danish Agriculture & Food Council"), O("Tangfarm ApS"),
  O("Biocat"), O("BioVale"), O("Bioeconomy Cluster Lithuania"), O("Clust-ER Agroalimentare"), O("EIT Food")],
 [E("European Cluster Matchmaking: Food meets Bio","2036-11-04","2036-11-05","Aarhus","Denmark"),
  E("site visits","2036-11-05",None,"Brabrand, Skejby","Denmark"),
  E("European Cluster Matchmaking (2031)","2031",None,"Copenhagen","Denmark"),
  E("European Cluster Matchmaking (2032)","2032",None,"Odense","Denmark"),
  E("European Cluster Matchmaking (2033)","2033",None,"Aalborg","Denmark"),
  E("European Cluster Matchmaking (2034)","2034",None,"Esbjerg","Denmark"),
  E("European Cluster Matchmaking (2035)","2035",None,"Vejle","Denmark"),
  E("Panel debate: Who pays for the green transition of food SMEs?","2036-11-13",None,"Aarhus","Denmark"),
  E("Webinar: the BIO-LINK Eurocluster open call for SMEs","2036-11-26",None,None,None),
  E("Annual members' meeting","2036-12-11",None,"Foulum","Denmark"),
  E("Christmas reception","2036-12-11",None,"Foulum","Denmark")],
 ["2036","2036-10-27","2036-10-14","2036-11-04/2036-11-05","2031","2032","2033","2034","2035","2036-11-13","2036-11-26","2036-12-09","2036-12-04","2036-12-11","2037-01-15"],
 ["B2B meetings should be 20 minutes, not 30",
  "Company visits were the most valued part of the programme",
  "Participants want a follow-up call three months after the event"],
 pub="2036-10-27")
