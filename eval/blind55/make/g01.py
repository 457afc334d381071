from h import *
F = 'kpkn-events-calendar.html'
T = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Kuyavian-Pomeranian Tooling Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to measure traffic and to remember your filter settings. <a href="/privacy">Privacy policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/" class="logo">KPKN – Kuyavian-Pomeranian Tooling Cluster</a>
<nav><a href="/about">About</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events" class="active">Events</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/pl/wydarzenia">PL</a></nav></header>
<p class="breadcrumb">Home &rsaquo; Events &rsaquo; Calendar 2034</p>
<main>
<h1>Events calendar</h1>
<p>The Kuyavian-Pomeranian Tooling Cluster (KPKN) brings together 74 toolmakers, injection moulders, machine shops and research partners around Bydgoszcz and Toruń. Below you find our own events and those of partners we co-organise. Members attend our workshops free of charge; non-members pay a fee shown on the registration page.</p>
<form class="filters"><label>Type <select><option>All types</option><option>Workshop</option><option>Conference</option><option>Trade fair</option><option>Webinar</option><option>Networking</option></select></label>
<label>Place <select><option>All places</option><option>Bydgoszcz</option><option>Toruń</option><option>Online</option><option>Abroad</option></select></label>
<label>Language <select><option>All</option><option>Polish</option><option>English</option></select></label>
<button>Filter</button> <a href="/events.ics">Subscribe (iCal)</a></form>
<div class="tabs"><a class="on" href="#upcoming">Upcoming (7)</a> <a href="#past">Past (5)</a></div>

<section id="upcoming">
<article class="event"><p class="date">Tuesday 12 September 2034 · 09:30–15:00</p>
<h2>Workshop: Conformal cooling in injection moulds</h2>
<p class="where">Bydgoszcz · Bydgoszcz Industrial Park, Hall C · Workshop · Polish with English slides</p>
<p>Two mould makers show how 3D-printed inserts with conformal channels cut cycle times. With Dr inż. Marta Kowalczyk-Wiśniewska, Head of the Additive Manufacturing Lab, Bydgoszcz University of Science and Technology, and Paweł Zieliński, Technical Director, Formy Zielińscy Sp. z o.o. Lunch included.</p>
<p><a href="#">Register by 5 September</a></p></article>

<article class="event"><p class="date">Thursday 21 September 2034 · 10:00–11:30</p>
<h2>Webinar: CBAM and what it means for tool steel buyers</h2>
<p class="where">Online · Webinar · English</p>
<p>Speaker: Anneke van der Berg, Senior Policy Officer, European Tool &amp; Mould Making Association (ISTMA Europe). Moderated by the cluster's export advisor Łukasz Nowicki.</p></article>

<article class="event status-postponed"><p class="date"><s>Wednesday 4 October 2034</s> <strong>POSTPONED to Wednesday 15 November 2034</strong></p>
<h2>Members' Networking Evening – autumn edition</h2>
<p class="where">Toruń · Hotel Gotyk, Sala Kopernika · Networking</p>
<p>Moved because the venue is being renovated. Registrations remain valid. The short talk by Jolanta Rybicka, President of the Toruń Chamber of Crafts and SMEs, moves with the evening.</p></article>

<article class="event"><p class="date">17–20 October 2034</p>
<h2>KPKN joint stand at Fakuma 2034</h2>
<p class="where">Friedrichshafen, Germany · Trade fair · Hall B4</p>
<p>Eight members exhibit on a 96 m² joint stand organised with the Polish Investment and Trade Agency (PAIH). Stand coordinator: Agnieszka Maj.</p></article>

<article class="event status-cancelled"><p class="date"><s>Monday 6 November 2034</s> <strong>CANCELLED</strong></p>
<h2>Study trip to Marinha Grande mould cluster</h2>
<p class="where">Marinha Grande, Portugal · Study visit</p>
<p>Cancelled for lack of registrations (six of the twelve places were booked). Deposits will be refunded by 30 September. We hope to offer the trip again in spring 2035 together with CEFAMOL.</p></article>

<article class="event"><p class="date">Thursday 23 November 2034 · 09:00–17:00</p>
<h2>Tooling Forum Bydgoszcz 2034</h2>
<p class="where">Bydgoszcz · Opera Nova Congress Centre · Conference · Polish/English with interpretation</p>
<p>Our annual conference, this year on "Moulds for the circular economy". Keynote by Prof. Dr.-Ing. Christian Hopmann-Brandt, Director, Institute for Plastics Processing (IKV), RWTH Aachen. Afternoon panel with Zofia Lewandowska (Marshal's Office of the Kuyavian-Pomeranian Voivodeship), Tomasz Grabowski (CEO, Toolpol S.A.) and Ewa Szymańska-Król (Polish Agency for Enterprise Development, PARP). Early-bird fee until 31 October.</p></article>

<article class="event"><p class="date">Friday 8 December 2034 · 16:00–19:00</p>
<h2>Christmas meeting and General Assembly</h2>
<p class="where">Bydgoszcz · Młyny Rothera · Networking / statutory</p>
<p>The General Assembly starts at 16:00; the informal meeting follows at 17:30. Documents will be sent to members by 24 November.</p></article>
</section>

<section id="past"><h2>Past events</h2>
<ul>
<li><strong>Tuesday 20 June 2034</strong> – Summer Tooling Picnic at the Vistula, Toruń. 140 guests; thank you to our host, Fabryka Form Toruń Sp. z o.o.</li>
<li><strong>30 May – 2 June 2034</strong> – Plastpol 2034, Kielce: joint stand of eleven members. Report by Michał Dąbrowski in the June newsletter.</li>
<li><strong>Wednesday 17 May 2034</strong> – Workshop "Hot runners without headaches" with Kristina Holmqvist, Application Engineer, Nordic Hotrunner AB, Gnosjö.</li>
<li><strong>Thursday 13 April 2034</strong> – Webinar "Digital twins for mould shops" (recording available to members).</li>
<li><strong>22–23 March 2034</strong> – Matchmaking mission to the Slovenian Tool and Die Development Centre (TECOS) in Celje, with Jure Kovačič, Head of Business Development, TECOS.</li>
</ul>
<p><a href="/events/archive">Events archive 2027–2033</a></p></section>
<aside><h3>Contact for events</h3><p>Agnieszka Maj, Events and Communication Manager<br>events@kpkn.example · +48 52 000 11 22</p>
<h3>Organise an event with us</h3><p>Members can propose workshops at any time. Proposals for the first half of 2035 are welcome until 15 January 2035.</p></aside>
</main>
<footer><p>© 2034 Kujawsko-Pomorski Klaster Narzędziowy / Kuyavian-Pomeranian Tooling Cluster · ul. Przemysłowa 9, 85-758 Bydgoszcz · KRS 0000000000</p>
<p>Co-financed by the Kuyavian-Pomeranian Voivodeship · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · LinkedIn · YouTube</p></footer>
</body></html>
'''
write_text(F, T)
K = 'Kuyavian-Pomeranian Tooling Cluster'
BU = 'Bydgoszcz University of Science and Technology'
gold(F, None,
 [P('Marta Kowalczyk-Wiśniewska','Head of the Additive Manufacturing Lab',BU),
  P('Paweł Zieliński','Technical Director','Formy Zielińscy Sp. z o.o.'),
  P('Anneke van der Berg','Senior Policy Officer','European Tool & Mould Making Association'),
  P('Łukasz Nowicki','export advisor',K),
  P('Jolanta Rybicka','President','Toruń Chamber of Crafts and SMEs'),
  P('Agnieszka Maj','Events and Communication Manager',K),
  P('Christian Hopmann-Brandt','Director','Institute for Plastics Processing'),
  P('Zofia Lewandowska',None,"Marshal's Office of the Kuyavian-Pomeranian Voivodeship"),
  P('Tomasz Grabowski','CEO','Toolpol S.A.'),
  P('Ewa Szymańska-Król',None,'Polish Agency for Enterprise Development'),
  P('Michał Dąbrowski',None,None),
  P('Kristina Holmqvist','Application Engineer','Nordic Hotrunner AB'),
  P('Jure Kovačič','Head of Business Development','TECOS')],
 [O(K,'KPKN'),O('Bydgoszcz Industrial Park'),O(BU),O('Formy Zielińscy Sp. z o.o.'),
  O('European Tool & Mould Making Association','ISTMA Europe'),O('Toruń Chamber of Crafts and SMEs'),O('Polish Investment and Trade Agency','PAIH'),
  O('CEFAMOL'),O('Institute for Plastics Processing','IKV'),O('RWTH Aachen'),O("Marshal's Office of the Kuyavian-Pomeranian Voivodeship"),
  O('Toolpol S.A.'),O('Polish Agency for Enterprise Development','PARP'),O('Fabryka Form Toruń Sp. z o.o.'),O('Nordic Hotrunner AB'),
  O('Slovenian Tool and Die Development Centre','TECOS'),O('Kuyavian-Pomeranian Voivodeship')],
 [E('Workshop: Conformal cooling in injection moulds','2034-09-12',None,'Bydgoszcz','Poland'),
  E('Webinar: CBAM and what it means for tool steel buyers','2034-09-21'),
  E("Members' Networking Evening – autumn edition",'2034-11-15',None,'Toruń','Poland'),
  E('KPKN joint stand at Fakuma 2034','2034-10-17','2034-10-20','Friedrichshafen','Germany'),
  E('Tooling Forum Bydgoszcz 2034','2034-11-23',None,'Bydgoszcz','Poland'),
  E('Christmas meeting and General Assembly','2034-12-08',None,'Bydgoszcz','Poland'),
  E('Summer Tooling Picnic','2034-06-20',None,'Toruń','Poland'),
  E('Plastpol 2034','2034-05-30','2034-06-02','Kielce','Poland'),
  E('Workshop "Hot runners without headaches"','2034-05-17'),
  E('Webinar "Digital twins for mould shops"','2034-04-13'),
  E('Matchmaking mission to the Slovenian Tool and Die Development Centre','2034-03-22','2034-03-23','Celje','Slovenia')],
 ['2034-09-12','2034-09-05','2034-09-21','2034-10-04','2034-11-15','2034-10-17/2034-10-20','2034-11-06','2034-09-30','2035','2034-11-23','2034-10-31',
  '2034-12-08','2034-11-24','2034-06-20','2034-05-30/2034-06-02','2034-05-17','2034-04-13','2034-03-22/2034-03-23','2027/2033','2035-01-15'],
 [])
