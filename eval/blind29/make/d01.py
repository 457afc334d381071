from mk import *
F = 'kfh-events-calendar.html'
text(F, '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Klaster Forum Hrvatska</title></head>
<body>
<div class="cookie">We use cookies to improve your experience. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<nav><a href="/">Home</a> | <a href="/about">About KFH</a> | <a href="/members">Members</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav>
<div class="breadcrumbs">Home &rsaquo; Events &rsaquo; Upcoming</div>
<h1>Events</h1>
<form class="filters">
<label>Sector</label> <select><option>All sectors</option><option>Wood &amp; furniture</option><option>Maritime</option><option>ICT</option><option>Food</option></select>
<label>City</label> <select><option>All cities</option><option>Zagreb</option><option>Split</option><option>Osijek</option><option>Rijeka</option></select>
<label>Type</label> <input type="checkbox"> Conference <input type="checkbox"> Workshop <input type="checkbox"> Webinar
<button>Apply filters</button> <a href="#">Reset</a>
</form>
<p class="results">Showing 6 of 6 events &middot; Sort by: date &darr;</p>

<div class="card"><span class="date">14 Jan 2034</span>
<h3>New Year Cluster Breakfast</h3>
<p class="meta">Zagreb &middot; Organiser: KFH</p>
<p>Informal start of the year for cluster managers and the Ministry of Economy. Registration until 9 January.</p>
<a href="#">Read more</a></div>

<div class="card"><span class="date">28&ndash;29 Jan 2034</span>
<h3>Adriatic Yacht Supply Days</h3>
<p class="meta">Split &middot; Organiser: Jadranski nautički klaster (JNK)</p>
<p>Two days of supplier pitches for shipyards and marinas, with a visit to a shipyard in the port.</p>
<a href="#">Read more</a></div>

<div class="card"><span class="date">05 Feb 2034</span>
<h3>Webinar: Cluster Excellence labelling, step by step</h3>
<p class="meta">Online &middot; Organiser: KFH with the ECCP</p>
<p>Speaker: Marija Šarić-Lovrić, quality officer, KFH.</p>
<a href="#">Read more</a></div>

<div class="card"><span class="date">19 Feb 2034</span>
<h3>Slavonian Oak Furniture Forum</h3>
<p class="meta">Osijek &middot; Organiser: Drvni klaster Slavonija</p>
<p>Design, certification and export of solid-wood furniture. Keynote: Tomislav Vuković, director of Hrastovina d.o.o.</p>
<a href="#">Read more</a></div>

<div class="card"><span class="date">11.03.2034</span>
<h3>Food Safety Lab Day</h3>
<p class="meta">Rijeka &middot; Organiser: Kvarner Food Cluster, University of Rijeka</p>
<p>Open laboratories and short talks. Places are limited to 60.</p>
<a href="#">Read more</a></div>

<div class="card"><span class="date">16 Apr 2034</span>
<h3>KFH Annual Assembly</h3>
<p class="meta">Zagreb &middot; Organiser: KFH</p>
<p>Members only. Agenda and proxies will be sent by 2 April.</p>
<a href="#">Read more</a></div>

<div class="pager">&laquo; Previous | 1 | Next &raquo;</div>
<p><a href="#">Past events</a> &middot; <a href="#">Add to calendar (iCal)</a></p>
<footer>Klaster Forum Hrvatska (KFH) &middot; Ulica grada Vukovara 78, Zagreb &middot; info@kfh.example &middot; &copy; 2034 KFH &middot; <a href="#">Privacy</a> &middot; <a href="#">Imprint</a></footer>
</body></html>
''')
gold(F, None,
 [P('Marija Šarić-Lovrić', 'quality officer', 'KFH'), P('Tomislav Vuković', 'director', 'Hrastovina d.o.o.')],
 [O('Klaster Forum Hrvatska', 'KFH'), O('Ministry of Economy'), O('Jadranski nautički klaster', 'JNK'),
  O('ECCP'), O('Drvni klaster Slavonija'), O('Hrastovina d.o.o.'), O('Kvarner Food Cluster'), O('University of Rijeka')],
 [E('New Year Cluster Breakfast', '2034-01-14', '2034-01-14', 'Zagreb', 'Croatia'),
  E('Adriatic Yacht Supply Days', '2034-01-28', '2034-01-29', 'Split', 'Croatia'),
  E('Webinar: Cluster Excellence labelling, step by step', '2034-02-05', '2034-02-05', None, None),
  E('Slavonian Oak Furniture Forum', '2034-02-19', '2034-02-19', 'Osijek', 'Croatia'),
  E('Food Safety Lab Day', '2034-03-11', '2034-03-11', 'Rijeka', 'Croatia'),
  E('KFH Annual Assembly', '2034-04-16', '2034-04-16', 'Zagreb', 'Croatia')],
 ['2034-01-14', '2034-01-09', '2034-01-28/2034-01-29', '2034-02-05', '2034-02-19', '2034-03-11', '2034-04-16', '2034-04-02'])
