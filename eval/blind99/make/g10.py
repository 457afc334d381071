from h import *
F = 'g10_aragon_agrifood_cluster_events_roundup.html'
assert wd(2037,9,23)=='Wednesday' and wd(2037,10,7)=='Wednesday' and wd(2037,10,8)=='Thursday' and wd(2037,10,21)=='Wednesday' and wd(2037,11,12)=='Thursday' and wd(2037,11,25)=='Wednesday' and wd(2037,12,3)=='Thursday' and wd(2038,1,28)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events round-up, autumn 2037 – Aragon Agrifood Cluster</title></head>
<body>
<div id="cookie">We use our own and third-party cookies for analytics. <a href="/cookies">Settings</a> <button>Accept</button> <button>Reject</button></div>
<header><a href="/" class="logo">AAC · Aragon Agrifood Cluster</a>
<nav><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/events" class="on">Events</a> · <a href="/news">News</a> · <a href="/es">ES</a></nav></header>
<main>
<p class="crumbs">Home / Events / Round-up</p>
<h1>Events round-up: what we did in the autumn, and what comes next</h1>
<p class="byline">By Lucía Gracia Lasheras, communication officer · 30 November 2037 · 5 min read</p>

<p>Every season we put our events on one page, so members can see what they missed and plan what comes. This autumn was the busiest since the cluster was founded in 2029: nine events, 1,140 participants and, for the first time, more participants from outside Aragon than from inside.</p>

<h2>Looking back</h2>

<h3>Agrifood Robotics Day – 23 September 2037, Zaragoza</h3>
<p>Held at the Aula Dei Scientific Park, the day showed eleven robots for pruning, harvesting and packing. Prof. Jesús Martín Bielsa of the University of Zaragoza opened with a frank talk on why so few robots survive their first season in the field. The demonstration of the Agroscan weeding robot by Navarro Robótica S.L. drew the biggest crowd.</p>

<h3>Water and Irrigation Forum – 7 and 8 October 2037, Huesca</h3>
<p>Co-organised with the Ebro River Basin Authority (CHE) and the irrigators' association Riegos del Alto Aragón. On the first day, 19:30: forum dinner at the Casino de Huesca. On the second day, site visit to the La Sotonera reservoir. The forum ended with a declaration on shared water data, signed by 14 irrigation communities.</p>

<h3>Meat sector matchmaking – Wednesday 21 October 2037, Teruel</h3>
<p>62 B2B meetings between ham producers from Teruel and buyers from France, Germany and Mexico, organised with the Enterprise Europe Network Aragón and the Consejo Regulador de la Denominación de Origen Jamón de Teruel. Buyer Claire Dufresne (Maison Dufresne, Lyon) signed a first order on the spot.</p>

<h3>Webinar: Labelling rules after the 2037 reform – 4 November 2037, online</h3>
<p>Lawyer Pilar Anzano Ruiz explained the new front-of-pack rules to 230 participants. The recording is available to members.</p>

<h3>Women in Agrifood Breakfast – 12 November 2037, Zaragoza</h3>
<p>The third breakfast of the series, hosted by Elena Catalán, CEO of Conservas Moncayo, at the Chamber of Commerce of Zaragoza.</p>

<p>What did we learn? Members told us in the feedback forms that they prefer short, practical formats with a visit or a demonstration to long panels, and that Teruel and Huesca should host more events so that companies outside Zaragoza do not always have to travel. We will take both points into the 2038 programme, which the board will present at the Annual Members' Meeting.</p>

<h2>Coming up</h2>
<table border="1">
<tr><th>Date</th><th>Event</th><th>Place</th></tr>
<tr><td>Thursday 3 December 2037</td><td>Annual Members' Meeting and Christmas lunch</td><td>Zaragoza, World Trade Center</td></tr>
<tr><td>15–16 December 2037</td><td>Study visit to the Food+i cluster</td><td>Tudela (Navarre)</td></tr>
<tr><td>Thursday 28 January 2038</td><td>Innovation Vouchers info session</td><td>Zaragoza, IAF headquarters</td></tr>
<tr><td>2–5 February 2038</td><td>Fruit Logistica, joint Aragon stand</td><td>Berlin</td></tr>
<tr><td>March 2038 (date tbc)</td><td>Agrifood Robotics Day 2038</td><td>Zaragoza</td></tr>
</table>
<p>The deadline to book a place on the joint stand at Fruit Logistica is 11 December 2037. Contact: Sergio Pueyo Blasco, internationalisation manager.</p>

<h3>Annual Members' Meeting: programme</h3>
<p>10:00 Welcome by the cluster president, Ana Belén Sancho Giménez<br>
10:15 Report 2037 and plan 2038, by managing director Javier Lacasa Ferrer<br>
11:00 Guest talk: Marta Gastón Menal, Director General of Innovation, Government of Aragon<br>
12:00 Vote on the 2038 budget<br>
13:30 Christmas lunch</p>

<p class="note">Photos of all autumn events: <a href="/gallery">gallery</a> (photos: Carlos Moncín). Events are supported by the Aragon Institute for Development (IAF) and the Government of Aragon.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Aragon Agrifood Cluster · Parque Científico Tecnológico Aula Dei, Av. Montañana 930, 50059 Zaragoza</p>
<p>© 2037 AAC · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
AAC='Aragon Agrifood Cluster'
gold(F,
 [P('Lucía Gracia Lasheras','communication officer',AAC),
  P('Jesús Martín Bielsa',None,'University of Zaragoza'),
  P('Claire Dufresne','Buyer','Maison Dufresne'),
  P('Pilar Anzano Ruiz','Lawyer',None),
  P('Elena Catalán','CEO','Conservas Moncayo'),
  P('Sergio Pueyo Blasco','internationalisation manager',AAC),
  P('Ana Belén Sancho Giménez','president',AAC),
  P('Javier Lacasa Ferrer','managing director',AAC),
  P('Marta Gastón Menal','Director General of Innovation','Government of Aragon'),
  P('Carlos Moncín',None,None)],
 [O(AAC,'AAC'), O('Aula Dei Scientific Park'), O('University of Zaragoza'), O('Navarro Robótica S.L.'),
  O('Ebro River Basin Authority','CHE'), O('Riegos del Alto Aragón'), O('Enterprise Europe Network Aragón'),
  O('Consejo Regulador de la Denominación de Origen Jamón de Teruel'), O('Maison Dufresne'), O('Conservas Moncayo'),
  O('Chamber of Commerce of Zaragoza'), O('Food+i'), O('Aragon Institute for Development','IAF'), O('Government of Aragon')],
 [E('Agrifood Robotics Day','2037-09-23',None,'Zaragoza','Spain'),
  E('Water and Irrigation Forum','2037-10-07','2037-10-08','Huesca','Spain'),
  E('forum dinner','2037-10-07',None,'Huesca','Spain'),
  E('site visit to the La Sotonera reservoir','2037-10-08',None,None,'Spain'),
  E('Meat sector matchmaking','2037-10-21',None,'Teruel','Spain'),
  E('Webinar: Labelling rules after the 2037 reform','2037-11-04',None,None,None),
  E('Women in Agrifood Breakfast','2037-11-12',None,'Zaragoza','Spain'),
  E("Annual Members' Meeting",'2037-12-03',None,'Zaragoza','Spain'),
  E('Christmas lunch','2037-12-03',None,'Zaragoza','Spain'),
  E('Study visit to the Food+i cluster','2037-12-15','2037-12-16','Tudela','Spain'),
  E('Innovation Vouchers info session','2038-01-28',None,'Zaragoza','Spain'),
  E('Fruit Logistica','2038-02-02','2038-02-05','Berlin','Germany'),
  E('Agrifood Robotics Day 2038','2038-03',None,'Zaragoza','Spain')],
 ['2037-11-30','2029','2037-09-23','2037-10-07/2037-10-08','2037-10-21','2037-11-04','2037-11-12','2037-12-03',
  '2037-12-15/2037-12-16','2038-01-28','2038-02-02/2038-02-05','2038-03','2037-12-11'],
 [], pub='2037-11-30')
