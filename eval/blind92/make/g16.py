from h import *
F = 'g16_kosice_it_cluster_leaders_summit_notes.html'
assert wd(2034,6,13)=='Tuesday' and wd(2034,6,14)=='Wednesday' and wd(2034,10,11)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster Leaders Summit 2034 – event notes | Košice IT Valley</title></head>
<body>
<div class="cookie">Košice IT Valley uses cookies. By continuing you agree to our cookie policy. <a href="#">OK</a></div>
<header><a class="logo" href="/">Košice IT Valley</a>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Members</a> · <a href="/events" class="active">Events</a> · <a href="/education">Education</a> · <a href="/news">News</a> · <a href="/sk">SK</a></nav></header>
<main>
<p class="crumbs">Events › Past events › Cluster Leaders Summit 2034</p>
<h1>Cluster Leaders Summit 2034: people, not platforms</h1>
<p class="meta">Event notes · published 20 June 2034 · by Zuzana Hudáková, Communication Manager</p>

<p>On Tuesday 13 and Wednesday 14 June 2034, 140 cluster managers, board members and policy makers from 17 countries met at the Steel Park conference hall in Košice for the Cluster Leaders Summit 2034, organised by Košice IT Valley with the Slovak Innovation and Energy Agency (SIEA) and the Union of Slovak Clusters. The topic of this year's edition was leadership: how clusters find, keep and renew the people who run them.</p>

<h2>Who spoke</h2>
<p>The summit was opened by Marek Tkáč, Executive Director of Košice IT Valley, and by Jana Balogová, State Secretary at the Ministry of Economy of the Slovak Republic, who announced that the national cluster support scheme will be extended to 2040. The keynote came from Dr Christian Ketels of the Harvard Business School's Institute for Strategy and Competitiveness, who presented data on cluster manager turnover: in a sample of 310 European cluster organisations, one manager in four left within three years.</p>
<p>In the first panel, Gerd Meier zu Köcker, Managing Director of the International Cluster Competence Centre (ICCC), discussed succession planning with Petra Horáková, Cluster Manager of the Moravian-Silesian Automotive Cluster (MAC), Dr Gabriella Nagy, President of the Hungarian Cluster Association, and Tomasz Jarzębowski, Board Member of Silesia Automotive & Advanced Manufacturing (SA&AM). The panel was moderated by Ľubica Vargová of the Technical University of Košice.</p>
<p>The second day started with the board session. Ivan Sabol, Chairman of the Board of Košice IT Valley and CEO of Deutsche Telekom IT &amp; Telecommunications Slovakia, argued that boards must "hire managers for the next ten years, not for the last project". Maria Kottmann of the Europäisches Cluster Kolleg spoke on the training of young cluster staff, and Andrej Kozák of the Slovak Business Agency presented the new mentoring programme for cluster managers.</p>

<h2>Voices from the floor</h2>
<p>The workshops on the first afternoon were the most discussed part of the summit. In the recruiting workshop several managers said that salaries in clusters cannot compete with those of member companies, and that the real attraction of the job is variety and contact with decision makers. Veronika Mrázová, Project Manager at the Union of Slovak Clusters, presented the results of a survey of 48 Slovak and Czech cluster organisations: 31 of them have no deputy who could take over if the manager left tomorrow. In the peer review workshop, pairs of managers visited each other's "office" for an hour and gave feedback on one service. Participants asked for more time for this format next year. The board roles workshop produced a one-page checklist for new board members, which the organisers will send to all participants with the presentations. Several participants also asked for a shorter lunch and longer breaks for informal talks.</p>

<h2>Programme</h2>
<table>
<tr><td>Tue 13 June, 09:00</td><td>Registration and coffee</td></tr>
<tr><td>09:30</td><td>Opening – Marek Tkáč, Jana Balogová</td></tr>
<tr><td>10:00</td><td>Keynote – Dr Christian Ketels</td></tr>
<tr><td>11:30</td><td>Panel: Who runs the cluster in 2040?</td></tr>
<tr><td>14:00–17:00</td><td>Workshops: board roles; recruiting; cluster manager peer review</td></tr>
<tr><td>19:00</td><td>Networking dinner at the Hotel Yasmin rooftop</td></tr>
<tr><td>Wed 14 June, 09:00</td><td>Board session – Ivan Sabol, Maria Kottmann, Andrej Kozák</td></tr>
<tr><td>11:00</td><td>B2B meetings of cluster organisations</td></tr>
<tr><td>13:30</td><td>Study visit to the Technicom innovation centre, Technical University of Košice</td></tr>
</table>

<h2>Key takeaways</h2>
<ul>
<li>Cluster managers leave when their contracts follow project funding; boards should offer terms of at least four years</li>
<li>Every cluster organisation needs a written succession plan for its manager and its chair</li>
<li>Board members from member companies should receive a short induction on cluster policy and funding</li>
<li>Peer exchange between cluster managers across borders is the cheapest form of training and should be funded by national schemes</li>
<li>Young staff stay longer when they can lead their own project within the first year</li>
</ul>

<h2>What happens next</h2>
<p>The participants agreed to set up a Central European cluster managers' peer network, coordinated by Košice IT Valley and the ICCC. Its first meeting will be held online on Wednesday 11 October 2034. The next Cluster Leaders Summit will take place in Ostrava in June 2035, hosted by the Moravian-Silesian Automotive Cluster.</p>
<p>Presentations can be downloaded from the members' area. Photos: Ján Šimko for Košice IT Valley.</p>

<h2>Earlier summits</h2>
<ul><li>2033 – Košice: "Clusters and the digital decade"</li><li>2032 – Bratislava: "From network to organisation"</li><li>2031 – Košice: first edition, 60 participants</li></ul>

<p class="contact">Contact: Zuzana Hudáková, Communication Manager, zuzana.hudakova@itvalley.example.sk, +421 55 000 0000</p>
</main>
<footer><p>Share on <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a></p><p>Košice IT Valley, z.p.o. · Moldavská cesta 0, 040 11 Košice · © 2034 · <a href="#">Privacy</a> · <a href="#">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
K='Košice IT Valley'; TU='Technical University of Košice'
gold(F,
 [P('Zuzana Hudáková','Communication Manager',K), P('Marek Tkáč','Executive Director',K),
  P('Jana Balogová','State Secretary','Ministry of Economy of the Slovak Republic'),
  P('Christian Ketels',None,"Institute for Strategy and Competitiveness"),
  P('Gerd Meier zu Köcker','Managing Director','International Cluster Competence Centre'),
  P('Petra Horáková','Cluster Manager','Moravian-Silesian Automotive Cluster'),
  P('Gabriella Nagy','President','Hungarian Cluster Association'),
  P('Tomasz Jarzębowski','Board Member','Silesia Automotive & Advanced Manufacturing'),
  P('Ľubica Vargová',None,TU), P('Ivan Sabol','Chairman of the Board',K),
  P('Maria Kottmann',None,'Europäisches Cluster Kolleg'), P('Andrej Kozák',None,'Slovak Business Agency'),
  P('Ján Šimko',None,K), P('Veronika Mrázová','Project Manager','Union of Slovak Clusters')],
 [O(K+', z.p.o.'), O('Slovak Innovation and Energy Agency','SIEA'), O('Union of Slovak Clusters'),
  O('Ministry of Economy of the Slovak Republic'), O('Harvard Business School'), O('Institute for Strategy and Competitiveness'),
  O('International Cluster Competence Centre','ICCC'), O('Moravian-Silesian Automotive Cluster','MAC'),
  O('Hungarian Cluster Association'), O('Silesia Automotive & Advanced Manufacturing','SA&AM'), O(TU),
  O('Deutsche Telekom IT & Telecommunications Slovakia'), O('Europäisches Cluster Kolleg'), O('Slovak Business Agency'),
  O('Technicom innovation centre'), O("Central European cluster managers' peer network")],
 [E('Cluster Leaders Summit 2034','2034-06-13','2034-06-14','Košice','Slovakia'),
  E('Workshops','2034-06-13',None,'Košice','Slovakia'),
  E('Networking dinner','2034-06-13',None,'Košice','Slovakia'),
  E('B2B meetings','2034-06-14',None,'Košice','Slovakia'),
  E('Study visit','2034-06-14',None,'Košice','Slovakia'),
  E("first meeting of the Central European cluster managers' peer network",'2034-10-11',None,None,None),
  E('Cluster Leaders Summit (2035 edition)','2035-06',None,'Ostrava','Czech Republic'),
  E('Cluster Leaders Summit (2033 edition)','2033',None,'Košice','Slovakia'),
  E('Cluster Leaders Summit (2032 edition)','2032',None,'Bratislava','Slovakia'),
  E('Cluster Leaders Summit (2031 edition)','2031',None,'Košice','Slovakia')],
 ['2034-06-20','2034-06-13/2034-06-14','2040','2034-06-13','2034-06-14','2034-10-11','2035-06','2033','2032','2031'],
 ['Cluster managers leave when their contracts follow project funding; boards should offer terms of at least four years',
  'Every cluster organisation needs a written succession plan for its manager and its chair',
  'Board members from member companies should receive a short induction on cluster policy and funding',
  'Peer exchange between cluster managers across borders is the cheapest form of training and should be funded by national schemes',
  'Young staff stay longer when they can lead their own project within the first year'], pub='2034-06-20')
