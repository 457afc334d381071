from h import *
F = 'g01_horsens_buildtech_team.html'
assert wd(2038,4,22)=='Thursday' and wd(2038,6,9)=='Wednesday' and wd(2038,3,1)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Team and board | BuildTech Denmark</title></head>
<body>
<div class="cookie-bar">We use cookies for statistics and to remember your settings. <a href="/privacy">Read our cookie policy</a> <button>OK</button></div>
<header><p class="logo">BuildTech Denmark – the national cluster for construction technology</p>
<nav><a href="/">Home</a> · <a href="/about">About the cluster</a> · <a href="/projects">Projects</a> · <a href="/members">Members</a> · <a href="/events">Events</a> · <a href="/team">Team</a> · <a href="/da">Dansk</a></nav></header>
<main>
<p class="crumbs">Home / About the cluster / Team and board</p>
<h1>Team and board</h1>
<p>BuildTech Denmark is run by a secretariat of fourteen people in Horsens and Aalborg. The cluster is governed by a board elected by the members at the annual general meeting. Below you find who does what – and whom to call.</p>

<h2>Management</h2>
<div class="card"><h3>Mette Kjærsgaard Holm</h3><p class="role">CEO</p>
<p>Mette joined BuildTech Denmark on 1 March 2038 from the Danish Technological Institute, where she headed the section for building materials from 2031 to 2037. She holds an MSc in civil engineering from Aarhus University and sits on the advisory board of Innovation Fund Denmark.</p>
<p>mkh@buildtech.example.dk · +45 00 00 00 01</p></div>
<div class="card"><h3>Jonas Vestergaard-Nielsen</h3><p class="role">Deputy CEO and Head of Projects</p>
<p>Responsible for the cluster's project portfolio and EU applications. Before joining in 2034 he worked as a project developer at VIA University College in Horsens.</p></div>

<h2>Project and innovation team</h2>
<ul>
<li><strong>Sofie Dalgaard</strong> – Innovation Manager, digital construction and BIM</li>
<li><strong>Rasmus Ø. Friis</strong> – Innovation Manager, circular building materials</li>
<li><strong>Agnieszka Wróblewska</strong> – Project Manager, international projects (Aalborg office)</li>
<li><strong>Tobias Lund</strong> – Project Manager, SME programmes</li>
<li><strong>Line Bach Mortensen</strong> – Communication Officer</li>
<li><strong>Kasper Thygesen</strong> – Student assistant</li>
</ul>
<p>Agnieszka came to us from the Poznań Science and Technology Park, where she ran the building-energy living lab; she speaks Polish, Danish and German.</p>

<h2>Farewell to our founding director</h2>
<p>After eleven years as director, <strong>Henrik Aagaard</strong> left the secretariat at the end of February 2038. Henrik built the cluster from three founding members to 212 companies and knowledge institutions. Members said goodbye to him at a reception in the Horsens Cluster House on 28 February. He stays on as senior adviser until the end of the year.</p>

<h2>Board</h2>
<p>The board was elected at the annual general meeting on Thursday 22 April 2038 in Horsens for the period 2038–2040:</p>
<table>
<tr><th>Office</th><th>Name</th><th>Member organisation</th></tr>
<tr><td>Chair</td><td>Birgitte Ravn</td><td>MT Højgaard Holding A/S</td></tr>
<tr><td>Vice-Chair</td><td>Prof. Anders Kirk</td><td>Aalborg University</td></tr>
<tr><td>Board member</td><td>Claus Bjerre</td><td>Rockwool A/S</td></tr>
<tr><td>Board member</td><td>Nadia El-Khatib</td><td>Horsens Municipality</td></tr>
<tr><td>Board member</td><td>Peter de Lichtenberg</td><td>Lichtenberg Tømrer ApS</td></tr>
<tr><td>Observer</td><td>Signe Kragh</td><td>Danish Business Authority</td></tr>
</table>
<p>The board meets four times a year. The next board meeting will be held on Wednesday 9 June 2038 in Aalborg.</p>

<h2>Member working groups</h2>
<p>Three working groups prepare the cluster's joint projects and report to the board. Each is chaired by a member company and supported by one of the innovation managers:</p>
<ul>
<li>Digital construction – chaired by Mikkel Søndergaard (Dalgas Byg A/S), with Sofie Dalgaard</li>
<li>Circular materials – chaired by Dr. Ingrid Haugen-Larsen (Norcem Danmark), with Rasmus Ø. Friis</li>
<li>Skills and training – chaired by Erik Mathiasen, Learning Centre Horsens</li>
</ul>
<p>Members who want to join a working group can write to the secretariat at any time; the groups meet every second month, alternately in Horsens and online.</p>

<h2>Where you find us</h2>
<p>Horsens: BuildTech Denmark, Cluster House, Chr. M. Østergaards Vej 4, 8700 Horsens<br>
Aalborg: c/o Aalborg University, Thomas Manns Vej 23, 9220 Aalborg Ø<br>
General enquiries: info@buildtech.example.dk · +45 00 00 00 00 (weekdays 9–15)</p>

<aside><h3>Coming up</h3>
<p><a href="/events/cluster-day">BuildTech Cluster Day 2038</a> – 15–16 September 2038, Fredericia. <a href="/events/cluster-day">Read more</a></p>
<p><a href="/events/webinar-bim">Webinar: BIM for small contractors</a> – 12 May 2038, online</p></aside>
</main>
<footer><p>BuildTech Denmark is co-funded by the Danish Board of Business Development and the European Regional Development Fund.</p>
<p>© BuildTech Denmark · CVR 00000000 · <a href="/privacy">Privacy</a> · <a href="#">LinkedIn</a> · <a href="/newsletter">Newsletter</a></p></footer>
</body></html>
"""
write(F, T)
B_="BuildTech Denmark"
gold(F,
 [P("Mette Kjærsgaard Holm","CEO",B_),
  P("Jonas Vestergaard-Nielsen","Deputy CEO and Head of Projects",B_),
  P("Sofie Dalgaard","Innovation Manager",B_),
  P("Rasmus Ø. Friis","Innovation Manager",B_),
  P("Agnieszka Wróblewska","Project Manager",B_),
  P("Tobias Lund","Project Manager",B_),
  P("Line Bach Mortensen","Communication Officer",B_),
  P("Kasper Thygesen","Student assistant",B_),
  P("Henrik Aagaard","director",B_),
  P("Birgitte Ravn","Chair",B_),
  P("Anders Kirk","Vice-Chair",B_),
  P("Claus Bjerre","Board member",B_),
  P("Nadia El-Khatib","Board member",B_),
  P("Peter de Lichtenberg","Board member",B_),
  P("Signe Kragh","Observer",B_),
  P("Mikkel Søndergaard",None,"Dalgas Byg A/S"),
  P("Ingrid Haugen-Larsen",None,"Norcem Danmark"),
  P("Erik Mathiasen",None,"Learning Centre Horsens")],
 [O(B_), O("Danish Technological Institute"), O("Aarhus University"), O("Innovation Fund Denmark"),
  O("VIA University College"), O("Poznań Science and Technology Park"), O("MT Højgaard Holding A/S"),
  O("Aalborg University"), O("Rockwool A/S"), O("Horsens Municipality"), O("Lichtenberg Tømrer ApS"),
  O("Danish Business Authority"), O("Dalgas Byg A/S"), O("Norcem Danmark"), O("Learning Centre Horsens"), O("Danish Board of Business Development")],
 [E("reception","2038-02-28",None,"Horsens","Denmark"),
  E("annual general meeting","2038-04-22",None,"Horsens","Denmark"),
  E("board meeting","2038-06-09",None,"Aalborg","Denmark"),
  E("BuildTech Cluster Day 2038","2038-09-15","2038-09-16","Fredericia","Denmark"),
  E("Webinar: BIM for small contractors","2038-05-12",None,None,None)],
 ["2038-03-01","2031/2037","2034","2038-02","2038-02-28","2038-04-22","2038/2040","2038-06-09","2038-09-15/2038-09-16","2038-05-12"],
 [])
