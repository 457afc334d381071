from h import *
F = 'gotland-energy-cluster-team.html'
NL='\n    '
def card(n, r, m, extra=''):
    return f'''  <div class="card">
    <img src="/img/team/{m.split('@')[0]}.jpg" alt="">
    <h3 class="card-name">{n}</h3>
    <p class="card-role">{r}</p>
    {extra}<p class="card-mail"><a href="mailto:{m}">{m}</a></p>
  </div>
'''
T = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Team | Gotland Energy Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits and to remember your language. <button>Accept all</button> <button>Only necessary</button> <a href="/cookies">Read more</a></div>
<header><a class="logo" href="/">Gotland Energy Cluster</a>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/team" class="active">Team</a> | <a href="/contact">Contact</a> | <a href="/sv">Svenska</a></nav></header>
<main>
<p class="breadcrumb">Home › About us › Team</p>
<h1>Our team</h1>
<p>The Gotland Energy Cluster (GEC) is run by a small office in Visby and a board elected by the members. The office was reorganised on 1 February 2033, when the cluster took over the island's wind and storage test site from Region Gotland. Below you find who does what and how to reach us. For general questions write to info@gotlandenergy.se.</p>

<h2>How the office works</h2>
<p>The office has ten people, most of them part-time on projects funded by the members, by Region Gotland and by national and European programmes. Each member company has one contact person in the office, who visits at least twice a year and follows up on ideas for joint projects. Project managers run the working groups: offshore wind and grid, hydrogen and storage, energy in agriculture, and the energy-efficient harbour. The test site at Klintehamn is open to members on weekdays and can be booked through the test site coordinator; companies from outside the cluster pay a day rate.</p>
<p>Most of the team works from the office on Donnersgatan in Visby, but two colleagues are based at the test site and one works from Stockholm two days a week. If you are not sure whom to contact, start with the Events and Membership Officer or write to the general address, and we will pass your message on within two working days. Journalists should contact the Communications Manager directly; photos of the team and of the test site are free to use with credit.</p>
<p>Every autumn the office holds an open day for members and students, where each project manager presents the results of the year and the plans for the next. The 2033 open day was held on 14 October at the test site; the date for 2034 will be published in the newsletter.</p>

<h2>Management</h2>
<div class="grid">
{card('Karin Lindqvist-Oduya', 'Cluster Manager', 'karin.lindqvist@gotlandenergy.se', '<p class="card-bio">Karin joined in 2029 from the Swedish Energy Agency and leads the cluster strategy 2031–2036.</p>'+NL)}
{card('Dr. Anders Hägglund', 'Deputy Cluster Manager · Head of Projects', 'anders.hagglund@gotlandenergy.se')}
{card('Mirela Stanciu', 'Finance and Administration Officer', 'mirela.stanciu@gotlandenergy.se')}
</div>

<h2>Projects and services</h2>
<div class="grid">
{card('Jonas van der Wal', 'Project Manager – Offshore Wind and Grid', 'jonas.vanderwal@gotlandenergy.se', '<p class="card-bio">Coordinates the Baltic Grid Integration project with partners in Saaremaa and Bornholm.</p>'+NL)}
{card('Sofie Engström', 'Project Manager – Hydrogen and Storage', 'sofie.engstrom@gotlandenergy.se')}
{card('Ruta Petrauskienė', 'International Relations Officer', 'ruta.petrauskiene@gotlandenergy.se', '<p class="card-bio">Contact point for the Enterprise Europe Network Sweden and for partner search requests.</p>'+NL)}
{card('Erik Dahlgren', 'Test Site Coordinator, Klintehamn', 'erik.dahlgren@gotlandenergy.se')}
{card('Lina Al-Hamdani', 'Skills and Training Coordinator', 'lina.alhamdani@gotlandenergy.se')}
</div>

<h2>Communication</h2>
<div class="grid">
{card('Patrik Nyman', 'Communications Manager', 'patrik.nyman@gotlandenergy.se')}
{card('Elsa Björk', 'Events and Membership Officer (parental leave until August 2034)', 'elsa.bjork@gotlandenergy.se')}
</div>

<h2>Board</h2>
<p>The board was elected at the annual meeting on {wd(2033,4,27)} 27 April 2033 for two years.</p>
<table class="board">
<tr><th>Name</th><th>Function</th><th>Organisation</th></tr>
<tr><td>Gunnar Ahlström</td><td>Chair</td><td>Gotlands Energi AB</td></tr>
<tr><td>Prof. Maria-José Fernández Ruiz</td><td>Vice-Chair</td><td>Uppsala University Campus Gotland</td></tr>
<tr><td>Henrik Pettersson</td><td>Treasurer</td><td>Sparbanken Gotland</td></tr>
<tr><td>Annika Wessel</td><td>Member</td><td>Region Gotland</td></tr>
<tr><td>Tobias Kraft</td><td>Member</td><td>Nordvind Service AB</td></tr>
<tr><td>Ingrid Olofsson</td><td>Member</td><td>Cementa AB, Slite plant</td></tr>
</table>

<h2>Former staff</h2>
<p>We thank Magnus Friberg, cluster manager from 2021 to 2029, who now heads the energy office of Region Gotland, and Hanna Lundgren, who coordinated the test site until December 2032.</p>

<h2>Work with us</h2>
<p>We are looking for a Data Analyst (energy systems) from September 2034. Application deadline: 15 May 2034. Interviews will be held in Visby in the week of 2 June.</p>

<aside class="newsletter"><h3>Newsletter</h3><p>Four times a year: projects, calls and events from the island. <input placeholder="Your e-mail"> <button>Subscribe</button></p></aside>
</main>
<footer>
<p>Gotland Energy Cluster · Ekonomisk förening · Donnersgatan 4, 621 57 Visby, Sweden · Org.nr 769634-1180</p>
<p>Member of the Swedish Cluster Network · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a></p>
<p>© 2034 Gotland Energy Cluster. Last updated 3 March 2034.</p>
</footer>
</body></html>
'''
write(F, T)
G='Gotland Energy Cluster'
gold(F,
 [P('Karin Lindqvist-Oduya','Cluster Manager',G), P('Anders Hägglund','Deputy Cluster Manager · Head of Projects',G),
  P('Mirela Stanciu','Finance and Administration Officer',G), P('Jonas van der Wal','Project Manager – Offshore Wind and Grid',G),
  P('Sofie Engström','Project Manager – Hydrogen and Storage',G), P('Ruta Petrauskienė','International Relations Officer',G),
  P('Erik Dahlgren','Test Site Coordinator, Klintehamn',G), P('Lina Al-Hamdani','Skills and Training Coordinator',G),
  P('Patrik Nyman','Communications Manager',G), P('Elsa Björk','Events and Membership Officer',G),
  P('Gunnar Ahlström','Chair','Gotland Energy Cluster'), P('Maria-José Fernández Ruiz','Vice-Chair','Gotland Energy Cluster'),
  P('Henrik Pettersson','Treasurer','Gotland Energy Cluster'), P('Annika Wessel','Member','Gotland Energy Cluster'),
  P('Tobias Kraft','Member','Gotland Energy Cluster'), P('Ingrid Olofsson','Member','Gotland Energy Cluster'),
  P('Magnus Friberg','heads the energy office','Region Gotland'), P('Hanna Lundgren','coordinated the test site',G)],
 [O(G,'GEC'), O('Region Gotland'), O('Swedish Energy Agency'), O('Enterprise Europe Network Sweden'), O('Gotlands Energi AB'),
  O('Uppsala University Campus Gotland'), O('Sparbanken Gotland'), O('Nordvind Service AB'), O('Cementa AB'), O('Swedish Cluster Network')],
 [E('open day','2033-10-14','2033-10-14','Klintehamn','Sweden'), E('annual meeting','2033-04-27','2033-04-27',None,None)],
 ['2033-02-01','2029','2031/2036','2034-08','2033-04-27','2021/2029','2032-12','2034-09','2034-05-15','2034-06-02','2034-03-03','2033-10-14','2034'],
 pub='2034-03-03')
