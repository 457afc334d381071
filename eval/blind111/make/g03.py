from h import *
F = 'g03_kerry_panel_debate.html'
assert wd(2038,4,22)=='Thursday' and wd(2038,5,13)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Panel debate: can small regions lead on clusters? – Kerry Innovation Network</title></head>
<body>
<div id="cookie">This site uses cookies for analytics. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header><a href="/" class="logo">Kerry Innovation Network</a>
<nav><a href="/about">About us</a> | <a href="/clusters">Our clusters</a> | <a href="/events">Events</a> | <a href="/blog">Blog</a> | <a href="/join">Join</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/blog">Blog</a> / Panel debate write-up</p>
<article>
<h1>"Small regions, big ambitions": what the Tralee panel told us about cluster policy</h1>
<p class="byline">By Siobhán Ní Bhriain, Communications Officer · 29 April 2038 · Events, Policy</p>
<figure><img src="/img/panel-tralee.jpg" alt="Panel on stage"><figcaption>From left: Declan Fitzmaurice, Aoife Kavanagh, Rūta Petrauskienė, Jens Holmgaard and Brian O'Sullivan at the Kerry Innovation Forum. Photo: Pádraig Moynihan</figcaption></figure>

<p>The closing panel of this year's Kerry Innovation Forum, held on Thursday 22 April 2038 at the Munster Technological University (MTU) campus in Tralee, asked a question that many of our members put to us: can a small, rural region really build clusters that matter at European level? Around 180 people stayed in the hall for the full ninety minutes, which says something about the topic.</p>

<p>The debate was moderated by Brian O'Sullivan, business editor of <em>The Kerryman</em>. On the panel were Declan Fitzmaurice, Assistant Secretary at the Department of Enterprise, Trade and Employment (DETE); Aoife Kavanagh, Head of Regional Development at Enterprise Ireland; Rūta Petrauskienė, cluster manager of the Lithuanian Laser and Light Science Association (LITEK); and Jens Holmgaard, CEO of Food &amp; Bio Cluster Denmark.</p>

<h2>Scale is not everything</h2>
<p>Rūta Petrauskienė opened with a number: "Lithuania has fewer people than Munster, and our laser companies sell to eighty countries. What made the difference was not size, it was a shared story and patient public money." She explained that the association had spent its first six years mostly building trust between firms that used to compete for the same engineers.</p>

<p>Declan Fitzmaurice agreed that continuity matters. "The regional enterprise plans to 2040 give clusters a place at the table, but we need to move from project funding to multi-annual agreements," he said. He confirmed that the Department is preparing a national cluster programme call for the autumn.</p>

<h2>Finding partners abroad</h2>
<p>Jens Holmgaard argued that rural clusters gain most from European partnerships. His cluster coordinates a Euroclusters consortium with partners in eight countries. "A dairy SME in Kerry does not need another local event. It needs a customer in Bavaria and a test bed in Wageningen. Clusters can make those introductions quickly," he said. He invited Kerry companies to the Food &amp; Bio Cluster's Nordic Food Innovation Days in Aarhus on 13 May 2038.</p>

<p>Aoife Kavanagh described how Enterprise Ireland has supported the Kerry agri-tech and the Shannon aerospace clusters through the Regional Technology Clustering Fund since 2035. She warned that too many small networks compete for the same members: "Sometimes the brave thing is to merge."</p>

<h2>Questions from the floor</h2>
<p>Questions came from Máire Culloty of Kerry County Council, who asked about the role of local authorities, and from Tom Hennessy, founder of the drone company SkyRoute Tralee, who asked how small firms can afford the time to take part. The panel's answer to both was similar: clusters should offer one clear service that saves time, and councils should co-fund the cluster manager's post.</p>

<h2>Our five takeaways</h2>
<ol>
<li>Size is not the limit: focus, trust and a shared story matter more than the number of members</li>
<li>Cluster funding should move from one-off projects to multi-annual agreements</li>
<li>European partnerships bring rural SMEs the customers and test beds they cannot find at home</li>
<li>Small networks that serve the same members should consider merging</li>
<li>Local authorities should co-fund cluster management alongside national agencies</li>
</ol>

<p>The forum was organised by the Kerry Innovation Network with the support of Kerry County Council and the Local Enterprise Office Kerry. Thanks to all our speakers, to MTU for hosting and to our sponsor Fexco.</p>

<p>Slides and the video recording are available to members in the <a href="/members">members' area</a>. The next forum will take place in spring 2039.</p>
<p class="share">Share this post: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
</article>
<aside><h3>Upcoming events</h3>
<ul><li>14 May 2038 – Members' breakfast, Killarney</li><li>9 June 2038 – Webinar: Horizon Europe for SMEs</li></ul></aside>
</main>
<footer>Kerry Innovation Network CLG · Tom Crean Business Centre, Tralee, Co. Kerry · info@kerryinnovation.example · © 2038</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Siobhán Ní Bhriain","Communications Officer","Kerry Innovation Network"),
  P("Declan Fitzmaurice","Assistant Secretary","Department of Enterprise, Trade and Employment"),
  P("Aoife Kavanagh","Head of Regional Development","Enterprise Ireland"),
  P("Rūta Petrauskienė","cluster manager","Lithuanian Laser and Light Science Association"),
  P("Jens Holmgaard","CEO","Food & Bio Cluster Denmark"),
  P("Brian O'Sullivan","business editor","The Kerryman"), P("Pádraig Moynihan"),
  P("Máire Culloty",None,"Kerry County Council"), P("Tom Hennessy","founder","SkyRoute Tralee")],
 [O("Munster Technological University","MTU"), O("The Kerryman"),
  O("Department of Enterprise, Trade and Employment","DETE"), O("Enterprise Ireland"),
  O("Lithuanian Laser and Light Science Association","LITEK"), O("Food & Bio Cluster Denmark"),
  O("Kerry County Council"), O("SkyRoute Tralee"), O("Local Enterprise Office Kerry"), O("Fexco"),
  O("Kerry Innovation Network CLG")],
 [E("Kerry Innovation Forum","2038-04-22",None,"Tralee","Ireland"),
  E("Nordic Food Innovation Days","2038-05-13",None,"Aarhus","Denmark"),
  E("Members' breakfast","2038-05-14",None,"Killarney","Ireland"),
  E("Webinar: Horizon Europe for SMEs","2038-06-09",None,None,None),
  E("next forum","2039","2039",None,None)],
 ["2038-04-29","2038-04-22","2040","2038-05-13","2035","2039","2038-05-14","2038-06-09"],
 ["Size is not the limit: focus, trust and a shared story matter more than the number of members",
  "Cluster funding should move from one-off projects to multi-annual agreements",
  "European partnerships bring rural SMEs the customers and test beds they cannot find at home",
  "Small networks that serve the same members should consider merging",
  "Local authorities should co-fund cluster management alongside national agencies"],
 pub="2038-04-29")
