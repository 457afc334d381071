from h import *
F = 'g01_morbihan_maritime_cluster_agenda.html'
assert wd(2036,3,13)=='Thursday' and wd(2036,4,3)=='Thursday' and wd(2036,4,24)=='Thursday' and wd(2036,5,15)=='Thursday' and wd(2036,5,16)=='Friday' and wd(2036,6,5)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Agenda – Pôle Mer Morbihan | Events 2036</title></head>
<body>
<div class="cookie-bar">We use cookies to measure audience and to remember your language. <a href="/en/cookies">Settings</a> <button>OK, accept all</button> <button>Refuse</button></div>
<header><a class="logo" href="/en/">Pôle Mer Morbihan – maritime industries cluster</a>
<nav><a href="/en/">Home</a> · <a href="/en/cluster">The cluster</a> · <a href="/en/members">Members</a> · <a href="/en/projects">Projects</a> · <a href="/en/agenda" class="active">Agenda</a> · <a href="/en/news">News</a> · <a href="/fr/agenda">FR</a> · <a href="/en/join">Join us</a></nav></header>
<main>
<p class="breadcrumb">Home › Agenda › Spring 2036</p>
<h1>Agenda: what's on, spring 2036</h1>
<p class="intro">Our members' calendar for the coming months. Unless stated otherwise, events are free for members of Pôle Mer Morbihan; non-members pay a fee shown on the registration page. Last updated 2 March 2036 by Gwenola Le Bihan, events officer.</p>

<div class="filters">Filter: <a href="#">All</a> | <a href="#">Webinars</a> | <a href="#">Matchmaking</a> | <a href="#">Visits</a> | <a href="#">Governance</a></div>

<article class="event">
<p class="date">Thursday 13 March 2036 · 11:00–12:00 · Online</p>
<h2>Webinar: "Hull cleaning robots – what the new port rules mean for you"</h2>
<p>Speaker: Yann-Erwan Kerjean, technical director of Subsea Clean Bretagne SAS, with Maëlle Guillou from the harbour master's office of Lorient-Keroman. Moderated by the cluster's innovation manager, Tanguy Le Floch. The webinar is the third in our "Blue Tech Thursdays" series; recordings of the first two (January and February 2036) are available in the members' area.</p>
<p><a href="#">Register</a> · <a href="#">Add to calendar</a></p>
</article>

<article class="event">
<p class="date">Thursday 3 April 2036 · 09:30–17:00 · Vannes, Parc du Golfe</p>
<h2>Atlantic Boatbuilding Matchmaking 2036</h2>
<p>One day of pre-arranged one-to-one meetings between boatbuilders, equipment suppliers and research labs from Brittany, Galicia and the Basque Country. Organised with the Enterprise Europe Network Bretagne and the Cluster Marítimo de Galicia (CMG). Meeting requests can be booked on the online platform from 10 March until 31 March 2036. Last year, 74 companies held 212 meetings in Lorient.</p>
<p>Past editions:</p>
<ul>
<li>2033 – Concarneau, 18 October 2033</li>
<li>2034 – Vigo, 6–7 June 2034</li>
<li>2035 – Lorient, 10 April 2035</li>
</ul>
<p><a href="#">Register</a> · <a href="#">Participants list</a></p>
</article>

<article class="event">
<p class="date">Thursday 24 April 2036 · 14:00–18:30 · Auray</p>
<h2>Company visit: Chantier Naval Le Gurun</h2>
<p>A visit to the family yard that launched the first hydrogen-electric passenger ferry for the Gulf of Morbihan islands last autumn. Guided by the managing director, Soazig Le Gurun, and followed by a drink on the quay. Limited to 25 people; members only.</p>
<p><a href="#">Register</a></p>
</article>

<article class="event">
<p class="date">15–16 May 2036 · Vannes, Palais des Arts</p>
<h2>General Assembly and Members' Day</h2>
<p>The annual General Assembly of the association opens on Thursday 15 May at 16:00: activity report 2035, accounts, the budget for 2036 and the election of four directors to the Board. Candidates should send a short letter to the President, Hervé Quéré, by 30 April 2036. The evening continues with a members' dinner at 20:00 on board the Izenah, moored at the port of Vannes.</p>
<p>On Friday 16 May the Members' Day brings together the cluster's working groups on offshore wind, fishing gear and nautical tourism, with a keynote by Dr Anne-Sophie Rolland (Ifremer Brest) on the state of the Bay of Biscay fisheries. Lunch is offered by the Région Bretagne.</p>
<p><a href="#">Agenda of the General Assembly (PDF)</a> · <a href="#">Proxy form</a></p>
</article>

<article class="event">
<p class="date">Thursday 5 June 2036 · 10:00–12:30 · Brussels and online</p>
<h2>Info session: EU calls for blue economy SMEs</h2>
<p>Together with the Brittany Europe office in Brussels, we present the open EU calls for small maritime firms. Speakers from the European Climate, Infrastructure and Environment Executive Agency (CINEA) will answer questions. Deadline of the call discussed: 17 September 2036.</p>
<p><a href="#">Register</a></p>
</article>

<aside><h3>Also in the region</h3>
<p>Salon Nautique Grand Ouest, La Trinité-sur-Mer, 11–14 September 2036 – the cluster will have a shared stand; members wishing to exhibit should contact us.</p>
<h3>Stay informed</h3><p>Our monthly letter "Écume" in French and English. <a href="#">Subscribe</a></p></aside>
</main>
<footer><p>Pôle Mer Morbihan – association loi 1901 · 8 rue Daniel Gilard, 56000 Vannes · contact@polemer56.example.fr</p>
<p>Share this page: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a> · © 2036 Pôle Mer Morbihan · <a href="#">Legal notice</a> · <a href="#">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
PM = "Pôle Mer Morbihan"
gold(F,
 [P("Gwenola Le Bihan","events officer",PM),
  P("Yann-Erwan Kerjean","technical director","Subsea Clean Bretagne SAS"),
  P("Maëlle Guillou",None,"harbour master's office of Lorient-Keroman"),
  P("Tanguy Le Floch","innovation manager",PM),
  P("Soazig Le Gurun","managing director","Chantier Naval Le Gurun"),
  P("Hervé Quéré","President",PM),
  P("Anne-Sophie Rolland",None,"Ifremer")],
 [O(PM), O("Subsea Clean Bretagne SAS"), O("harbour master's office of Lorient-Keroman"),
  O("Enterprise Europe Network Bretagne"), O("Cluster Marítimo de Galicia","CMG"), O("Chantier Naval Le Gurun"),
  O("Ifremer"), O("Région Bretagne"), O("Brittany Europe office"),
  O("European Climate, Infrastructure and Environment Executive Agency","CINEA")],
 [E('Hull cleaning robots – what the new port rules mean for you',"2036-03-13",None,None,None),
  E("Blue Tech Thursdays","2036-01",None,None,None),
  E("Blue Tech Thursdays","2036-02",None,None,None),
  E("Atlantic Boatbuilding Matchmaking 2036","2036-04-03",None,"Vannes","France"),
  E("Atlantic Boatbuilding Matchmaking","2033-10-18",None,"Concarneau","France"),
  E("Atlantic Boatbuilding Matchmaking","2034-06-06","2034-06-07","Vigo","Spain"),
  E("Atlantic Boatbuilding Matchmaking","2035-04-10",None,"Lorient","France"),
  E("Company visit: Chantier Naval Le Gurun","2036-04-24",None,"Auray","France"),
  E("General Assembly","2036-05-15",None,"Vannes","France"),
  E("members' dinner","2036-05-15",None,"Vannes","France"),
  E("Members' Day","2036-05-16",None,"Vannes","France"),
  E("Info session: EU calls for blue economy SMEs","2036-06-05",None,"Brussels","Belgium"),
  E("Salon Nautique Grand Ouest","2036-09-11","2036-09-14","La Trinité-sur-Mer","France")],
 ["2036","2036-03-02","2036-03-13","2036-01","2036-02","2036-04-03","2036-03-10/2036-03-31","2033","2033-10-18","2034","2034-06-06/2034-06-07",
  "2035","2035-04-10","2036-04-24","2036-05-15/2036-05-16","2036-05-15","2036-04-30","2036-05-16","2036-06-05","2036-09-17","2036-09-11/2036-09-14"],
 [], pub="2036-03-02")
