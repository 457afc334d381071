from h import *
F = 'g01_mv_maritime_event_calendar.html'
assert wd(2038,2,24)=='Wednesday' and wd(2038,3,10)=='Wednesday' and wd(2038,3,25)=='Thursday'
assert wd(2038,4,14)=='Wednesday' and wd(2038,4,15)=='Thursday' and wd(2038,5,6)=='Thursday' and wd(2038,6,1)=='Tuesday' and wd(2038,6,3)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Maritime Cluster Northern Germany – Office Mecklenburg-Vorpommern</title></head>
<body>
<div class="cookie-banner">We use cookies to analyse traffic on this website. <a href="/privacy">Privacy policy</a> <button>OK</button> <button>Settings</button></div>
<header>
<p class="brand">MCN · Maritime Cluster Northern Germany · Office Mecklenburg-Vorpommern</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events" class="active">Events</a> | <a href="/news">News</a> | <a href="/de">Deutsch</a></nav>
</header>
<main>
<p class="breadcrumb">Home › Events › Calendar 2038</p>
<h1>Event calendar</h1>
<p class="intro">All dates of the Maritime Cluster Northern Germany (MCN) in Mecklenburg-Vorpommern and selected events of our partners. Filter: <a href="#">All</a> · <a href="#">MCN events</a> · <a href="#">Partner events</a> · <a href="#">Online</a></p>

<div class="event">
<p class="date">24.02.2038 · Wednesday · 10:00–15:30</p>
<h2>Working group "Offshore Services" – spring meeting</h2>
<p>Place: Rostock, Fraunhofer Institute for Large Structures in Production Engineering IGP</p>
<p>The working group meets to discuss the port logistics for the next offshore wind tenders in the Baltic Sea. Input by Henrike Lüdemann-Sass (Head of Offshore Logistics, Rostock Port GmbH) and Dr. Marek Wiśniewski, Maritime University of Szczecin. The meeting is open to MCN members only. <a href="#">Register</a></p>
</div>

<div class="event">
<p class="date">10.03.2038 · Wednesday · 09:30–12:00 · Online</p>
<h2>Webinar: Green shipping corridors in the South Baltic</h2>
<p>Together with the Enterprise Europe Network at the Rostock Chamber of Industry and Commerce (IHK zu Rostock) we present the funding landscape for zero-emission ferries. Speakers: Jonas van der Heyden, policy officer at the European Climate, Infrastructure and Environment Executive Agency (CINEA), and Ilse Bruhn, MCN project manager. <a href="#">Read more</a></p>
</div>

<div class="event">
<p class="date">25.03.2038 · Thursday · from 17:00</p>
<h2>Maritime evening in Wismar</h2>
<p>Our informal get-together on the campus of Hochschule Wismar – University of Applied Sciences, Technology, Business and Design. Short pitches by three start-ups from the maritime incubator, followed by a harbour tour and a fish buffet. Hosted by Prof. Dr. Annika Petersen-Rauh, Dean of the Faculty of Engineering. <a href="#">Read more</a></p>
</div>

<div class="event">
<p class="date">14.–15.04.2038 · Wednesday–Thursday</p>
<h2>6th Baltic Shipbuilding Supplier Days</h2>
<p>Place: Stralsund, Ozeanum conference rooms</p>
<p>The supplier days bring together shipyards, naval architects and the supply industry from Germany, Poland, Denmark and Lithuania. Day 1 opens at 10:00 with a keynote by the Minister of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern, Reinhard Kowalczyk. At 19:00 a dinner for all participants is offered on board the museum ship Gorch Fock I. Day 2 is reserved for B2B meetings (09:00–13:00) and a visit to the Stralsund shipyard site of Nordic Yards Stralsund GmbH (14:00–16:30). Organised with the Wirtschaftsfördergesellschaft Vorpommern mbH and the Polish cluster Baltic Sea Maritime Cluster Pomorze. <a href="#">Programme (PDF)</a></p>
<p class="past">Previous editions: 5th edition, Gdańsk, 22–23 April 2037 · 4th edition, Klaipėda, 2036 · 3rd edition, Stralsund, 2035</p>
</div>

<div class="event">
<p class="date">06.05.2038 · Thursday · 13:00–17:00</p>
<h2>MCN General Assembly Mecklenburg-Vorpommern</h2>
<p>Place: Schwerin, Chamber of Industry and Commerce Schwerin</p>
<p>Annual meeting of the members of the regional office with the report of the spokesperson Kapitän Frauke Oldenburg, the election of the regional advisory board for 2038–2041 and a talk on skills needs in the maritime industry. Invitation and documents will be sent by e-mail four weeks in advance. Members only.</p>
</div>

<div class="event">
<p class="date">01.–03.06.2038 · Tuesday–Thursday</p>
<h2>Study trip to the Port of Esbjerg</h2>
<p>A delegation of up to 15 MCN members visits the offshore wind port of Esbjerg and the Danish cluster organisation Energy Cluster Denmark. The programme includes a meeting with Port Esbjerg, a site visit at an installation vessel and a workshop on decommissioning. Registration deadline: 30 April 2038. Travel costs are partly covered by the Interreg project BALTIC PORTS 2040. <a href="#">Registration form</a></p>
</div>

<div class="event partner">
<p class="date">15.–17.09.2038 · Partner event</p>
<h2>SMM Regional Forum Hamburg</h2>
<p>MCN shares a stand with Hamburg, Bremen, Lower Saxony and Schleswig-Holstein. Companies from Mecklenburg-Vorpommern can exhibit on the joint stand for a reduced fee. Contact: Ilse Bruhn.</p>
</div>

<p class="more"><a href="/events/archive">Event archive 2034–2037 ›</a> · <a href="/events.ics">Subscribe to calendar (iCal)</a></p>
<aside>
<h3>Contact</h3>
<p>Maritime Cluster Northern Germany e. V. – Office Mecklenburg-Vorpommern<br>Ilse Bruhn, Project Manager Events and Internationalisation<br>Am Strande 3, 18055 Rostock · mv@maritimes-cluster.example.de</p>
<h3>Newsletter</h3><p>Receive the MCN newsletter every month. <a href="#">Subscribe</a></p>
</aside>
</main>
<footer><p>© 2038 Maritime Cluster Northern Germany e. V. · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · Funded by the federal states of Bremen, Hamburg, Lower Saxony, Mecklenburg-Vorpommern and Schleswig-Holstein</p></footer>
</body></html>
"""
write(F, T)
M = "Maritime Cluster Northern Germany e. V."
gold(F,
 [P("Henrike Lüdemann-Sass","Head of Offshore Logistics","Rostock Port GmbH"),
  P("Marek Wiśniewski",None,"Maritime University of Szczecin"),
  P("Jonas van der Heyden","policy officer","European Climate, Infrastructure and Environment Executive Agency"),
  P("Ilse Bruhn","Project Manager Events and Internationalisation",M),
  P("Annika Petersen-Rauh","Dean of the Faculty of Engineering","Hochschule Wismar – University of Applied Sciences, Technology, Business and Design"),
  P("Reinhard Kowalczyk","Minister of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern",None),
  P("Frauke Oldenburg","spokesperson",M)],
 [O(M,"MCN"), O("Fraunhofer Institute for Large Structures in Production Engineering IGP"),
  O("Rostock Port GmbH"), O("Maritime University of Szczecin"), O("Enterprise Europe Network"),
  O("Rostock Chamber of Industry and Commerce","IHK zu Rostock"),
  O("European Climate, Infrastructure and Environment Executive Agency","CINEA"),
  O("Hochschule Wismar – University of Applied Sciences, Technology, Business and Design"), O("Faculty of Engineering"),
  O("Nordic Yards Stralsund GmbH"), O("Wirtschaftsfördergesellschaft Vorpommern mbH"),
  O("Baltic Sea Maritime Cluster Pomorze"), O("Chamber of Industry and Commerce Schwerin"),
  O("Energy Cluster Denmark"), O("Port Esbjerg")],
 [E('Working group "Offshore Services" – spring meeting',"2038-02-24",None,"Rostock","Germany"),
  E("Webinar: Green shipping corridors in the South Baltic","2038-03-10"),
  E("Maritime evening in Wismar","2038-03-25",None,"Wismar","Germany"),
  E("6th Baltic Shipbuilding Supplier Days","2038-04-14","2038-04-15","Stralsund","Germany"),
  E("dinner","2038-04-14",None,"Stralsund","Germany"),
  E("B2B meetings","2038-04-15",None,"Stralsund","Germany"),
  E("visit to the Stralsund shipyard site of Nordic Yards Stralsund GmbH","2038-04-15",None,"Stralsund","Germany"),
  E("5th edition","2037-04-22","2037-04-23","Gdańsk","Poland"),
  E("4th edition","2036",None,"Klaipėda","Lithuania"),
  E("3rd edition","2035",None,"Stralsund","Germany"),
  E("MCN General Assembly Mecklenburg-Vorpommern","2038-05-06",None,"Schwerin","Germany"),
  E("Study trip to the Port of Esbjerg","2038-06-01","2038-06-03","Esbjerg","Denmark"),
  E("SMM Regional Forum Hamburg","2038-09-15","2038-09-17","Hamburg","Germany")],
 ["2038-02-24","2038-03-10","2038-03-25","2038-04-14/2038-04-15","2037-04-22/2037-04-23","2036","2035",
  "2038-05-06","2038/2041","2038-06-01/2038-06-03","2038-04-30","2038-09-15/2038-09-17","2034/2037"],
 [])
