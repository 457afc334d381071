from h import *
F = 'g13_portclust_meetings_page.html'
assert wd(2035,1,16)=='Tuesday' and wd(2036,3,4)=='Tuesday' and wd(2037,4,21)=='Tuesday' and wd(2037,4,22)=='Wednesday' and wd(2037,6,23)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Meetings and events – PORTCLUST</title></head>
<body>
<header><p class="logo">PORTCLUST · Small ports as innovation clusters</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/partners">Partners</a> | <a href="/pilots">Pilot ports</a> | <a href="/meetings" class="current">Meetings &amp; events</a> | <a href="/library">Library</a> | <a href="/contact">Contact</a></nav></header>
<main>
<h1>Meetings and events</h1>
<p>PORTCLUST is a Horizon Europe Coordination and Support Action (January 2035 – December 2037) led by Cursor Oy, the regional development company of Kotka-Hamina. Eight partners from six countries help small and medium-sized ports turn their business communities into innovation clusters. On this page you find all consortium meetings, our webinar series and upcoming events. The consortium meets in person twice a year, each time hosted by a different partner.</p>

<h2>Upcoming</h2>
<div class="event">
<h3>PORTCLUST Final Conference – "Small Ports, Big Clusters"</h3>
<p><strong>Tuesday 23 June 2037</strong> · Brussels, Committee of the Regions, Rue Belliard 101<br>
The final conference presents the PORTCLUST toolbox, the results of the six pilot ports and a policy paper for the next Horizon Europe work programme. Keynote by Cristina Alves Ferreira, Director for Maritime Affairs at the European Sea Ports Organisation (ESPO). Registration opens on 4 March 2037. <a href="/final-conference">Programme and registration</a></p>
</div>

<h2>Past consortium meetings</h2>
<ul class="meetings">
<li><strong>Kick-off meeting</strong> – Hamina, Finland, 16–17 January 2035. Hosted by Cursor Oy. The eight partners agreed on the work plan and the selection criteria for pilot ports. Guest speaker: Mayor of Hamina Tapio Lindroos-Vänskä.</li>
<li><strong>2nd consortium meeting</strong> – Gdynia, Poland, 12–13 June 2035. Hosted by Pomorski Klaster Morski (PKM). Site visit to the Port of Gdynia's innovation hub.</li>
<li><strong>3rd consortium meeting</strong> – Ravenna, Italy, 20–21 November 2035. Hosted by Autorità di Sistema Portuale del Mare Adriatico Centro-Settentrionale. Pilot ports selected.</li>
<li><strong>Mid-term review meeting</strong> – online, 4 March 2036, with the project officer of the European Health and Digital Executive Agency (HaDEA), Karolina Ström-Nilsson.</li>
<li><strong>4th consortium meeting</strong> – Esbjerg, Denmark, 17–18 June 2036. Hosted by Port Esbjerg Cluster Association. Joint session with the Danish offshore wind cluster.</li>
<li><strong>5th consortium meeting</strong> – Aveiro, Portugal, 15 October 2036. Hosted by Associação Portuária de Aveiro (APA).</li>
<li><strong>6th consortium meeting</strong> – Klaipėda, Lithuania, 21–22 April 2037. Hosted by Klaipėdos jūrinis klasteris. See the key takeaways below.</li>
</ul>

<h2>Webinar series "Port Cluster Talks"</h2>
<p>Four online talks for port managers and cluster organisations, each 60 minutes:</p>
<table>
<tr><th>#</th><th>Date</th><th>Topic</th><th>Speaker</th></tr>
<tr><td>1</td><td>10 December 2036</td><td>Data sharing in port communities</td><td>Dr Henrik O'Sullivan-Berg, Port Esbjerg Cluster Association</td></tr>
<tr><td>2</td><td>4 February 2037</td><td>Shore power for small ports</td><td>Giulia Mancini, Autorità di Sistema Portuale del Mare Adriatico Centro-Settentrionale</td></tr>
<tr><td>3</td><td>4 March 2037</td><td>From landlord port to cluster manager</td><td>Rūta Petrauskienė, Klaipėdos jūrinis klasteris</td></tr>
<tr><td>4</td><td>May 2037 (date to be confirmed)</td><td>Financing port innovation</td><td>to be announced</td></tr>
</table>
<p>Recordings are available in the <a href="/library">library</a>.</p>

<h2>Key takeaways from the 6th consortium meeting in Klaipėda</h2>
<p>Project coordinator Mikaela Juvonen (Cursor Oy) summed up the meeting in four points:</p>
<ul>
<li>Five of the six pilot ports have set up a cluster board with companies, the port authority and the municipality</li>
<li>Port community data platforms work best when a neutral cluster body, not the port authority, runs them</li>
<li>Small ports need shared technical staff for shore power and energy projects</li>
<li>The PORTCLUST toolbox will be translated into Portuguese, Polish, Lithuanian, Italian, Danish and Finnish</li>
</ul>
<p>The meeting also included a visit to the LNG terminal and a dinner offered by Klaipėda City Municipality on 21 April 2037, where Deputy Mayor Vytautas Jurgelevičius welcomed the partners.</p>

<h2>Partners</h2>
<p>Cursor Oy (FI, coordinator) · Pomorski Klaster Morski (PL) · Autorità di Sistema Portuale del Mare Adriatico Centro-Settentrionale (IT) · Port Esbjerg Cluster Association (DK) · Associação Portuária de Aveiro (PT) · Klaipėdos jūrinis klasteris (LT) · South-Eastern Finland University of Applied Sciences (Xamk) (FI) · Fundación Valenciaport (ES)</p>
</main>
<footer><p>This project has received funding from the European Union's Horizon Europe research and innovation programme. © PORTCLUST 2037 · <a href="/privacy">Privacy</a> · <a href="/imprint">Imprint</a></p>
<p>Follow us: <a href="#">LinkedIn</a> · <a href="#">YouTube</a> · Newsletter: <a href="/newsletter">subscribe</a></p></footer>
</body></html>
"""
write(F, T)
C="Cursor Oy"; AP="Autorità di Sistema Portuale del Mare Adriatico Centro-Settentrionale"
gold(F,
 [P("Cristina Alves Ferreira","Director for Maritime Affairs","European Sea Ports Organisation"),
  P("Tapio Lindroos-Vänskä","Mayor of Hamina",None),
  P("Karolina Ström-Nilsson","project officer","European Health and Digital Executive Agency"),
  P("Henrik O'Sullivan-Berg",None,"Port Esbjerg Cluster Association"),
  P("Giulia Mancini",None,AP),
  P("Rūta Petrauskienė",None,"Klaipėdos jūrinis klasteris"),
  P("Mikaela Juvonen","Project coordinator",C),
  P("Vytautas Jurgelevičius","Deputy Mayor","Klaipėda City Municipality")],
 [O(C), O("Committee of the Regions"), O("European Sea Ports Organisation","ESPO"), O("Pomorski Klaster Morski","PKM"),
  O(AP), O("European Health and Digital Executive Agency","HaDEA"), O("Port Esbjerg Cluster Association"),
  O("Associação Portuária de Aveiro","APA"), O("Klaipėdos jūrinis klasteris"), O("Klaipėda City Municipality"),
  O("South-Eastern Finland University of Applied Sciences","Xamk"), O("Fundación Valenciaport"), O("European Union")],
 [E("PORTCLUST Final Conference","2037-06-23",None,"Brussels","Belgium"),
  E("Kick-off meeting","2035-01-16","2035-01-17","Hamina","Finland"),
  E("2nd consortium meeting","2035-06-12","2035-06-13","Gdynia","Poland"),
  E("3rd consortium meeting","2035-11-20","2035-11-21","Ravenna","Italy"),
  E("Mid-term review meeting","2036-03-04",None,None,None),
  E("4th consortium meeting","2036-06-17","2036-06-18","Esbjerg","Denmark"),
  E("5th consortium meeting","2036-10-15",None,"Aveiro","Portugal"),
  E("6th consortium meeting","2037-04-21","2037-04-22","Klaipėda","Lithuania"),
  E("Port Cluster Talks","2036-12-10",None,None,None),
  E("Port Cluster Talks","2037-02-04",None,None,None),
  E("Port Cluster Talks","2037-03-04",None,None,None),
  E("Port Cluster Talks","2037-05",None,None,None),
  E("visit to the LNG terminal","2037-04-21",None,"Klaipėda","Lithuania"),
  E("dinner","2037-04-21",None,"Klaipėda","Lithuania")],
 ["2035-01/2037-12","2037-06-23","2037-03-04","2035-01-16/2035-01-17","2035-06-12/2035-06-13","2035-11-20/2035-11-21",
  "2036-03-04","2036-06-17/2036-06-18","2036-10-15","2037-04-21/2037-04-22","2036-12-10","2037-02-04","2037-05","2037-04-21"],
 ["Five of the six pilot ports have set up a cluster board with companies, the port authority and the municipality",
  "Port community data platforms work best when a neutral cluster body, not the port authority, runs them",
  "Small ports need shared technical staff for shore power and energy projects",
  "The PORTCLUST toolbox will be translated into Portuguese, Polish, Lithuanian, Italian, Danish and Finnish"])
