from h import *
F = 'g01_kaunas_agency_events.html'
assert wd(2039,9,14)=='Wednesday' and wd(2039,9,22)=='Thursday' and wd(2039,9,29)=='Thursday'
assert wd(2039,10,5)=='Wednesday' and wd(2039,10,11)=='Tuesday' and wd(2039,10,12)=='Wednesday' and wd(2039,10,20)=='Thursday' and wd(2039,10,27)=='Thursday'
assert wd(2039,11,8)=='Tuesday' and wd(2039,11,17)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Kaunas Region Development Agency</title></head>
<body>
<div id="cookies">This site uses cookies for statistics and for the event registration form. <a href="/privacy">Learn more</a> <button>OK, got it</button> <button>Settings</button></div>
<header>
<a class="logo" href="/">KRDA – Kaunas Region Development Agency</a>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/services">Business services</a> <a href="/clusters">Clusters</a> <a href="/invest">Invest in Kaunas Region</a> <a class="active" href="/events">Events</a> <a href="/news">News</a> <a href="/contacts">Contacts</a> <a href="/lt">LT</a> | EN</nav>
<form class="search"><input placeholder="Search events"> <button>Search</button></form>
</header>
<main>
<p class="crumbs">Home / Events / Upcoming</p>
<h1>Upcoming events</h1>
<p class="intro">Seminars, trainings, cluster meetings and business missions organised by the agency and its partners. Times are local (EET). Participation is free of charge unless stated otherwise. Last updated 2 September 2039. Places are limited for on-site events; if you cannot attend, please cancel your registration so that the next person on the waiting list can join.</p>
<div class="filters">Show: <a href="?t=all">All</a> · <a href="?t=online">Online</a> · <a href="?t=kaunas">In Kaunas</a> · <a href="?t=region">In the region</a> · <a href="?t=abroad">Abroad</a></div>

<h2 class="month">September 2039</h2>

<div class="card">
<span class="badge">Online</span>
<p class="when">Wednesday, 14 September 2039 · 10:00–11:30</p>
<h3>Webinar: Green procurement rules for food producers</h3>
<p>Lawyer Rūta Žemaitytė of the Public Procurement Office explains the new green criteria in municipal catering tenders. Moderated by Tomas Baranauskas, business adviser at KRDA.</p>
<p class="links"><a href="/events/green-procurement">Details</a> · <a class="btn" href="/register/green-procurement">Register</a></p>
</div>

<div class="card">
<span class="badge">Fully booked</span>
<p class="when">Thursday, 22 September 2039 · 09:00–16:00 · Kėdainiai</p>
<h3>Lean Production Day at Kėdainiai Free Economic Zone</h3>
<p>Company visits to two plants and a hands-on workshop with trainer Giedrius Valančius (Lean Institute Baltic). Waiting list only.</p>
<p class="links"><a href="/events/lean-day">Details</a> · <a href="/waitlist/lean-day">Join waiting list</a></p>
</div>

<div class="card">
<span class="badge">Cluster meeting</span>
<p class="when">Thursday, 29 September 2039 · 14:00–17:30 · Kaunas, Science and Technology Park</p>
<h3>Autumn meeting of the Nemunas Food Cluster</h3>
<p>Members discuss the joint stand at Riga Food and the new shelf-life testing service of Kaunas University of Technology (KTU). Cluster manager Aistė Navickienė presents the 2040 action plan. Members only.</p>
<p class="links"><a href="/events/nemunas-autumn">Details</a> · <a class="btn" href="/register/nemunas-autumn">Register</a></p>
</div>

<h2 class="month">October 2039</h2>

<div class="card">
<span class="badge">Hybrid</span>
<p class="when">Wednesday, 5 October 2039 · 13:00–15:00 · Kaunas and online</p>
<h3>Export Café: Selling furniture to Scandinavia</h3>
<p>With Henrik Lindqvist, buyer at Nordhus Interiör AB, and Jurgita Petrauskienė from Enterprise Lithuania. Organised with the Kaunas Furniture Cluster.</p>
<p class="links"><a href="/events/export-cafe-oct">Details</a> · <a class="btn" href="/register/export-cafe-oct">Register</a></p>
</div>

<div class="card">
<span class="badge">Abroad</span>
<p class="when">Tuesday, 11 October – Wednesday, 12 October 2039 · Tampere, Finland</p>
<h3>Business mission to Tampere: machine building and automation</h3>
<p>A delegation of up to ten companies visits Business Tampere and the Tampere University research hub. B2B meetings are arranged by Enterprise Europe Network Finland. Application deadline: 16 September 2039. Participation fee EUR 150.</p>
<p class="links"><a href="/events/tampere-mission">Details</a> · <a class="btn" href="/apply/tampere-mission">Apply</a></p>
</div>

<div class="card">
<span class="badge">Online</span>
<p class="when">Thursday, 20 October 2039 · 10:00–11:00</p>
<h3>Info session: Innovation vouchers, autumn call</h3>
<p>Programme officer Lina Kazlauskaitė of the Innovation Agency Lithuania answers questions on the vouchers call that opens on 1 November 2039.</p>
<p class="links"><a href="/events/voucher-info">Details</a> · <a class="btn" href="/register/voucher-info">Register</a></p>
</div>

<div class="card">
<span class="badge">Fully booked</span>
<p class="when">Thursday, 27 October 2039 · 18:00–21:00 · Kaunas, Žalgiris Arena conference hall</p>
<h3>Kaunas Region Business Awards 2039 – award ceremony</h3>
<p>The eleventh awards evening, hosted by Mayor of Birštonas Daiva Rimkutė-Jonaitienė. Nominees in six categories were announced on 30 August 2039.</p>
<p class="links"><a href="/events/awards-2039">Details</a></p>
</div>

<h2 class="month">November 2039</h2>

<div class="card">
<span class="badge">Training</span>
<p class="when">Tuesday, 8 November 2039 · 09:30–16:30 · Jonava</p>
<h3>Cluster management training, module 3: financing cluster services</h3>
<p>Trainer Dr. Marius Grigaliūnas, Vytautas Magnus University. For cluster managers from the Kaunas, Alytus and Marijampolė regions. Lunch included.</p>
<p class="links"><a href="/events/cm-training-3">Details</a> · <a class="btn" href="/register/cm-training-3">Register</a></p>
</div>

<div class="card">
<span class="badge">Online</span>
<p class="when">Thursday, 17 November 2039 · 11:00–12:00</p>
<h3>Meet the buyer: Lidl Lietuva local suppliers programme</h3>
<p>Category manager Simona Urbonė presents the rules for regional suppliers. Questions can be sent in advance to events@krda.example.lt until 14 November.</p>
<p class="links"><a href="/events/meet-the-buyer">Details</a> · <a class="btn" href="/register/meet-the-buyer">Register</a></p>
</div>

<p class="archive"><a href="/events/past">See past events »</a> · <a href="/events/ical">Subscribe to the calendar (iCal)</a></p>
<aside class="contact"><h4>Event questions?</h4><p>Eglė Stankevičiūtė, Events Coordinator<br>+370 600 00000 · events@krda.example.lt</p></aside>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Copy link</a></div>
</main>
<footer><p>Kaunas Region Development Agency · Laisvės al. 00, LT-44000 Kaunas</p>
<p>Co-funded by the European Union. © 2039 KRDA · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie settings</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Rūta Žemaitytė","Lawyer","Public Procurement Office"),
  P("Tomas Baranauskas","business adviser","KRDA"),
  P("Giedrius Valančius","trainer","Lean Institute Baltic"),
  P("Aistė Navickienė","Cluster manager","Nemunas Food Cluster"),
  P("Henrik Lindqvist","buyer","Nordhus Interiör AB"),
  P("Jurgita Petrauskienė",None,"Enterprise Lithuania"),
  P("Lina Kazlauskaitė","Programme officer","Innovation Agency Lithuania"),
  P("Daiva Rimkutė-Jonaitienė","Mayor of Birštonas",None),
  P("Marius Grigaliūnas","Trainer","Vytautas Magnus University"),
  P("Simona Urbonė","Category manager","Lidl Lietuva"),
  P("Eglė Stankevičiūtė","Events Coordinator","Kaunas Region Development Agency")],
 [O("Kaunas Region Development Agency","KRDA"), O("Public Procurement Office"), O("Lean Institute Baltic"),
  O("Nemunas Food Cluster"), O("Kaunas University of Technology","KTU"), O("Nordhus Interiör AB"),
  O("Enterprise Lithuania"), O("Kaunas Furniture Cluster"), O("Business Tampere"), O("Tampere University"),
  O("Enterprise Europe Network Finland"), O("Innovation Agency Lithuania"), O("Vytautas Magnus University"),
  O("Lidl Lietuva")],
 [E("Webinar: Green procurement rules for food producers","2039-09-14"),
  E("Lean Production Day at Kėdainiai Free Economic Zone","2039-09-22",None,"Kėdainiai","Lithuania"),
  E("Autumn meeting of the Nemunas Food Cluster","2039-09-29",None,"Kaunas","Lithuania"),
  E("Export Café: Selling furniture to Scandinavia","2039-10-05",None,"Kaunas","Lithuania"),
  E("Business mission to Tampere: machine building and automation","2039-10-11","2039-10-12","Tampere","Finland"),
  E("B2B meetings","2039-10-11","2039-10-12","Tampere","Finland"),
  E("Info session: Innovation vouchers, autumn call","2039-10-20"),
  E("Kaunas Region Business Awards 2039 – award ceremony","2039-10-27",None,"Kaunas","Lithuania"),
  E("Cluster management training, module 3: financing cluster services","2039-11-08",None,"Jonava","Lithuania"),
  E("Meet the buyer: Lidl Lietuva local suppliers programme","2039-11-17"),
  E("Riga Food",None,None,None,None)],
 ["2039-09-02","2039-09","2039-09-14","2039-09-22","2039-09-29","2039-10","2039-10-05","2039-10-11/2039-10-12",
  "2039-09-16","2039-10-20","2039-11-01","2039-10-27","2039-08-30","2039-11","2039-11-08","2039-11-17","2039-11-14"],
 [], None)
