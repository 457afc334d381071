from h import *
F = 'g01_boyne_food_cluster_agm.html'
assert wd(2036,4,24)=='Thursday' and wd(2036,5,14)=='Wednesday' and wd(2036,6,18)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>News – Boyne Valley Food Cluster</title></head>
<body>
<div class="cookie-banner">We use cookies to understand how visitors use our site. By clicking "Accept all" you agree to our use of cookies. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Manage preferences</button></div>
<header><p class="brand">Boyne Valley Food Cluster CLG</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Members</a> · <a href="/team">Our team</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/join">Become a member</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="breadcrumb">Home / News / Governance</p>
<h1>New chair and board elected at 2036 AGM in Navan</h1>
<p class="byline">By Aoife Clancy, Communications Executive · 28 April 2036 · 5 min read</p>
<p class="share">Share this: <a href="#">LinkedIn</a> | <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Copy link</a></p>

<p>Members of the Boyne Valley Food Cluster elected a new board at the annual general meeting held at the Headfort Arms Hotel in Kells on Thursday 24 April 2036. Fifty-eight of the cluster's 91 member companies were represented in the room or by proxy, the highest turnout since the cluster was incorporated as a company limited by guarantee in 2029.</p>
<p>After six years in the chair, Declan Ó Murchú of Tara Mills Ltd did not seek re-election. The meeting thanked him with a standing ovation and elected him honorary life member. In his farewell address he recalled that the cluster had started "with twelve producers around a kitchen table in Slane" and now counts dairy processors, craft brewers, bakeries, two third-level institutes and Meath County Council among its members.</p>

<h2>The board for 2036–2039</h2>
<p>The following officers were elected for a three-year term:</p>
<ul>
<li>Chair: Gráinne NIC AMHLAOIBH, Managing Director, Loughcrew Dairy Ltd</li>
<li>Vice-Chair: Piotr Wasilewski (Navan Artisan Bakery)</li>
<li>Treasurer: Orla Brennan-Fitzsimons, Fitzsimons Farm Foods</li>
<li>Company Secretary: Conor de Búrca, Solicitor, de Búrca &amp; Kavanagh LLP</li>
</ul>
<p>Ordinary board members are Siobhán Tierney (Meath Enterprise), Dr Rory McEntee (Dundalk Institute of Technology), Hannah Byrne of Boyne Brewhouse Co. and Liam Gaffney of Teagasc, who sits on the board as a nominee of the research members. Meath Local Enterprise Office keeps its observer seat.</p>

<h2>Cluster manager appointed</h2>
<p>The board also confirmed the appointment of Niamh Kearney as Cluster Manager from 1 June 2036. She joins from Bord Bia, where she has worked since 2030, most recently as market development manager for the Nordic countries based in Stockholm. She replaces interim manager Eoin Walsh, who returns to his post as innovation adviser at Enterprise Ireland.</p>
<p>"We have grown quickly, and members now want fewer meetings and more shared services – testing, export missions, a common packaging line," said the new chair, Ms Nic Amhlaoibh. "Niamh knows the export markets and the people at the agencies. That combination is exactly what we need."</p>

<h2>What members asked for</h2>
<p>During the open session members discussed the results of the 2035 membership survey. The points raised most often were:</p>
<ul>
<li>a shared laboratory slot for shelf-life testing, booked through the cluster</li>
<li>a joint stand at SIAL Paris in October 2036</li>
<li>more meetings outside Navan, for members in the north of the county</li>
</ul>
<p>The treasurer reported a surplus of €18,400 for 2035 and a membership fee that stays unchanged for 2036. The accounts were approved unanimously.</p>

<h2>Coming up</h2>
<p>The first meeting of the new board takes place on Wednesday 14 May 2036 in the Solstice Arts Centre, Navan. The cluster's summer networking barbecue is planned for Wednesday 18 June 2036 at Loughcrew, from 17:30; members can register via the events page.</p>

<p class="tags">Tags: governance, AGM, board, team</p>
<p class="share">Share this: <a href="#">LinkedIn</a> | <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Copy link</a></p>
<aside><h3>Related news</h3>
<p><a href="/news/survey-2035">Membership survey 2035: the results</a> · <a href="/news/sial-2036">Expressions of interest for SIAL 2036</a></p></aside>
</main>
<footer><p>Boyne Valley Food Cluster CLG · Unit 4, Navan Enterprise Centre, Trim Road, Navan, Co. Meath · info@bvfc.example.ie</p>
<p>Supported by Enterprise Ireland's Regional Technology Clustering Fund. © 2036 Boyne Valley Food Cluster · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body></html>
"""
write(F, T)
B_="Boyne Valley Food Cluster CLG"
gold(F,
 [P("Aoife Clancy","Communications Executive",B_),
  P("Declan Ó Murchú","honorary life member",B_),
  P("Gráinne NIC AMHLAOIBH","Chair",B_),
  P("Piotr Wasilewski","Vice-Chair",B_),
  P("Orla Brennan-Fitzsimons","Treasurer",B_),
  P("Conor de Búrca","Company Secretary",B_),
  P("Siobhán Tierney","Ordinary board member",B_),
  P("Rory McEntee","Ordinary board member",B_),
  P("Hannah Byrne","Ordinary board member",B_),
  P("Liam Gaffney","Ordinary board member",B_),
  P("Niamh Kearney","Cluster Manager",B_),
  P("Eoin Walsh","innovation adviser","Enterprise Ireland")],
 [O("Boyne Valley Food Cluster CLG"), O("Tara Mills Ltd"), O("Meath County Council"), O("Loughcrew Dairy Ltd"),
  O("Navan Artisan Bakery"), O("Fitzsimons Farm Foods"), O("de Búrca & Kavanagh LLP"), O("Meath Enterprise"),
  O("Dundalk Institute of Technology"), O("Boyne Brewhouse Co."), O("Teagasc"), O("Meath Local Enterprise Office"),
  O("Bord Bia"), O("Enterprise Ireland")],
 [E("annual general meeting","2036-04-24",None,"Kells","Ireland"),
  E("SIAL Paris","2036-10",None,"Paris","France"),
  E("first meeting of the new board","2036-05-14",None,"Navan","Ireland"),
  E("summer networking barbecue","2036-06-18",None,"Loughcrew","Ireland")],
 ["2036-04-28","2036-04-24","2029","2036/2039","2036-06-01","2030","2035","2036-10","2036","2036-05-14","2036-06-18"],
 [], pub="2036-04-28")
