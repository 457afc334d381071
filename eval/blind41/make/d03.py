from common import save
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | SEAWEEDLINK – Interreg North Sea</title></head>
<body>
<div class="cookie">We use functional cookies only. <a href="#">OK</a></div>
<header><a href="/" class="logo">SEAWEEDLINK</a>
<nav><a href="/about">About</a> | <a href="/partners">Partners</a> | <a href="/pilots">Pilot sites</a> | <a href="/events" class="active">Events</a> | <a href="/news">News</a> | <a href="/library">Library</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; Events</div>
<main>
<h1>Events</h1>
<p>SEAWEEDLINK brings together eleven partners from five North Sea countries to scale up seaweed farming and processing. The project is led by the Zeeuwse Zeewier Coöperatie U.A. and runs from 1 March 2031 to 28 February 2035.</p>
<p>Our events are open to seaweed farmers, processors, food and feed companies, researchers and public authorities. Most events are free of charge; places at farm visits are limited for safety reasons. Presentations and recordings are published in the Library after each event. If you would like to present your own work at one of our events, please use the contact form and tell us briefly about your topic.</p>
<div class="tabs"><button class="tab active">Upcoming events</button><button class="tab">Past events</button></div>

<section id="upcoming">
<article class="event"><p class="date">12&ndash;13 November 2033</p>
<h3>Partner meeting &amp; farm visit, Esbjerg</h3>
<p>Fifth project partner meeting hosted by Vadehavet Tang ApS, with a visit to the offshore long-line site. Partners only.</p></article>

<article class="event"><p class="date">Thursday 1 December 2033, 14:00&ndash;15:30 CET &middot; online</p>
<h3>Webinar: Food safety rules for seaweed products</h3>
<p>Speakers: Dr. Femke de Wolf-Verhage, food law adviser, Nederlandse Voedsel- en Warenautoriteit (NVWA); Hamish MacLeod, technical director, Minch Kelp Ltd.; moderation: Ingrid Søndergaard, communication officer, SEAWEEDLINK.</p></article>

<article class="event"><p class="date">17 &ndash; 19 March 2034</p>
<h3>SEAWEEDLINK at Seafood Expo Global, Barcelona</h3>
<p>Joint stand with four pilot companies in the Dutch pavilion; B2B meetings can be booked through the Enterprise Europe Network.</p></article>

<article class="event"><p class="date">Save the date: 21 January 2035</p>
<h3>Final conference "From Farm to Fork to Fuel"</h3>
<p>Middelburg, Zeeland. Programme follows in autumn 2034.</p></article>
</section>

<section id="past" hidden>
<article class="event"><p class="date">19 September 2033 &middot; Bremerhaven</p>
<h3>Policy round table with the Interreg North Sea secretariat</h3>
<p>Organised by Blue Harvest Bremerhaven e.V.; 32 participants. Summary by Prof. Kai-Uwe Brandstätter (Hochschule Bremerhaven) in the Library.</p></article>

<article class="event"><p class="date">6 June 2033</p>
<h3>Seaweed Day Oostende</h3>
<p>Open day at the Flemish pilot site with VLIZ &ndash; Vlaams Instituut voor de Zee; 150 visitors.</p></article>

<article class="event"><p class="date">23.&ndash;24.11.2032</p>
<h3>Third partner meeting, Vlissingen</h3>
<p>Hosted by HZ University of Applied Sciences.</p></article>

<article class="event"><p class="date">14 April 2031</p>
<h3>Kick-off meeting, Middelburg</h3>
<p>Opened by project coordinator Maarten van der Heijden (Zeeuwse Zeewier Coöperatie).</p></article>
<p class="more">Looking for older events? All activities of the first project year are documented in the first annual report, available in the Library.</p>
</section>
<aside><h4>Stay informed</h4><p>Subscribe to our newsletter to receive invitations to upcoming webinars and meetings. We send four issues a year and never share your address.</p><form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form></aside>
</main>
<footer><p>SEAWEEDLINK is co-funded by the Interreg North Sea Programme 2021&ndash;2027.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a> &middot; &copy; SEAWEEDLINK 2033</p></footer>
</body></html>
"""
save('events_SEAWEEDLINK.html', T,
 [("Femke de Wolf-Verhage","food law adviser","Nederlandse Voedsel- en Warenautoriteit"),
  ("Hamish MacLeod","technical director","Minch Kelp Ltd."),
  ("Ingrid Søndergaard","communication officer","SEAWEEDLINK"),
  ("Kai-Uwe Brandstätter",None,"Hochschule Bremerhaven"),
  ("Maarten van der Heijden","project coordinator","Zeeuwse Zeewier Coöperatie")],
 [("Zeeuwse Zeewier Coöperatie U.A.",None),("Vadehavet Tang ApS",None),
  ("Nederlandse Voedsel- en Warenautoriteit","NVWA"),("Minch Kelp Ltd.",None),("Enterprise Europe Network",None),
  ("Blue Harvest Bremerhaven e.V.",None),("Hochschule Bremerhaven",None),("VLIZ – Vlaams Instituut voor de Zee","VLIZ"),
  ("HZ University of Applied Sciences",None),("Interreg North Sea secretariat",None)],
 [("Partner meeting & farm visit, Esbjerg","2033-11-12","2033-11-13","Esbjerg","Denmark"),
  ("Webinar: Food safety rules for seaweed products","2033-12-01","2033-12-01",None,None),
  ("Seafood Expo Global","2034-03-17","2034-03-19","Barcelona","Spain"),
  ("Final conference \"From Farm to Fork to Fuel\"","2035-01-21","2035-01-21","Middelburg","Netherlands"),
  ("Policy round table with the Interreg North Sea secretariat","2033-09-19","2033-09-19","Bremerhaven","Germany"),
  ("Seaweed Day Oostende","2033-06-06","2033-06-06","Oostende","Belgium"),
  ("Third partner meeting, Vlissingen","2032-11-23","2032-11-24","Vlissingen","Netherlands"),
  ("Kick-off meeting, Middelburg","2031-04-14","2031-04-14","Middelburg","Netherlands")],
 ["2031-03-01/2035-02-28","2033-11-12/2033-11-13","2033-12-01","2034-03-17/2034-03-19","2035-01-21","2034",
  "2033-09-19","2033-06-06","2032-11-23/2032-11-24","2031-04-14"])
