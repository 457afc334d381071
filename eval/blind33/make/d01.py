from g import *
N='agenda.html'
W(N, '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Agenda | Lichtveld Photonics Cluster</title></head>
<body>
<div class="cookie">We use functional and analytical cookies. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<header><a href="/" class="logo">Lichtveld</a>
<nav><ul><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/agenda" class="active">Agenda</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; Agenda</div>
<main>
<h1>Agenda</h1>
<p>Meet the integrated-photonics community of Brainport Eindhoven. Members attend most events free of charge; non-members pay a small fee unless stated otherwise.</p>
<div class="tabs"><button class="tab active">Upcoming</button><button class="tab">Past events</button></div>
<section id="upcoming">
<article class="event"><div class="date">22 JAN 2035</div>
<h2>New Year's Meet-up 2035</h2>
<p class="meta">Monday 22 January 2035 &middot; 16:00&ndash;19:30 &middot; High Tech Campus Eindhoven, The Strip</p>
<p>Kick off the year with the cluster's board and members. Our chair Marloes van Dijk-Hoekstra looks back at 2034 and presents the roadmap for the PIC pilot line.</p>
<a href="#">Register</a></article>
<article class="event"><div class="date">11&ndash;12 FEB 2035</div>
<h2>Photonic Packaging Masterclass</h2>
<p class="meta">11&ndash;12 February 2035 &middot; Eindhoven University of Technology (TU/e), Flux building</p>
<p>Two-day hands-on course on fibre attach and thermal design, taught by Dr. Joris Verbeek (TU/e) and Aylin Demirci, packaging lead at Optiqa B.V. Max. 24 participants.</p>
<a href="#">Register</a></article>
<article class="event"><div class="date">5 MAR 2035</div>
<h2>Webinar: Export controls for photonic chips</h2>
<p class="meta">5 March 2035 &middot; 10:00&ndash;11:00 CET &middot; Online</p>
<p>With Pieter-Jan de Wolf, trade compliance advisor at RVO (Netherlands Enterprise Agency), and the Enterprise Europe Network.</p>
<a href="#">Register</a></article>
<article class="event"><div class="date">23&ndash;25 APR 2035</div>
<h2>Lichtveld pavilion at Photonics West Europe</h2>
<p class="meta">23&ndash;25 April 2035 &middot; Munich, Germany</p>
<p>Shared stand for up to eight members. Applications for a pod close on 31 January 2035.</p>
<a href="#">More info</a></article>
</section>
<section id="past">
<h2 class="tabtitle">Past events</h2>
<ul class="past">
<li><span>28.11.2034</span> &ndash; General Members' Meeting, Eindhoven &ndash; <a href="#">minutes (members only)</a></li>
<li><span>14.11.2034</span> &ndash; Matchmaking with the Aachen photonics community, Aachen &ndash; <a href="#">report</a></li>
<li><span>03.10.2034</span> &ndash; Webinar &ldquo;Funding your first PIC tape-out&rdquo; &ndash; <a href="#">recording</a></li>
<li><span>17.09.2034</span> &ndash; Site visit to Optiqa B.V., Veldhoven &ndash; <a href="#">photos</a></li>
</ul>
<p class="more"><a href="#">Show older events</a></p>
</section>
</main>
<footer><p>Lichtveld Photonics Cluster &middot; Stichting Lichtveld &middot; High Tech Campus 9, 5656 AE Eindhoven</p>
<p>Contact: events coordinator Sanne Kuijpers &middot; agenda@lichtveld.example</p>
<p>&copy; 2034 Lichtveld &middot; <a href="#">Privacy</a> &middot; <a href="#">Disclaimer</a></p></footer>
</body></html>
''')
G(N, None,
 people=[("Marloes van Dijk-Hoekstra","chair","Lichtveld Photonics Cluster"),
  ("Joris Verbeek",None,"TU/e"),
  ("Aylin Demirci","packaging lead","Optiqa B.V."),
  ("Pieter-Jan de Wolf","trade compliance advisor","Netherlands Enterprise Agency"),
  ("Sanne Kuijpers","events coordinator","Lichtveld Photonics Cluster")],
 orgs=[("Lichtveld Photonics Cluster",None),("Stichting Lichtveld",None),
  ("Eindhoven University of Technology","TU/e"),("Optiqa B.V.",None),
  ("Netherlands Enterprise Agency","RVO"),("Enterprise Europe Network",None)],
 events=[("New Year's Meet-up 2035","2035-01-22","2035-01-22","Eindhoven","Netherlands"),
  ("Photonic Packaging Masterclass","2035-02-11","2035-02-12","Eindhoven","Netherlands"),
  ("Webinar: Export controls for photonic chips","2035-03-05","2035-03-05",None,None),
  ("Photonics West Europe","2035-04-23","2035-04-25","Munich","Germany"),
  ("General Members' Meeting","2034-11-28","2034-11-28","Eindhoven","Netherlands"),
  ("Matchmaking with the Aachen photonics community","2034-11-14","2034-11-14","Aachen","Germany"),
  ("Funding your first PIC tape-out","2034-10-03","2034-10-03",None,None),
  ("Site visit to Optiqa B.V.","2034-09-17","2034-09-17","Veldhoven","Netherlands")],
 dates=["2035-01-22","2034","2035-02-11/2035-02-12","2035-03-05","2035-04-23/2035-04-25","2035-01-31",
  "2034-11-28","2034-11-14","2034-10-03","2034-09-17"])
