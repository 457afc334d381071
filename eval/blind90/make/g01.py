from h import *
F = 'g01_shannon_food_cluster_news.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,22)=='Wednesday' and wd(2037,2,26)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Latest news | Shannon Food &amp; Drink Cluster</title></head>
<body>
<div class="cookies">This site uses cookies to improve your experience. <a href="/privacy">Read more</a> <button>Accept</button> <button>Decline</button></div>
<header><div class="brand">SFDC · Shannon Food &amp; Drink Cluster · Limerick · Clare · Tipperary</div>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/join">Join</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home / News / March 2037</p>
<h1>Latest news</h1>

<article>
<p class="meta">Posted 16 March 2037 by Aoife Brennan · Member news</p>
<h2>Welcome to our newest member: Burren Ferments Ltd</h2>
<p>We are delighted to welcome Burren Ferments Ltd, a kombucha and kefir producer based in Ennistymon, as the 74th member of the cluster. Founded in 2033 by siblings Cathal Ó Loingsigh and Niamh Ó Loingsigh, the company now employs eleven people and exports to three markets. "Joining the cluster gives us access to shared lab testing and to buyers we could never reach alone," said co-founder Niamh Ó Loingsigh. The company will take part in the spring export readiness programme.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p>
</article>

<article>
<p class="meta">Posted 13 March 2037 by Aoife Brennan · Projects</p>
<h2>PACK-LOOP project launched at Thomond Park</h2>
<p>The PACK-LOOP project, which will test reusable and compostable packaging with twelve member companies, was launched on Thursday, 12 March 2037 at the Thomond Park conference suite in Limerick. The two-year project is funded by Enterprise Ireland with a contribution from the Southern Regional Assembly and is delivered with the University of Limerick (UL) and Technological University of the Shannon (TUS).</p>
<p>Opening the launch, Declan Mulcahy, cluster manager of the Shannon Food &amp; Drink Cluster, said packaging was now the single largest sustainability cost named by members in the annual survey. Dr Orla Fitzgerald, senior lecturer in materials engineering at the University of Limerick, presented the test rig that will measure shelf life for chilled products. Pilot trials start with three dairies and a bakery in May 2037.</p>
<p><em>Photo: Partners at the launch of PACK-LOOP. Credit: Shane Kiely Photography</em></p>
</article>

<article>
<p class="meta">Posted 2 March 2037 by Declan Mulcahy · Funding</p>
<h2>Cluster wins €480,000 in the Regional Enterprise Development Fund</h2>
<p>We are pleased to announce that the cluster, together with Limerick and Clare Education and Training Board (LCETB), has been awarded €480,000 under the Regional Enterprise Development Fund to build a shared food innovation kitchen in Shannon. The award was announced on Thursday, 26 February 2037 by Minister of State Gráinne Kavanagh at an event in Dublin. The kitchen, at the Shannon Free Zone, will open in the first quarter of 2038 and offer pilot-scale equipment, a sensory panel room and training for up to 200 learners a year.</p>
<p>Board chair Patrick Hogan thanked the members who co-funded the bid and the team at Shannon Group plc, which is providing the building on a ten-year lease.</p>
</article>

<article>
<p class="meta">Posted 24 February 2037 by Aoife Brennan · Events</p>
<h2>Save the date: Mid-West Food Forum 2037</h2>
<p>The Mid-West Food Forum returns on Wednesday, 22 April 2037 at the Radisson Blu Hotel in Limerick. This year's theme is "Selling to the retailer of 2040". Confirmed speakers include Marta Sokołowska, category buyer at Lidl Ireland, and Ciarán Duggan, Head of Food at Bord Bia. The forum ends with B2B meetings between members and buyers from 14:00 to 17:00. Registration will open on 10 March.</p>
<p><strong>Programme (draft)</strong><br>
09:00 Registration and coffee<br>
09:30 Welcome – Patrick Hogan, Chair<br>
09:45 Keynote: The retailer of 2040 – Marta Sokołowska<br>
10:45 Panel: Private label or own brand?<br>
12:30 Lunch<br>
14:00 B2B meetings with buyers<br>
17:00 Close</p>
</article>

<article>
<p class="meta">Posted 17 February 2037 by Aoife Brennan · International</p>
<h2>Six members to exhibit on the Irish pavilion at Gulfood</h2>
<p>Six cluster members will exhibit on the Irish pavilion at Gulfood in Dubai from 23 to 27 February 2037, supported by Bord Bia. Among them are Burren Ferments Ltd, Golden Vale Cheesemakers and the Limerick craft bakery Crust &amp; Crumb Ltd. Cluster export adviser Tadhg Moloney will accompany the group and run a briefing on Gulf labelling rules before departure. Members who could not travel can send samples and product sheets through the cluster's shared table. A short report on the contacts made will follow in the March newsletter, and members interested in the 2038 edition are asked to contact Tadhg before the end of June.</p>
</article>

<article>
<p class="meta">Posted 9 February 2037 by Aoife Brennan · Member spotlight</p>
<h2>Member spotlight: Golden Vale Cheesemakers</h2>
<p>This month we visited Golden Vale Cheesemakers in Cahir, where head cheesemaker Eimear Treacy showed us the new cave-ageing room. The company joined the cluster in 2031 and took part in the first Meet the Buyer day. Its aged Tipperary cheddar won gold at the World Cheese Awards in November 2036.</p>
</article>

<aside>
<h3>Upcoming events</h3>
<ul>
<li>25 March 2037 – Export readiness clinic, online</li>
<li>22 April 2037 – Mid-West Food Forum, Limerick</li>
<li>14 May 2037 – Members' AGM, Ennis</li>
</ul>
<h3>Newsletter</h3>
<p>Get our monthly news by e-mail. <a href="/subscribe">Subscribe</a></p>
</aside>
<nav class="pages"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> … <a href="?p=11">11</a> <a href="?p=2">Next »</a></nav>
</main>
<footer>
<p>Shannon Food &amp; Drink Cluster CLG · Unit 4, Raheen Business Park, Limerick V94 XXXX · Company no. 000000</p>
<p>Supported by Enterprise Ireland under the Regional Technology Clustering Fund. © 2037 SFDC · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p>
</footer>
</body></html>
"""
write(F, T)
C = "Shannon Food & Drink Cluster"
gold(F,
 [P("Aoife Brennan"), P("Cathal Ó Loingsigh","co-founder","Burren Ferments Ltd"), P("Niamh Ó Loingsigh","co-founder","Burren Ferments Ltd"),
  P("Declan Mulcahy","cluster manager",C), P("Orla Fitzgerald","senior lecturer in materials engineering","University of Limerick"),
  P("Shane Kiely"), P("Gráinne Kavanagh","Minister of State",None), P("Patrick Hogan","Board chair",C),
  P("Marta Sokołowska","category buyer","Lidl Ireland"), P("Ciarán Duggan","Head of Food","Bord Bia"),
  P("Tadhg Moloney","export adviser",C), P("Eimear Treacy","head cheesemaker","Golden Vale Cheesemakers")],
 [O(C,"SFDC"), O("Burren Ferments Ltd"), O("Enterprise Ireland"), O("Southern Regional Assembly"),
  O("University of Limerick","UL"), O("Technological University of the Shannon","TUS"),
  O("Limerick and Clare Education and Training Board","LCETB"), O("Shannon Group plc"), O("Lidl Ireland"), O("Bord Bia"),
  O("Golden Vale Cheesemakers"), O("Crust & Crumb Ltd")],
 [E("PACK-LOOP project launch","2037-03-12",None,"Limerick","Ireland"),
  E("Regional Enterprise Development Fund award announcement","2037-02-26",None,"Dublin","Ireland"),
  E("Mid-West Food Forum 2037","2037-04-22",None,"Limerick","Ireland"),
  E("B2B meetings","2037-04-22",None,"Limerick","Ireland"),
  E("Meet the Buyer day"), E("Gulfood","2037-02-23","2037-02-27","Dubai","United Arab Emirates"), E("World Cheese Awards","2036-11",None,None,None),
  E("Export readiness clinic","2037-03-25"), E("Members' AGM","2037-05-14",None,"Ennis","Ireland"),
  E("spring export readiness programme")][:-1],
 ["2037-03-16","2037-03-13","2037-03-12","2037-03-02","2037-02-26","2037-02-24","2037-04-22","2037-03-10","2037-02-09",
  "2033","2037-05","2038","2037-03","2031","2036-11","2037-03-25","2037-05-14","2037-02-17","2037-02-23/2037-02-27","2037-06"],
 [], None)
