from h import *
F='lubuskie-wood-cluster-timber-talks-webinars.html'
eps=[(1,(2035,1,17),'“Who owns the forest data? Digital twins for small sawmills”','Dr. inż. Katarzyna Bielecka, Poznań University of Life Sciences','Recording available'),
(2,(2035,2,14),'“Gluing the future: bio-based adhesives for engineered wood”','Dr. Matthias Oberhuber, Holzcluster Steiermark, and Piotr Zając, R&D manager at Lubplyt Sp. z o.o.','Recording available'),
(3,(2035,3,14),'“Selling furniture to Scandinavia after the new ecodesign rules”','Lene Aagaard Pedersen, Danish Furniture Makers Association, and Michał Gruszka, export director, Meble Gorzów S.A.','Registration open'),
(4,(2035,4,11),'“Timber in the city: fire safety myths and facts”','Prof. Ewa Nowosielska-Lis, University of Zielona Góra','Registration open'),
(5,(2035,5,16),'“From waste to pellets to chemicals: cascading use of wood residues”','Ing. Martin Kubík, Central Slovak Wood Cluster, Banská Bystrica','Registration opens in April'),
(6,(2035,6,13),'“Skills for the wood sector: what apprentices want”','Agnieszka Dąbrowska-Fritz, Lubuskie Chamber of Crafts, and Jonas Weidner, Brandenburg wood apprenticeship network','Registration opens in May')]
items='\n'.join(f'''<li class="episode"><span class="no">Episode {n}</span> <span class="date">{wd(*d)}, {d[2]} {["January","February","March","April","May","June"][d[1]-1]} {d[0]}, 11:00–12:00 CET</span>
<h3>{t}</h3><p class="speakers">With {sp}</p><p class="status">{st}</p></li>''' for n,d,t,sp,st in eps)
T=f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Timber Talks – webinar series | Lubuskie Wood Cluster</title></head>
<body>
<div id="cookies">Our site uses cookies. By continuing you accept our <a href="/polityka-prywatnosci">privacy policy</a>. <button>OK</button></div>
<header><a href="/" class="logo">Lubuski Klaster Drzewny · Lubuskie Wood Cluster</a>
<nav><a href="/">Start</a> <a href="/o-klastrze">About</a> <a href="/czlonkowie">Members</a> <a href="/wydarzenia" class="active">Events</a> <a href="/projekty">Projects</a> <a href="/kontakt">Contact</a> <a href="/pl">PL</a>/<a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Start / Events / Timber Talks</p>
<h1>Timber Talks – the webinar series of the Lubuskie Wood Cluster</h1>
<p class="intro">Once a month, on a {wd(2035,1,17)}, from January to June 2035, we invite one or two guests to talk for one hour about a question that matters to sawmills, furniture makers, carpenters and builders in Lubuskie and beyond. The format is simple: 30 minutes of input, 30 minutes of questions. All episodes are in English with live Polish subtitles, free of charge and open to non-members. Recordings are published on our channel within a week.</p>
<p>The series is run by the cluster office in Gorzów Wielkopolski with the support of the Marshal Office of the Lubuskie Voivodeship and the Lubuskie Regional Development Agency (ARR Lubuskie). It continues the "Wood Wednesdays" series of 2033–2034, which reached more than 2,000 viewers.</p>

<h2>Episodes 2035</h2>
<ol class="episodes">
{items}
</ol>

<h2>Bonus: live episode at the cluster's annual meeting</h2>
<p>The last episode of the season will be recorded live on stage at the annual members' meeting of the Lubuskie Wood Cluster on {wd(2035,6,27)} 27 June 2035 in Zielona Góra (Palmiarnia conference hall). The topic will be chosen by the audience of the first six episodes through a short online vote that closes on 31 May 2035.</p>

<h2>How to take part</h2>
<ul><li>Register once for the whole series or for single episodes via the form below.</li>
<li>You will receive the link to the webinar room the day before each episode.</li>
<li>Questions can be sent in advance to webinary@klasterdrzewny.example.pl.</li>
<li>Certificates of attendance are available on request for members of the Polish Chamber of Engineers.</li></ul>

<h2>The hosts</h2>
<p>The series is hosted by Tomasz Wierzbicki, cluster coordinator of the Lubuskie Wood Cluster, and by Joanna Szymańska-Ortiz, who is in charge of international projects at the cluster. Technical production: Studio Lubuskie Media.</p>

<h2>Feedback from viewers</h2>
<blockquote>“The episode on bio-based adhesives saved us a trip to a trade fair. We now test two of the products that were presented.” – Paweł Kraszewski, owner of a joinery in Sulęcin</blockquote>
<blockquote>“Short, practical and no sales talk. Please keep it that way.” – a viewer from Saxony</blockquote>

<form class="register"><label>First name <input></label> <label>Last name <input></label> <label>Organisation <input></label> <label>E-mail <input></label> <label><input type="checkbox"> All episodes</label> <button>Register</button></form>
</main>
<footer><p>Lubuski Klaster Drzewny (Lubuskie Wood Cluster) · ul. Kosynierów Gdyńskich 10, 66-400 Gorzów Wielkopolski · KRS 0000000000</p>
<p>Co-financed by the Lubuskie Voivodeship. <a href="/rodo">GDPR</a> · <a href="/mapa">Sitemap</a> · © 2035</p></footer>
</body></html>
'''
write(F,T)
L='Lubuskie Wood Cluster'
gold(F,[P('Katarzyna Bielecka',None,'Poznań University of Life Sciences'),P('Matthias Oberhuber',None,'Holzcluster Steiermark'),P('Piotr Zając','R&D manager','Lubplyt Sp. z o.o.'),
 P('Lene Aagaard Pedersen',None,'Danish Furniture Makers Association'),P('Michał Gruszka','export director','Meble Gorzów S.A.'),P('Ewa Nowosielska-Lis',None,'University of Zielona Góra'),
 P('Martin Kubík',None,'Central Slovak Wood Cluster'),P('Agnieszka Dąbrowska-Fritz',None,'Lubuskie Chamber of Crafts'),P('Jonas Weidner',None,'Brandenburg wood apprenticeship network'),
 P('Tomasz Wierzbicki','cluster coordinator',L),P('Joanna Szymańska-Ortiz',None,L),P('Paweł Kraszewski','owner of a joinery',None)],
 [O(L),O('Poznań University of Life Sciences'),O('Holzcluster Steiermark'),O('Lubplyt Sp. z o.o.'),O('Danish Furniture Makers Association'),O('Meble Gorzów S.A.'),
  O('University of Zielona Góra'),O('Central Slovak Wood Cluster'),O('Lubuskie Chamber of Crafts'),O('Brandenburg wood apprenticeship network'),O('Marshal Office of the Lubuskie Voivodeship'),
  O('Lubuskie Regional Development Agency','ARR Lubuskie'),O('Polish Chamber of Engineers'),O('Studio Lubuskie Media')],
 [E('Timber Talks','2035-01-17','2035-06-13',None,None)]+[E(t.strip('“”'),f'{d[0]}-{d[1]:02d}-{d[2]:02d}',f'{d[0]}-{d[1]:02d}-{d[2]:02d}',None,None) for n,d,t,sp,st in eps]+
 [E('Wood Wednesdays','2033','2034',None,None),E('live episode at the cluster\'s annual meeting','2035-06-27','2035-06-27','Zielona Góra','Poland'),E("annual members' meeting",'2035-06-27','2035-06-27','Zielona Góra','Poland')],
 ['2035-01/2035-06','2033/2034']+[f'{d[0]}-{d[1]:02d}-{d[2]:02d}' for n,d,t,sp,st in eps]+['2035-06-27','2035-05-31','2035-04','2035-05'])
