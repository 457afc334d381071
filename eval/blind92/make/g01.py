from h import *
F = 'g01_malta_blue_economy_team.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,23)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our Team – Malta Blue Economy Cluster</title></head>
<body>
<div id="cookies">This website uses cookies to improve your experience and to count visits. <a href="/privacy">Read more</a> <button>Accept</button> <button>Reject</button></div>
<header><a href="/" class="logo">MBEC · Malta Blue Economy Cluster</a>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/team" class="active">Team</a> | <a href="/board">Board</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/mt">MT</a></nav></header>
<main>
<p class="crumbs">Home / About us / Team</p>
<h1>Meet the team</h1>
<p class="lead">The cluster office in Marsa is small: nine people who run services for 74 members, from ship repair yards and marinas to aquaculture farms, port logistics firms and the University of Malta. Page last updated on 2 February 2037.</p>

<section class="cards">
<div class="card"><img src="/img/team/borg.jpg" alt=""><h3>Dr Kristina Borg Cardona</h3><p class="role">Cluster Manager</p>
<p>Kristina has led the office since 2033. Before that she spent eleven years at Transport Malta, latest as head of maritime policy. She represents the cluster in the European Cluster Collaboration Platform and in the board of the Mediterranean Maritime Clusters Network (MMCN).</p>
<p class="mail">kristina.borg@mbec.example.mt · +356 2100 0001</p></div>

<div class="card"><img src="/img/team/vella.jpg" alt=""><h3>Matthew Vella</h3><p class="role">Head of Innovation Services</p>
<p>Matthew runs the innovation voucher scheme and the test-bed agreement with the Malta Marine Research Station. He is a naval architect by training and worked at Palumbo Malta Shipyard Ltd from 2026–2031.</p>
<p class="mail">matthew.vella@mbec.example.mt</p></div>

<div class="card"><img src="/img/team/azzopardi.jpg" alt=""><h3>Ramona Azzopardi</h3><p class="role">Project Manager, Interreg Euro-MED</p>
<p>Ramona coordinates the cluster's work in the BLUEPORTS project together with partners in Piraeus, Valencia and Koper.</p>
<p class="mail">ramona.azzopardi@mbec.example.mt</p></div>

<div class="card"><img src="/img/team/camilleri.jpg" alt=""><h3>Joseph Camilleri</h3><p class="role">Skills and Training Officer</p>
<p>Joseph organises the welding and marine electrics courses that the cluster runs with the Malta College of Arts, Science and Technology (MCAST).</p>
<p class="mail">joseph.camilleri@mbec.example.mt</p></div>

<div class="card"><img src="/img/team/grech.jpg" alt=""><h3>Elena Grech</h3><p class="role">Communication Officer</p>
<p>Elena edits the monthly newsletter "Tides" and looks after the website and social media.</p>
<p class="mail">press@mbec.example.mt</p></div>

<div class="card"><img src="/img/team/mifsud.jpg" alt=""><h3>Liam Mifsud</h3><p class="role">Internationalisation Officer</p>
<p>Liam prepares trade missions and handles the cluster's contact with Enterprise Europe Network Malta at the Malta Business Bureau.</p>
<p class="mail">liam.mifsud@mbec.example.mt</p></div>

<div class="card"><img src="/img/team/farrugia.jpg" alt=""><h3>Daniela Farrugia</h3><p class="role">Finance and Administration</p>
<p>Daniela keeps the books, member fees and the reporting to the Malta Council for Economic and Social Development.</p></div>

<div class="card"><img src="/img/team/zammit.jpg" alt=""><h3>Andrea Zammit</h3><p class="role">Data Analyst (part-time)</p>
<p>Andrea builds the cluster's annual member survey and the blue economy dashboard.</p></div>

<div class="card"><img src="/img/team/sant.jpg" alt=""><h3>Nicole Sant</h3><p class="role">Office Assistant</p>
<p>Nicole is the first voice you hear when you call the office.</p></div>
</section>

<section class="jobs"><h2>Work with us</h2>
<p>We are looking for a part-time events coordinator to replace Stephanie from March. The role covers the members' breakfasts, the annual Blue Economy Forum and the logistics of two trade missions a year. Applications with a short CV and a cover letter go to the Cluster Manager by the end of February; interviews are held in the Marsa office. We offer flexible hours, a training budget and a desk with a view of the dry docks.</p></section>
<section class="joiners"><h2>Joining and leaving</h2>
<p>We welcome <strong>Liam Mifsud</strong>, who joined on 5 January 2037 from the Chamber of SMEs. We also say goodbye to <strong>Stephanie Debono</strong>, our events coordinator since 2034, who leaves on 27 February 2037 to take up a post as policy officer at the European Commission's Directorate-General for Maritime Affairs and Fisheries (DG MARE) in Brussels. Thank you, Stephanie!</p></section>

<section class="upcoming"><h2>Meet us</h2>
<ul>
<li><strong>Thursday, 12 March 2037</strong> – Members' breakfast, 08:00–09:30, Grand Harbour Marina clubhouse, Birgu</li>
<li><strong>Thursday, 23 April 2037</strong> – Blue Skills Day with MCAST, Paola campus</li>
<li><strong>18–20 May 2037</strong> – our stand at Seawork Mediterranean, Valletta</li>
</ul></section>

<section class="office"><h2>Visit us</h2>
<p>Malta Blue Economy Cluster · Triq il-Moll 14, Marsa MRS 1000 · Monday to Friday 08:30–16:30 · info@mbec.example.mt</p>
<p>The team photos were taken by Ray Attard Photography.</p></section>
</main>
<footer><p>Share this page: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
<p>Part-financed by the European Regional Development Fund 2028–2034. © 2037 MBEC. <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/sitemap">Sitemap</a></p></footer>
</body></html>
"""
write(F, T)
M='Malta Blue Economy Cluster'
gold(F,
 [P('Kristina Borg Cardona','Cluster Manager',M), P('Matthew Vella','Head of Innovation Services',M),
  P('Ramona Azzopardi','Project Manager, Interreg Euro-MED',M), P('Joseph Camilleri','Skills and Training Officer',M),
  P('Elena Grech','Communication Officer',M), P('Liam Mifsud','Internationalisation Officer',M),
  P('Daniela Farrugia','Finance and Administration',M), P('Andrea Zammit','Data Analyst',M),
  P('Nicole Sant','Office Assistant',M), P('Stephanie Debono','events coordinator',M)],
 [O(M,'MBEC'), O('University of Malta'), O('European Cluster Collaboration Platform'), O('Transport Malta'),
  O('Mediterranean Maritime Clusters Network','MMCN'), O('Malta Marine Research Station'), O('Palumbo Malta Shipyard Ltd'),
  O('Malta College of Arts, Science and Technology','MCAST'), O('Enterprise Europe Network Malta'), O('Malta Business Bureau'),
  O('Malta Council for Economic and Social Development'), O('Chamber of SMEs'),
  O("European Commission"), O('Directorate-General for Maritime Affairs and Fisheries','DG MARE'),
  O('Ray Attard Photography')],
 [E("Members' breakfast",'2037-03-12',None,'Birgu','Malta'), E('Blue Skills Day','2037-04-23',None,'Paola','Malta'),
  E('Seawork Mediterranean','2037-05-18','2037-05-20','Valletta','Malta')],
 ['2037-02-02','2033','2026/2031','2037-01-05','2034','2037-02-27','2037-03-12','2037-04-23','2037-05-18/2037-05-20','2028/2034'],
 [], pub='2037-02-02')
