from h import *
F = 'g01_plymouth_marine_cluster_team.html'

assert wd(2038,3,18)=='Thursday' and wd(2038,4,22)=='Thursday' and wd(2038,6,9)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Our people | Marine Innovation South West</title></head>
<body>
<div class="cookie-bar">We use essential cookies to make this site work and optional analytics cookies to understand how it is used. <a href="/cookies">Cookie settings</a> <button>Accept all</button></div>
<header><p class="brand">Marine Innovation South West · MISW</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/people">Our people</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/events">Events</a> · <a href="/join">Join</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="breadcrumb">Home / About / Our people</p>
<h1>Our people</h1>
<p class="intro">Marine Innovation South West Ltd is the cluster organisation for marine technology, ocean data and maritime autonomy in Devon and Cornwall. We are a not-for-profit company limited by guarantee, owned by our 146 members and run by a small team based at Plymouth Science Park. Page last updated 14 June 2038.</p>

<h2>Management team</h2>
<div class="card"><h3>Dr Tamsin Pengelly-Ward</h3><p class="role">Chief Executive</p>
<p>Tamsin joined the cluster as Chief Executive on 1 March 2038. She previously led the ocean technology programme at the University of Plymouth (2031–2037) and before that spent eight years with the hydrographic survey firm Fathom Geo Ltd in Falmouth. She represents MISW on the board of the UK Marine Clusters Network.</p></div>
<div class="card"><h3>Kwame Asante-Bright</h3><p class="role">Head of Membership and Partnerships</p>
<p>Kwame looks after our members, from start-ups in the Smart Sound testbed to the big shipyards. He is your first contact if you want to join or change your membership tier. Before joining us he worked for the Heart of the South West Growth Hub.</p></div>
<div class="card"><h3>Ailsa MacRae</h3><p class="role">Innovation Projects Manager</p>
<p>Ailsa manages our collaborative R&amp;D and our two European partnerships. She came to Plymouth from the Scottish cluster Subsea Scotland in Aberdeen.</p></div>
<div class="card"><h3>Jan-Willem de Bruijn</h3><p class="role">International Business Adviser (part-time)</p>
<p>Jan-Willem runs our trade missions and our links with ports in the North Sea region. He also works two days a week for the Port of Den Helder.</p></div>
<div class="card"><h3>Rosie Trelawny</h3><p class="role">Events and Communications Officer</p>
<p>Rosie organises Ocean Tech Week and our member breakfasts and writes the fortnightly bulletin.</p></div>

<h2>Board of directors</h2>
<p>The board was elected at our Annual General Meeting on Thursday 18 March 2038 in Plymouth, for a term running to the 2041 AGM. Directors serve in a personal capacity; their employers are shown for information.</p>
<ul>
<li>Chair: Professor Martin O'Driscoll, Plymouth Marine Laboratory</li>
<li>Vice-Chair: Helen Vosper-Clarke (Babcock Devonport)</li>
<li>Treasurer: Gareth Nancarrow, chartered accountant, Nancarrow &amp; Hosking LLP, Truro</li>
<li>Directors: Priya Raghunathan (Seaglide Robotics Ltd), Olivier Le Goff (Brittany Ocean Systems SAS), Morwenna Tregenza (Cornwall Council), Dr Samuel Okonjo (University of Exeter)</li>
<li>Company Secretary: Lucy Abbott</li>
</ul>
<p>At the same meeting members thanked Captain Roger Pascoe, who chaired the cluster from 2030 to 2038 and did not stand again, and Dr Eleanor Hext, our first Chief Executive, who left in December 2037 to join the Marine Management Organisation.</p>

<h2>Advisory council</h2>
<p>The advisory council brings in views from outside the region. It meets twice a year; the next advisory council meeting is on Wednesday 9 June 2038 at the Marine Station in Plymouth. Members are Sir Anthony Crabb (former Director, National Oceanography Centre), Dr Ingrid Solheim (NCE Maritime CleanTech, Stord), Fiona Ashdown (Department for Business and Trade) and Joaquín Ferrer Vidal (Clúster Marítimo de Canarias).</p>

<h2>Join us at the next members' event</h2>
<p>The spring member breakfast takes place on Thursday 22 April 2038, 08:00–09:30, at Plymouth Science Park, with a short talk by Tamsin on the cluster's plan for 2038–2040. Ocean Tech Week 2038 will run from 27 September to 1 October 2038 across Plymouth and Falmouth. <a href="/events">See all events</a></p>
<p class="share">Share this page: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>
</main>
<footer><p>Marine Innovation South West Ltd · Company no. 09999999 · Plymouth Science Park, Davy Road, Plymouth PL6 8BX</p>
<p>hello@misw.example.org.uk · © 2038 MISW · <a href="/privacy">Privacy notice</a> · <a href="/modern-slavery">Modern slavery statement</a></p></footer>
</body></html>
"""
write(F, T)
M="Marine Innovation South West Ltd"
gold(F,
 [P("Tamsin Pengelly-Ward","Chief Executive",M),
  P("Kwame Asante-Bright","Head of Membership and Partnerships",M),
  P("Ailsa MacRae","Innovation Projects Manager",M),
  P("Jan-Willem de Bruijn","International Business Adviser",M),
  P("Rosie Trelawny","Events and Communications Officer",M),
  P("Martin O'Driscoll","Chair",M),
  P("Helen Vosper-Clarke","Vice-Chair",M),
  P("Gareth Nancarrow","Treasurer",M),
  P("Priya Raghunathan","Director",M),
  P("Olivier Le Goff","Director",M),
  P("Morwenna Tregenza","Director",M),
  P("Samuel Okonjo","Director",M),
  P("Lucy Abbott","Company Secretary",M),
  P("Roger Pascoe",None,M),
  P("Eleanor Hext","Chief Executive",M),
  P("Anthony Crabb","former Director","National Oceanography Centre"),
  P("Ingrid Solheim",None,"NCE Maritime CleanTech"),
  P("Fiona Ashdown",None,"Department for Business and Trade"),
  P("Joaquín Ferrer Vidal",None,"Clúster Marítimo de Canarias")],
 [O(M,"MISW"), O("University of Plymouth"), O("Fathom Geo Ltd"), O("UK Marine Clusters Network"),
  O("Heart of the South West Growth Hub"), O("Subsea Scotland"), O("Port of Den Helder"),
  O("Plymouth Marine Laboratory"), O("Babcock Devonport"), O("Nancarrow & Hosking LLP"),
  O("Seaglide Robotics Ltd"), O("Brittany Ocean Systems SAS"), O("Cornwall Council"), O("University of Exeter"),
  O("Marine Management Organisation"), O("National Oceanography Centre"), O("NCE Maritime CleanTech"),
  O("Department for Business and Trade"), O("Clúster Marítimo de Canarias")],
 [E("Annual General Meeting","2038-03-18",None,"Plymouth","United Kingdom"),
  E("advisory council meeting","2038-06-09",None,"Plymouth","United Kingdom"),
  E("spring member breakfast","2038-04-22",None,"Plymouth","United Kingdom"),
  E("Ocean Tech Week 2038","2038-09-27","2038-10-01","Plymouth, Falmouth","United Kingdom")],
 ["2038-06-14","2038-03-01","2031/2037","2038-03-18","2030/2038","2037-12","2038-06-09","2038-04-22","2038/2040","2038-09-27/2038-10-01"],
 [])
