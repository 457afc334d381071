from h import *
F = 'g16_marches_cyber_event_reports.html'
assert wd(2035,9,27)=='Thursday' and wd(2035,10,16)=='Tuesday' and wd(2035,11,8)=='Thursday' and wd(2035,11,14)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Event reports | Marches Cyber &amp; Digital Cluster</title></head>
<body>
<div class="cookie">We use essential cookies only. <a href="/cookies">Read our cookie policy</a> <button>Close</button></div>
<header><p class="site">Marches Cyber &amp; Digital Cluster</p>
<p class="tag">Herefordshire · Shropshire · Gloucestershire</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/events">Events</a> | <a href="/reports" class="on">Event reports</a> | <a href="/skills">Skills</a> | <a href="/contact">Contact</a></nav></header>
<main>
<h1>Event reports – autumn 2035</h1>
<p class="intro">Short write-ups of our recent events, prepared by the cluster team. Slides are available to members on request.</p>

<section>
<h2>Cyber resilience breakfast, Hereford</h2>
<p class="meta">27 September 2035 · 52 attendees · Report by Tamsin Ellery-Jones</p>
<p>Our third cyber resilience breakfast took place at the Hereford Enterprise Zone's Shell Store on Thursday 27 September. Detective Inspector Gareth Pryce-Morgan of the West Mercia Police Cyber Crime Unit walked through three ransomware cases involving small manufacturers in the Marches, and Ngozi Adebayo-Hart, Chief Information Security Officer at Westfield Precision Castings Ltd, described how her company recovered within 48 hours after an attack in 2034.</p>
<p><a href="/reports/breakfast-3">Read more</a></p>
</section>

<section>
<h2>Board meeting and members' forum, Shrewsbury</h2>
<p class="meta">16 October 2035 · Report by the Secretariat</p>
<p>The cluster board met on Tuesday 16 October at the Shrewsbury offices of the Marches Growth Hub, chaired by Professor Adrian Lockwood-Vance (University of Gloucestershire), the cluster chair. The board approved the 2036 events plan and welcomed Dr Sunita Chaudhry, Managing Director of Severnside Data Labs Ltd, as a new director. After the board meeting, 38 members joined an open members' forum on the cluster's skills programme.</p>
<p><a href="/reports/board-october">Read more</a></p>
</section>

<section>
<h2>Marches Digital Skills Summit, Telford</h2>
<p class="meta">8 November 2035 · 214 attendees · Report by Tamsin Ellery-Jones</p>
<p>The first Marches Digital Skills Summit brought employers, colleges and students to Telford for a day of talks and a careers fair. The summit was organised with Shropshire Council, Telford College and the Cheltenham-based National Cyber Skills Foundation. Opening the day, Councillor Lydia Haughton-Reeves, Portfolio Holder for Growth at Shropshire Council, said the region would need 1,900 additional digital workers by 2040.</p>
<p>Speakers included Rhys ap Dafydd, head of early careers at GCHQ's regional outreach team, and Marta Kowalczyk-Bennett, founder of the Ludlow start-up Borderlands Analytics.</p>
<h3>Key takeaways</h3>
<ul>
<li>Employers in the Marches cannot rely on hiring experienced staff from Birmingham or Bristol; they must train their own</li>
<li>Apprenticeships work best when two or three small firms share one apprentice programme</li>
<li>Schools need cyber role models from local companies, not only from national agencies</li>
<li>The cluster should publish a single regional map of digital courses by the summer of 2036</li>
</ul>
<p><a href="/reports/skills-summit">Read more</a></p>
</section>

<section>
<h2>Cluster study visit to Wales</h2>
<p class="meta">14 November 2035 · Report by the Secretariat</p>
<p>Fourteen members visited the cyber cluster in Newport and the Cyber Innovation Hub at Cardiff University on Wednesday 14 November. The visit, hosted by Cyber Wales, gave our members the chance to compare how the Welsh cluster works with its large anchor employers. Several members said they would like a return visit by Welsh companies in 2036, and the Secretariat is now discussing dates and a possible joint bid for skills funding with Cyber Wales.</p>
<p><a href="/reports/wales-visit">Read more</a></p>
</section>

<section>
<h2>Coming next</h2>
<p>Our winter accelerator for cyber start-ups runs from 3 December 2035 to 28 January 2036 in Cheltenham. The next cyber resilience breakfast is planned for February 2036 in Shrewsbury.</p>
</section>

<aside><p>Share this page: <a href="#">LinkedIn</a> · <a href="#">Email</a></p>
<p>Marches Cyber &amp; Digital Cluster is supported by the Marches Growth Hub and the Marches Local Enterprise Partnership.</p></aside>
</main>
<footer><p>Marches Cyber &amp; Digital Cluster CIC · Registered in England and Wales · © 2035 · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
C = "Marches Cyber & Digital Cluster"
gold(F,
 [P("Tamsin Ellery-Jones",None,None),
  P("Gareth Pryce-Morgan","Detective Inspector","West Mercia Police Cyber Crime Unit"),
  P("Ngozi Adebayo-Hart","Chief Information Security Officer","Westfield Precision Castings Ltd"),
  P("Adrian Lockwood-Vance","cluster chair",C),
  P("Sunita Chaudhry","Managing Director","Severnside Data Labs Ltd"),
  P("Lydia Haughton-Reeves","Portfolio Holder for Growth","Shropshire Council"),
  P("Rhys ap Dafydd","head of early careers","GCHQ"),
  P("Marta Kowalczyk-Bennett","founder","Borderlands Analytics")],
 [O("Marches Cyber & Digital Cluster CIC"), O("West Mercia Police Cyber Crime Unit"),
  O("Westfield Precision Castings Ltd"), O("Marches Growth Hub"), O("University of Gloucestershire"), O("Severnside Data Labs Ltd"),
  O("Shropshire Council"), O("Telford College"), O("National Cyber Skills Foundation"), O("GCHQ"), O("Borderlands Analytics"),
  O("Cyber Innovation Hub"), O("Cardiff University"), O("Cyber Wales"), O("Marches Local Enterprise Partnership")],
 [E("Cyber resilience breakfast","2035-09-27",None,"Hereford","United Kingdom"),
  E("Board meeting","2035-10-16",None,"Shrewsbury","United Kingdom"),
  E("members' forum","2035-10-16",None,"Shrewsbury","United Kingdom"),
  E("Marches Digital Skills Summit","2035-11-08",None,"Telford","United Kingdom"),
  E("Cluster study visit to Wales","2035-11-14",None,"Newport, Cardiff","United Kingdom"),
  E("winter accelerator for cyber start-ups","2035-12-03","2036-01-28","Cheltenham","United Kingdom"),
  E("cyber resilience breakfast","2036-02",None,"Shrewsbury","United Kingdom")],
 ["2035","2035-09-27","2034","2035-10-16","2036","2035-11-08","2040","2035-11-14","2035-12-03/2036-01-28","2036-02"],
 ["Employers in the Marches cannot rely on hiring experienced staff from Birmingham or Bristol; they must train their own",
  "Apprenticeships work best when two or three small firms share one apprentice programme",
  "Schools need cyber role models from local companies, not only from national agencies",
  "The cluster should publish a single regional map of digital courses by the summer of 2036"])
