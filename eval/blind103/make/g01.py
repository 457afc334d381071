from h import *
F = 'g01_eccp_events_calendar.html'
assert wd(2038,3,9)=='Tuesday' and wd(2038,3,11)=='Thursday' and wd(2038,3,16)=='Tuesday' and wd(2038,3,18)=='Thursday'
assert wd(2038,3,23)=='Tuesday' and wd(2038,3,24)=='Wednesday' and wd(2038,3,25)=='Thursday' and wd(2038,3,30)=='Tuesday'
assert wd(2038,4,7)=='Wednesday' and wd(2038,4,13)=='Tuesday' and wd(2038,4,20)=='Tuesday' and wd(2038,4,22)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events calendar | European Cluster Collaboration Hub</title></head>
<body>
<div id="cookie-consent">This site uses cookies to measure audience and to keep your filter choices. <a href="/cookies">Learn more</a> <button>Accept</button> <button>Refuse</button></div>
<header><a class="logo" href="/">European Cluster Collaboration Hub</a>
<nav><a href="/">Home</a> <a href="/clusters">Cluster map</a> <a href="/partnering">Partnering</a> <a href="/events" class="active">Events</a> <a href="/news">News</a> <a href="/library">Library</a> <a href="/login">Log in</a></nav></header>
<main>
<p class="breadcrumb">Home / Events / Calendar</p>
<h1>Events calendar</h1>
<p class="intro">Events organised or promoted by the Hub, its partner networks and member cluster organisations. Listings are supplied by the organisers; the Hub is not responsible for changes. Last updated 2 March 2038.</p>
<form class="filters">
<label>Type <select><option>All types</option><option>Conference</option><option>Webinar</option><option>Matchmaking</option><option>Training</option><option>Info day</option></select></label>
<label>Format <select><option>All</option><option>Online</option><option>On site</option><option>Hybrid</option></select></label>
<label>Country <select><option>All countries</option><option>Belgium</option><option>Croatia</option><option>Finland</option><option>Portugal</option><option>Romania</option></select></label>
<label>Ecosystem <select><option>All 14 ecosystems</option><option>Agri-food</option><option>Aerospace &amp; defence</option><option>Digital</option><option>Mobility-transport-automotive</option></select></label>
<button>Apply</button> <a href="/events">Reset filters</a></form>
<p class="count">Showing 12 of 47 events · <a href="?view=list">List</a> | <a href="?view=month">Month</a></p>

<div class="card"><div class="badge"><span class="day">09</span><span class="mon">MAR</span></div>
<p class="tag">Online</p>
<h2><a href="/events/cluster-manager-clinic-export-controls">Cluster Manager Clinic #7: Export controls for dual-use components</a></h2>
<p class="when">Tuesday, 9 March 2038 · 10:00–11:30 CET</p>
<p class="where">Online (Webex)</p>
<p>Organiser: European Cluster Collaboration Hub · Speaker: Mireille Castagnède-Roux, Policy Officer, Directorate-General for Defence Industry and Space (DG DEFIS)</p>
<p><a href="/ics/1203">Add to calendar</a> · <a href="/events/cluster-manager-clinic-export-controls">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">11</span><span class="mon">MAR</span></div>
<p class="tag">On site</p>
<h2><a href="/events/blue-growth-partnering-split">Blue Growth Partnering Day</a></h2>
<p class="when">Thursday, 11 March 2038 · 09:00–17:30</p>
<p class="where">Split, Croatia · Hotel Ambasador congress hall</p>
<p>Organiser: Adriatic Maritime Cluster with Enterprise Europe Network Croatia. Pre-booked B2B meetings; deadline for profiles 4 March 2038.</p>
<p><a href="/ics/1207">Add to calendar</a> · <a href="/events/blue-growth-partnering-split">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">16–18</span><span class="mon">MAR</span></div>
<p class="tag">On site</p>
<h2><a href="/events/nordic-battery-week">Nordic Battery Week 2038</a></h2>
<p class="when">Tuesday 16 – Thursday 18 March 2038</p>
<p class="where">Vaasa, Finland</p>
<p>Organiser: Vaasa Energy Cluster Association. Conference, exhibition and a company visit on the last day. Fee for non-members.</p>
<p><a href="/ics/1211">Add to calendar</a> · <a href="/events/nordic-battery-week">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">23</span><span class="mon">MAR</span></div>
<p class="tag">Hybrid</p>
<h2><a href="/events/agrifood-clusters-alliance-meeting">Agri-food Clusters Alliance: spring plenary</a></h2>
<p class="when">Tuesday, 23 March 2038 · 13:30–17:00</p>
<p class="where">Brussels, Belgium · Committee of the Regions, room JDE 52 — and online</p>
<p>Chaired by Tomás Ferreira-Lucena, President of the Agri-food Clusters Alliance. Members only.</p>
<p><a href="/ics/1214">Add to calendar</a> · <a href="/events/agrifood-clusters-alliance-meeting">Details</a></p></div>

<div class="card cancelled"><div class="badge"><span class="day">24</span><span class="mon">MAR</span></div>
<p class="tag">Postponed</p>
<h2><a href="/events/space-data-hackathon">Space Data for Farming Hackathon</a></h2>
<p class="when"><del>Wednesday, 24 March 2038</del> — new date to be announced</p>
<p class="where">Toulouse, France</p>
<p>Organiser: Aerospace Valley. The organisers have postponed the hackathon; registrations remain valid.</p></div>

<div class="card"><div class="badge"><span class="day">25</span><span class="mon">MAR</span></div>
<p class="tag">Online</p>
<h2><a href="/events/info-day-cluster-excellence-call">Info day: Euro-Clusters Excellence call 2038</a></h2>
<p class="when">Thursday, 25 March 2038 · 14:00–16:00 CET</p>
<p class="where">Online</p>
<p>Organiser: European Innovation Council and SMEs Executive Agency (EISMEA). Presentation of the call, eligibility and a Q&amp;A. Call closes 8 June 2038.</p>
<p><a href="/ics/1219">Add to calendar</a> · <a href="/events/info-day-cluster-excellence-call">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">30</span><span class="mon">MAR</span></div>
<p class="tag">On site</p>
<h2><a href="/events/cork-to-porto-mobility">Mobility Clusters Roundtable</a></h2>
<p class="when">Tuesday, 30 March 2038 · 10:00–15:00</p>
<p class="where">Porto, Portugal · Alfândega Congress Centre</p>
<p>Organiser: mobinov – Automotive Cluster of Portugal. Moderator: Inês Vasconcelos Abreu.</p>
<p><a href="/ics/1222">Add to calendar</a> · <a href="/events/cork-to-porto-mobility">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">07</span><span class="mon">APR</span></div>
<p class="tag">Online</p>
<h2><a href="/events/webinar-circular-textiles">Webinar: Circular textiles – from pilots to procurement</a></h2>
<p class="when">Wednesday, 7 April 2038 · 11:00–12:00 CET</p>
<p class="where">Online (Zoom)</p>
<p>Organiser: Euratex together with the Textile Cluster of Timișoara. Moderator: Daria Munteanu-Olaru.</p>
<p><a href="/ics/1226">Add to calendar</a> · <a href="/events/webinar-circular-textiles">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">13</span><span class="mon">APR</span></div>
<p class="tag">On site</p>
<h2><a href="/events/cluster-academy-module-3">Cluster Academy, module 3: Financing cluster services</a></h2>
<p class="when">Tuesday, 13 April 2038 · 09:30–16:30</p>
<p class="where">Cluj-Napoca, Romania</p>
<p>Organiser: Romanian Cluster Association (CLUSTERO). Trainer: Florin Bârsan-Iacob. 20 places.</p>
<p><a href="/ics/1230">Add to calendar</a> · <a href="/events/cluster-academy-module-3">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">20–22</span><span class="mon">APR</span></div>
<p class="tag">On site</p>
<h2><a href="/events/european-cluster-conference-2038">European Cluster Conference 2038</a></h2>
<p class="when">Tuesday 20 – Thursday 22 April 2038</p>
<p class="where">Ghent, Belgium · ICC Ghent</p>
<p>Organiser: European Commission, DG GROW, with Flanders Innovation &amp; Entrepreneurship (VLAIO). Opening by Commissioner Henrike Aaltonen-Berg. Registration by invitation until 26 March 2038.</p>
<p><a href="/ics/1235">Add to calendar</a> · <a href="/events/european-cluster-conference-2038">Details</a></p></div>

<div class="card"><div class="badge"><span class="day">—</span><span class="mon">MAY</span></div>
<p class="tag">On site</p>
<h2><a href="/events/baltic-sea-cluster-mission">Baltic Sea Cluster Mission to Gdańsk</a></h2>
<p class="when">May 2038 (dates to be confirmed)</p>
<p class="where">Gdańsk, Poland</p>
<p>Organiser: BSR Cluster Network. Expressions of interest are welcome.</p></div>

<div class="card"><div class="badge"><span class="day">02</span><span class="mon">JUN</span></div>
<p class="tag">Online</p>
<h2><a href="/events/clusters-meet-regions-podcast-live">Clusters meet Regions – live recording</a></h2>
<p class="when">2 June 2038 · 15:00–16:00 CET</p>
<p class="where">Online</p>
<p>Hosted by Benedek Szarvas-Tóth, Hub community manager.</p>
<p><a href="/ics/1240">Add to calendar</a> · <a href="/events/clusters-meet-regions-podcast-live">Details</a></p></div>

<nav class="pager"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=4">Next ›</a></nav>
<section class="submit"><h3>Submit your event</h3><p>Are you a cluster organisation registered on the Hub? Log in and use the form "Promote an event". Listings are checked within five working days.</p></section>
</main>
<footer><p>The European Cluster Collaboration Hub is an initiative of the European Union, managed by EISMEA.</p>
<p><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a> · Follow us: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">YouTube</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Mireille Castagnède-Roux","Policy Officer","Directorate-General for Defence Industry and Space"),
  P("Tomás Ferreira-Lucena","President","Agri-food Clusters Alliance"),
  P("Inês Vasconcelos Abreu","Moderator",None),
  P("Daria Munteanu-Olaru","Moderator",None),
  P("Florin Bârsan-Iacob","Trainer",None),
  P("Henrike Aaltonen-Berg","Commissioner","European Commission"),
  P("Benedek Szarvas-Tóth","community manager","European Cluster Collaboration Hub")],
 [O("European Cluster Collaboration Hub"),
  O("Directorate-General for Defence Industry and Space","DG DEFIS"),
  O("Adriatic Maritime Cluster"), O("Enterprise Europe Network Croatia"),
  O("Vaasa Energy Cluster Association"), O("Agri-food Clusters Alliance"),
  O("Committee of the Regions"), O("Aerospace Valley"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("mobinov – Automotive Cluster of Portugal"), O("Euratex"), O("Textile Cluster of Timișoara"),
  O("Romanian Cluster Association","CLUSTERO"), O("European Commission"), O("DG GROW"),
  O("Flanders Innovation & Entrepreneurship","VLAIO"), O("BSR Cluster Network"), O("European Union")],
 [E("Cluster Manager Clinic #7: Export controls for dual-use components","2038-03-09"),
  E("Blue Growth Partnering Day","2038-03-11",None,"Split","Croatia"),
  E("Nordic Battery Week 2038","2038-03-16","2038-03-18","Vaasa","Finland"),
  E("company visit","2038-03-18",None,"Vaasa","Finland"),
  E("Agri-food Clusters Alliance: spring plenary","2038-03-23",None,"Brussels","Belgium"),
  E("Space Data for Farming Hackathon",None,None,"Toulouse","France"),
  E("Info day: Euro-Clusters Excellence call 2038","2038-03-25"),
  E("Mobility Clusters Roundtable","2038-03-30",None,"Porto","Portugal"),
  E("Webinar: Circular textiles – from pilots to procurement","2038-04-07"),
  E("Cluster Academy, module 3: Financing cluster services","2038-04-13",None,"Cluj-Napoca","Romania"),
  E("European Cluster Conference 2038","2038-04-20","2038-04-22","Ghent","Belgium"),
  E("Baltic Sea Cluster Mission to Gdańsk","2038-05",None,"Gdańsk","Poland"),
  E("Clusters meet Regions – live recording","2038-06-02")],
 ["2038-03-02","2038-03-09","2038-03-11","2038-03-04","2038-03-16/2038-03-18","2038-03-23","2038-03-24","2038-03-25",
  "2038-06-08","2038-03-30","2038-04-07","2038-04-13","2038-04-20/2038-04-22","2038-03-26","2038-05","2038-06-02"],
 [], pub="2038-03-02")
print(F, words(T))
