from h import *
F = 'g01_limerick_agrifood_events_calendar.html'
for (y,m,d,w) in [(2036,3,4,'Tuesday'),(2036,3,12,'Wednesday'),(2036,3,26,'Wednesday'),(2036,4,2,'Wednesday'),(2036,4,9,'Wednesday'),(2036,4,10,'Thursday'),(2036,4,23,'Wednesday'),(2036,5,7,'Wednesday'),(2036,5,8,'Thursday'),(2036,5,20,'Tuesday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events – Shannon AgriFood Cluster</title></head>
<body>
<div class="cookies">This website uses cookies to improve your experience. By continuing you agree to our use of cookies. <a href="/privacy">Read more</a> <button>OK</button></div>
<header><a class="logo" href="/">Shannon AgriFood Cluster</a>
<nav><a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events" class="on">Events</a> | <a href="/news">News</a> | <a href="/join">Join</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home &gt; Events &gt; Upcoming</p>
<h1>Upcoming events</h1>
<p class="intro">Our events bring together growers, processors, researchers and buyers from the Mid-West region. Unless stated otherwise, events are free for members of the cluster, and non-members pay a small fee. Places are confirmed by e-mail within two working days.</p>
<p>Filter by type: <a href="#">All</a> / <a href="#">Workshops</a> / <a href="#">Webinars</a> / <a href="#">Trade fairs</a> / <a href="#">Networking</a> &nbsp; <a href="/events.ics">Subscribe to calendar (iCal)</a></p>

<h2>March 2036</h2>
<div class="card"><p class="date">Tuesday 4 March 2036 · 09:30 – 13:00</p>
<h3>Food Waste to Value: member workshop</h3>
<p>Venue: Limerick Enterprise Development Partnership, Roxboro Road, Limerick</p>
<p>A half-day workshop on turning processing side-streams into feed, biogas and ingredients. With case studies from Kerry Dairy Ingredients and the Teagasc Food Research Centre at Moorepark. Moderator: Aoife Delaney, Cluster Manager.</p>
<p><a href="/events/food-waste">More info</a> · <a href="/register/food-waste">Register</a></p></div>

<div class="card"><p class="date">Wednesday 12 March 2036 · 11:00 – 12:00 (online)</p>
<h3>Webinar: Labelling rules after the 2035 revision</h3>
<p>Speaker: Declan Moriarty, Regulatory Affairs Manager, Food Safety Authority of Ireland (FSAI). Free for members; €40 for non-members.</p>
<p><a href="/register/labelling">Register</a></p></div>

<div class="card"><p class="date">Wednesday 26 March 2036 · 18:00 – 21:00</p>
<h3>Spring Networking Evening</h3>
<p>Venue: The Strand Hotel, Limerick. Hosted with the Limerick Chamber. Short pitch slots for five start-ups; please apply to the events team by 19 March 2036.</p>
<p><a href="/register/spring-evening">Register</a></p></div>

<h2>April 2036</h2>
<div class="card"><p class="date">Wednesday 2 April 2036 · 10:00 – 16:00</p>
<h3>Meet the Buyer: Retail</h3>
<p>Venue: University of Limerick, Kemmy Business School. Pre-arranged 20-minute meetings with buyers from three national retail chains. Organised together with Enterprise Europe Network Ireland and Bord Bia. Places are limited to 30 producers.</p>
<p><a href="/register/meet-the-buyer">Register</a></p></div>

<div class="card"><p class="date">Wednesday 9 April – Thursday 10 April 2036</p>
<h3>Study trip to the Food Valley, Wageningen</h3>
<p>Two-day delegation to Wageningen, the Netherlands, with visits to the Foodvalley NL network, the Wageningen University &amp; Research pilot plant and two scale-up companies. Travel subsidy available for SME members. Contact Niamh Fitzgerald, Internationalisation Officer.</p>
<p><a href="/events/wageningen">More info</a> · <a href="/register/wageningen">Register interest</a></p></div>

<div class="card"><p class="date">Wednesday 23 April 2036 · 14:00 – 15:30 (online)</p>
<h3>Cluster Members' Clinic: funding calls</h3>
<p>Our funding adviser Ronan Gleeson walks members through open regional and European calls. Bring your questions.</p>
<p><a href="/register/clinic-april">Register</a></p></div>

<h2>May 2036</h2>
<div class="card"><p class="date">Wednesday 7 May – Thursday 8 May 2036</p>
<h3>Irish Food &amp; Drink Expo 2036 – cluster pavilion</h3>
<p>Venue: RDS, Dublin. The cluster books a shared pavilion of 12 stands. Member rate €1,450 per stand, including listing in the catalogue. Booking deadline: 31 March 2036.</p>
<p><a href="/events/expo">More info</a> · <a href="/register/expo">Book a stand</a></p></div>

<div class="card"><p class="date">Tuesday 20 May 2036 · 09:00 – 17:00</p>
<h3>Annual Cluster Conference: Feeding the Region</h3>
<p>Venue: Limerick Milk Market. Keynote by Professor Siobhán Kirwan, Head of the Department of Biological Sciences, University of Limerick. Followed by the Annual General Meeting of members at 17:15 and a barbecue in the market at 18:30.</p>
<p><a href="/events/conference-2036">Programme</a> · <a href="/register/conference-2036">Register</a></p></div>

<h2>Past events</h2>
<ul>
<li>18 February 2036 – Packaging Innovation Day, Shannon</li>
<li>29 January 2036 – New Year Members' Breakfast, Limerick</li>
<li>4 December 2035 – Christmas Market Pop-up, Ennis</li>
</ul>
<p><a href="/events/archive">See all past events</a></p>

<aside><h3>Want to list your event?</h3><p>Members can send event details to events@shannonagrifood.example.ie at least four weeks in advance. Events team: Niamh Fitzgerald and Ciara Hogan (Events Coordinator).</p>
<p>Share this page: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p></aside>
</main>
<footer><p>Shannon AgriFood Cluster CLG · Company No. 000000 · Limerick, Ireland</p>
<p>Supported by Enterprise Ireland's Regional Technology Clustering Fund. <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | © 2036</p></footer>
</body></html>
"""
write(F, T)
C='Shannon AgriFood Cluster'
gold(F,
 [P("Aoife Delaney","Cluster Manager",C),
  P("Declan Moriarty","Regulatory Affairs Manager","Food Safety Authority of Ireland"),
  P("Niamh Fitzgerald","Internationalisation Officer",C),
  P("Ronan Gleeson","funding adviser",C),
  P("Siobhán Kirwan","Head of the Department of Biological Sciences","University of Limerick"),
  P("Ciara Hogan","Events Coordinator",C)],
 [O("Limerick Enterprise Development Partnership"), O("Kerry Dairy Ingredients"),
  O("Teagasc Food Research Centre"), O("Food Safety Authority of Ireland","FSAI"), O("Limerick Chamber"),
  O("University of Limerick"), O("Kemmy Business School"), O("Enterprise Europe Network Ireland"), O("Bord Bia"),
  O("Foodvalley NL"), O("Wageningen University & Research"), O("Department of Biological Sciences"),
  O("Enterprise Ireland"), O("Shannon AgriFood Cluster CLG")],
 [E("Food Waste to Value: member workshop","2036-03-04",None,"Limerick","Ireland"),
  E("Webinar: Labelling rules after the 2035 revision","2036-03-12"),
  E("Spring Networking Evening","2036-03-26",None,"Limerick","Ireland"),
  E("Meet the Buyer: Retail","2036-04-02",None,"Limerick","Ireland"),
  E("Study trip to the Food Valley, Wageningen","2036-04-09","2036-04-10","Wageningen","Netherlands"),
  E("Cluster Members' Clinic: funding calls","2036-04-23"),
  E("Irish Food & Drink Expo 2036","2036-05-07","2036-05-08","Dublin","Ireland"),
  E("Annual Cluster Conference: Feeding the Region","2036-05-20",None,"Limerick","Ireland"),
  E("Annual General Meeting","2036-05-20",None,"Limerick","Ireland"),
  E("barbecue","2036-05-20",None,"Limerick","Ireland"),
  E("Packaging Innovation Day","2036-02-18",None,"Shannon","Ireland"),
  E("New Year Members' Breakfast","2036-01-29",None,"Limerick","Ireland"),
  E("Christmas Market Pop-up","2035-12-04",None,"Ennis","Ireland")],
 ["2036-03","2036-04","2036-05","2036-03-04","2036-03-12","2036-03-26","2036-03-19","2036-04-02","2036-04-09/2036-04-10",
  "2036-04-23","2036-05-07/2036-05-08","2036-03-31","2036-05-20","2036-02-18","2036-01-29","2035-12-04"],
 [], None)
