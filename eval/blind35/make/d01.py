from common import *
doc = "events-calendar-robotiikka.html"
text(doc, """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | RoboPirkka – Tampere Robotics Cluster</title></head>
<body>
<div class="cookie-banner">We use cookies to measure traffic. <a href="#">Accept all</a> <a href="#">Only necessary</a></div>
<header><nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/events" class="active">Events</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/fi">Suomeksi</a></nav></header>
<div class="breadcrumbs">Home &rsaquo; Events &rsaquo; Calendar 2034</div>
<main>
<h1>Events calendar</h1>
<p>RoboPirkka brings together 140 robotics and automation companies in the Pirkanmaa region. Below you find our own events
and partner events where our members meet. Filter: <a href="#">All</a> · <a href="#">Own events</a> · <a href="#">Partner events</a> · <a href="#">Online</a></p>

<p>Most of our events are free of charge for members. Partner events may have their own fees and registration
systems; the links take you to the organiser's page. Please cancel your place if you cannot come: breakfasts and
site visits have limited capacity and there is usually a waiting list. Events marked "members only" are open to
employees of member companies and to invited guests of the board. If you would like to host a cobot breakfast or a
company visit at your premises, contact the cluster office; we are looking for hosts for the spring season, in
particular companies working with mobile robots, machine vision or robot safety.</p>

<h2>Upcoming</h2>
<div class="event">
 <h3>Cobot Breakfast: welding cells for small batches</h3>
 <p class="meta">Thu 14.09.2034 · 08:00–10:00 · Hervanta Campus, Tampere</p>
 <p>Morning session hosted by member company Kärkikone Oy, with a live demo of a collaborative welding cell.
 Speaker: Veera Lähteenmäki, Head of Automation, Kärkikone Oy.</p>
</div>
<div class="event">
 <h3>RoboPirkka Annual Meeting</h3>
 <p class="meta">27 September 2034 · 14:00 · Tampere Hall</p>
 <p>Statutory annual meeting of the association, followed by sauna and networking. Members only.</p>
</div>
<div class="event">
 <h3>Webinar – Machinery Regulation: what changes for integrators?</h3>
 <p class="meta">October 5th, 2034 · 13:00–14:00 EET · Online</p>
 <p>With Mikko Haapasalo, senior specialist, Finnish Safety and Chemicals Agency (Tukes).</p>
</div>
<div class="event">
 <h3>Automation Expo Jyväskylä – joint stand</h3>
 <p class="meta">17.–19.10.2034 · Paviljonki, Jyväskylä</p>
 <p>Six members exhibit under the RoboPirkka umbrella. Stand booking closed on 31 August.</p>
</div>
<div class="event">
 <h3>Field Robotics Day</h3>
 <p class="meta">8/11/2034 · Tampere University, Tampere</p>
 <p>Forestry, mining and agriculture robots outdoors. Organised with Tampere University and the Business Tampere agency.</p>
</div>
<div class="event">
 <h3>Nordic Robotics Clusters Meetup</h3>
 <p class="meta">2–3 December 2034 · Odense, Denmark</p>
 <p>Partner event of the Nordic robotics cluster network; RoboPirkka travels with a delegation of ten companies.
 Contact: Aino Virtanen-Koski, international affairs manager.</p>
</div>
<div class="event">
 <h3>Christmas get-together</h3>
 <p class="meta">Friday 15 December · 16:00 · RoboPirkka office, Tampere</p>
</div>

<h2>Past events</h2>
<ul class="past">
 <li>Summer Robotics Pitch Night – 12.06.2034, Tampere</li>
 <li>Study trip to AUTOMATICA Munich – June 2034</li>
 <li>Webinar: AI vision on the factory floor – 22/05/2034, online</li>
</ul>
</main>
<footer>
<p>RoboPirkka ry · Hermiankatu 9 · 33720 Tampere · Finland · info@robopirkka.example</p>
<p>Cluster manager: Jouni Salmenkivi · Tel. +358 40 000 0000</p>
<p>Co-funded by the Regional Council of Pirkanmaa. © 2034 RoboPirkka ry · <a href="#">Privacy</a> · <a href="#">Accessibility statement</a></p>
</footer>
</body></html>
""")
gold(doc, None,
 [P("Veera Lähteenmäki","Head of Automation","Kärkikone Oy"), P("Mikko Haapasalo","senior specialist","Finnish Safety and Chemicals Agency"),
  P("Aino Virtanen-Koski","international affairs manager","RoboPirkka"), P("Jouni Salmenkivi","Cluster manager","RoboPirkka ry")],
 [O("RoboPirkka ry"), O("Kärkikone Oy"), O("Finnish Safety and Chemicals Agency","Tukes"), O("Tampere University"),
  O("Business Tampere"), O("Regional Council of Pirkanmaa")],
 [E("Cobot Breakfast: welding cells for small batches","2034-09-14","2034-09-14","Tampere","Finland"),
  E("RoboPirkka Annual Meeting","2034-09-27","2034-09-27","Tampere","Finland"),
  E("Webinar – Machinery Regulation: what changes for integrators?","2034-10-05","2034-10-05",None,None),
  E("Automation Expo Jyväskylä","2034-10-17","2034-10-19","Jyväskylä","Finland"),
  E("Field Robotics Day","2034-11-08","2034-11-08","Tampere","Finland"),
  E("Nordic Robotics Clusters Meetup","2034-12-02","2034-12-03","Odense","Denmark"),
  E("Christmas get-together","2034-12-15","2034-12-15","Tampere","Finland"),
  E("Summer Robotics Pitch Night","2034-06-12","2034-06-12","Tampere","Finland"),
  E("Study trip to AUTOMATICA Munich","2034-06","2034-06","Munich","Germany"),
  E("Webinar: AI vision on the factory floor","2034-05-22","2034-05-22",None,None)],
 ["2034-09-14","2034-09-27","2034-10-05","2034-10-17/2034-10-19","2034-08-31","2034-11-08","2034-12-02/2034-12-03",
  "2034-12-15","2034-06-12","2034-06","2034-05-22"], [])
