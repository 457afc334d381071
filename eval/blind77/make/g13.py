from h import *
F = 'presov-it-valley-east-digital-summit-recap-cut.html'
assert wd(2034,6,13)=='Tuesday' and wd(2034,6,14)=='Wednesday' and wd(2034,9,28)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>East Digital Summit 2034: AI for regional industry takes centre stage | Šariš IT Cluster</title></head>
<body>
<div class="cookies">We use cookies to analyse traffic and personalise content. By clicking "Accept" you agree to our use of cookies. <a href="/privacy">Privacy policy</a> <button>Accept</button> <button>Reject</button></div>
<header><a href="/" class="logo">Šariš IT Cluster</a>
<nav><a href="/about">About</a> · <a href="/members">Members</a> · <a href="/academy">IT Academy</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/jobs">Jobs</a> · <a href="/contact">Contact</a> · <a href="/sk">SK</a></nav></header>
<main>
<p class="crumbs">Home / News / Events</p>
<h1>East Digital Summit 2034: AI for regional industry takes centre stage</h1>
<p class="meta">Posted on 19 June 2034 by Lenka Ferencová · Category: Events, Artificial intelligence · 7 min read</p>
<p class="share">Share: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></p>

<p><strong>Prešov, 19 June 2034</strong> – More than 650 people attended the sixth East Digital Summit, held on 13–14 June 2034 at the Prešov Cultural Centre and on the campus of the University of Prešov. The summit, organised by the Šariš IT Cluster (Šarišský IT klaster, SITK) with the Prešov Self-Governing Region and the Technical University of Košice, focused on how artificial intelligence can help manufacturers, hospitals and public administration in eastern Slovakia.</p>

<h2>Opening: "We cannot wait for Bratislava"</h2>
<p>The summit was opened by the president of the Prešov Self-Governing Region, Mgr. Dominika Sopková-Lipták, and by the cluster's chairman, Ing. Marek Hudák, CEO of Saris Soft Solutions s.r.o. Hudák reminded the audience that the cluster had grown from 12 founding members in 2015 to 71 members today, employing more than 4,200 IT specialists in the region. "Eastern Slovakia cannot wait for Bratislava to bring investment here. We have the people, the universities and the companies," he said.</p>
<p>The keynote was given by Dr. Aleksandra Wójcik-Novak, Head of Unit "Artificial Intelligence Excellence and Industry" at the European Commission's Directorate-General for Communications Networks, Content and Technology (DG CONNECT). She presented the AI Factories network and explained how SMEs in less-developed regions can access supercomputing time through the European High Performance Computing Joint Undertaking (EuroHPC JU).</p>

<h2>Day 1: industry and health</h2>
<p>The first day featured three panels. In the manufacturing panel, Ing. Štefan Girgaš (Spinea s.r.o.) and Ewa Kaczmarczyk (Podkarpackie Aviation Valley Association, Rzeszów) discussed predictive maintenance and quality inspection with computer vision. The health panel brought together doc. MUDr. Jana Kolesárová, PhD. from the Faculty Hospital J. A. Reiman in Prešov and Dr. Nikolai Hrytsenko of the Uzhhorod National University, who presented a cross-border pilot on AI-assisted radiology under the Interreg NEXT Hungary–Slovakia–Romania–Ukraine programme.</p>
<p>In the evening, the cluster awarded the IT Talent of the East prize for the fourth time. The winner, Bc. Patrik Ondrejka, a student at the University of Prešov, developed an open-source tool for reading handwritten municipal archive records.</p>

<h2>Day 2: hackathon and job fair</h2>
<p>The second day opened with the final of the 24-hour hackathon "Data for Šariš", in which 18 student teams worked with open data from the city of Prešov. The winning team, from the Technical University of Košice, built an application for predicting traffic on the city's main roads. Ing. Ivana Kráľová, head of the city's smart-city department, announced that the municipality will test the application from September.</p>
<p>In parallel, 34 member companies took part in the job fair in the university's main hall. According to the organisers, more than 300 students and graduates registered for interviews.</p>

<h2>Partnerships announced</h2>
<p>Two agreements were signed during the summit. The Šariš IT Cluster and the Košice IT Valley association agreed to coordinate their event calendars and launch a joint "East Slovakia Digital" brand abroad. The cluster also signed a memorandum with the Podkarpackie Aviation Valley Association on joint training for software engineers in the aerospace sector; the first course will start on 28 September 2034 in Rzeszów.</p>

<h2>What comes next</h2>
<p>The seventh East Digital Summit will be held in June 2035. Before then, the cluster will host the AI Clinic for Manufacturers, a series of four workshops starting in October 2034, led by Mgr. Tomáš Hromada from the cluster's IT Academy. "Our aim is that by the end of 2035, every member company in manufacturing has at least one AI pilot in production," said the cluster manager, Ing. Zuzana Peťková, who also thanked the sponsors, in particular the Slovak Business Agency and</p>
"""
write(F, T)
SITK = "Šariš IT Cluster"
gold(F, [
 P("Lenka Ferencová", None, None),
 P("Dominika Sopková-Lipták", "president", "Prešov Self-Governing Region"),
 P("Marek Hudák", "chairman", SITK),
 P("Aleksandra Wójcik-Novak", "Head of Unit \"Artificial Intelligence Excellence and Industry\"", "Directorate-General for Communications Networks, Content and Technology"),
 P("Štefan Girgaš", None, "Spinea s.r.o."),
 P("Ewa Kaczmarczyk", None, "Podkarpackie Aviation Valley Association"),
 P("Jana Kolesárová", None, "Faculty Hospital J. A. Reiman"),
 P("Nikolai Hrytsenko", None, "Uzhhorod National University"),
 P("Patrik Ondrejka", "student", "University of Prešov"),
 P("Ivana Kráľová", "head of the city's smart-city department", None),
 P("Tomáš Hromada", None, "IT Academy"),
 P("Zuzana Peťková", "cluster manager", SITK),
],[
 O(SITK,"SITK"),
 O("University of Prešov"),
 O("Prešov Self-Governing Region"),
 O("Technical University of Košice"),
 O("Saris Soft Solutions s.r.o."),
 O("European Commission"),
 O("Directorate-General for Communications Networks, Content and Technology","DG CONNECT"),
 O("AI Factories network"),
 O("European High Performance Computing Joint Undertaking","EuroHPC JU"),
 O("Spinea s.r.o."),
 O("Podkarpackie Aviation Valley Association"),
 O("Faculty Hospital J. A. Reiman"),
 O("Uzhhorod National University"),
 O("Košice IT Valley"),
 O("IT Academy"),
 O("Slovak Business Agency"),
],[
 E("East Digital Summit 2034","2034-06-13","2034-06-14","Prešov","Slovakia"),
 E("IT Talent of the East prize","2034-06-13","2034-06-13","Prešov","Slovakia"),
 E("Data for Šariš","2034-06-14","2034-06-14","Prešov","Slovakia"),
 E("job fair","2034-06-14","2034-06-14","Prešov","Slovakia"),
 E("first course","2034-09-28","2034-09-28","Rzeszów","Poland"),
 E("seventh East Digital Summit","2035-06","2035-06",None,None),
 E("AI Clinic for Manufacturers","2034-10",None,None,None),
],["2034-06-19","2034-06-13/2034-06-14","2015","2034-09","2034-09-28","2035-06","2034-10","2035"],[], pub="2034-06-19")
