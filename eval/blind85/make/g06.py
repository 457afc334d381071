from h import *
F = 'g06_brno_moravian_cluster_calendar.html'
assert wd(2036,10,14)=='Tuesday' and wd(2036,10,22)=='Wednesday' and wd(2036,10,23)=='Thursday' and wd(2036,11,5)=='Wednesday'
assert wd(2036,11,12)=='Wednesday' and wd(2036,11,13)=='Thursday' and wd(2036,11,19)=='Wednesday' and wd(2036,11,27)=='Thursday' and wd(2036,12,3)=='Wednesday' and wd(2036,12,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events calendar – Moravian Engineering Cluster</title></head>
<body>
<div id="cookie-consent">We use cookies. Necessary cookies are needed for the site to work; analytical cookies help us improve it. <a href="#">Settings</a> <a href="#">Accept all</a> <a href="#">Reject</a></div>
<header><div class="brand">MEC | Moravian Engineering Cluster, z. s.</div>
<ul class="menu"><li>About cluster</li><li>Members</li><li>Projects</li><li><b>Events</b></li><li>News</li><li>Jobs</li><li>Contacts</li><li>CZ</li><li>EN</li></ul></header>
<main>
<h1>Events calendar</h1>
<p class="intro">Below you find events of the Moravian Engineering Cluster (MEC) and selected events of our partners for autumn 2036. Events marked with ★ are free for members. Last update: 6 October 2036.</p>
<p class="filter">Show: <a href="#">All</a> | <a href="#">MEC events</a> | <a href="#">Partner events</a> | <a href="#">Online</a> | <a href="#">Archive</a></p>

<div class="event"><p class="date">14 OCT 2036 · Tuesday · 9:00–13:00</p>
<h2>★ Workshop: Digital twins for machining SMEs</h2>
<p>Place: Brno University of Technology, Faculty of Mechanical Engineering, Technická 2, Brno</p>
<p>Half-day practical workshop with demonstrations on the machines of the NETME Centre. Lecturers: doc. Ing. Radek Vašíček, Ph.D. (Brno University of Technology) and Ing. Lenka Horáková (Siemens Digital Industries Software s.r.o.). Capacity 24 persons. <a href="#">Registration ›</a></p></div>

<div class="event"><p class="date">22–23 OCT 2036 · Wednesday–Thursday</p>
<h2>Partner event: Industry 5.0 Summit Vienna</h2>
<p>Place: Austria Center Vienna, Vienna, Austria</p>
<p>Organised by Business Upper Austria and the Vienna Business Agency. MEC organises a joint stand for six members; 20% discount on tickets with the code MEC36. <a href="#">More ›</a></p></div>

<div class="event"><p class="date">5 NOV 2036 · Wednesday · 10:00–11:30 · online</p>
<h2>★ Webinar: How to prepare for the Machinery Regulation audits</h2>
<p>Speaker: Mgr. Petra Šimková, compliance consultant, Czech Office for Standards, Metrology and Testing (ÚNMZ). Moderated by Ing. Tomáš Kratochvíl, MEC cluster manager. In Czech with English summary. <a href="#">Registration ›</a></p></div>

<div class="event"><p class="date">12–13 NOV 2036 · Wednesday–Thursday</p>
<h2>Cluster mission to Upper Silesia</h2>
<p>Place: Katowice and Gliwice, Poland</p>
<p>Two-day business mission to the Silesian Automotive &amp; Advanced Manufacturing cluster with company visits and B2B meetings. Programme: Wed 12 Nov – welcome at Katowice Special Economic Zone, company visits in Gliwice; 19:00 networking dinner with Polish cluster members. Thu 13 Nov – B2B meetings at the Silesian University of Technology, return by 18:00. Bus from Brno and Ostrava. Co-financed by the South Moravian Region. Price for members: CZK 3,900. Deadline for registration: 28 October 2036. <a href="#">More ›</a></p></div>

<div class="event"><p class="date">19 NOV 2036 · Wednesday · 16:00–20:00</p>
<h2>★ MEC General Assembly 2036</h2>
<p>Place: JIC INMEC, Purkyňova 123, Brno</p>
<p>Annual General Assembly of members with the election of two Board members, approval of the budget for 2037 and the activity plan 2037–2039. Followed by the members' autumn networking evening. Only for members. Invitation and documents will be sent by e-mail by 5 November.</p></div>

<div class="event"><p class="date">27 NOV 2036 · Thursday · 9:00–16:30</p>
<h2>Conference: Moravian Engineering Day 2036</h2>
<p>Place: Hotel Voroněž, Křížkovského 47, Brno</p>
<p>The 7th edition of our yearly conference. Topics: energy prices and competitiveness, automation and the labour shortage, EU defence procurement for engineering SMEs. Confirmed speakers: Ing. Jan Hrubeš, Governor of the South Moravian Region; Dr. Veronika Staňková, Director of the Czech Technology Platform for Engineering; Marcus Eberhardt, Head of Supply Chain, Rheinmetall Landsysteme GmbH; Ing. Zdeněk Procházka, MBA, Chairman of the Board, Moravian Engineering Cluster. Conference fee: CZK 1,900 (members CZK 900). <a href="#">Programme and registration ›</a></p></div>

<div class="event"><p class="date">3 DEC 2036 · Wednesday · 13:00–17:00</p>
<h2>★ HR round table: apprentices and dual education</h2>
<p>Place: Secondary Technical School Sokolská, Brno</p>
<p>Closed round table of HR managers of member companies with the Regional Chamber of Commerce of South Moravia. Moderator: Ing. Iveta Dvořáková, MEC project manager.</p></div>

<div class="event"><p class="date">10 DEC 2036 · Wednesday</p>
<h2>Partner event: CzechInvest – Supplier Day Automotive</h2>
<p>Place: Mladá Boleslav</p>
<p>Meeting of suppliers with purchasing departments of car makers, organised by CzechInvest. Applications through the CzechInvest portal until 15 November 2036.</p></div>

<h3>Past events (archive)</h3>
<ul>
<li>25 SEP 2036 – Summer school of robotics, Zlín – <a href="#">report</a></li>
<li>9 SEP 2036 – Members' breakfast with the Mayor of Brno – <a href="#">report</a></li>
<li>18–20 JUN 2036 – Mission to Baden-Württemberg – <a href="#">report</a></li>
</ul>

<div class="contact"><h3>Contact for events</h3>
<p>Ing. Iveta Dvořáková<br>project manager<br>dvorakova@mec-cluster.example.cz<br>+420 500 000 000</p></div>
<p class="share">Share: Facebook | LinkedIn | X | Print</p>
</main>
<footer><p>Moravian Engineering Cluster, z. s. · Purkyňova 123, 612 00 Brno · IČO 00000000 · Member of the National Cluster Association of the Czech Republic</p>
<p>© 2036 MEC · <a href="#">Privacy</a> · <a href="#">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
M = "Moravian Engineering Cluster"
gold(F,
 [P("Radek Vašíček",None,"Brno University of Technology"),
  P("Lenka Horáková",None,"Siemens Digital Industries Software s.r.o."),
  P("Petra Šimková","compliance consultant","Czech Office for Standards, Metrology and Testing"),
  P("Tomáš Kratochvíl","cluster manager","MEC"),
  P("Jan Hrubeš","Governor","South Moravian Region"),
  P("Veronika Staňková","Director","Czech Technology Platform for Engineering"),
  P("Marcus Eberhardt","Head of Supply Chain","Rheinmetall Landsysteme GmbH"),
  P("Zdeněk Procházka","Chairman of the Board",M),
  P("Iveta Dvořáková","project manager","MEC")],
 [O(M,"MEC"), O("Brno University of Technology"), O("Faculty of Mechanical Engineering"), O("NETME Centre"),
  O("Siemens Digital Industries Software s.r.o."), O("Business Upper Austria"), O("Vienna Business Agency"),
  O("Czech Office for Standards, Metrology and Testing","ÚNMZ"), O("Silesian Automotive & Advanced Manufacturing cluster"),
  O("Katowice Special Economic Zone"), O("Silesian University of Technology"), O("South Moravian Region"), O("Czech Technology Platform for Engineering"), O("Rheinmetall Landsysteme GmbH"), O("Secondary Technical School Sokolská"),
  O("Regional Chamber of Commerce of South Moravia"), O("CzechInvest"), O("National Cluster Association of the Czech Republic")],
 [E("Workshop: Digital twins for machining SMEs","2036-10-14",None,"Brno","Czechia"),
  E("Industry 5.0 Summit Vienna","2036-10-22","2036-10-23","Vienna","Austria"),
  E("Webinar: How to prepare for the Machinery Regulation audits","2036-11-05",None,None,None),
  E("Cluster mission to Upper Silesia","2036-11-12","2036-11-13","Katowice, Gliwice","Poland"),
  E("welcome at Katowice Special Economic Zone","2036-11-12",None,"Katowice","Poland"),
  E("company visits in Gliwice","2036-11-12",None,"Gliwice","Poland"),
  E("networking dinner with Polish cluster members","2036-11-12",None,None,"Poland"),
  E("B2B meetings","2036-11-13",None,None,"Poland"),
  E("MEC General Assembly 2036","2036-11-19",None,"Brno","Czechia"),
  E("members' autumn networking evening","2036-11-19",None,"Brno","Czechia"),
  E("Moravian Engineering Day 2036","2036-11-27",None,"Brno","Czechia"),
  E("HR round table: apprentices and dual education","2036-12-03",None,"Brno","Czechia"),
  E("CzechInvest – Supplier Day Automotive","2036-12-10",None,"Mladá Boleslav","Czechia"),
  E("Summer school of robotics","2036-09-25",None,"Zlín","Czechia"),
  E("Members' breakfast with the Mayor of Brno","2036-09-09",None,None,None),
  E("Mission to Baden-Württemberg","2036-06-18","2036-06-20",None,"Germany")],
 ["2036","2036-10-06","2036-10-14","2036-10-22/2036-10-23","2036-11-05","2036-11-12/2036-11-13","2036-11-12","2036-11-13",
  "2036-10-28","2036-11-19","2037","2037/2039","2036-11-27","2036-12-03","2036-12-10","2036-11-15","2036-09-25","2036-09-09","2036-06-18/2036-06-20"],
 [], "2036-10-06")
