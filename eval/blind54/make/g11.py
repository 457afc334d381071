from h import *
F = 'award-2033_jury-and-winners_oslofjord-ocean-tech.html'
T = '''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Ocean Tech Award 2033 – Jury and winners | Oslofjord Ocean Tech Cluster</title></head>
<body>
<header>
<div class="topbar"><a href="/no/">Norsk</a> | <a href="/en/">English</a> | <a href="/login">Member login</a></div>
<a class="brand" href="/en/">Oslofjord Ocean Tech Cluster</a>
<nav><a href="/en/about">About</a> <a href="/en/members">Members</a> <a href="/en/projects">Projects</a> <a href="/en/award">Ocean Tech Award</a> <a href="/en/news">News</a> <a href="/en/contact">Contact</a></nav>
</header>
<p class="crumbs">Home / Ocean Tech Award / 2033 – Jury and winners</p>
<main>
<h1>Ocean Tech Award 2033: jury and winners</h1>
<p class="meta">Posted on 10 November 2033 by Hanne Sørli Kvamme, communications manager</p>
<p>The fifth Ocean Tech Award of the Oslofjord Ocean Tech Cluster (OOTC) was presented on Wednesday 9 November 2033 at the
annual cluster gala in Horten, in front of 240 guests from the maritime industry of Vestfold, Telemark and Agder. The award
recognises member companies that have brought a new product, service or process to the market in the past two years. This
year 41 applications were received, a new record, and the jury visited the six finalists in September.</p>
<p>The prizes were handed over by Kjersti Bjørnstad Lie, County Mayor of Vestfold, and by the chair of the cluster board,
Arild Tveten. The main prize is NOK 150,000, sponsored by Sparebanken Oslofjord Vest, and a free stand at Aqua Nor 2035 in
Trondheim.</p>

<h2>The jury</h2>
<table>
<tr><th>Jury member</th><th>Position</th></tr>
<tr><td>Prof. Liv Marit Haugland (chair of the jury)</td><td>Professor of Marine Systems, University of South-Eastern Norway (USN)</td></tr>
<tr><td>Dag-Erik Mørk</td><td>Senior Adviser, Innovation Norway Vestfold og Telemark</td></tr>
<tr><td>Camilla Østby</td><td>Partner, Fjordkapital Ventures AS</td></tr>
<tr><td>Henrik Vinje</td><td>former CEO of Kongsvik Maritime AS; board member, OOTC</td></tr>
<tr><td>Dr. Sara Lindqvist-Beck</td><td>Head of Research, RISE Maritime (Sweden)</td></tr>
</table>
<p>The cluster manager, Trond Aaserud, acted as secretary of the jury without voting rights.</p>

<h2>How the jury worked</h2>
<p>Applications were assessed on four criteria: novelty (30 %), market results (30 %), environmental benefit (25 %) and
cooperation with other cluster members or research partners (15 %). Each jury member scored every application
independently; the six highest-ranked companies were visited between 4 and 15 September 2033, and the jury met in Horten on
2 October 2033 to decide. Jury members did not score applications from companies in which they hold shares or board seats;
for this reason Camilla Østby did not take part in the vote on the Young Company Prize.</p>
<p>The jury's statement highlights that half of this year's applications came from companies with fewer than ten employees,
and that seven applications were joint entries of two or more members – a first in the history of the award. The jury also encouraged the cluster to open a separate category for research
teams from 2034, so that student and university projects no longer compete with companies. The board will decide on this proposal at its December meeting.</p>

<h2>The winners</h2>
<h3>Ocean Tech Award 2033 – main prize: Tidevann Marine Systems AS, Tønsberg</h3>
<p>For "TideCharge", an automatic charging arm for electric workboats that connects in waves of up to 1.5 metres. The jury
praised "a simple idea, tested in real weather, and already sold to three fish farmers".</p>
<p>Team members:</p>
<ul>
<li>Eirik Sandvold, CEO</li>
<li>Maja Holter, lead mechanical engineer</li>
<li>Ola Brekke-Nilsen, software developer</li>
<li>Fatima Rahimi, test engineer</li>
</ul>

<h3>Young Company Prize: Tarefilm AS, Sandefjord</h3>
<p>For a seaweed-based packaging film made from kelp farmed in the Oslofjord.</p>
<p>Team members:</p>
<ul>
<li>Ingeborg Wiik (founder and general manager)</li>
<li>Jonas de Vries (co-founder, chemist)</li>
<li>Aurora Lunde (sales)</li>
</ul>

<h3>Sustainability Prize: Nøtterøy Verft AS</h3>
<p>For converting the yard's dry dock to shore power and reusing blasting grit.</p>
<p>Team members:</p>
<ul>
<li>Per-Olav Strand, yard manager</li>
<li>Sigrid Hval, HSE coordinator</li>
</ul>

<h3>Honourable mention: USN student team "Sjøstjerne"</h3>
<p>An underwater drone for inspecting aquaculture nets, built by students Amund Rød, Thea Lyngstad and Kristoffer Aas under the
supervision of associate professor Bjørn Egil Tangen.</p>

<h2>The other finalists</h2>
<p>The jury also wishes to thank the other two finalists, who were presented at the gala with a short film:</p>
<ul>
<li><strong>Vannspeil Analytics AS</strong> (Larvik) – machine-learning forecasts of algae blooms for fish farms. Team: Kari
Thorsen Bakke (CEO), Emil Johannessen (data scientist), Lise Aunet (marine biologist).</li>
<li><strong>Fjordrobot AS</strong> (Porsgrunn) – a hull-cleaning robot for harbour ferries. Team: Stian Wold (founder), Preben
Aarnes (electronics engineer).</li>
</ul>
<p>"The level was so high that we needed two rounds of voting for the main prize," said the chair of the jury, Liv Marit
Haugland. "Every finalist showed that the Oslofjord companies can turn ocean data and green energy into products that sell."
The cluster manager added that all six finalists will be offered a place on the cluster's delegation to Nor-Fishing in
Trondheim in August 2034.</p>

<h2>Previous winners</h2>
<ul>
<li>2032: Karljohan Marine Horten AS (Horten)</li>
<li>2031: Bluefjord Sensorics AS (Larvik)</li>
<li>2030: Skagerak Autonomy AS (Porsgrunn)</li>
<li>2029: Vestfold Hydrogen Boats AS (Tønsberg)</li>
</ul>
<p>The call for the Ocean Tech Award 2034 opens on 1 March 2034; the deadline is 15 June 2034 and the award will be presented at
the cluster gala on 7 November 2034.</p>
<p>Photos from the gala: Marius Kolstad / OOTC.</p>
</main>
<footer>
<p>Oslofjord Ocean Tech Cluster · Karljohansvern, Horten · post@oslofjord-oceantech.example</p>
<p>Part of the Norwegian Innovation Clusters programme · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
'''
write(F, T)
O_='Oslofjord Ocean Tech Cluster'
gold(F, [
 P('Hanne Sørli Kvamme','communications manager',O_),
 P('Kjersti Bjørnstad Lie','County Mayor of Vestfold',None),
 P('Arild Tveten','chair of the cluster board',O_),
 P('Liv Marit Haugland','Professor of Marine Systems','University of South-Eastern Norway'),
 P('Dag-Erik Mørk','Senior Adviser','Innovation Norway Vestfold og Telemark'),
 P('Camilla Østby','Partner','Fjordkapital Ventures AS'),
 P('Henrik Vinje','board member','OOTC'),
 P('Sara Lindqvist-Beck','Head of Research','RISE Maritime'),
 P('Trond Aaserud','cluster manager',O_),
 P('Eirik Sandvold','CEO','Tidevann Marine Systems AS'),
 P('Maja Holter','lead mechanical engineer','Tidevann Marine Systems AS'),
 P('Ola Brekke-Nilsen','software developer','Tidevann Marine Systems AS'),
 P('Fatima Rahimi','test engineer','Tidevann Marine Systems AS'),
 P('Ingeborg Wiik','founder and general manager','Tarefilm AS'),
 P('Jonas de Vries','co-founder','Tarefilm AS'),
 P('Aurora Lunde','sales','Tarefilm AS'),
 P('Per-Olav Strand','yard manager','Nøtterøy Verft AS'),
 P('Sigrid Hval','HSE coordinator','Nøtterøy Verft AS'),
 P('Amund Rød','student','USN'),
 P('Thea Lyngstad','student','USN'),
 P('Kristoffer Aas','student','USN'),
 P('Bjørn Egil Tangen','associate professor',None),
 P('Marius Kolstad',None,'OOTC'),
 P('Kari Thorsen Bakke','CEO','Vannspeil Analytics AS'),
 P('Emil Johannessen','data scientist','Vannspeil Analytics AS'),
 P('Lise Aunet','marine biologist','Vannspeil Analytics AS'),
 P('Stian Wold','founder','Fjordrobot AS'),
 P('Preben Aarnes','electronics engineer','Fjordrobot AS'),
],[
 O(O_,'OOTC'), O('Sparebanken Oslofjord Vest'), O('University of South-Eastern Norway','USN'),
 O('Innovation Norway Vestfold og Telemark'), O('Fjordkapital Ventures AS'), O('Kongsvik Maritime AS'), O('RISE Maritime'),
 O('Tidevann Marine Systems AS'), O('Tarefilm AS'), O('Nøtterøy Verft AS'), O('Karljohan Marine Horten AS'), O('Bluefjord Sensorics AS'),
 O('Skagerak Autonomy AS'), O('Vestfold Hydrogen Boats AS'), O('Vannspeil Analytics AS'), O('Fjordrobot AS'),
],[
 E('Ocean Tech Award 2033','2033-11-09','2033-11-09','Horten','Norway'),
 E('Aqua Nor 2035','2035',"2035",'Trondheim','Norway'),
 E('Nor-Fishing','2034-08','2034-08','Trondheim','Norway'),
 E('cluster gala','2034-11-07','2034-11-07',None,None),
 E('jury meeting','2033-10-02','2033-10-02','Horten','Norway'),
],['2033-11-10','2033-11-09','2033-09','2033-09-04/2033-09-15','2033-10-02','2033-12','2034','2032','2031','2030','2029','2034-03-01','2034-06-15','2034-11-07','2034-08'], pub='2033-11-10')
