from h import *
F = 'news_delegation-mv-to-zealand-june-2034.html'
T = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hydrogen and ports: MV delegation visits Zealand | Maritimes Cluster MV</title></head>
<body>
<div class="cookie">This site uses cookies for statistics. <a href="/en/data-protection">More</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/en/" class="logo">Maritimes Cluster Mecklenburg-Vorpommern e.V.</a>
<nav><a href="/en/cluster">Cluster</a> | <a href="/en/members">Members</a> | <a href="/en/topics">Topics</a> | <a href="/en/news">News</a> | <a href="/en/events">Events</a> | <a href="/de/">Deutsch</a></nav></header>
<main><article>
<p class="meta">News · 9 June 2034 · International</p>
<h1>Hydrogen, ports and industrial symbiosis: Mecklenburg-Vorpommern delegation in Zealand</h1>
<p class="lead">From 5 to 7 June 2034 a delegation of 21 participants from Mecklenburg-Vorpommern visited the Danish region of
Zealand (Region Sjælland). The trip was organised by the Maritimes Cluster Mecklenburg-Vorpommern together with the
Enterprise Europe Network Mecklenburg-Vorpommern and the Danish partner cluster Energy Cluster Denmark.</p>

<p>The delegation was led by Dr.-Ing. Heiko Brandenburg, Managing Director of the cluster, and by State Secretary Dr. Anja
Lüders-Thiel of the Ministry of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern. It included
representatives of twelve companies, two ports, the University of Rostock and the Wismar University of Applied Sciences.</p>

<h2>Day 1: Køge and the Port of Køge</h2>
<p>The programme started on Monday in Køge, where the mayor, Marie Stærke-Lund, welcomed the guests at the town hall. The
CEO of the Port of Køge, Jesper Bro Nielsen, presented the port's plans for a green ammonia terminal and a new quay for
offshore wind installation vessels. "Our two regions face each other across the Baltic, and our ports compete for some
projects. But on hydrogen and offshore wind we are far stronger together," said Brandenburg after the port tour.</p>
<p>In the afternoon, Region Zealand's Director of Regional Development, Torben Skaarup, presented the region's business
strategy 2032–2036 and the planned Baltic energy corridor. A round table with Danish and German companies followed,
moderated by Anne-Sofie Brandt, director of the food cluster Fødevareklynge Sjælland, who spoke about the region's
experience with cross-sector clusters.</p>

<h2>Day 2: Kalundborg Symbiosis</h2>
<p>On Tuesday the group travelled to Kalundborg, home of one of the oldest industrial symbiosis networks in the world. Lisbeth
Kjær Andersen, head of the Kalundborg Symbiosis secretariat, explained how 17 public and private companies exchange steam,
water, gypsum and other residues. The delegation visited the Power-to-X plant of Kalundborg Hydrogen ApS, where the
technical director, Dr. Jakob Mørch, showed the electrolysers and the pipeline to the refinery.</p>
<p>"For our companies in Rostock and Lubmin, Kalundborg is a living laboratory," said State Secretary Lüders-Thiel.
"We will invite our Danish hosts to Mecklenburg-Vorpommern next year to continue this conversation."</p>

<h2>Day 3: Lolland and the Fehmarnbelt</h2>
<p>On the last day the delegation visited the construction site of the Fehmarnbelt tunnel element factory in Rødbyhavn.
Project director Søren Kaae-Poulsen of Femern A/S described the logistics of the project and the opportunities for
suppliers on both sides of the belt once the tunnel opens. The day ended with a matchmaking lunch organised by Business
Lolland-Falster, with 34 bilateral meetings between German and Danish companies.</p>

<h2>Participants</h2>
<p>From Mecklenburg-Vorpommern the following companies and institutions took part:</p>
<ul>
<li>Nordex Energy SE, Rostock – Katrin Albers, Head of Supply Chain Baltic</li>
<li>Rostock Port GmbH – Gernot Hasenbein, Head of Business Development</li>
<li>Seehafen Wismar GmbH – Ulrike Marquardt, Managing Director</li>
<li>Ostseewerft Möller GmbH &amp; Co. KG – Christiane Möller-Sommerfeld, managing partner and Chair of the Board of the cluster</li>
<li>Hy-Lubmin Energy GmbH – Dr. Piotr Nowicki, Chief Technology Officer</li>
<li>Baltic Offshore Services GmbH, Sassnitz – Henning Wulff, CEO</li>
<li>Warnow Hydraulik GmbH – Jana Kruse-Behrens, Sales Manager</li>
<li>University of Rostock, Chair of Marine Engineering – Prof. Dr.-Ing. Matthias von Ahlefeldt</li>
<li>Wismar University of Applied Sciences – Prof. Dr. Ulrike Schwerin</li>
<li>Enterprise Europe Network Mecklenburg-Vorpommern – Sebastian Krüger, adviser</li>
<li>Maritimes Cluster Mecklenburg-Vorpommern – Dr.-Ing. Heiko Brandenburg and Lea Timm, project manager international</li>
</ul>
<p>Five further companies asked not to be named.</p>
<p>Several participants used the bus rides between the sites for their own meetings. Ulrike Marquardt and Jesper Bro Nielsen
agreed to exchange data on ferry and ro-ro traffic, and the two universities discussed a joint summer school on
hydrogen-powered ships. The cluster will publish a short report of the visit in the July issue of its member newsletter,
with the contact details of all Danish hosts who agreed to be contacted by members.</p>

<h2>Results and next steps</h2>
<p>The participants agreed to prepare a joint Interreg South Baltic application on green port services, with the Port of Køge,
Rostock Port and Seehafen Wismar as possible partners. Energy Cluster Denmark and the Maritimes Cluster will sign a
cooperation agreement at the WindEnergy Hamburg trade fair on 26 September 2034. A return visit of a Danish delegation to
Rostock and Lubmin is planned for spring 2035.</p>
<p>The trip was co-financed by the state of Mecklenburg-Vorpommern under its foreign trade promotion scheme. The cluster
thanks all Danish hosts, and in particular Mette Juul Rasmussen of Energy Cluster Denmark, who prepared the programme with
Lea Timm.</p>
<p>Photos of the trip are available in the members' area. Members interested in the return visit or the Interreg application
can contact Lea Timm (timm@maritimes-cluster-mv.example).</p>
</article>
<p class="share">Share: LinkedIn · X · E-mail</p>
<aside><h3>Related</h3><ul><li><a href="#">In memoriam Prof. Dr.-Ing. Klaus-Dieter Wendland</a></li><li><a href="#">Maritime Cluster Day 2035: save the date</a></li></ul></aside>
</main>
<footer>Maritimes Cluster Mecklenburg-Vorpommern e.V. · Am Strande 3d · 18055 Rostock · <a href="/en/imprint">Imprint</a></footer>
</body></html>
'''
write(F, T)
M = 'Maritimes Cluster Mecklenburg-Vorpommern e.V.'
MIN = 'Ministry of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern'
gold(F, [
 P('Heiko Brandenburg', 'Managing Director', M),
 P('Anja Lüders-Thiel', 'State Secretary', MIN),
 P('Marie Stærke-Lund', 'mayor', None),
 P('Jesper Bro Nielsen', 'CEO', 'Port of Køge'),
 P('Torben Skaarup', 'Director of Regional Development', 'Region Zealand'),
 P('Anne-Sofie Brandt', 'director', 'Fødevareklynge Sjælland'),
 P('Lisbeth Kjær Andersen', 'head of the Kalundborg Symbiosis secretariat', 'Kalundborg Symbiosis'),
 P('Jakob Mørch', 'technical director', 'Kalundborg Hydrogen ApS'),
 P('Søren Kaae-Poulsen', 'Project director', 'Femern A/S'),
 P('Katrin Albers', 'Head of Supply Chain Baltic', 'Nordex Energy SE'),
 P('Gernot Hasenbein', 'Head of Business Development', 'Rostock Port GmbH'),
 P('Ulrike Marquardt', 'Managing Director', 'Seehafen Wismar GmbH'),
 P('Christiane Möller-Sommerfeld', 'managing partner', 'Ostseewerft Möller GmbH & Co. KG'),
 P('Piotr Nowicki', 'Chief Technology Officer', 'Hy-Lubmin Energy GmbH'),
 P('Henning Wulff', 'CEO', 'Baltic Offshore Services GmbH'),
 P('Jana Kruse-Behrens', 'Sales Manager', 'Warnow Hydraulik GmbH'),
 P('Matthias von Ahlefeldt', None, 'University of Rostock'),
 P('Ulrike Schwerin', None, 'Wismar University of Applied Sciences'),
 P('Sebastian Krüger', 'adviser', 'Enterprise Europe Network Mecklenburg-Vorpommern'),
 P('Lea Timm', 'project manager international', M),
 P('Mette Juul Rasmussen', None, 'Energy Cluster Denmark'),
],[
 O(M), O('Enterprise Europe Network Mecklenburg-Vorpommern'), O('Energy Cluster Denmark'), O(MIN),
 O('University of Rostock'), O('Chair of Marine Engineering'), O('Wismar University of Applied Sciences'), O('Port of Køge'), O('Region Zealand'),
 O('Fødevareklynge Sjælland'), O('Kalundborg Symbiosis'), O('Kalundborg Hydrogen ApS'), O('Femern A/S'),
 O('Business Lolland-Falster'), O('Nordex Energy SE'), O('Rostock Port GmbH'), O('Seehafen Wismar GmbH'),
 O('Ostseewerft Möller GmbH & Co. KG'), O('Hy-Lubmin Energy GmbH'), O('Baltic Offshore Services GmbH'), O('Warnow Hydraulik GmbH'),
],[
 E('delegation visit to Zealand', '2034-06-05', '2034-06-07', None, 'Denmark'),
 E('WindEnergy Hamburg', '2034-09-26', '2034-09-26', 'Hamburg', 'Germany'),
 E('return visit of a Danish delegation', '2035', '2035', 'Rostock, Lubmin', 'Germany'),
],['2034-06-09','2034-06-05/2034-06-07','2032/2036','2034-09-26','2035'], pub='2034-06-09')
