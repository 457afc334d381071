from common import *
import datetime
def d(s): x=datetime.date.fromisoformat(s); return f"{x.strftime('%a')} {x.day} {x.strftime('%B %Y')}"
doc='01_cluster_cymru_events_calendar.html'
t=f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Events calendar | Cluster Cymru Agency</title></head>
<body>
<div class="cookie-bar">We use cookies to understand how visitors use this site. <a href="#">Accept all</a> | <a href="#">Only necessary</a> | <a href="#">Cookie policy</a></div>
<header><nav><a href="/">Home</a> | <a href="/about">About the Agency</a> | <a href="/clusters">Our clusters</a> | <a href="/events">Events</a> | <a href="/funding">Funding</a> | <a href="/news">News</a> | <a href="/cy">Cymraeg</a></nav></header>
<main>
<p class="crumbs">Home &gt; Events &gt; Calendar 2033</p>
<h1>Events calendar – spring 2033</h1>
<p>The calendar lists events run by Cluster Cymru Agency and by the eleven cluster organisations it supports across Wales, together with a few partner events elsewhere in Europe. Unless stated otherwise, events are free for members. Filter: <a href="#">All</a> · <a href="#">Compound semiconductors</a> · <a href="#">Marine energy</a> · <a href="#">Food &amp; drink</a> · <a href="#">Creative industries</a></p>

<h2>January 2033</h2>
<div class="event"><h3>Cluster managers' breakfast: planning the year</h3>
<p><b>Date:</b> {d('2033-01-20')}, 08:00–10:00<br><b>Place:</b> Tramshed Tech, Cardiff<br><b>Organiser:</b> Cluster Cymru Agency<br>
An informal start to the year for managers of the supported clusters. Rhian Pritchard-Evans, Head of Cluster Programmes, will present the agency's work plan and the new reporting template.</p>
<p><a href="#">Register</a> · <a href="#">Add to calendar</a></p></div>

<div class="event"><h3>Webinar: Export readiness for food producers</h3>
<p><b>Date:</b> {d('2033-01-26')}, 11:00–12:00 (online)<br><b>Organiser:</b> Food Innovation Wales Cluster with Enterprise Europe Network Wales<br>
Speakers: Gareth Llewelyn (Food Innovation Wales Cluster) and Dr. Amira SAYED (Cardiff Metropolitan University).</p>
<p><a href="#">Register</a></p></div>

<h2>February 2033</h2>
<div class="event"><h3>Marine Energy Wales Annual Conference 2033</h3>
<p><b>Date:</b> {d('2033-02-15')} – {d('2033-02-16')}<br><b>Place:</b> Pembroke Dock, Pembrokeshire<br><b>Organiser:</b> Marine Energy Wales<br>
Two days on floating offshore wind, tidal stream and the Celtic Sea supply chain. Opening address by Owain ap Rhys, Chief Executive of Marine Energy Wales; keynote by Sofie van der Linden, Director of Ocean Energy Europe. A site visit to the Pembroke Dock Marine project is planned for the afternoon of the second day.</p>
<p><a href="#">Register</a> · Fee: £95 (members £45)</p></div>

<div class="event"><h3>Compound semiconductor cluster – members' forum</h3>
<p><b>Date:</b> {d('2033-02-24')}, 14:00–17:30<br><b>Place:</b> Imperial Park, Newport<br><b>Organiser:</b> CSconnected<br>
Members' forum with updates from the foundries and a panel on skills. Chair: Prof. Huw Morgan-Jones (Swansea University).</p>
<p><a href="#">Register</a> · <span class="note">Members only</span></p></div>

<h2>March 2033</h2>
<div class="event"><h3>Creative Clusters Day</h3>
<p><b>Date:</b> {d('2033-03-09')}<br><b>Place:</b> Pontio, Bangor<br><b>Organiser:</b> Cluster Cymru Agency and Creative Wales<br>
A day for games studios, post-production houses and animation companies in north Wales. Programme: 10:00 opening by Eluned Parry, Deputy Director of Creative Wales; 11:00 pitch session; 13:30 studio tours; 17:30 networking evening at the Pontio bar.</p>
<p><a href="#">Register</a></p></div>

<div class="event"><h3>Partner event: European Cluster Conference 2033</h3>
<p><b>Date:</b> {d('2033-03-22')} – {d('2033-03-24')}<br><b>Place:</b> Lyon, France<br><b>Organiser:</b> European Commission, DG GROW<br>
The agency will bring a small delegation. Members wishing to join should contact Tomasz Wiśniewski, International Officer, by {d('2033-02-28')}.</p>
<p><a href="#">More information</a></p></div>

<h2>April 2033</h2>
<div class="event"><h3>Food &amp; Drink Wales Cluster Showcase</h3>
<p><b>Date:</b> {d('2033-04-06')}<br><b>Place:</b> Royal Welsh Showground, Llanelwedd<br><b>Organiser:</b> Food Innovation Wales Cluster<br>
Producers meet buyers from the major retailers. The morning includes B2B meetings booked in advance; the afternoon is an open tasting hall. Booking of meetings closes on {d('2033-03-27')}.</p>
<p><a href="#">Register</a></p></div>

<div class="event"><h3>Workshop: Writing a cluster internationalisation strategy</h3>
<p><b>Date:</b> {d('2033-04-27')}, 09:30–16:00<br><b>Place:</b> Swansea Bay Innovation Centre, Swansea<br><b>Organiser:</b> Cluster Cymru Agency<br>
Led by Mag. Lukas Hofbauer, senior consultant at Clusterland Oberösterreich, who has trained cluster managers in fourteen countries. Maximum 20 participants.</p>
<p><a href="#">Register</a> · <span class="note">waiting list</span></p></div>

<h2>May 2033</h2>
<div class="event"><h3>Cluster Cymru Annual Forum</h3>
<p><b>Date:</b> {d('2033-05-18')}<br><b>Place:</b> ICC Wales, Newport<br><b>Organiser:</b> Cluster Cymru Agency<br>
The agency's yearly gathering of all supported clusters, with the presentation of the Cluster Cymru Awards. Confirmed speakers: Catrin Hughes-Bowen, Chair of the Board of Cluster Cymru Agency; Dr. Jan-Hendrik zu Salm, Policy Officer, European Commission; and Nia Vaughan, Economy Directorate, Welsh Government. Forum dinner at 19:00 in the Celtic Manor.</p>
<p><a href="#">Register</a> · Registration opens {d('2033-03-01')}</p></div>

<p class="older"><a href="#">&laquo; Past events</a> | <a href="#">Summer 2033 &raquo;</a></p>
<p>Questions about the calendar: events@clustercymru.example · +44 29 2000 0000</p>
</main>
<footer><p>Cluster Cymru Agency · Sbarc|Spark, Maindy Road, Cardiff CF24 4HQ · Supported by the Welsh Government</p>
<p><a href="#">Accessibility</a> | <a href="#">Privacy</a> | <a href="#">Newsletter</a> | © 2032 Cluster Cymru Agency</p></footer>
</body></html>
'''
write(doc,t)
C='Cluster Cymru Agency'
gold(doc,[P('Rhian Pritchard-Evans','Head of Cluster Programmes',C),P('Gareth Llewelyn',None,'Food Innovation Wales Cluster'),
 P('Amira SAYED',None,'Cardiff Metropolitan University'),P('Owain ap Rhys','Chief Executive','Marine Energy Wales'),
 P('Sofie van der Linden','Director','Ocean Energy Europe'),P('Huw Morgan-Jones','Chair','Swansea University'),
 P('Eluned Parry','Deputy Director','Creative Wales'),P('Tomasz Wiśniewski','International Officer',C),
 P('Lukas Hofbauer','senior consultant','Clusterland Oberösterreich'),P('Catrin Hughes-Bowen','Chair of the Board',C),
 P('Jan-Hendrik zu Salm','Policy Officer','European Commission'),P('Nia Vaughan',None,'Welsh Government')],
 [O(C),O('Food Innovation Wales Cluster'),O('Enterprise Europe Network Wales'),O('Cardiff Metropolitan University'),O('Marine Energy Wales'),
  O('Ocean Energy Europe'),O('CSconnected'),O('Swansea University'),O('Creative Wales'),O('European Commission'),O('DG GROW'),
  O('Clusterland Oberösterreich'),O('Welsh Government'),O('Economy Directorate')],
 [E("Cluster managers' breakfast: planning the year",'2033-01-20',None,'Cardiff','United Kingdom'),
  E('Webinar: Export readiness for food producers','2033-01-26'),
  E('Marine Energy Wales Annual Conference 2033','2033-02-15','2033-02-16','Pembroke Dock','United Kingdom'),
  E('site visit to the Pembroke Dock Marine project','2033-02-16',None,'Pembroke Dock','United Kingdom'),
  E("Compound semiconductor cluster – members' forum",'2033-02-24',None,'Newport','United Kingdom'),
  E('Creative Clusters Day','2033-03-09',None,'Bangor','United Kingdom'),
  E('studio tours','2033-03-09',None,'Bangor','United Kingdom'),E('networking evening','2033-03-09',None,'Bangor','United Kingdom'),
  E('European Cluster Conference 2033','2033-03-22','2033-03-24','Lyon','France'),
  E('Food & Drink Wales Cluster Showcase','2033-04-06',None,'Llanelwedd','United Kingdom'),
  E('B2B meetings','2033-04-06',None,'Llanelwedd','United Kingdom'),
  E('Workshop: Writing a cluster internationalisation strategy','2033-04-27',None,'Swansea','United Kingdom'),
  E('Cluster Cymru Annual Forum','2033-05-18',None,'Newport','United Kingdom'),
  E('Cluster Cymru Awards','2033-05-18',None,'Newport','United Kingdom'),E('Forum dinner','2033-05-18',None,None,None)],
 ['2033-01-20','2033-01-26','2033-02-15/2033-02-16','2033-02-24','2033-03-09','2033-03-22/2033-03-24','2033-02-28','2033-04-06','2033-03-27','2033-04-27','2033-05-18','2033-03-01','2033'])
