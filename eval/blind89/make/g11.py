from h import *
F = 'g11_extremadura_agrohack_summer_school.html'
assert wd(2041,7,9)=='Tuesday' and wd(2041,7,11)=='Thursday'
for (y,m,d,w) in [(2041,7,7,'Sunday'),(2041,7,8,'Monday'),(2041,7,12,'Friday'),(2041,7,13,'Saturday'),(2041,7,14,'Sunday'),(2041,5,15,'Wednesday'),(2041,6,3,'Monday'),(2041,7,10,'Wednesday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>AgroData Summer School &amp; Hackathon 2041 | Extremadura AgriTech Cluster</title></head>
<body>
<div class="cookie">We use our own and third-party cookies for analytics. <a href="/cookies">Settings</a> <button>Accept</button> <button>Reject</button></div>
<header><span class="logo">Extremadura AgriTech Cluster · Clúster de Agrotecnología de Extremadura</span>
<nav><a href="/">Home</a> <a href="/cluster">The cluster</a> <a href="/members">Members</a> <a href="/activities" class="active">Activities</a> <a href="/news">News</a> <a href="/contact">Contact</a> <a href="/es">ES</a>/<a href="/en">EN</a></nav></header>
<main>
<p class="crumb">Home / Activities / Summer School 2041</p>
<h1>AgroData Summer School &amp; Hackathon 2041</h1>
<p class="sub">Cáceres and Badajoz, Spain · Sunday 7 – Sunday 14 July 2041 · Applications open until 15 May 2041</p>
<p class="meta">Last updated: 28 March 2041</p>

<p>For the third year, the Extremadura AgriTech Cluster and the University of Extremadura (UEx) invite master's and PhD students, young farmers and developers to a week of lectures, field work and team challenges on data in agriculture. The summer school ends with a 30-hour hackathon in which mixed teams work on real problems brought by cluster members. The working language is English.</p>

<h2>Who can apply?</h2>
<ul>
<li>Master's and PhD students in agronomy, computer science, engineering, economics or related fields</li>
<li>Young farmers and agricultural technicians under 35</li>
<li>Developers and data scientists from start-ups</li>
</ul>
<p>We will select 40 participants, at least half of them from outside Spain. Tuition, accommodation in the university residence and meals are free; participants pay their own travel. Ten travel grants of up to €400 are available for participants from the partner regions of the AgriRegions Network.</p>

<h2>Programme</h2>
<h3>Sunday 7 July – Arrival</h3>
<p>Check-in at the Residencia Universitaria Diego Muñoz-Torrero, Cáceres. 20:30 welcome dinner in the Plaza Mayor.</p>

<h3>Monday 8 July – Foundations (Cáceres)</h3>
<p>09:30 Opening by Dr. Pilar Gómez Rangel, Vice-Rector for Research, University of Extremadura, and Álvaro Sánchez-Cortés, President of the Extremadura AgriTech Cluster<br>
10:30 Lecture: Soil and water data in dryland farming – Prof. Javier Lozano Trigo, School of Agricultural Engineering, UEx (Badajoz)<br>
12:00 Lecture: Satellite imagery for farm management – Dr. Chiara Bellini, Joint Research Centre of the European Commission<br>
13:30 Lunch<br>
15:00 Hands-on: working with open data from the Spanish Agricultural Guarantee Fund (FEGA)</p>

<h3>Tuesday 9 July – Field day</h3>
<p>Full-day field trip: visit to the irrigated tomato farms of Vegas del Guadiana, the CICYTEX research centre at Finca La Orden (Guadajira), and the cooperative Acorex in Mérida. Packed lunch provided.</p>

<h3>Wednesday 10 July – Markets and business models</h3>
<p>09:30 Panel: Who pays for farm data? With Lucía Moreno, CEO of AgroSens Analytics S.L., Tiago Fonseca, Innovation Manager, InovCluster (Castelo Branco), and Manuel Ortiz, Cooperativas Agro-alimentarias Extremadura<br>
11:30 Workshop: data sharing agreements and the EU Code of Conduct on agricultural data<br>
14:30 Team formation and presentation of the hackathon challenges<br>
18:00 Guided tour of the old town of Cáceres</p>

<h3>Thursday 11 July – Travel to Badajoz</h3>
<p>Morning: mentoring sessions. Afternoon: transfer by bus to the Parque Científico y Tecnológico de Extremadura, Badajoz.</p>

<h3>Friday 12 July – Saturday 13 July – Hackathon</h3>
<p>Friday 10:00 to Saturday 16:00, non-stop, at the Science Park in Badajoz. Mentors from member companies will be present throughout. Final pitches on Saturday from 16:30, followed by the award ceremony and closing party at 20:00.</p>
<p><strong>Challenges 2041</strong> (subject to confirmation):</p>
<ol>
<li>Predicting water needs of olive groves from low-cost sensors (Olivarera del Sur S.C.)</li>
<li>Early warning of heat stress in Iberian pig farms (Dehesa Digital S.L.)</li>
<li>A route planner for cherry harvest in the Jerte valley (Agrupación de Cooperativas del Valle del Jerte)</li>
</ol>
<p>Prizes: €3,000 for the winning team, €1,500 for the second; all teams receive six months of free desk space at the Science Park incubator.</p>

<h3>Sunday 14 July – Departure</h3>

<h2>Previous editions</h2>
<p>2040: 36 participants from 12 countries; the winning team developed a frost alert service for stone fruit and has since founded a company. 2039: first edition, held in Cáceres only, with 24 participants.</p>

<h2>How to apply</h2>
<p>Submit the online form with a CV and a short motivation letter (max. one page) by 15 May 2041. Results will be sent by 3 June 2041.</p>

<h2>Organisers and partners</h2>
<p>Extremadura AgriTech Cluster · University of Extremadura · CICYTEX · Diputación de Badajoz · Junta de Extremadura (Regional Ministry of Agriculture) · AgriRegions Network</p>

<h2>Contact</h2>
<p>Elena Durán Paredes, Project Coordinator<br>summerschool@agritechextremadura.example.es · +34 924 000 000</p>
<p>Share: <a href="#">LinkedIn</a> · <a href="#">Instagram</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Asociación Clúster de Agrotecnología de Extremadura · Avda. de Elvas s/n, 06006 Badajoz · © 2041</p>
<p>Co-funded by the European Union. <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
C='Extremadura AgriTech Cluster'
gold(F,
 [P("Pilar Gómez Rangel","Vice-Rector for Research","University of Extremadura"),
  P("Álvaro Sánchez-Cortés","President",C),
  P("Javier Lozano Trigo",None,"School of Agricultural Engineering"),
  P("Chiara Bellini",None,"Joint Research Centre of the European Commission"),
  P("Lucía Moreno","CEO","AgroSens Analytics S.L."),
  P("Tiago Fonseca","Innovation Manager","InovCluster"),
  P("Manuel Ortiz",None,"Cooperativas Agro-alimentarias Extremadura"),
  P("Elena Durán Paredes","Project Coordinator",C)],
 [O("University of Extremadura","UEx"), O("AgriRegions Network"),
  O("Residencia Universitaria Diego Muñoz-Torrero"), O("School of Agricultural Engineering"),
  O("Joint Research Centre of the European Commission"), O("Spanish Agricultural Guarantee Fund","FEGA"),
  O("CICYTEX"), O("Acorex"), O("AgroSens Analytics S.L."), O("InovCluster"),
  O("Cooperativas Agro-alimentarias Extremadura"), O("Parque Científico y Tecnológico de Extremadura"),
  O("Olivarera del Sur S.C."), O("Dehesa Digital S.L."), O("Agrupación de Cooperativas del Valle del Jerte"),
  O("Diputación de Badajoz"),
  O("Junta de Extremadura"), O("Regional Ministry of Agriculture"), O("European Union"),
  O("Asociación Clúster de Agrotecnología de Extremadura")],
 [E("AgroData Summer School & Hackathon 2041","2041-07-07","2041-07-14","Cáceres, Badajoz","Spain"),
  E("welcome dinner","2041-07-07",None,"Cáceres","Spain"),
  E("Field day","2041-07-09",None,None,"Spain"),
  E("Workshop: data sharing agreements and the EU Code of Conduct on agricultural data","2041-07-10",None,"Cáceres","Spain"),
  E("Guided tour of the old town of Cáceres","2041-07-10",None,"Cáceres","Spain"),
  E("Hackathon","2041-07-12","2041-07-13","Badajoz","Spain"),
  E("award ceremony","2041-07-13",None,"Badajoz","Spain"),
  E("closing party","2041-07-13",None,"Badajoz","Spain"),
  E("AgroData Summer School & Hackathon (2040 edition)","2040"),
  E("AgroData Summer School & Hackathon (2039 edition)","2039",None,"Cáceres","Spain")],
 ["2041-07-07/2041-07-14","2041-05-15","2041-03-28","2041-07-07","2041-07-08","2041-07-09","2041-07-10","2041-07-11",
  "2041-07-12/2041-07-13","2041-07-14","2040","2039","2041-06-03"],
 [], "2041-03-28")
