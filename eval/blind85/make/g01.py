from h import *
F = 'g01_cork_marine_cluster_news.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,23)=='Thursday' and wd(2037,3,17)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>Blue Economy Breakfast hears call for shared test berths | Cork Harbour Marine Cluster</title></head>
<body>
<div class="cookies">This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. <a href="/privacy">Find out more</a> <button>OK</button></div>
<header><a class="logo" href="/">Cork Harbour Marine Cluster</a>
<nav><a href="/">Home</a> | <a href="/about-us">About Us</a> | <a href="/members">Our Members</a> | <a href="/news" class="current">News</a> | <a href="/events">Events</a> | <a href="/join">Join the Cluster</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">You are here: Home / News / Cluster News</p>
<article>
<h1>Blue Economy Breakfast hears call for shared test berths in the lower harbour</h1>
<p class="byline">Posted on 17 March 2037 by Siobhán Ní Riordáin in <a href="/news/cluster-news">Cluster News</a>, <a href="/news/events">Events</a> | <a href="#comments">0 Comments</a></p>
<figure><img src="/img/breakfast-2037.jpg" alt="Panel at the breakfast"><figcaption>Panel discussion at the Maritime Centre, Ringaskiddy (Photo: Darragh Ó Laoire)</figcaption></figure>
<p>Over ninety members and guests packed into the Maritime Centre in Ringaskiddy on Thursday, 12 March, for the spring edition of the Cork Harbour Marine Cluster's Blue Economy Breakfast. The theme this time round was a practical one: where can a small Irish company put a prototype wave sensor, an autonomous survey boat or a new mooring line into real water without waiting eighteen months for a slot?</p>
<p>The morning was opened by the cluster's chairperson, <strong>Fionnuala Desmond</strong>, who reminded the room that the cluster had grown from 14 founding members in 2031 to 63 today. "We are not short of ideas in this harbour," she said. "We are short of places to test them, and that is something we can fix together."</p>
<p><strong>Keynote: Dr Cathal Ó Súilleabháin, Director of Research, MaREI Centre, University College Cork</strong><br>
Dr Ó Súilleabháin set out the results of a survey of 41 member companies carried out over the winter. Almost two-thirds said access to sheltered test water was their single biggest bottleneck, ahead of finance and skills. He proposed a network of three shared test berths in the lower harbour, managed on a booking basis, and said that the MaREI Centre would be willing to provide monitoring data for every test carried out.</p>
<p><strong>Panel: "From tank to harbour to open sea"</strong><br>
The panel was chaired by <strong>Gearóid Lynch</strong>, Business Development Manager at the cluster, and brought together:</p>
<ul>
<li><strong>Aoife Cronin-Walsh</strong>, Harbour Master, Port of Cork Company</li>
<li><strong>Tomás Brennan</strong>, CEO, Lee Subsea Robotics Ltd</li>
<li><strong>Ingrid Haugland</strong>, Test Site Manager, Marin Testsenter Stord (Norway)</li>
<li><strong>Patrick Keohane</strong>, Senior Development Executive, Enterprise Ireland</li>
</ul>
<p>Ms Cronin-Walsh welcomed the idea in principle but warned that any berth would have to fit around ferry and cargo movements at Ringaskiddy and Cobh. Ms Haugland described how the Norwegian test centre charges by the week and shares its environmental permits with users, which cut the paperwork for start-ups "from months to days". Mr Brennan, whose company has tested its hull-cleaning robot in Scotland because no Irish berth was available, said he would "happily book the first week".</p>
<p>Closing the session, <strong>Councillor Máire Uí Mhurchú</strong>, Deputy Mayor of the County of Cork, said Cork County Council would look at the berths as part of its review of the harbour area plan later this year.</p>
<h2>What happens next</h2>
<p>The cluster will set up a working group on test berths, led by Gearóid Lynch, with a first meeting planned for April. Members who wish to join should contact the cluster office. A short report on the survey will be circulated to members before the summer.</p>
<p>The next Blue Economy Breakfast takes place on <strong>Thursday 23 April 2037</strong> at Nimbus Centre, Munster Technological University, Bishopstown, with the theme "Skills for offshore wind". Places are free for members; non-members pay €25. <a href="/events/breakfast-april">Book your place ›</a></p>
<p>The Blue Economy Breakfast series is supported by Cork Chamber and the Southern Regional Assembly.</p>
<p class="share">Share this: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Facebook</a> | <a href="#">Email</a></p>
</article>
<section class="related"><h3>Related posts</h3>
<ul>
<li><a href="/news/new-members-feb">Six new members join in February</a> – 27 February 2037</li>
<li><a href="/news/offshore-wind-skills">Offshore wind skills audit launched with ETBI</a> – 9 February 2037</li>
<li><a href="/news/breakfast-winter">Winter Breakfast: ports and data</a> – 4 December 2036</li>
</ul></section>
<section id="comments"><h3>Leave a Reply</h3><p>You must be <a href="/login">logged in</a> to post a comment.</p></section>
</main>
<footer>
<p>Cork Harbour Marine Cluster CLG · Unit 4, Haulbowline Enterprise Park, Cobh, Co. Cork, P24 XY00 · +353 21 000 0000 · info@corkmarinecluster.example.ie</p>
<p>Registered in Ireland No. 000000 · <a href="/privacy">Privacy Policy</a> · <a href="/cookies">Cookie Policy</a> · © 2037 All rights reserved</p>
</footer>
</body></html>
"""
write(F, T)
C = "Cork Harbour Marine Cluster"
gold(F,
 [P("Siobhán Ní Riordáin"), P("Darragh Ó Laoire"),
  P("Fionnuala Desmond","chairperson",C),
  P("Cathal Ó Súilleabháin","Director of Research","MaREI Centre"),
  P("Gearóid Lynch","Business Development Manager",C),
  P("Aoife Cronin-Walsh","Harbour Master","Port of Cork Company"),
  P("Tomás Brennan","CEO","Lee Subsea Robotics Ltd"),
  P("Ingrid Haugland","Test Site Manager","Marin Testsenter Stord"),
  P("Patrick Keohane","Senior Development Executive","Enterprise Ireland"),
  P("Máire Uí Mhurchú","Deputy Mayor of the County of Cork",None)],
 [O(C), O("MaREI Centre"), O("University College Cork"),
  O("Port of Cork Company"), O("Lee Subsea Robotics Ltd"), O("Marin Testsenter Stord"), O("Enterprise Ireland"),
  O("Cork County Council"), O("Nimbus Centre"), O("Munster Technological University"), O("Cork Chamber"),
  O("Southern Regional Assembly"), O("ETBI")],
 [E("Blue Economy Breakfast (spring edition)","2037-03-12",None,"Ringaskiddy","Ireland"),
  E("Blue Economy Breakfast","2037-04-23",None,"Bishopstown","Ireland"),
  E("first meeting of the working group on test berths","2037-04",None,None,None),
  # third pass: a named event in a related-post title counts (SCHEMA: every named event; its date is the post's)
  E("Winter Breakfast: ports and data",None,None,None,None)],
 ["2037-03-17","2037-03-12","2031","2037-04","2037-04-23","2037-02-27","2037-02-09","2036-12-04"],
 [], "2037-03-17")
