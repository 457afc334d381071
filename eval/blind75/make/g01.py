from h import *
F = 'clusterlink-europe-events-listing.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | ClusterLink Europe – the platform for cluster cooperation</title></head>
<body>
<div id="cookie-bar">We use cookies to count visits and to remember your filter choices. <button>Accept all</button> <button>Only necessary</button> <a href="/cookies">Cookie policy</a></div>
<header><a class="brand" href="/">ClusterLink Europe</a>
<nav><a href="/clusters">Cluster map</a> | <a href="/partnerships">Partnerships</a> | <a href="/calls">Calls</a> | <a href="/news">News</a> | <a href="/events" class="active">Events</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › Events › Upcoming</p>
<h1>Cluster events across Europe</h1>
<p class="intro">Find conferences, matchmaking events, webinars and study visits organised by cluster organisations, regional agencies and EU-funded projects. Events are added by registered organisations and checked by the ClusterLink Europe team within two working days.</p>
<form class="filters">
<label>Type <select><option>All types</option><option>Conference</option><option>Matchmaking</option><option>Webinar</option><option>Study visit</option><option>Info day</option></select></label>
<label>Country <select><option>All countries</option><option>Denmark</option><option>Greece</option><option>Latvia</option><option>Poland</option><option>Portugal</option><option>Romania</option></select></label>
<label>Sector <select><option>All sectors</option><option>Agrifood</option><option>Energy</option><option>Health</option><option>Textiles</option><option>Wood and furniture</option></select></label>
<label>From <input type="date" value="2034-03-01"></label> <button>Apply filters</button> <a href="/events">Reset</a>
</form>
<p class="count">Showing 8 of 31 events · sorted by date</p>

<div class="card"><p class="tag">Matchmaking</p>
<h3>Wood &amp; Furniture B2B Days at the Częstochowa Furniture Fair</h3>
<p class="when">14–15 March 2034</p><p class="where">Częstochowa, Poland</p>
<p class="org">Organiser: Klaster Meblowy Północnej Jury, with Enterprise Europe Network Poland</p>
<p>Pre-arranged 25-minute meetings between furniture makers, component suppliers and buyers from Scandinavia and the Baltic states. Registration closes on 1 March 2034.</p>
<a href="#">Read more</a></div>

<div class="card"><p class="tag">Webinar</p>
<h3>Circular Textiles Webinar #4: "Take-back schemes that pay off"</h3>
<p class="when">Tuesday 21 March 2034, 10:00–11:30 CET</p><p class="where">Online</p>
<p class="org">Organiser: Nordic Textile Loop (NTL)</p>
<p>Speakers: Karin Løvstad (NTL), Ana-Maria Ciobanu (Botoșani Textile Cluster) and Dr. Henrik ter Haar (Saxion University of Applied Sciences). Moderator: Mette Vinding Poulsen (Food Tech Nord).</p>
<a href="#">Read more</a></div>

<div class="card"><p class="tag">Conference</p>
<h3>Agri-Food Clusters Forum South-East Europe 2034</h3>
<p class="when">5–6 April 2034</p><p class="where">Sfântu Gheorghe, Romania</p>
<p class="org">Organiser: Covasna Agrifood Cluster (CAC) and the Centre Regional Development Agency (ADR Centru)</p>
<p>Two days on short supply chains, dairy cooperatives and water use in mountain farming, with a field visit to the Reci dairy on the afternoon of 6 April.</p>
<a href="#">Read more</a></div>

<div class="card"><p class="tag">Info day</p>
<h3>Info day: Interregional Innovation Investments – 2034 call</h3>
<p class="when">Thursday 20 April 2034</p><p class="where">Brussels, Belgium and online</p>
<p class="org">Organiser: European Innovation Council and SMEs Executive Agency (EISMEA)</p>
<p>Presentation of the call conditions, evaluation criteria and a Q&amp;A with the project officers. The call closes on 28 September 2034.</p>
<a href="#">Read more</a></div>

<div class="card"><p class="tag">Study visit</p>
<h3>Study visit to the Vendsyssel food tech ecosystem</h3>
<p class="when">9–11 May 2034</p><p class="where">Hjørring, Denmark</p>
<p class="org">Organiser: Food Tech Nord, hosted by Hjørring Kommune</p>
<p>Company visits to fish processors and a plant-protein pilot plant; a round table with the Business Region North Denmark on the last day.</p>
<a href="#">Read more</a></div>

<div class="card"><p class="tag">Conference</p>
<h3>Baltic Cluster Managers Meeting 2034</h3>
<p class="when">31 May – 2 June 2034</p><p class="where">Ludza, Latvia</p>
<p class="org">Organiser: Latgales Inovāciju klasteris, with the Latvian Investment and Development Agency (LIAA)</p>
<p>The seventh meeting of cluster managers from Estonia, Latvia and Lithuania. Keynote by Prof. Inese Zariņa-Bērziņa, Latgale Academy of Applied Sciences.</p>
<a href="#">Read more</a></div>

<div class="card"><p class="tag">Award</p>
<h3>Aegean–Ionian AgriTech Hackathon: final and award ceremony</h3>
<p class="when">16 June 2034</p><p class="where">Lamia, Greece</p>
<p class="org">Organiser: Central Greece Agrifood Cluster (Agro-Kentriki)</p>
<p>Twelve finalist teams pitch to the jury; the winners receive mentoring and a place at the EU Agri Innovation Summit.</p>
<a href="#">Read more</a></div>

<div class="card"><p class="tag">Save the date</p>
<h3>Arctic Industry Clusters Summit 2034</h3>
<p class="when">19–20 September 2034</p><p class="where">Brønnøysund, Norway</p>
<p class="org">Organiser: Brønnøy Marine Industry Cluster, with Nordland County Council</p>
<p>Programme to follow. Earlier editions took place in Sandnessjøen (2032) and Vega (2033).</p>
<a href="#">Read more</a></div>

<p class="note">Dates and places are given by the organisers. ClusterLink Europe is not responsible for changes to the programme; please check the organiser's own page before you travel. Events marked "Save the date" do not yet have a registration page. If you want to receive a monthly digest of new events in your sector, subscribe to the newsletter from your profile page.</p>
<p class="pager">« Previous | 1 2 3 4 | Next »</p>
<p class="submit">Do you organise a cluster event? <a href="/events/submit">Submit it here</a> – registered organisations only.</p>
</main>
<footer><p>ClusterLink Europe is run by a consortium under a service contract with the European Commission. The content of this site does not reflect the official opinion of the European Union.</p>
<p><a href="#">Contact</a> · <a href="#">Legal notice</a> · <a href="#">Privacy</a> · <a href="#">Accessibility</a> · © 2034 ClusterLink Europe</p></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Karin Løvstad',None,'NTL'), P('Ana-Maria Ciobanu',None,'Botoșani Textile Cluster'),
 P('Henrik ter Haar',None,'Saxion University of Applied Sciences'), P('Mette Vinding Poulsen','Moderator','Food Tech Nord'),
 P('Inese Zariņa-Bērziņa',None,'Latgale Academy of Applied Sciences')],
 [O('ClusterLink Europe'), O('Klaster Meblowy Północnej Jury'), O('Enterprise Europe Network Poland'),
  O('Nordic Textile Loop','NTL'), O('Botoșani Textile Cluster'), O('Saxion University of Applied Sciences'),
  O('Covasna Agrifood Cluster','CAC'), O('Centre Regional Development Agency','ADR Centru'),
  O('European Innovation Council and SMEs Executive Agency','EISMEA'), O('Food Tech Nord'), O('Hjørring Kommune'),
  O('Business Region North Denmark'), O('Latgales Inovāciju klasteris'), O('Latvian Investment and Development Agency','LIAA'),
  O('Latgale Academy of Applied Sciences'), O('Central Greece Agrifood Cluster','Agro-Kentriki'),
  O('Brønnøy Marine Industry Cluster'), O('Nordland County Council'), O('European Commission'), O('European Union')],
 [E('Wood & Furniture B2B Days at the Częstochowa Furniture Fair','2034-03-14','2034-03-15','Częstochowa','Poland'),
  E('Circular Textiles Webinar #4: "Take-back schemes that pay off"','2034-03-21','2034-03-21',None,None),
  E('Agri-Food Clusters Forum South-East Europe 2034','2034-04-05','2034-04-06','Sfântu Gheorghe','Romania'),
  E('field visit to the Reci dairy','2034-04-06','2034-04-06',None,'Romania'),
  E('Info day: Interregional Innovation Investments – 2034 call','2034-04-20','2034-04-20','Brussels','Belgium'),
  E('Study visit to the Vendsyssel food tech ecosystem','2034-05-09','2034-05-11','Hjørring','Denmark'),
  E('round table with the Business Region North Denmark','2034-05-11','2034-05-11','Hjørring','Denmark'),
  E('Baltic Cluster Managers Meeting 2034','2034-05-31','2034-06-02','Ludza','Latvia'),
  E('Aegean–Ionian AgriTech Hackathon: final and award ceremony','2034-06-16','2034-06-16','Lamia','Greece'),
  E('EU Agri Innovation Summit',None,None,None,None),
  E('Arctic Industry Clusters Summit 2034','2034-09-19','2034-09-20','Brønnøysund','Norway'),
  E('Arctic Industry Clusters Summit (2032 edition)','2032','2032','Sandnessjøen','Norway'),
  E('Arctic Industry Clusters Summit (2033 edition)','2033','2033','Vega','Norway')],
 ['2034-03-14/2034-03-15','2034-03-01','2034-03-21','2034-04-05/2034-04-06','2034-04-06','2034-04-20','2034-09-28',
  '2034-05-09/2034-05-11','2034-05-31/2034-06-02','2034-06-16','2034-09-19/2034-09-20','2032','2033'], [])
