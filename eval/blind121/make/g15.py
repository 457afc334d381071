from h import *
F = 'g15_kent_life_sciences_newsletter.html'
assert wd(2035,5,17)=='Thursday' and wd(2035,5,31)=='Thursday' and wd(2035,6,14)=='Thursday' and wd(2035,6,15)=='Friday' and wd(2035,7,5)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Cluster Bulletin – May 2035 | Kent Life Sciences Cluster</title></head>
<body>
<div class="cookies">We use essential cookies and, with your consent, analytics cookies. <a href="/cookies">Cookie policy</a> <button>Accept all</button> <button>Essential only</button></div>
<header><p class="logo">KLSC · Kent Life Sciences Cluster</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/events">Events</a> | <a href="/bulletin">Bulletin</a> | <a href="/join">Join</a></nav></header>
<main>
<p class="crumbs">Home » Bulletin » May 2035</p>
<h1>Cluster Bulletin – May 2035</h1>
<p class="meta">Posted on 22 May 2035 by the KLSC team · Canterbury</p>
<p class="share">Share this: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>

<h2>Breakfast series: 60 people talk manufacturing</h2>
<p>The third Life Sciences Breakfast of the season took place on Thursday 17 May 2035 at Discovery Park in Sandwich. Sixty members and guests heard Dr Oluwaseun Adeyemi-Clarke, Vice President Operations at the contract manufacturer Medway BioProcess Ltd, explain why small biotech firms should plan for manufacturing from the first day. The breakfast was sponsored by the law firm Brachers LLP.</p>
<p>Earlier breakfasts this season were held in Canterbury (on skills) and in Maidstone (on clinical trials). The series will resume in September.</p>
<p><a href="/bulletin/breakfast-may">Read more »</a></p>

<h2>Skills report published: recommendations</h2>
<p>The cluster's report <em>Skills for Kent's Life Sciences 2035–2040</em>, written with the University of Kent and Canterbury Christ Church University, was launched at the breakfast. Professor Helen Marchetti-Wood, Pro-Vice-Chancellor for Research at the University of Kent, presented the main findings. The report surveyed 72 employers across the county.</p>
<p>The report makes the following recommendations:</p>
<ol>
<li>Create a shared apprenticeship scheme for laboratory technicians, run by the cluster on behalf of small employers</li>
<li>Offer short courses in regulatory affairs at both universities from 2036</li>
<li>Set up a Kent bioprocessing training facility at Discovery Park with industry funding</li>
<li>Promote life sciences careers in schools in the east of the county, where unemployment is highest</li>
</ol>
<p><a href="/reports/skills-2035">Download the report (PDF, 2.1 MB)</a></p>

<h2>Board news</h2>
<p>At the board meeting on Thursday 31 May 2035 the cluster will welcome two new directors: Aisha Rahman-Lloyd of Kent County Council's economic development team, and Dr Tobias Grünwald, site director of the German diagnostics company Lumadia GmbH in Ashford. They replace Graham Fothergill, Chair of the board from 2029 to 2034, and Priya Nandakumar, a director since 2031. The board's current Chair is Dr Rachel O'Sullivan-Hart, chief executive of the cluster member Stour Valley Diagnostics Ltd.</p>

<h2>Events</h2>
<ul>
<li><strong>14–15 June 2035</strong> – mission to Flanders with flanders.bio: visits to the Ghent bioincubator on the first day and B2B meetings in Antwerp on the second day. Eight places for SMEs; apply by 1 June.</li>
<li><strong>Thursday 5 July 2035, 18:00</strong> – Summer Reception of the Kent Life Sciences Cluster, Canterbury Cathedral Lodge; guest speaker: Sir Alan Pemberton-Hayes, Chair of the South East Local Enterprise Partnership (SELEP)</li>
<li><strong>November 2035</strong> – Kent Life Sciences Showcase, 4th edition; venue to be confirmed</li>
</ul>

<h2>New members</h2>
<p>Welcome to Thanet Peptides Ltd (Broadstairs), the Kent and Medway Medical School and the consultancy ClinReg Partners LLP.</p>
<p>Thanet Peptides was founded in 2033 by two former researchers of the University of Kent and now employs 14 people. Its founder, Dr Marek Nowacki, told the bulletin that the company joined the cluster "to find partners for scale-up and to stop reinventing things that our neighbours already know". The company is recruiting two analytical chemists this summer.</p>
</main>
<aside><h3>Join the cluster</h3><p>Membership is free for start-ups in their first year. <a href="/join">Find out more</a></p></aside>
<footer><p>Kent Life Sciences Cluster Ltd · a not-for-profit company limited by guarantee · Registered in England No. 00000000 · Innovation Centre, University Road, Canterbury CT2 7FG</p>
<p>© 2035 KLSC · <a href="/privacy">Privacy</a> · <a href="/unsubscribe">Unsubscribe</a></p></footer>
</body></html>
"""
write(F, T)
C = "Kent Life Sciences Cluster Ltd"
gold(F,
 [P("Oluwaseun Adeyemi-Clarke","Vice President Operations","Medway BioProcess Ltd"),
  P("Helen Marchetti-Wood","Pro-Vice-Chancellor for Research","University of Kent"),
  P("Aisha Rahman-Lloyd","director",C),
  P("Tobias Grünwald","director",C),
  P("Graham Fothergill","Chair",C),
  P("Priya Nandakumar","director",C),
  P("Rachel O'Sullivan-Hart","Chair",C),
  P("Marek Nowacki","founder","Thanet Peptides Ltd"),
  P("Alan Pemberton-Hayes","Chair","South East Local Enterprise Partnership")],
 [O(C,"KLSC"), O("Medway BioProcess Ltd"), O("Brachers LLP"), O("University of Kent"),
  O("Canterbury Christ Church University"), O("Kent County Council"), O("Lumadia GmbH"), O("flanders.bio"),
  O("South East Local Enterprise Partnership","SELEP"), O("Thanet Peptides Ltd"), O("Kent and Medway Medical School"),
  O("ClinReg Partners LLP"), O("Stour Valley Diagnostics Ltd")],
 [E("Life Sciences Breakfast","2035-05-17",None,"Sandwich","United Kingdom"),
  E("Life Sciences Breakfast",None,None,"Canterbury","United Kingdom"),
  E("Life Sciences Breakfast",None,None,"Maidstone","United Kingdom"),
  E("board meeting","2035-05-31",None,None,None),
  E("mission to Flanders","2035-06-14","2035-06-15","Ghent, Antwerp","Belgium"),
  E("visits to the Ghent bioincubator","2035-06-14",None,"Ghent","Belgium"),
  E("B2B meetings","2035-06-15",None,"Antwerp","Belgium"),
  E("Summer Reception of the Kent Life Sciences Cluster","2035-07-05",None,"Canterbury","United Kingdom"),
  E("Kent Life Sciences Showcase","2035-11",None,None,None)],
 ["2035-05","2035-05-22","2035-05-17","2035-09","2035/2040","2036","2035-05-31","2029/2034","2035-06-14/2035-06-15",
  "2035-06-01","2035-07-05","2035-11","2031","2033"],
 ["Create a shared apprenticeship scheme for laboratory technicians, run by the cluster on behalf of small employers",
  "Offer short courses in regulatory affairs at both universities from 2036",
  "Set up a Kent bioprocessing training facility at Discovery Park with industry funding",
  "Promote life sciences careers in schools in the east of the county, where unemployment is highest"],
 pub="2035-05-22")
