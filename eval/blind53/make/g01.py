from h import *
F = 'events_nem-muensterland.html'
T = '''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Events | Netzwerk Ernährungstechnik Münsterland e.V.</title></head>
<body>
<div class="cookie-bar">We use cookies to count visits and to remember your filter settings. <a href="#">Accept all</a> | <a href="#">Only necessary</a></div>
<header>
<a class="logo" href="/">NEM – Netzwerk Ernährungstechnik Münsterland</a>
<nav><ul><li><a href="/en/network">Network</a></li><li><a href="/en/members">Members</a></li><li><a href="/en/projects">Projects</a></li><li class="active"><a href="/en/events">Events</a></li><li><a href="/en/news">News</a></li><li><a href="/en/contact">Contact</a></li><li><a href="/de/veranstaltungen">DE</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/en/network">Network</a> &rsaquo; Events</div>
<main>
<h1>Events</h1>
<p class="intro">Workshops, factory tours, pitch nights and our annual Food Tech Day: the network brings food producers, machine builders, packaging specialists and researchers from Münster, Coesfeld, Steinfurt, Warendorf and Borken together around twenty times a year. Most formats are free for members; guests pay a small fee unless stated otherwise. Dates and venues can change at short notice, so please check this page before you travel and write to the office if you need an invoice in advance.</p>

<form class="filters">
<label>Format <select name="format"><option>All formats</option><option>Workshop</option><option>Factory tour</option><option>Conference</option><option>Webinar</option><option>Pitch night</option></select></label>
<label>Topic <select name="topic"><option>All topics</option><option>Alternative proteins</option><option>Packaging &amp; recycling</option><option>Automation</option><option>Energy in food plants</option></select></label>
<label>Month <select name="month"><option>All months</option><option>September 2034</option><option>October 2034</option><option>November 2034</option><option>December 2034</option></select></label>
<label><input type="checkbox" name="members"> Members only</label>
<button type="submit">Apply filters</button> <a href="/en/events">Reset</a>
</form>

<section class="featured">
<h2>Featured events</h2>

<article class="card">
<p class="card-date">Thu 21 September 2034 · 09:30–17:00</p>
<h3>Food Tech Day Münsterland 2034</h3>
<p class="card-place">Halle Münsterland, Münster</p>
<p>The seventh edition of our annual conference is devoted to "Proteins of tomorrow – made in the region". Keynote by Prof. Dr. Henrike Oltmanns-Sievers, head of the Institute of Food Process Engineering at the Fachhochschule Münster, followed by a panel with Jörg Brinkhaus (Managing Director, Brinkhaus Fleischwaren GmbH & Co. KG), Aylin Karaca-Westhoff (founder, Erbsenwerk GmbH) and Theo Hüsing, dairy farmer and chair of the Landwirtschaftlicher Kreisverband Coesfeld. Exhibition area with 30 stands.</p>
<p class="card-meta">Conference · Alternative proteins · Fee: members free, guests EUR 120</p>
<a class="button" href="/en/events/food-tech-day-2034">Register by 8 September</a>
</article>

<article class="card">
<p class="card-date">Tue 10 October 2034 · 14:00–17:30</p>
<h3>Factory tour: paper-based trays at Vennemann Verpackung</h3>
<p class="card-place">Vennemann Verpackung GmbH, Gronau</p>
<p>Plant manager Sebastian Vennemann shows the new forming line for fibre trays and explains what the switch from plastic meant for his customers. Limited to 25 participants; safety shoes are provided.</p>
<p class="card-meta">Factory tour · Packaging &amp; recycling · Members only</p>
<a class="button" href="/en/events/tour-vennemann">Register</a>
</article>

<article class="card">
<p class="card-date">Wed 15 November 2034 · 18:00–21:00</p>
<h3>Pitch Night #5 "Food meets Automation"</h3>
<p class="card-place">Digital Hub münsterLAND, Münster</p>
<p>Six start-ups pitch robotic and sensor solutions to food producers. Jury: Katharina Tenbrock (Head of Innovation, Westfalen Backwaren AG), Malte Roggenkamp (investment manager, NRW.BANK) and Dilara Öztürk, cluster manager of NEM. Drinks and regional snacks afterwards.</p>
<p class="card-meta">Pitch night · Automation · Free, registration required</p>
<a class="button" href="/en/events/pitch-night-5">Register</a>
</article>
</section>

<section class="more">
<h2>Also coming up</h2>
<ul>
<li><strong>28.09.2034</strong> – Webinar "Energy audits for bakeries" with EnergieAgentur.NRW (online, 10:00–11:30)</li>
<li><strong>19.10.2034</strong> – Workshop "Shelf life and labelling", Steinfurt, with the Chemisches und Veterinäruntersuchungsamt Münsterland-Emscher-Lippe (CVUA-MEL)</li>
<li><strong>6.–7.12.2034</strong> – Joint stand of the network at the "Regionalmesse Genuss Münsterland", Rheine</li>
</ul>
<p class="notice"><strong>Please note:</strong> the members' Christmas get-together originally planned for 13 December 2034 has been cancelled. The general assembly moves from 24 November to <strong>1 December 2034</strong> (Haus der Landwirtschaft, Münster-Hiltrup, 16:00).</p>
</section>

<section class="past">
<h2>Past events</h2>
<div class="past-item">
<h3>Summer factory tour at Hof Schulze Dieckhoff</h3>
<p>3 July 2034 · Billerbeck · Factory tour</p>
<figure><img src="/img/past/dieckhoff.jpg" alt=""><figcaption>Farmer Bernadette Schulze Dieckhoff (left) explains the on-farm oat drink pilot to members. Photo: Lars Kemper / NEM</figcaption></figure>
</div>
<div class="past-item">
<h3>Workshop "Insect protein – what the law allows"</h3>
<p>14 May 2034 · Münster · Workshop</p>
<figure><img src="/img/past/insects.jpg" alt=""><figcaption>Lawyer Friederike van Loon (Kanzlei van Loon &amp; Partner) answering questions from participants.</figcaption></figure>
</div>
<div class="past-item">
<h3>Food Tech Day Münsterland 2033</h3>
<p>22 September 2033 · Münster · Conference</p>
<figure><img src="/img/past/ftd2033.jpg" alt=""><figcaption>Around 340 participants attended the sixth edition. On stage: State Secretary Ulrich Damhorst of the Ministerium für Landwirtschaft und Verbraucherschutz NRW with NEM chair Clemens Overmeyer.</figcaption></figure>
</div>
<div class="past-item">
<h3>Study visit to Foodvalley, Wageningen</h3>
<p>11–12 April 2034 · Wageningen (NL) · Study trip</p>
<figure><img src="/img/past/wageningen.jpg" alt=""><figcaption>The NEM delegation in front of the Wageningen University &amp; Research campus.</figcaption></figure>
</div>
<p><a href="/en/events/archive">Show all past events (2027–2034)</a></p>
</section>
</main>
<footer>
<p>Netzwerk Ernährungstechnik Münsterland e.V. · Mendelstraße 11 · 48149 Münster · info@nem-muensterland.example</p>
<p>The network is supported by the Münsterland e.V. regional initiative and the State of North Rhine-Westphalia.</p>
<p><a href="/en/imprint">Imprint</a> · <a href="/en/privacy">Privacy</a> · <a href="/en/newsletter">Newsletter</a> · © 2034 NEM</p>
</footer>
</body>
</html>
'''
write_text(F, T)
NEM='Netzwerk Ernährungstechnik Münsterland e.V.'
gold(F, None,
 [P('Henrike Oltmanns-Sievers','head','Fachhochschule Münster'),
  P('Jörg Brinkhaus','Managing Director','Brinkhaus Fleischwaren GmbH & Co. KG'),
  P('Aylin Karaca-Westhoff','founder','Erbsenwerk GmbH'),
  P('Theo Hüsing','chair','Landwirtschaftlicher Kreisverband Coesfeld'),
  P('Sebastian Vennemann','Plant manager','Vennemann Verpackung GmbH'),
  P('Katharina Tenbrock','Head of Innovation','Westfalen Backwaren AG'),
  P('Malte Roggenkamp','investment manager','NRW.BANK'),
  P('Dilara Öztürk','cluster manager',NEM),
  P('Bernadette Schulze Dieckhoff','Farmer','Hof Schulze Dieckhoff'),
  P('Lars Kemper',None,NEM),
  P('Friederike van Loon','Lawyer','Kanzlei van Loon & Partner'),
  P('Ulrich Damhorst','State Secretary','Ministerium für Landwirtschaft und Verbraucherschutz NRW'),
  P('Clemens Overmeyer','chair',NEM)],
 [O(NEM,'NEM'),O('Institute of Food Process Engineering'),O('Fachhochschule Münster'),O('Brinkhaus Fleischwaren GmbH & Co. KG'),O('Erbsenwerk GmbH'),
  O('Landwirtschaftlicher Kreisverband Coesfeld'),O('Vennemann Verpackung GmbH'),O('Westfalen Backwaren AG'),O('NRW.BANK'),
  O('EnergieAgentur.NRW'),O('Chemisches und Veterinäruntersuchungsamt Münsterland-Emscher-Lippe','CVUA-MEL'),O('Hof Schulze Dieckhoff'),
  O('Kanzlei van Loon & Partner'),O('Ministerium für Landwirtschaft und Verbraucherschutz NRW'),O('Foodvalley'),O('Wageningen University & Research'),O('Münsterland e.V.')],
 [E('Food Tech Day Münsterland 2034','2034-09-21',None,'Münster','Germany'),
  E('Factory tour: paper-based trays at Vennemann Verpackung','2034-10-10',None,'Gronau','Germany'),
  E('Pitch Night #5 "Food meets Automation"','2034-11-15',None,'Münster','Germany'),
  E('Webinar "Energy audits for bakeries"','2034-09-28'),
  E('Workshop "Shelf life and labelling"','2034-10-19',None,'Steinfurt','Germany'),
  E('Regionalmesse Genuss Münsterland','2034-12-06','2034-12-07','Rheine','Germany'),
  E('general assembly','2034-12-01',None,'Münster','Germany'),
  E('Summer factory tour at Hof Schulze Dieckhoff','2034-07-03',None,'Billerbeck','Germany'),
  E('Workshop "Insect protein – what the law allows"','2034-05-14',None,'Münster','Germany'),
  E('Food Tech Day Münsterland 2033','2033-09-22',None,'Münster','Germany'),
  E('Study visit to Foodvalley, Wageningen','2034-04-11','2034-04-12','Wageningen','Netherlands')],
 ['2034-09-21','2034-09-08','2034-10-10','2034-11-15','2034-09','2034-10','2034-11','2034-12','2034-09-28','2034-10-19','2034-12-06/2034-12-07',
  '2034-12-13','2034-11-24','2034-12-01','2034-07-03','2034-05-14','2033-09-22','2034-04-11/2034-04-12','2027/2034'],
 [])
