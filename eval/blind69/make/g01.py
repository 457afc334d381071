from h import *
F='clusterbridge-europe-upcoming-events.html'
T=f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Upcoming events | ClusterBridge Europe</title></head>
<body>
<div class="cookie-bar">We use cookies to measure how the platform is used and to remember your language. <a href="/cookies">Read more</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><a class="brand" href="/">ClusterBridge Europe</a>
<nav><a href="/">Home</a> | <a href="/clusters">Find a cluster</a> | <a href="/partnerships">Partnerships</a> | <a href="/events" class="on">Events</a> | <a href="/news">News</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › Events › Upcoming</p>
<h1>Upcoming events</h1>
<p class="lead">Cluster organisations registered on ClusterBridge Europe can publish their events here. The list is moderated by the platform team at the European Cluster Secretariat (ECS); entries are shown in date order. Times are local. Filter: <a href="#">All</a> · <a href="#">Online</a> · <a href="#">On site</a> · <a href="#">Matchmaking</a> · <a href="#">Trade fairs</a></p>
<p class="count">8 events found · last updated {wd(2035,2,26)} 26 February 2035</p>

<article class="event">
<p class="tag">Online · Webinar series</p>
<h2>Cluster Finance Tuesdays</h2>
<p class="when">{wd(2035,3,6)} 6 March, 13 March and 20 March 2035, 10:00–11:00 CET</p>
<p>Three one-hour sessions on combining regional, national and EU funding for cluster projects. Each session starts with a short case from a cluster manager, followed by questions. Organised by the Cluster Excellence Academy with the European Cluster Secretariat. Speakers for the first session: Dr. Ingrid Halvorsen-Berg (Innovation Norway) and Tomasz Wierzbicki (Lubuskie Wood Cluster).</p>
<p class="more"><a href="#">Register</a> · <a href="#">Add to calendar</a></p>
</article>

<article class="event">
<p class="tag">On site · Info day</p>
<h2>Info Day on Interregional Innovation Investments</h2>
<p class="when">{wd(2035,3,15)} 15 March 2035 · Brussels, Belgium</p>
<p>The annual info day on the upcoming calls for interregional innovation projects. Programme officers explain the eligibility rules, and two consortia funded in 2033 report on their first year. Places in the room are limited to 180; the morning is streamed. Contact: Sophie Vandenbroucke, events officer, European Cluster Secretariat.</p>
<p class="more"><a href="#">Programme (PDF, 240 KB)</a> · <a href="#">Register</a></p>
</article>

<article class="event">
<p class="tag">Online · Matchmaking</p>
<h2>Green Hydrogen Valleys Matchmaking</h2>
<p class="when">{wd(2035,3,27)} 27 – {wd(2035,3,28)} 28 March 2035 · online</p>
<p>Two days of 20-minute video meetings between cluster members working on electrolysers, storage and hydrogen use in industry. Profiles can be published until 20 March 2035. Hosted by the Sønderborg Energy Cluster together with Enterprise Europe Network Denmark.</p>
<p class="more"><a href="#">Create a profile</a></p>
</article>

<article class="event">
<p class="tag">On site · Trade fair with joint stand</p>
<h2>Hannover Messe 2035 – European cluster joint stand</h2>
<p class="when">{wd(2035,4,23)} 23 – {wd(2035,4,27)} 27 April 2035 · Hannover, Germany</p>
<p>A joint stand of 14 cluster organisations and 30 of their member companies in Hall 2. A guided stand tour for visiting delegations runs daily at 11:00, and a cluster reception is held at the stand on 24 April from 17:00. Coordinated by Vidzeme Mechatronics Cluster (Valmiera) on behalf of the participating clusters.</p>
<p class="more"><a href="#">Call for co-exhibitors</a></p>
</article>

<article class="event">
<p class="tag">On site · Conference</p>
<h2>East Bohemian Cluster Days</h2>
<p class="when">{wd(2035,5,16)} 16 – {wd(2035,5,17)} 17 May 2035 · Hradec Králové, Czechia</p>
<p>Two days on health technology and advanced materials, with company visits on the second afternoon. Organised by the Hradec Králové Region and the Medical Technology Cluster East Bohemia (MedTech Klastr). Working language English; Czech sessions interpreted.</p>
<p class="more"><a href="#">Programme</a> · <a href="#">Register</a></p>
</article>

<article class="event">
<p class="tag">Online · Workshop</p>
<h2>Workshop: Measuring the impact of cluster services</h2>
<p class="when">{wd(2035,6,5)} 5 June 2035, 14:00–16:30 CEST · online</p>
<p>A hands-on workshop for cluster managers on indicators, member surveys and reporting to funders. Led by Prof. Dr. Annelies de Wilde (Ghent University) and Mag. Florian Stadlober (ecoplus. The Business Agency of Lower Austria). Maximum 40 participants.</p>
</article>

<article class="event">
<p class="tag">On site · Study visit</p>
<h2>Study visit: Agri-food clusters of Dão-Lafões</h2>
<p class="when">{wd(2035,6,18)} 18 – {wd(2035,6,20)} 20 June 2035 · Viseu, Portugal</p>
<p>Three days with the InovCluster and its members around Viseu: wineries, a cheese cooperative and a food-packaging start-up. The visit is open to cluster managers from any EU region; travel costs are not covered. Applications until 15 May 2035.</p>
</article>

<article class="event">
<p class="tag">Hybrid · Challenge final</p>
<h2>ClusterHack Final</h2>
<p class="when">{wd(2035,9,28)} 28 September 2035 · Banská Bystrica, Slovakia and online</p>
<p>The final of this year's cross-border hackathon on smart forestry, with pitches by the eight teams selected in the regional rounds and the award of three prizes. Organised by the Central Slovak Wood Cluster.</p>
</article>

<p class="pager">Showing 1–8 of 8 · <a href="/events/past">Past events</a></p>
<aside><h3>Publish your event</h3><p>Registered cluster organisations can submit events from their dashboard. Entries are checked within three working days. Questions: events@clusterbridge.example.eu</p></aside>
</main>
<footer><p>ClusterBridge Europe is run by the European Cluster Secretariat on behalf of its member networks. The content of this page does not reflect an official position of any EU institution.</p>
<p><a href="/privacy">Privacy</a> · <a href="/legal">Legal notice</a> · <a href="/accessibility">Accessibility</a> · © 2035</p></footer>
</body></html>
'''
write(F,T)
ECS='European Cluster Secretariat'
gold(F,[P('Ingrid Halvorsen-Berg',None,'Innovation Norway'),P('Tomasz Wierzbicki',None,'Lubuskie Wood Cluster'),
 P('Sophie Vandenbroucke','events officer',ECS),P('Annelies de Wilde',None,'Ghent University'),P('Florian Stadlober',None,'ecoplus. The Business Agency of Lower Austria')],
 [O('ClusterBridge Europe'),O(ECS,'ECS'),O('Cluster Excellence Academy'),O('Innovation Norway'),O('Lubuskie Wood Cluster'),O('Sønderborg Energy Cluster'),
  O('Enterprise Europe Network Denmark'),O('Vidzeme Mechatronics Cluster'),O('Hradec Králové Region'),O('Medical Technology Cluster East Bohemia','MedTech Klastr'),
  O('Ghent University'),O('ecoplus. The Business Agency of Lower Austria'),O('InovCluster'),O('Central Slovak Wood Cluster')],
 [E('Cluster Finance Tuesdays','2035-03-06','2035-03-20',None,None),E('Info Day on Interregional Innovation Investments','2035-03-15','2035-03-15','Brussels','Belgium'),
  E('Green Hydrogen Valleys Matchmaking','2035-03-27','2035-03-28',None,None),E('Hannover Messe 2035','2035-04-23','2035-04-27','Hannover','Germany'),
  E('guided stand tour','2035-04-23','2035-04-27','Hannover','Germany'),E('cluster reception','2035-04-24','2035-04-24','Hannover','Germany'),
  E('East Bohemian Cluster Days','2035-05-16','2035-05-17','Hradec Králové','Czechia'),E('company visits','2035-05-17','2035-05-17','Hradec Králové','Czechia'),
  E('Workshop: Measuring the impact of cluster services','2035-06-05','2035-06-05',None,None),
  E('Study visit: Agri-food clusters of Dão-Lafões','2035-06-18','2035-06-20','Viseu','Portugal'),E('ClusterHack Final','2035-09-28','2035-09-28','Banská Bystrica','Slovakia')],
 ['2035-02-26','2035-03-06','2035-03-13','2035-03-20','2035-03-15','2033','2035-03-27/2035-03-28','2035-04-23/2035-04-27','2035-04-24','2035-05-16/2035-05-17','2035-06-05','2035-06-18/2035-06-20','2035-05-15','2035-09-28'],pub='2035-02-26')
