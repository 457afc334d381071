from h import *
F = 'g06_plovdiv_fair_joint_pavilion.html'
for (y,m,d,w) in [(2039,9,26,'Monday'),(2039,9,27,'Tuesday'),(2039,9,28,'Wednesday'),(2039,9,29,'Thursday'),(2039,8,12,'Friday'),(2039,9,19,'Monday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Joint pavilion at the Plovdiv Technical Fair 2039 – Thracian Mechatronics Cluster</title></head>
<body>
<div class="gdpr">We use cookies to improve your experience. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <a href="#">Accept</a></div>
<div class="top">+359 32 000 000 · office@tmc.example.bg · <a href="/bg">БГ</a> | <a href="/en">EN</a></div>
<header><h2 class="logo">Thracian Mechatronics Cluster</h2>
<nav><a href="/en">Home</a> · <a href="/en/cluster">The cluster</a> · <a href="/en/members">Members</a> · <a href="/en/events" class="active">Events</a> · <a href="/en/projects">Projects</a> · <a href="/en/news">News</a> · <a href="/en/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home » Events » Plovdiv Technical Fair 2039</p>
<p class="meta">Published on 12 August 2039 | Author: Desislava Georgieva | Category: Fairs</p>
<h1>Meet 18 companies of the cluster at the joint pavilion in Hall 5</h1>
<img src="/img/pavilion-2038.jpg" alt="Joint pavilion 2038"><p class="caption">The joint pavilion at last year's fair. Photo: Stoyan Iliev</p>
<p>From Monday 26 to Thursday 29 September 2039 the Thracian Mechatronics Cluster (TMC) will once again present its members at the International Technical Fair in Plovdiv, the largest industrial fair in south-eastern Europe. This year's joint pavilion in Hall 5 covers 420 m² and brings together eighteen companies and two universities – the largest presence in the cluster's history. The pavilion is co-financed by the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA), which covers 60 % of the stand costs for small exhibitors.</p>
<p>"The fair is where our members meet the buyers they will work with for the next ten years," says Petar Kostadinov, Chairman of the Board of TMC. "A shared pavilion lets a company of fifteen people stand next to a company of five hundred, and be seen."</p>

<h2>Exhibitors at the joint pavilion (Hall 5, stands 5.10–5.28)</h2>
<ul>
<li>Elprom Harmanli AD – electric motors</li>
<li>Plovdiv Precision Tools Ltd – CNC tooling</li>
<li>Hydroautomatika Kazanlak EAD – hydraulic components</li>
<li>Rodopi Robotics Ltd – collaborative robot cells</li>
<li>Asenovgrad Cable Systems JSC – wiring harnesses</li>
<li>SensorLab Bulgaria Ltd – industrial sensors</li>
<li>Trakia Automation Ltd – PLC programming and retrofit</li>
<li>Technical University of Sofia, Plovdiv Branch</li>
<li>Agricultural University – Plovdiv, Faculty of Agricultural Engineering</li>
<li>… and nine further members (full list in the <a href="/en/fair2039/catalogue">catalogue, PDF 2.1 MB</a>)</li>
</ul>

<h2>Side events at the pavilion</h2>
<table>
<tr><th>Date</th><th>Time</th><th>Event</th><th>Where</th></tr>
<tr><td>Monday 26 September</td><td>11:00</td><td>Official opening of the fair and tour of the pavilion by the Minister of Innovation and Growth</td><td>Hall 5</td></tr>
<tr><td>Tuesday 27 September</td><td>10:00 – 13:00</td><td>Cluster-to-cluster meeting Bulgaria – Greece – Romania: with the Thessaloniki mechatronics network Si-Cluster North and the Automotive Cluster Banat-Crișana</td><td>Congress Centre, Hall Plovdiv</td></tr>
<tr><td>Tuesday 27 – Wednesday 28 September</td><td>09:30 – 17:00</td><td>International B2B meetings "Machines &amp; Automation Matchmaking", organised by Enterprise Europe Network Bulgaria</td><td>Hall 5, meeting zone</td></tr>
<tr><td>Wednesday 28 September</td><td>08:30 – 10:00</td><td>Women in Engineering Breakfast, hosted by Milena Hristova, CEO of SensorLab Bulgaria Ltd</td><td>Pavilion lounge</td></tr>
<tr><td>Wednesday 28 September</td><td>14:00 – 16:00</td><td>Workshop: Predictive maintenance for SMEs, with the Technical University of Sofia, Plovdiv Branch</td><td>Pavilion stage</td></tr>
<tr><td>Thursday 29 September</td><td>12:00</td><td>Award ceremony of the fair's competition "Innovative Product 2039"</td><td>Congress Centre</td></tr>
</table>

<h2>B2B meetings: deadlines</h2>
<p>Companies that want to meet exhibitors and foreign buyers can register free of charge on the matchmaking platform until Monday 19 September 2039. Meeting requests can be sent until 23 September 2039; the final meeting schedules will be sent on 25 September 2039. Last year 146 companies from 17 countries held 512 meetings.</p>

<h2>Visiting the pavilion</h2>
<p>Members of the cluster and their guests receive free entry tickets; please ask the cluster office. The fair grounds are open daily from 09:30 to 18:00, on Thursday until 16:00. A cluster reception for exhibitors and partners will take place on Monday 26 September at 18:30 at the pavilion lounge (invitation only).</p>

<h2>Contact at the fair</h2>
<p>Desislava Georgieva, Project Manager Internationalisation, +359 88 000 0000<br>
Nikolay Petrov, Cluster Manager, +359 88 000 0001</p>

<div class="related"><h3>Related news</h3>
<ul><li><a href="/en/news/fair-2038">Record number of visitors at the 2038 pavilion</a> (4 October 2038)</li>
<li><a href="/en/news/ms-banat">Memorandum with the Automotive Cluster Banat-Crișana signed in Timișoara</a> (17 May 2039)</li>
<li><a href="/en/news/board">New Board of the cluster elected</a> (3 March 2039)</li></ul></div>
<p class="share">Share this: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Viber</a> <a href="#">Print</a></p>
</main>
<footer><p>Thracian Mechatronics Cluster Association · 37 Kuklensko Shose Blvd, 4004 Plovdiv, Bulgaria</p>
<p>Member of the Bulgarian Association of Clusters · © 2039 TMC · <a href="/en/privacy">Privacy</a> · <a href="/en/sitemap">Sitemap</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Desislava Georgieva","Project Manager Internationalisation","TMC"),
  P("Stoyan Iliev",None,None),
  P("Petar Kostadinov","Chairman of the Board","TMC"),
  P("Milena Hristova","CEO","SensorLab Bulgaria Ltd"),
  P("Nikolay Petrov","Cluster Manager","TMC")],
 [O("Thracian Mechatronics Cluster Association","TMC"), O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("Elprom Harmanli AD"), O("Plovdiv Precision Tools Ltd"), O("Hydroautomatika Kazanlak EAD"), O("Rodopi Robotics Ltd"),
  O("Asenovgrad Cable Systems JSC"), O("SensorLab Bulgaria Ltd"), O("Trakia Automation Ltd"),
  O("Technical University of Sofia, Plovdiv Branch"), O("Agricultural University – Plovdiv"), O("Faculty of Agricultural Engineering"),
  O("Si-Cluster North"), O("Automotive Cluster Banat-Crișana"),
  O("Enterprise Europe Network Bulgaria"), O("Bulgarian Association of Clusters")],
 [E("International Technical Fair","2039-09-26","2039-09-29","Plovdiv","Bulgaria"),
  E("Official opening of the fair","2039-09-26",None,"Plovdiv","Bulgaria"),
  E("Cluster-to-cluster meeting Bulgaria – Greece – Romania","2039-09-27",None,"Plovdiv","Bulgaria"),
  E("Machines & Automation Matchmaking","2039-09-27","2039-09-28","Plovdiv","Bulgaria"),
  E("Women in Engineering Breakfast","2039-09-28",None,"Plovdiv","Bulgaria"),
  E("Workshop: Predictive maintenance for SMEs","2039-09-28",None,"Plovdiv","Bulgaria"),
  E("Award ceremony of the fair's competition \"Innovative Product 2039\"","2039-09-29",None,"Plovdiv","Bulgaria"),
  E("cluster reception","2039-09-26",None,"Plovdiv","Bulgaria")],
 ["2039-08-12","2039-09-26/2039-09-29","2039-09-26","2039-09-27","2039-09-27/2039-09-28","2039-09-28","2039-09-29",
  "2039-09-19","2039-09-23","2039-09-25","2038-10-04","2039-05-17","2039-03-03"],
 [], pub="2039-08-12")
