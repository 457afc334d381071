from h import *
F = 'g09_struga_webinar_series_smart_lakeside.html'
S = [
 (1, 2037,2,10, "From overtourism to all-year tourism: what the data say", "Dr. Biljana Petreska-Nikolovska", "Associate Professor, Faculty of Tourism and Hospitality, St. Kliment Ohridski University, Ohrid", "Held. Recording available."),
 (2, 2037,3,3, "Booking engines, channel managers and the small family hotel", "Artan Rexhepi", "Owner, Hotel Drim Sunset, Struga", "Held. Recording available."),
 (3, 2037,3,24, "Lakes that work together: lessons from Lake Bled and Lake Constance", "Mateja Kos Brezovar and Dr. Klaus-Dieter Oberhuber", "Slovenian Tourist Board; Internationale Bodensee-Konferenz", "Registration open"),
 (4, 2037,4,14, "Local food on the tourist plate", "Jelena Vasiljević-Marković", "Cluster manager, Serbian Gastro Tourism Cluster, Novi Sad", "Registration open"),
 (5, 2037,5,5, "Green certification for small accommodation", "Siobhán O'Donoghue", "Senior Adviser, Fáilte Ireland", "Registration opens 14 April"),
 (6, 2037,5,26, "Funding for tourism SMEs in 2037–2038", "Elizabeta Dimovska", "Head of Unit, Fund for Innovation and Technology Development", "Registration opens 5 May"),
]
cards = ""
for n, y, m, d, t, sp, aff, st in S:
    cards += f"""<article class="session">
<h3>Session {n}: "{t}"</h3>
<p class="when">{w(y,m,d)}, {d} {['January','February','March','April','May','June'][m-1]} {y} · 10:00–11:15 CET · Zoom</p>
<p class="speaker">Speaker: {sp}, {aff}</p>
<p class="status">{st}</p>
<p><a href="#">Register</a> · <a href="#">Add to calendar</a></p>
</article>
"""
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Smart Lakeside webinar series 2037 | Lake Ohrid Tourism Cluster</title></head>
<body>
<div class="cookies">This website uses cookies. By continuing to browse you agree to our use of cookies. <button>OK</button> <a href="#">More info</a></div>
<nav><a href="/">Home</a> <a href="/about">About the cluster</a> <a href="/members">Members</a> <a href="/projects">Projects</a> <a href="/webinars">Webinars</a> <a href="/news">News</a> <a href="/mk">МК</a> <a href="/sq">SQ</a></nav>
<main>
<h1>Smart Lakeside: webinar series 2037</h1>
<p class="intro">Six lunchtime webinars for hotels, guesthouses, tour operators, restaurants and municipalities around Lake Ohrid and Lake Prespa. Organised by the Lake Ohrid Tourism Cluster (LOTC) in Struga together with the Albanian partner cluster Pogradec Tourism Network and with the support of the Swiss Agency for Development and Cooperation (SDC). Free of charge; sessions are held in English with live captions in Macedonian and Albanian.</p>
<p>Moderator of the series: <strong>Ardita Sulejmani-Trajkovska</strong>, Cluster Coordinator, LOTC. Each session has a 40-minute talk, 25 minutes of questions and a short poll. Recordings and slides are published in the members' area within a week.</p>

<h2>Sessions</h2>
{cards}
<h2>Closing event</h2>
<p>The series ends with an in-person meeting, the <strong>Smart Lakeside Day</strong>, on {w(2037,6,16)} 16 June 2037 in the Cultural Centre "Brakja Miladinovci", Struga, followed by a boat trip to the springs of the Black Drin and a dinner for participants at Restaurant Biser. Participants who attended at least four webinars receive a certificate signed by the cluster president, Nikola Angelovski.</p>

<h2>What participants said after Session 1</h2>
<p>"I did not know that we lose almost forty per cent of our winter guests to Greek resorts. Now we have a number to work with." – Marija Talevska, guesthouse owner, Vevčani</p>
<p>"Short, practical, and the poll at the end showed us how many of us have the same problem." – Erion Kasa, Pogradec Tourism Network</p>

<h2>About the series</h2>
<p>The first series, in 2036, had five webinars and 410 registrations from 9 countries. Based on feedback, the 2037 edition adds a session on funding and moves all webinars to Tuesdays. The series is part of the project "Two Lakes, One Destination", running from 2035 to 2038.</p>
<p>Questions? Contact the LOTC secretariat: webinars@lotc.example.mk, +389 46 000 000.</p>

<h2>Other upcoming events</h2>
<ul>
<li>Ohrid Tourism Fair, 2–4 October 2037, Ohrid – joint stand of the cluster</li>
<li>General Assembly of LOTC, 30 April 2037, Struga</li>
</ul>
<p class="share">Share this page: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Copy link</a></p>
</main>
<footer><p>Lake Ohrid Tourism Cluster · ul. Maršal Tito 45, 6330 Struga, North Macedonia</p><p>The content of this page is the sole responsibility of the LOTC and does not necessarily reflect the views of SDC.</p><p>© 2037 LOTC · <a href="#">Privacy policy</a> · <a href="#">Terms</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Ardita Sulejmani-Trajkovska", "Cluster Coordinator", "LOTC"),
  P("Biljana Petreska-Nikolovska", "Associate Professor", "Faculty of Tourism and Hospitality, St. Kliment Ohridski University"),
  P("Artan Rexhepi", "Owner", "Hotel Drim Sunset"),
  P("Mateja Kos Brezovar", None, "Slovenian Tourist Board"),
  P("Klaus-Dieter Oberhuber", None, "Internationale Bodensee-Konferenz"),
  P("Jelena Vasiljević-Marković", "Cluster manager", "Serbian Gastro Tourism Cluster"),
  P("Siobhán O'Donoghue", "Senior Adviser", "Fáilte Ireland"),
  P("Elizabeta Dimovska", "Head of Unit", "Fund for Innovation and Technology Development"),
  P("Nikola Angelovski", "cluster president", "Lake Ohrid Tourism Cluster"),
  P("Marija Talevska", "guesthouse owner", None),
  P("Erion Kasa", None, "Pogradec Tourism Network")],
 [O("Lake Ohrid Tourism Cluster", "LOTC"), O("Pogradec Tourism Network"), O("Swiss Agency for Development and Cooperation", "SDC"),
  O("Faculty of Tourism and Hospitality, St. Kliment Ohridski University"), O("Hotel Drim Sunset"), O("Slovenian Tourist Board"),
  O("Internationale Bodensee-Konferenz"), O("Serbian Gastro Tourism Cluster"), O("Fáilte Ireland"),
  O("Fund for Innovation and Technology Development"), ],
 [E('Smart Lakeside: webinar series 2037', "2037-02-10", "2037-05-26"),
  E('Session 1: "From overtourism to all-year tourism: what the data say"', "2037-02-10"),
  E('Session 2: "Booking engines, channel managers and the small family hotel"', "2037-03-03"),
  E('Session 3: "Lakes that work together: lessons from Lake Bled and Lake Constance"', "2037-03-24"),
  E('Session 4: "Local food on the tourist plate"', "2037-04-14"),
  E('Session 5: "Green certification for small accommodation"', "2037-05-05"),
  E('Session 6: "Funding for tourism SMEs in 2037–2038"', "2037-05-26"),
  E("Smart Lakeside Day", "2037-06-16", None, "Struga", "North Macedonia"),
  E("boat trip to the springs of the Black Drin", "2037-06-16", None, "Struga", "North Macedonia"),
  E("dinner for participants", "2037-06-16", None, "Struga", "North Macedonia"),
  E("Ohrid Tourism Fair", "2037-10-02", "2037-10-04", "Ohrid", "North Macedonia"),
  E("General Assembly of LOTC", "2037-04-30", None, "Struga", "North Macedonia"),
  E("first series", "2036")],
 ["2037-02-10", "2037-03-03", "2037-03-24", "2037-04-14", "2037-05-05", "2037-05-26", "2037-04-14", "2037-06-16",
  "2036", "2035/2038", "2037-10-02/2037-10-04", "2037-04-30", "2037/2038"][:6] + ["2037-06-16", "2036", "2035/2038", "2037-10-02/2037-10-04", "2037-04-30", "2037/2038"],
 [])
