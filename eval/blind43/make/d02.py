from common import *
T = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Events calendar | European Cluster Collaboration Platform</title>
</head>
<body>
<div class="cookie-banner">This site uses cookies to offer you a better browsing experience. <a href="#">Accept all</a> <a href="#">Refuse</a> <a href="#">Cookie policy</a></div>
<header>
<nav class="main-nav">
<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li class="active"><a href="/events">Events</a></li><li><a href="/calls">Funding &amp; calls</a></li><li><a href="/cluster-mapping">Cluster mapping</a></li><li><a href="/partnering">Partnering</a></li><li><a href="/login">Log in</a></li></ul>
</nav>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/events">Events</a> &rsaquo; Upcoming events</div>
</header>
<main>
<h1>Events calendar</h1>
<p class="intro">Browse upcoming cluster events submitted by cluster organisations, networks and public authorities. Events marked <strong>EU Cluster Weeks</strong> are part of the campaign that runs until 30 June 2035. Want your event listed? <a href="/events/submit">Submit an event</a> (log-in required).</p>

<form class="filters">
<label>Keyword <input type="text" name="q"></label>
<label>Type <select><option>All types</option><option>Conference</option><option>Webinar</option><option>Matchmaking</option><option>Training</option></select></label>
<label>Sector <select><option>All sectors</option><option>Agri-food</option><option>Digital</option><option>Energy</option><option>Health</option><option>Mobility</option></select></label>
<label>Country <select><option>All countries</option></select></label>
<button type="submit">Apply filters</button> <a href="/events">Reset</a>
</form>
<p class="results-count">Showing 1–10 of 47 results · Sort by: <a href="#">Date</a> | <a href="#">Relevance</a></p>

<div class="event-card">
<h3><a href="/events/alpine-hydrogen-valleys-matchmaking">Alpine Hydrogen Valleys Matchmaking</a></h3>
<p class="date">14 – 15 May 2035</p>
<p class="place">Grenoble, France</p>
<p class="organiser">Organiser: Isère Énergies Nouvelles (IsEN cluster)</p>
<p>Two days of pre-arranged B2B meetings between electrolyser manufacturers, gas grid operators and industrial users from the Alpine regions. Site visit to a hydrogen refuelling station included. Participants can publish a cooperation profile in advance and request meetings from two weeks before the event; the organisers expect around 150 companies from France, Italy, Switzerland and Austria. <span class="tag">EU Cluster Weeks</span></p>
</div>

<div class="event-card">
<h3><a href="/events/eu-clusters-talks-defence">EU Clusters Talks: Dual-use technologies and SME supply chains</a></h3>
<p class="date">20 May 2035, 10:00–11:30 CEST</p>
<p class="place">Online</p>
<p class="organiser">Organiser: European Cluster Collaboration Platform (ECCP)</p>
<p>Live broadcast with speakers from DG DEFIS and two cluster managers. Moderated by Kristína Horváthová, ECCP community manager. Questions can be sent via the chat. The session looks at how small suppliers can qualify for defence and security procurement without losing their civil customers, and what clusters can do to help them with certification and export control.</p>
</div>

<div class="event-card">
<h3><a href="/events/baltic-sea-food-forum-2035">Baltic Sea Food Forum 2035</a></h3>
<p class="date">27/05/2035 – 28/05/2035</p>
<p class="place">Gdańsk, Poland</p>
<p class="organiser">Organiser: Pomorski Klaster Spożywczy Sp. z o.o.</p>
<p>Annual forum on fish processing, alternative proteins and cold-chain logistics around the Baltic. Language: English and Polish (simultaneous interpretation). The programme combines plenary debates, a product exhibition of regional processors and a study visit to the port's fish auction on the second morning.</p>
</div>

<div class="event-card">
<h3><a href="/events/textile-circularity-clinic">Textile Circularity Clinic for cluster managers</a></h3>
<p class="date">3 June 2035</p>
<p class="place">Online</p>
<p class="organiser">Organiser: EURATEX Cluster Network</p>
<p>Half-day training on sorting, recycling and extended producer responsibility, with case studies from Prato and Łódź. The clinic is designed for cluster managers who want to set up collection and recycling services for their members; participants receive a toolkit and a template for a regional roadmap.</p>
</div>

<div class="event-card">
<h3><a href="/events/clusters-meet-regions-extremadura">Clusters meet Regions – Extremadura</a></h3>
<p class="date">10 – 11 June 2035</p>
<p class="place">Mérida, Spain</p>
<p class="organiser">Organiser: ECCP with the Junta de Extremadura, Directorate-General for Enterprise</p>
<p>Policy workshop and cluster exchange on agri-food and bioeconomy value chains, followed by a visit to the agri-food industrial park of Mérida (day 2).</p>
</div>

<div class="event-card">
<h3><a href="/events/nordic-medtech-partnering">Nordic MedTech Partnering Day</a></h3>
<p class="date">17 June 2035</p>
<p class="place">Gothenburg, Sweden</p>
<p class="organiser">Organiser: Västsvensk Medicinteknik Kluster</p>
<p>Partnering for hospitals, procurement officers and medtech SMEs; pitch session for start-ups in the afternoon. Registration closes on 6 June. Hospitals from Norway, Denmark and Finland have already confirmed their participation, and each start-up pitch is limited to five minutes.</p>
</div>

<div class="event-card">
<h3><a href="/events/smart-ports-webinar">Webinar: Smart ports and cluster cooperation in the Adriatic</a></h3>
<p class="date">24.06.2035</p>
<p class="place">Online</p>
<p class="organiser">Organiser: Istrian Maritime Technology Cluster (IMTC)</p>
<p>Speakers: Davor Kraljević (IMTC), Federica Zuliani (Autorità di Sistema Portuale del Mare Adriatico Orientale). Free of charge.</p>
</div>

<div class="event-card">
<h3><a href="/events/summer-academy-cluster-management">Summer Academy on Cluster Management</a></h3>
<p class="date">30 June – 4 July 2035</p>
<p class="place">Kraków, Poland</p>
<p class="organiser">Organiser: Wawel Cluster Academy Sp. z o.o.</p>
<p>Five-day course for new cluster managers: strategy, services, financing, internationalisation. Limited to 30 participants. The fee includes accommodation and a visit to two clusters in the region; a certificate is issued at the end of the week.</p>
</div>

<div class="event-card">
<h3><a href="/events/danube-agrofood-b2b">Danube Agrofood B2B Meetings</a></h3>
<p class="date">8 July 2035</p>
<p class="place">Novi Sad, Serbia</p>
<p class="organiser">Organiser: Vojvodina Agro-Cluster with Enterprise Europe Network Serbia</p>
<p>Matchmaking for food processors, packaging suppliers and distributors from the Danube countries.</p>
</div>

<div class="event-card">
<h3><a href="/events/european-cluster-conference-2035">European Cluster Conference 2035</a></h3>
<p class="date">29 September – 1 October 2035</p>
<p class="place">Brussels, Belgium</p>
<p class="organiser">Organiser: European Commission, DG GROW</p>
<p>The flagship conference of the European cluster community. Call for session proposals open until 15 July 2035. The conference will discuss the next generation of EU cluster policy, industrial alliances and the role of clusters in the green and digital transition. Registration will open after the summer.</p>
</div>

<nav class="pager"><a href="#">&laquo; Previous</a> <span>1</span> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a> <a href="#">Next &raquo;</a></nav>
</main>
<footer>
<p>The European Cluster Collaboration Platform is an initiative of the European Commission, managed by the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
<p><a href="#">Legal notice</a> | <a href="#">Privacy statement</a> | <a href="#">Accessibility</a> | <a href="#">Contact</a></p>
<p>&copy; European Union, 2035</p>
</footer>
</body>
</html>
"""
gold("eccp_events-calendar_upcoming.html", None,
 [P("Kristína Horváthová","community manager","ECCP"),
  P("Davor Kraljević",None,"IMTC"),
  P("Federica Zuliani",None,"Autorità di Sistema Portuale del Mare Adriatico Orientale")],
 [O("European Cluster Collaboration Platform","ECCP"),
  O("Isère Énergies Nouvelles","IsEN"),
  O("DG DEFIS"),
  O("Pomorski Klaster Spożywczy Sp. z o.o."),
  O("EURATEX Cluster Network"),
  O("Junta de Extremadura"), O("Directorate-General for Enterprise"),
  O("Västsvensk Medicinteknik Kluster"),
  O("Istrian Maritime Technology Cluster","IMTC"),
  O("Autorità di Sistema Portuale del Mare Adriatico Orientale"),
  O("Wawel Cluster Academy Sp. z o.o."),
  O("Vojvodina Agro-Cluster"),
  O("Enterprise Europe Network Serbia"),
  O("European Commission"), O("DG GROW"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Alpine Hydrogen Valleys Matchmaking","2035-05-14","2035-05-15","Grenoble","France"),
  E("EU Clusters Talks: Dual-use technologies and SME supply chains","2035-05-20",None,None,None),
  E("Baltic Sea Food Forum 2035","2035-05-27","2035-05-28","Gdańsk","Poland"),
  E("Textile Circularity Clinic for cluster managers","2035-06-03",None,None,None),
  E("Clusters meet Regions – Extremadura","2035-06-10","2035-06-11","Mérida","Spain"),
  E("Nordic MedTech Partnering Day","2035-06-17",None,"Gothenburg","Sweden"),
  E("Webinar: Smart ports and cluster cooperation in the Adriatic","2035-06-24",None,None,None),
  E("Summer Academy on Cluster Management","2035-06-30","2035-07-04","Kraków","Poland"),
  E("Danube Agrofood B2B Meetings","2035-07-08",None,"Novi Sad","Serbia"),
  E("European Cluster Conference 2035","2035-09-29","2035-10-01","Brussels","Belgium"),
  E("EU Cluster Weeks",None,"2035-06-30",None,None)],
 ["2035-06-30","2035-05-14/2035-05-15","2035-05-20","2035-05-27/2035-05-28","2035-06-03","2035-06-10/2035-06-11",
  "2035-06-17","2035-06-06","2035-06-24","2035-06-30/2035-07-04","2035-07-08","2035-09-29/2035-10-01","2035-07-15"],
 [], T)
