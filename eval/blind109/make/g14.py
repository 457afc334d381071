from h import *
F = 'g14_koroska_metal_cluster_newsletter.html'
assert wd(2036,6,9)=='Monday' and wd(2036,6,26)=='Thursday' and wd(2036,5,14)=='Wednesday' and wd(2036,9,17)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter June 2036 | Koroška Metal Cluster</title></head>
<body>
<div class="cookie-consent">We use essential and analytics cookies. <a href="/en/cookies">Read more</a> <button>OK</button> <button>Reject analytics</button></div>
<header><a class="brand" href="/en">KMC – Koroška Metal Cluster</a>
<nav><a href="/en">Home</a> <a href="/en/cluster">Cluster</a> <a href="/en/members">Members</a> <a href="/en/projects">Projects</a> <a href="/en/newsletter">Newsletter</a> <a href="/en/events">Events</a> <a href="/sl">SLO</a></nav>
<form class="search"><input placeholder="Search…"></form></header>
<main>
<p class="breadcrumb">Home / Newsletter / June 2036</p>
<h1>Newsletter No. 2/2036</h1>
<p class="byline">Published on 3 June 2036 by the Cluster Office, Ravne na Koroškem · <a href="/en/newsletter/2-2036.pdf">Download as PDF</a> · Share <a href="#">LinkedIn</a> <a href="#">Facebook</a></p>

<section><h2>Editorial: steel with a smaller footprint</h2>
<p>Dear members and partners,</p>
<p>Three hundred years of iron and steel have shaped our valley. Today the question is not whether our forges and
machining shops will decarbonise, but how quickly and who will pay. In May, the board visited three members that have
already cut their gas use by a third with heat recovery and induction heating. Their experience is the best argument I
know. At the same time, small suppliers tell us they cannot wait for large grants. That is why the cluster will launch
a revolving fund for energy audits this autumn, with the support of the Regional Development Agency of Koroška. I would
like to thank the members who have already pledged contributions, and I look forward to seeing many of you at the
Summer Meeting in Slovenj Gradec.</p>
<p>Dr Tanja Pušnik-Krevh, President of the Board</p></section>

<section><h2>Member news</h2>
<ul>
<li><strong>Welcome:</strong> three companies joined the cluster in spring – Meža Precision d.o.o. (Mežica), Prevalje
Laser Tech d.o.o. (Prevalje) and Uršlja Automation s.p. (Črna na Koroškem). The School Centre Ravne na Koroškem has
joined as an education member. The cluster now has 52 members.</li>
<li><strong>75 years:</strong> Kovaški obrat Dravograd d.d., founded in 1961, celebrated its anniversary on 14 May 2036
with an open day for families of employees and a new training workshop for apprentices.</li>
<li><strong>Investment:</strong> Prevalje Laser Tech d.o.o. is investing EUR 4.3 million in a hall for additive
manufacturing; the first printers are expected in the first quarter of 2037.</li>
<li><strong>Award:</strong> Meža Precision d.o.o. received the gold innovation award of the Chamber of Commerce and Industry
of Slovenia (GZS) for its sensor-controlled spindle.</li>
</ul></section>

<section><h2>People on the move</h2>
<p>Boštjan Kotnik, until now head of the cluster's project office, has been appointed cluster director from 1 July 2036.
He succeeds Silva Ošlak, who has led the cluster since its founding and will retire in the summer. The General Assembly
on 14 May 2036 elected Matej Gradišnik, CEO of Prevalje Laser Tech d.o.o., and Irena Verdnik, head of HR at Kovaški
obrat Dravograd d.d., to the board. Dr Klemen Rotovnik of the University of Maribor's Faculty of Mechanical Engineering
has been named scientific adviser to the cluster.</p></section>

<section><h2>Events</h2>
<div class="event"><h3>Energy audit clinic</h3>
<p>Monday 9 June 2036, 9:00–12:00 · Ravne na Koroškem · Free for members · Registration by 5 June 2036</p></div>
<div class="event"><h3>Summer Meeting of the Koroška Metal Cluster</h3>
<p>Thursday 26 June 2036 · Slovenj Gradec</p>
<p>16:00 Welcome and cluster report – Boštjan Kotnik<br>
16:30 Keynote: "Green steel supply chains" – Markus Leitgeb, Styrian Automotive Cluster (ACstyria)<br>
17:30 Members' pitches<br>
19:00 Summer barbecue</p></div>
<div class="event"><h3>International Metalworking Fair</h3>
<p>16–19 September 2036 · Celje · Joint cluster stand with six members</p></div>
<div class="event"><h3>Cross-border supplier day with Carinthia</h3>
<p>Wednesday 17 September 2036 · Klagenfurt, Austria · organised with the Carinthian Economic Chamber</p></div>
<p><strong>Looking back:</strong> the Metal Skills Day on 14 May 2036, held together with the General Assembly, drew 430
primary school pupils and 27 exhibitors to Ravne na Koroškem. 58 pupils registered for summer taster weeks.</p></section>

<section><h2>From Brussels</h2>
<p>The European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) has
proposed to merge the European Cluster Collaboration Platform with the European Enterprise Network's sector groups from
2038. Nina Zupan, cluster policy officer at the Slovenian Ministry of the Economy, Tourism and Sport, told Slovenian
cluster managers that the national cluster programme will continue at least until 2040.</p></section>

<section><h2>Study: energy use in Koroška metalworking</h2>
<p>Together with the Jožef Stefan Institute's Energy Efficiency Centre we analysed energy data from 31 members. The
study's key findings:</p>
<ol>
<li>Heat treatment and forging account for 64% of members' energy use</li>
<li>Heat recovery would pay back within four years for most forges</li>
<li>Only six members have an energy manager</li>
<li>Rooftop solar could cover a fifth of the electricity demand of machining shops</li>
</ol></section>

<section><h2>Jobs and calls</h2>
<p>The cluster office seeks a project manager for EU projects (full time, Ravne na Koroškem). Applications by 20 June
2036 to Boštjan Kotnik. The Slovenian Enterprise Fund's call for green investment loans is open until 15 September 2036. The cluster office can help members
prepare their applications; please book a consultation at least two weeks before the deadline.</p></section>

<blockquote>"In the cluster, our competitors became our partners for training." – Aleš Kumer, managing director, Uršlja Automation s.p.</blockquote>

<p class="caption">Photo: pupils at the Metal Skills Day. © KMC / Jure Mlinšek</p>
</main>
<footer>
<p>Koroška Metal Cluster (GIZ Koroški metalni grozd) · Koroška cesta 00, 2390 Ravne na Koroškem, Slovenia · Registration no. 0000000000</p>
<p>You receive this newsletter because you subscribed on our website. <a href="/unsubscribe">Unsubscribe</a> · <a href="/privacy">Privacy</a></p>
</footer>
</body></html>
"""
write(F, T)
KM="Koroška Metal Cluster"
gold(F,
 [P("Tanja Pušnik-Krevh","President of the Board",KM),
  P("Boštjan Kotnik","cluster director",KM),
  P("Silva Ošlak",None,KM),
  P("Matej Gradišnik","CEO","Prevalje Laser Tech d.o.o."),
  P("Irena Verdnik","head of HR","Kovaški obrat Dravograd d.d."),
  P("Klemen Rotovnik","scientific adviser",KM),
  P("Markus Leitgeb",None,"Styrian Automotive Cluster"),
  P("Nina Zupan","cluster policy officer","Ministry of the Economy, Tourism and Sport"),
  P("Aleš Kumer","managing director","Uršlja Automation s.p."),
  P("Jure Mlinšek",None,None)],
 [O(KM,"KMC"), O("Regional Development Agency of Koroška"), O("Meža Precision d.o.o."), O("Prevalje Laser Tech d.o.o."),
  O("Uršlja Automation s.p."), O("School Centre Ravne na Koroškem"), O("Kovaški obrat Dravograd d.d."),
  O("Chamber of Commerce and Industry of Slovenia","GZS"), O("University of Maribor"),
  O("Faculty of Mechanical Engineering"), O("Styrian Automotive Cluster","ACstyria"), O("Carinthian Economic Chamber"),
  O("European Commission"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Cluster Collaboration Platform"), O("European Enterprise Network"),
  O("Ministry of the Economy, Tourism and Sport"), O("Jožef Stefan Institute"), O("Energy Efficiency Centre"),
  O("Slovenian Enterprise Fund")],
 [E("open day","2036-05-14",None,None,None),
  E("General Assembly","2036-05-14",None,"Ravne na Koroškem","Slovenia"),
  E("Energy audit clinic","2036-06-09",None,"Ravne na Koroškem","Slovenia"),
  E("Summer Meeting of the Koroška Metal Cluster","2036-06-26",None,"Slovenj Gradec","Slovenia"),
  E("Summer barbecue","2036-06-26",None,"Slovenj Gradec","Slovenia"),
  E("International Metalworking Fair","2036-09-16","2036-09-19","Celje","Slovenia"),
  E("Cross-border supplier day with Carinthia","2036-09-17",None,"Klagenfurt","Austria"),
  E("Metal Skills Day","2036-05-14",None,"Ravne na Koroškem","Slovenia")],
 ["2036-06","2036-06-03","2036-05","1961","2036-05-14","2037","2036-07-01","2036-06-09","2036-06-05","2036-06-26",
  "2036-09-16/2036-09-19","2036-09-17","2038","2040","2036-06-20","2036-09-15"],
 ["Heat treatment and forging account for 64% of members' energy use",
  "Heat recovery would pay back within four years for most forges","Only six members have an energy manager",
  "Rooftop solar could cover a fifth of the electricity demand of machining shops"], "2036-06-03")
