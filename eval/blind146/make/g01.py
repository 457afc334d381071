from h import *
F = 'g01_norfolk_agrifood_member_digest.html'
assert wd(2038,4,22)=='Thursday' and wd(2038,5,6)=='Thursday' and wd(2038,5,18)=='Tuesday' and wd(2038,6,17)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Member news digest – May 2038 | Norfolk Agri-Food Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to understand how our website is used. <a href="/cookies">Cookie settings</a> <button>Accept all</button></div>
<header><p class="brand">Norfolk Agri-Food Cluster</p>
<nav><a href="/">Home</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/join">Join the cluster</a> · <a href="/login">Member login</a></nav></header>
<main>
<p class="crumbs">Home / News / Member news digest</p>
<h1>Member news digest – May 2038</h1>
<p class="meta">Published 24 May 2038 · by Tomasz Wiśniewski · 6 min read</p>
<p>Welcome to the May digest. Spring has been busy: three new members, an award for one of our founding companies, a round table on water that filled the room, and a Dutch delegation that stayed longer than planned. As always, send your news to the cluster office by the 15th of each month.</p>

<h2>Welcome to our new members</h2>
<p>The Steering Board approved three applications at the Steering Board meeting on 22 April 2038:</p>
<ul>
<li><strong>Breckland Grain Ltd</strong>, Thetford – grain drying and storage, 38 staff</li>
<li><strong>Wensum Valley Growers</strong>, a cooperative of 14 vegetable farms near Fakenham</li>
<li><strong>Fenland Robotics Ltd</strong>, King's Lynn – harvesting robots for soft fruit</li>
</ul>
<p>The cluster now counts 127 members, of which 96 are small and medium-sized companies.</p>

<h2>Crane &amp; Osei Foods takes gold in Bury St Edmunds</h2>
<p>Founding member Crane &amp; Osei Foods won the "Innovation in Processing" category at the East of England Food and Drink Awards, held on Thursday 22 April 2038 in Bury St Edmunds. The jury praised the company's fermented pea protein, developed with the Quadram Institute in Norwich. "We were six people in a shed four years ago," said Dr Abena Osei-Crane, the company's Managing Director. "The cluster introduced us to the scientists who made the product possible."</p>
<p><a href="/news/crane-osei-award">Read more</a></p>

<h2>Round table: who gets the water?</h2>
<p>Forty-two growers, processors and advisers met in Swaffham on Thursday 6 May 2038 for a round table on irrigation and water abstraction, organised with the Norfolk Water Resources Partnership. The discussion was chaired by Hugh FitzGerald-Lane, chair of the cluster's Steering Board, with contributions from Kirsty McAllister (Anglian Water Services Ltd) and Dr Joost van der Heijden, senior researcher at Wageningen University &amp; Research.</p>
<p>Key takeaways from the round table:</p>
<ul>
<li>Shared on-farm reservoirs are cheaper per cubic metre than single-farm storage, but need a legal model that growers trust</li>
<li>Processors should report their water use per tonne of product, so that the cluster can build a common baseline</li>
<li>The cluster will ask the Environment Agency for a pilot licence covering a whole catchment instead of single farms</li>
</ul>
<p>The slides are available in the members' area. <a href="/members/library">Members' library</a></p>

<h2>Dutch delegation visits Norfolk</h2>
<p>A delegation of eleven companies from Foodvalley NL visited the county on 18–19 May 2038. The group was led by Marieke ter Borg, programme manager internationalisation at Foodvalley NL. On Tuesday 18 May the visitors toured the Fenland Robotics test field near King's Lynn; the following day they joined a matchmaking session at the Norwich Research Park with 19 cluster members. Two pairs of companies have agreed to prepare a joint bid.</p>

<h2>Dates for your diary</h2>
<ul>
<li><strong>Cluster Breakfast #14</strong> – "Selling to the big four retailers", Thursday 17 June 2038, 07:30–09:30, Dereham. Speaker: Rajesh Pillai, category buyer.</li>
<li><strong>Norfolk Food Innovation Day 2038</strong> – 14 October 2038, Norwich (programme to follow)</li>
<li>Deadline for the cluster's innovation vouchers: 30 June 2038</li>
</ul>
<p>Past breakfasts: #12 (February, Wymondham), #13 (April, Thetford). Recordings are in the members' library.</p>

<h2>From the team</h2>
<p>Our project officer Chloé Dubois-Martin leaves us at the end of June to join the New Anglia Growth Hub. We thank her for three years of work on the voucher scheme. Her tasks pass to Olusegun Adeyemi, Project Officer from 1 July 2038.</p>

<p class="share">Share this page: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">E-mail</a></p>
<p><a href="/news?page=2">&laquo; April digest</a></p>
</main>
<footer><p>Norfolk Agri-Food Cluster CIC · Registered in England No. 00000000 · Centrum, Norwich Research Park, Norwich NR4 7UG</p>
<p>Supported by Norfolk County Council. © 2038 · <a href="/privacy">Privacy notice</a> · <a href="/unsubscribe">Unsubscribe</a></p></footer>
</body></html>
"""
write(F, T)
N="Norfolk Agri-Food Cluster"
gold(F,
 [P("Tomasz Wiśniewski",None,None),
  P("Abena Osei-Crane","Managing Director","Crane & Osei Foods"),
  P("Hugh FitzGerald-Lane","chair",N),
  P("Kirsty McAllister",None,"Anglian Water Services Ltd"),
  P("Joost van der Heijden","senior researcher","Wageningen University & Research"),
  P("Marieke ter Borg","programme manager internationalisation","Foodvalley NL"),
  P("Rajesh Pillai","category buyer",None),
  P("Chloé Dubois-Martin","project officer",N),
  P("Olusegun Adeyemi","Project Officer",N)],
 [O(N+" CIC"), O("Breckland Grain Ltd"), O("Wensum Valley Growers"), O("Fenland Robotics Ltd"), O("Crane & Osei Foods"),
  O("Quadram Institute"), O("Norfolk Water Resources Partnership"), O("Anglian Water Services Ltd"),
  O("Wageningen University & Research"), O("Environment Agency"), O("Foodvalley NL"), O("New Anglia Growth Hub"),
  O("Norfolk County Council")],
 [E("East of England Food and Drink Awards","2038-04-22",None,"Bury St Edmunds","United Kingdom"),
  E("round table on irrigation and water abstraction","2038-05-06",None,"Swaffham","United Kingdom"),
  E("Dutch delegation visits Norfolk","2038-05-18","2038-05-19",None,"United Kingdom"),
  E("toured the Fenland Robotics test field","2038-05-18",None,"King's Lynn","United Kingdom"),
  E("matchmaking session","2038-05-19",None,"Norwich","United Kingdom"),
  E("Cluster Breakfast #14","2038-06-17",None,"Dereham","United Kingdom"),
  E("Norfolk Food Innovation Day 2038","2038-10-14",None,"Norwich","United Kingdom"),
  E("Cluster Breakfast #12","2038-02",None,"Wymondham","United Kingdom"),
  E("Cluster Breakfast #13","2038-04",None,"Thetford","United Kingdom"),
  E("Steering Board meeting","2038-04-22",None,None,None)],
 ["2038-05","2038-05-24","2038-04-22","2038-05-06","2038-05-18/2038-05-19","2038-05-18","2038-06-17","2038-10-14","2038-06-30","2038-06","2038-07-01","2038-02","2038-04"],
 ["Shared on-farm reservoirs are cheaper per cubic metre than single-farm storage, but need a legal model that growers trust",
  "Processors should report their water use per tonne of product, so that the cluster can build a common baseline",
  "The cluster will ask the Environment Agency for a pilot licence covering a whole catchment instead of single farms"],
 pub="2038-05-24")
