from h import *
F = 'limburg_logistics_cluster_news_listing.html'
items = [
 ((2037,2,16), 'Cluster members visit the Port of Duisburg', 'A delegation of 23 logistics companies from Limburg travelled to duisport on 11 February 2037 to study the trimodal terminal and the new hydrogen truck filling station. The visit was led by cluster chair <b>Koen Vanderhoydonck</b> (Vanderhoydonck Transport NV) and guided by <b>Dr. Susanne Bräutigam</b> of duisport – Duisburger Hafen AG.'),
 ((2037,2,2), 'New board member from the Albert Canal terminals', '<b>Annelies Peeters-Claes</b>, managing director of Trimodal Terminal Genk NV, has been co-opted to the board of directors. She replaces <b>Guido Schepers</b>, who retired after eleven years on the board, the last four as treasurer. The new treasurer is <b>Mehmet Yıldırım</b> (Yıldırım Cold Chain BV).'),
 ((2037,1,20), 'Call for pilots: shared electric truck charging in Lummen', 'Together with the Provincial Development Agency Limburg (POM Limburg) the cluster looks for five companies that want to test a shared charging hub at the E313/E314 junction. Applications are open until 16 March 2037; an information session takes place on {d1} 24 February 2037 at the Corda Campus in Hasselt.'.replace('{d1}', wd(2037,2,24))),
 ((2036,12,18), 'Report: Limburg logistics employment at record level', 'The study carried out by Hasselt University (UHasselt) and the Flemish Institute for Logistics (VIL) shows 38,400 jobs in logistics in the province in 2036, up 4% on 2035. Co-author <b>Prof. Dr. Wout Dullaert-Janssens</b> presented the figures at the cluster\'s year-end reception on 11 December 2036.'),
 ((2036,11,28), 'Flanders Logistics Awards: two nominations for cluster members', 'Cool Logistics Maasmechelen BVBA and the start-up Pallet2Go were nominated at the Flanders Logistics Awards 2036 in Antwerp on 24 November 2036. Pallet2Go founder <b>Sofie Lenaerts</b> won the "Young entrepreneur" prize.'),
 ((2036,11,7), 'Cross-border cooperation with Dutch Limburg renewed', 'The cluster and the Dutch network Logistiek Limburg signed a new cooperation agreement for 2037–2040 at the Euregio Meuse-Rhine office in Eupen. The agreement was signed by cluster director <b>Hilde Vandersmissen</b> and <b>Ruud Smeets</b>, programme manager of Logistiek Limburg.'),
 ((2036,10,14), 'Members\' day 2036: 190 participants in Genk', 'The annual Logistics Members\' Day took place on {d2} 10 October 2036 at C-Mine in Genk. Guest speaker was the Flemish Minister for Mobility, <b>Lydia De Wachter</b>, who announced additional investment in the Albert Canal bridges.'.replace('{d2}', wd(2036,10,10))),
 ((2036,9,30), 'Project LIMBURG-GREEN-HUB approved', 'The Flemish government approved the cluster\'s project for a shared green warehouse standard, with a budget of EUR 1.2 million for 2036–2039. Project leader is <b>Dr. Ir. Bart Moonen</b>, innovation manager of the cluster. Eleven members take part, together with the Flemish Institute for Logistics and the consultancy Kessels &amp; Partners BV. A kick-off for all participants is planned in November, the first results will be shown at the General Assembly in March 2037.'),
 ((2036,9,26), 'Interview: "Our drivers are our ambassadors"', 'In a new series we ask members about their people. This month <b>Nathalie Gijbels</b>, HR director of Van Mol Expeditie NV, explains how the company trains its 180 drivers in eco-driving and customer contact, and why it now recruits in Poland and Portugal with the help of VDAB, the Flemish public employment service. Her advice to smaller members: share training with your neighbours.'),
 ((2036,9,25), 'Cluster joins the European logistics cluster network', 'The board decided to join the network of European Logistics Clusters (ELC), which brings together 28 cluster organisations from 14 countries. Cluster director Hilde Vandersmissen will represent Limburg in the network\'s general meeting. The first joint activity is a benchmark of warehouse automation in inland regions, to be published in the spring of 2037.'),
 ((2036,9,23), 'Welcome to six new members', 'The cluster welcomes Van Mol Expeditie NV, Limburg Warehousing BV, DataDock Hasselt BV, KinetiQ Robotics, the vocational school PXL University of Applied Sciences and Arts and the municipality of Lommel. The cluster now counts 142 members.'),
]
cards = ''
for (y,m,d), title, teaser in items:
    cards += f'''<article class="news-card">
<time datetime="{y:04d}-{m:02d}-{d:02d}">{d} {['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {y}</time>
<h2><a href="/news/{y}{m:02d}{d:02d}">{title}</a></h2>
<p>{teaser}</p>
<a class="more" href="/news/{y}{m:02d}{d:02d}">Read more »</a>
</article>
'''
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Logistics Cluster Limburg</title></head>
<body>
<div id="cookies"><p>We use cookies for statistics and to remember your preferences. <a href="/cookies">Cookie policy</a></p><button>Accept</button><button>Settings</button></div>
<header><a href="/" class="logo">Logistics Cluster Limburg vzw</a>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news" class="active">News</a> | <a href="/agenda">Agenda</a> | <a href="/join">Become a member</a> | <a href="/nl">NL</a></nav></header>
<main>
<h1>News</h1>
<p class="filter">Filter: <a href="#">All</a> · <a href="#">Members</a> · <a href="#">Projects</a> · <a href="#">Events</a> · <a href="#">Policy</a></p>
{cards}
<div class="pager">Page 1 of 14 · <a href="?page=2">Next ›</a> · <a href="?page=14">Last »</a></div>
<aside><h3>Upcoming</h3>
<ul><li>{wd(2037,2,24)} 24 February 2037 – Information session charging hub, Hasselt</li>
<li>{wd(2037,3,18)} 18 March 2037 – General Assembly, Hasselt</li>
<li>{wd(2037,4,22)} 22 April 2037 – Breakfast session "Customs after Brexit 2.0", Genk</li>
<li>{wd(2037,5,19)} 19 May to {wd(2037,5,21)} 21 May 2037 – transport logistic trade fair, Munich (joint stand of the cluster)</li></ul>
</aside>
</main>
<footer>
<p>Logistics Cluster Limburg vzw · Kempische Steenweg 293, 3500 Hasselt · BE 0000.000.000 · info@lcl.example</p>
<p>With the support of the Province of Limburg and VLAIO (Flanders Innovation &amp; Entrepreneurship).</p>
<p><a href="/privacy">Privacy</a> · <a href="/disclaimer">Disclaimer</a> · Follow us: LinkedIn · YouTube</p>
</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Koen Vanderhoydonck', 'cluster chair', 'Vanderhoydonck Transport NV'),
  P('Susanne Bräutigam', None, 'Duisburger Hafen AG'),
  P('Annelies Peeters-Claes', 'managing director', 'Trimodal Terminal Genk NV'),
  P('Guido Schepers', None, 'Logistics Cluster Limburg vzw'),
  P('Mehmet Yıldırım', 'treasurer', 'Logistics Cluster Limburg vzw'),
  P('Wout Dullaert-Janssens', 'Co-author', None),
  P('Sofie Lenaerts', 'founder', 'Pallet2Go'),
  P('Hilde Vandersmissen', 'cluster director', 'Logistics Cluster Limburg vzw'),
  P('Ruud Smeets', 'programme manager', 'Logistiek Limburg'),
  P('Lydia De Wachter', 'Flemish Minister for Mobility', None),
  P('Bart Moonen', 'innovation manager', 'Logistics Cluster Limburg vzw'),
  P('Nathalie Gijbels', 'HR director', 'Van Mol Expeditie NV')],
 [O('Logistics Cluster Limburg vzw'), O('Duisburger Hafen AG', 'duisport'), O('Vanderhoydonck Transport NV'), O('Trimodal Terminal Genk NV'),
  O('Yıldırım Cold Chain BV'), O('Provincial Development Agency Limburg', 'POM Limburg'), O('Hasselt University', 'UHasselt'),
  O('Flemish Institute for Logistics', 'VIL'), O('Cool Logistics Maasmechelen BVBA'), O('Pallet2Go'), O('Logistiek Limburg'),
  O('Euregio Meuse-Rhine'), O('Van Mol Expeditie NV'), O('Limburg Warehousing BV'), O('DataDock Hasselt BV'), O('KinetiQ Robotics'),
  O('PXL University of Applied Sciences and Arts'), O('municipality of Lommel'), O('Province of Limburg'),
  O('Flanders Innovation & Entrepreneurship', 'VLAIO'), O('Kessels & Partners BV'), O('VDAB'), O('European Logistics Clusters', 'ELC')],
 [E('visit to the Port of Duisburg', '2037-02-11', '2037-02-11', 'Duisburg', 'Germany'),
  E('information session', '2037-02-24', '2037-02-24', 'Hasselt', 'Belgium'),
  E("year-end reception", '2036-12-11', '2036-12-11', None, None),
  E('Flanders Logistics Awards 2036', '2036-11-24', '2036-11-24', 'Antwerp', 'Belgium'),
  E("Logistics Members' Day", '2036-10-10', '2036-10-10', 'Genk', 'Belgium'),
  E('kick-off', '2036-11', '2036-11', None, None),
  E('General Assembly', '2037-03-18', '2037-03-18', 'Hasselt', 'Belgium'),
  E('Breakfast session "Customs after Brexit 2.0"', '2037-04-22', '2037-04-22', 'Genk', 'Belgium'),
  E('transport logistic trade fair', '2037-05-19', '2037-05-21', 'Munich', 'Germany')],
 ['2037-02-16', '2037-02-11', '2037-02-02', '2037-01-20', '2037-03-16', '2037-02-24', '2036-12-18', '2036', '2035', '2036-12-11',
  '2036-11-28', '2036-11-24', '2036-11-07', '2037/2040', '2036-10-14', '2036-10-10', '2036-09-30', '2036/2039', '2036-11', '2037-03', '2036-09-26', '2036-09-25', '2037', '2036-09-23', '2037-03-18', '2037-04-22', '2037-05-19/2037-05-21'],
 [])
