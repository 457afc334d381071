from h import *
F = 'about-us_team-and-board_microtech-comtoise.html'
T = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>About us – Team and Board | Grappe Précision Comtoise</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="cookie-banner">We use cookies to measure the audience of this site. <a href="/privacy">Learn more</a> <button>Accept</button> <button>Refuse</button></div>
<header>
<a class="logo" href="/">Grappe Précision Comtoise</a>
<nav>
<ul>
<li><a href="/en/cluster">The cluster</a></li>
<li><a href="/en/members">Members</a></li>
<li><a href="/en/projects">Projects</a></li>
<li><a href="/en/events">Events</a></li>
<li><a href="/en/news">News</a></li>
<li><a href="/en/contact">Contact</a></li>
<li><a href="/fr/">FR</a> | <a href="/en/">EN</a></li>
</ul>
</nav>
</header>
<div class="breadcrumbs"><a href="/en/">Home</a> &gt; <a href="/en/cluster">The cluster</a> &gt; About us – Team and Board</div>
<main>
<h1>About us – Team and Board</h1>
<p>Grappe Précision Comtoise (GPC) brings together 148 companies, laboratories and training centres of the microtechnology,
precision engineering and watchmaking value chain in Bourgogne-Franche-Comté, from Besançon and the Doubs valley to the
Haut-Jura. The association was founded in 2009 and has held the national "Cluster Gold" quality label since 2027. Its
offices are in the TEMIS technology park in Besançon; a second desk opened in Morteau in September 2031 for the companies
of the watch valley along the Swiss border.</p>
<p>The operational team is small, and every member of staff looks after a portfolio of companies as well as a topic.
The Board of Directors, elected by the General Assembly for three years, sets the strategy and approves the annual
budget. The present Board was elected at the General Assembly of 19 June 2032 in Pontarlier for the term 2032–2035.</p>

<h2>Our team</h2>
<div class="staff-grid">
<div class="card">
<img src="/img/team/placeholder.png" alt="">
<h3>Hélène GIRARDOT-VUILLEMIN</h3>
<p class="role">Managing Director</p>
<p>Strategy, relations with the Region and the State, European projects.</p>
<p><a href="mailto:h.girardot@precision-comtoise.example">h.girardot@precision-comtoise.example</a> · +33 3 81 00 21 40</p>
</div>
<div class="card">
<img src="/img/team/placeholder.png" alt="">
<h3>Baptiste Lhomme</h3>
<p class="role">Deputy director, in charge of innovation projects</p>
<p>Collaborative R&amp;D, calls for projects, the "Micro-usinage 2035" programme.</p>
<p><a href="mailto:b.lhomme@precision-comtoise.example">b.lhomme@precision-comtoise.example</a></p>
</div>
<div class="card">
<img src="/img/team/placeholder.png" alt="">
<h3>Nadia Benslimane</h3>
<p class="role">project officer – medical devices</p>
<p>Follows the medtech working group and the joint stand at MedFIT.</p>
<p><a href="mailto:n.benslimane@precision-comtoise.example">n.benslimane@precision-comtoise.example</a></p>
</div>
<div class="card">
<img src="/img/team/placeholder.png" alt="">
<h3>Quentin de La Roche-Marnay</h3>
<p class="role">International Business Developer</p>
<p>Switzerland, Germany and Japan; contact point of the Enterprise Europe Network Bourgogne-Franche-Comté for the cluster.</p>
<p><a href="mailto:q.delaroche@precision-comtoise.example">q.delaroche@precision-comtoise.example</a></p>
</div>
<div class="card">
<img src="/img/team/placeholder.png" alt="">
<h3>Sophie Cuenot</h3>
<p class="role">Skills and Training Manager</p>
<p>Apprenticeships, the "Métiers de la précision" campaign with the Lycée Edgar Faure in Morteau.</p>
<p><a href="mailto:s.cuenot@precision-comtoise.example">s.cuenot@precision-comtoise.example</a></p>
</div>
<div class="card">
<img src="/img/team/placeholder.png" alt="">
<h3>Malik Ouazzani</h3>
<p class="role">communication officer (until 31 January 2033)</p>
<p>Website, newsletter, social networks. From February 2033 please write to communication@precision-comtoise.example.</p>
</div>
<div class="card">
<img src="/img/team/placeholder.png" alt="">
<h3>Émilie Faivre-Pierret</h3>
<p class="role">Office manager and accounts</p>
<p>Membership fees, invoices, event registrations.</p>
<p><a href="mailto:e.faivre@precision-comtoise.example">e.faivre@precision-comtoise.example</a></p>
</div>
</div>

<h2>Board of Directors 2032–2035</h2>
<table class="board">
<thead><tr><th>Office</th><th>Name</th><th>Organisation</th></tr></thead>
<tbody>
<tr><td>President</td><td>Jean-Marc VERNEREY</td><td>Vernerey Décolletage SAS, CEO</td></tr>
<tr><td>Vice-President (industry)</td><td>Claire MONNIER</td><td>Horlogerie Monnier &amp; Fils SA</td></tr>
<tr><td>Vice-President (research)</td><td>Prof. Arnaud Bouveresse</td><td>FEMTO-ST Institute</td></tr>
<tr><td>Treasurer</td><td>Lionel Prétot</td><td>Crédit Comtois Entreprises</td></tr>
<tr><td>Secretary</td><td>Valérie JEANNIN-NAULET</td><td>Microfluidix SARL</td></tr>
<tr><td>Director</td><td>Thibault Cattin</td><td>Vallorbe Outillage SAS</td></tr>
<tr><td>Director</td><td>Inès Bourgeois-Dromard</td><td>SUPMICROTECH-ENSMM</td></tr>
<tr><td>Director</td><td>Pascal Vermot</td><td>Jura Coatings SA</td></tr>
<tr><td>Director</td><td>Anne-Laure Pourcelot</td><td>Orthéa Implants SAS</td></tr>
<tr><td>Observer (non-voting)</td><td>Karim Haddou</td><td>Région Bourgogne-Franche-Comté, Direction de l'économie</td></tr>
</tbody>
</table>
<p>Honorary President: Gérard Billod-Morel, founding president of the cluster (2009–2021).</p>
<p>The auditor of the association is Cabinet Faivre &amp; Associés, Besançon.</p>

<h2>Our working groups and their leads</h2>
<p>Members meet in five working groups. Each group is led by a member company or laboratory and followed by one person of
the team:</p>
<ul>
<li>Medical devices and implants – lead: Anne-Laure Pourcelot (Orthéa Implants SAS); team contact: Nadia Benslimane</li>
<li>Watchmaking components – lead: Claire MONNIER; team contact: Quentin de La Roche-Marnay</li>
<li>Micro-machining and additive manufacturing – lead: Dr. Yannick Chopard, research engineer at FEMTO-ST Institute;
team contact: Baptiste Lhomme</li>
<li>Surface treatments and coatings – lead: Pascal Vermot (Jura Coatings SA)</li>
<li>Skills and attractiveness – lead: Inès Bourgeois-Dromard, director of studies at SUPMICROTECH-ENSMM; team contact:
Sophie Cuenot</li>
</ul>

<h2>A short history</h2>
<p>The cluster grew out of an informal club of subcontractors of the watch industry that met in Morteau in the early 2000s.
It was registered as an association in 2009 under the name "Club Microtechniques du Doubs", with Gérard Billod-Morel as its
first president and eleven founding companies. It took its present name in 2016, when the medical-device makers of the
Besançon area joined, and it opened to laboratories and schools in 2018. From 2021 to 2031 the association was led by a
president elected every three years from among the company members; the statutes adopted in 2031 added two vice-presidents,
one for industry and one for research. Today about two thirds of the members are companies with fewer than fifty
employees, and one in four exports more than half of its production, mainly to Switzerland and Germany.</p>
<p>The team has grown from two people in 2012 to seven today. Between 2024 and 2029 the cluster coordinated the Interreg
France–Switzerland project "MICROFRONT" with partners in Neuchâtel and La Chaux-de-Fonds, which created the first joint
training course for micro-mechanics technicians on both sides of the border. Since 2030 the cluster has been a member of the
French cluster association France Clusters and of the European network of precision engineering clusters.</p>

<h2>Join us at our next events</h2>
<ul>
<li>Microtech Morning "Surface treatments for implants" – Thursday 17 February 2033, Besançon, TEMIS Innovation</li>
<li>General Assembly 2033 – 23 June 2033, Morteau</li>
<li>Joint stand at EPHJ – 13 to 16 June 2033, Geneva (with 14 member companies)</li>
</ul>
</main>
<footer>
<p>Grappe Précision Comtoise – 25000 Besançon – France</p>
<p>With the support of the Région Bourgogne-Franche-Comté and Grand Besançon Métropole</p>
<p><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · <a href="/sitemap">Sitemap</a> · © 2033 GPC</p>
<p>Page updated on 06/01/2033</p>
</footer>
</body>
</html>
'''
write(F, T)
PMC='Grappe Précision Comtoise'
gold(F, [
 P('Hélène GIRARDOT-VUILLEMIN','Managing Director',PMC),
 P('Baptiste Lhomme','Deputy director, in charge of innovation projects',PMC),
 P('Nadia Benslimane','project officer – medical devices',PMC),
 P('Quentin de La Roche-Marnay','International Business Developer',PMC),
 P('Sophie Cuenot','Skills and Training Manager',PMC),
 P('Malik Ouazzani','communication officer',PMC),
 P('Émilie Faivre-Pierret','Office manager and accounts',PMC),
 P('Jean-Marc VERNEREY','President',PMC),
 P('Claire MONNIER','Vice-President (industry)',PMC),
 P('Arnaud Bouveresse','Vice-President (research)',PMC),
 P('Lionel Prétot','Treasurer',PMC),
 P('Valérie JEANNIN-NAULET','Secretary',PMC),
 P('Thibault Cattin',None,'Vallorbe Outillage SAS'),
 P('Inès Bourgeois-Dromard','director of studies','SUPMICROTECH-ENSMM'),
 P('Pascal Vermot',None,'Jura Coatings SA'),
 P('Anne-Laure Pourcelot',None,'Orthéa Implants SAS'),
 P('Karim Haddou','Observer (non-voting)','Région Bourgogne-Franche-Comté'),
 P('Gérard Billod-Morel','Honorary President',PMC),
 P('Yannick Chopard','research engineer','FEMTO-ST Institute'),
],[
 O(PMC,'GPC'), O('Enterprise Europe Network Bourgogne-Franche-Comté'), O('Lycée Edgar Faure'),
 O('Vernerey Décolletage SAS'), O('Horlogerie Monnier & Fils SA'), O('FEMTO-ST Institute'), O('Crédit Comtois Entreprises'),
 O('Microfluidix SARL'), O('Vallorbe Outillage SAS'), O('SUPMICROTECH-ENSMM'), O('Jura Coatings SA'), O('Orthéa Implants SAS'),
 O('Région Bourgogne-Franche-Comté'), O("Direction de l'économie"), O('Cabinet Faivre & Associés'), O('Grand Besançon Métropole'), O('Club Microtechniques du Doubs'), O('France Clusters'),
],[
 E('General Assembly','2032-06-19','2032-06-19','Pontarlier','France'),
 E('Microtech Morning "Surface treatments for implants"','2033-02-17','2033-02-17','Besançon','France'),
 E('General Assembly 2033','2033-06-23','2033-06-23','Morteau','France'),
 E('EPHJ','2033-06-13','2033-06-16','Geneva','Switzerland'),
 E('MedFIT',None,None,None,None),
],['2009','2027','2031-09','2032-06-19','2032/2035','2009/2021','2033-01-31','2033-02','2033-02-17','2033-06-23','2033-06-13/2033-06-16','2033-01-06','2016','2018','2021/2031','2031','2012','2024/2029','2030'])
