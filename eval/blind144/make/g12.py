from h import *
F = 'g12_brussels_expert_group_clusters_members.html'
assert wd(2034,11,28)=='Tuesday' and wd(2034,10,3)=='Tuesday' and wd(2034,12,12)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Expert Group on Industrial Ecosystems and Clusters – Members | Internal Market, Industry, Entrepreneurship and SMEs</title></head>
<body>
<div class="cck">This site uses cookies. Visit our <a href="/cookies">cookies policy page</a> or click the link in any footer for more information and to change your preferences. <button>Accept all cookies</button> <button>Accept only essential cookies</button></div>
<header><p>European Commission › Internal Market, Industry, Entrepreneurship and SMEs</p>
<nav><a href="/">Home</a> › <a href="/sectors">Sectors</a> › <a href="/clusters">Cluster policy</a> › Expert group</nav></header>
<main>
<h1>Expert Group on Industrial Ecosystems and Clusters</h1>
<p class="meta">Page | Last update: 14 December 2034 | Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs</p>

<p>The Expert Group on Industrial Ecosystems and Clusters (E03912) advises the Commission on cluster policy, on the links between cluster organisations and the industrial ecosystems of the EU industrial strategy, and on the European Cluster Collaboration Platform. It was set up by Commission Decision of 3 October 2034 for a mandate running from October 2034 to September 2037. Its secretariat is provided by DG GROW – Unit G.2 Clusters and Proximity Economy.</p>

<p>Following the call for applications, which closed on 12 September 2034, the Commission appointed 24 members: 15 individuals appointed in their personal capacity and nine organisations. The list below is published in line with the horizontal rules on expert groups.</p>

<h2>Chair and secretariat</h2>
<ul>
<li>Chair: Dr Henrique Albuquerque Seixas, Director for Ecosystems and Clusters, Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW)</li>
<li>Secretariat: Veronika Šimůnková, Policy Officer, Unit G.2 Clusters and Proximity Economy</li>
<li>Observer: European Innovation Council and SMEs Executive Agency (EISMEA), represented by Jean-Luc Delacroix, Head of Sector Cluster Internationalisation</li>
</ul>

<h2>Members appointed in a personal capacity (type A)</h2>
<ul>
<li>Prof. Dr. Gudrun Eichhorst-Wiegand, Chair of Regional Economics, Otto-von-Guericke-Universität Magdeburg</li>
<li>Siobhán Ní Mhurchú, independent cluster policy consultant, Galway</li>
<li>Dr Matteo Fiorentino, Senior Researcher, Joint Research Centre (JRC), Seville</li>
<li>Ewelina Kamińska-Roth, former Cluster Manager, Silesian Aviation Cluster</li>
<li>Hugo Vandermeersch, Professor of Innovation Management, Vlerick Business School</li>
<li>Ingrid Sæther, Senior Adviser, Innovation Norway (rapporteur for internationalisation)</li>
<li>... and nine further experts, listed in the Register of Commission Expert Groups</li>
</ul>

<h2>Organisations (type C)</h2>
<p>The following organisations are members and designate one representative each:</p>
<ul>
<li>European Cluster Alliance (ECA) – represented by its President, Aurelio Bertolini-Rossi</li>
<li>TCI Network – Mette Skov Halvorsen, Executive Director</li>
<li>EURADA, the European Association of Development Agencies</li>
<li>SMEunited</li>
<li>European Regions Research and Innovation Network (ERRIN)</li>
<li>Cluster Excellence Denmark</li>
<li>France Clusters</li>
<li>Clusterland Oberösterreich GmbH</li>
<li>Polish Agency for Enterprise Development (PARP)</li>
</ul>

<h2>Meetings</h2>
<p>The group meets in plenary three times a year in Brussels. Sub-groups on skills, on green and digital transition, and on internationalisation meet online.</p>
<table>
<tr><th>Meeting</th><th>Date</th><th>Documents</th></tr>
<tr><td>Kick-off plenary meeting</td><td>Tuesday 28 November 2034, Brussels (Albert Borschette Conference Centre)</td><td>Agenda · Minutes · Participants list</td></tr>
<tr><td>Sub-group on skills, 1st meeting</td><td>12/12/2034, online</td><td>Agenda</td></tr>
<tr><td>2nd plenary meeting</td><td>March 2035 (tbc)</td><td>–</td></tr>
<tr><td>European Cluster Conference, side session of the group</td><td>Spring 2035, Budapest</td><td>–</td></tr>
</table>

<h2>Summary of the kick-off meeting</h2>
<p>At the kick-off meeting the Chair thanked the members of the former European Cluster Policy Advisory Board (2029–2034), several of whom have joined the new group. Members agreed on a work programme with three deliverables: a review of the cluster excellence labels (by June 2035), policy recommendations on clusters and skills partnerships (by March 2036) and a final report to the Commission (by September 2037).</p>

<h2>Contact</h2>
<p>GROW-CLUSTERS-EXPERT-GROUP@ec.example.eu</p>
<p><a href="/clusters/expert-group/news">Read more news</a> · Share this page: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>
</main>
<footer><p>European Commission website · This site is managed by the Directorate-General for Communication · Contact the European Commission · Follow the European Commission on social media · Legal notice · Cookies policy · Accessibility</p></footer>
</body></html>
"""
write(F, T)
G = "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
EG = "Expert Group on Industrial Ecosystems and Clusters"
gold(F,
 [P("Henrique Albuquerque Seixas","Chair",EG),
  P("Veronika Šimůnková","Policy Officer","Unit G.2 Clusters and Proximity Economy"),
  P("Jean-Luc Delacroix","Head of Sector Cluster Internationalisation","European Innovation Council and SMEs Executive Agency"),
  P("Gudrun Eichhorst-Wiegand","Chair of Regional Economics","Otto-von-Guericke-Universität Magdeburg"),
  P("Siobhán Ní Mhurchú","independent cluster policy consultant",None),
  P("Matteo Fiorentino","Senior Researcher","Joint Research Centre"),
  P("Ewelina Kamińska-Roth","former Cluster Manager","Silesian Aviation Cluster"),
  P("Hugo Vandermeersch","Professor of Innovation Management","Vlerick Business School"),
  P("Ingrid Sæther","Senior Adviser","Innovation Norway"),
  P("Aurelio Bertolini-Rossi","President","European Cluster Alliance"),
  P("Mette Skov Halvorsen","Executive Director","TCI Network")],
 [O("European Commission"), O(G,"DG GROW"), O(EG,None), O("Unit G.2 Clusters and Proximity Economy"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Otto-von-Guericke-Universität Magdeburg"),
  O("Joint Research Centre","JRC"), O("Silesian Aviation Cluster"), O("Vlerick Business School"), O("Innovation Norway"),
  O("European Cluster Alliance","ECA"), O("TCI Network"), O("European Association of Development Agencies","EURADA"),
  O("SMEunited"), O("European Regions Research and Innovation Network","ERRIN"), O("Cluster Excellence Denmark"),
  O("France Clusters"), O("Clusterland Oberösterreich GmbH"), O("Polish Agency for Enterprise Development","PARP"),
  O("European Cluster Policy Advisory Board"), O("Directorate-General for Communication"),
  O("European Cluster Collaboration Platform")],
 [E("Kick-off plenary meeting","2034-11-28",None,"Brussels","Belgium"),
  E("Sub-group on skills, 1st meeting","2034-12-12",None,None,None),
  E("2nd plenary meeting","2035-03",None,"Brussels","Belgium"),
  E("European Cluster Conference","2035",None,"Budapest","Hungary")],
 ["2034-12-14","2034-10-03","2034-10/2037-09","2034-09-12","2034-11-28","2034-12-12","2035-03","2035","2029/2034","2035-06","2036-03","2037-09"],
 [], pub="2034-12-14")
