from common import *
doc='15_tay_games_summit_news.html'
t='''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Record attendance at Tay Games &amp; Immersive Summit 2034 | Tay Creative Cluster</title></head>
<body>
<div id="cookie-consent">We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve user experience. <button>Accept</button> <button>Reject</button></div>
<header><a href="/" class="logo">Tay Creative Cluster</a>
<nav><a href="/about">About</a> <a href="/members">Members</a> <a href="/news" class="active">News</a> <a href="/events">Events</a> <a href="/talent">Talent</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/news">News</a> / Summit 2034</p>
<article>
<h1>Record attendance as Tay Games &amp; Immersive Summit 2034 looks to the next decade</h1>
<p class="byline">By Fiona McAllister · 3 November 2034 · 5 min read</p>

<figure><img src="summit-opening.jpg" alt="Opening plenary"><figcaption>The opening plenary at the V&amp;A Dundee. Photo: Craig Dunsmuir / Tay Creative Cluster</figcaption></figure>

<p>More than 650 developers, artists, researchers, investors and students gathered in Dundee on 26 and 27 October for the Tay Games &amp; Immersive Summit 2034, the biggest edition since the event was launched in 2027. Organised by the Tay Creative Cluster with Abertay University and the University of Dundee, the two-day summit took place at the V&amp;A Dundee and the Abertay campus, with a programme spanning game design, immersive technology for health, and the business of independent studios.</p>

<p>Opening the summit, Dr. Morag Ferguson-Reid, Director of the Tay Creative Cluster, said the city's games sector now employed more than 1,100 people in 74 studios, "but the next ten years will be decided by whether we can keep our graduates here and help our small studios grow into medium-sized ones." She announced that the cluster would launch a scale-up programme for studios with ten to fifty employees in spring 2035.</p>

<h2>International guests</h2>
<p>The summit had a strong European flavour this year. Keynote speaker Mikko Järvelä, co-founder of the Helsinki studio Northglow Games, spoke about how Finland's games cluster built a shared publishing fund, while Dr. Anneke de Vries-Bakker, programme manager at the Dutch Game Garden in Utrecht, described the Netherlands' incubator model. A panel on immersive technology for healthcare, chaired by Prof. Raj Sandhu of the University of Dundee's School of Medicine, brought together Élodie Marchetti (Immersive Lab, Laval Virtual), Tomasz Grabowski (Kraków Games Cluster) and Kirsty Nairn, Chief Executive of NHS Tayside's innovation hub.</p>

<figure><img src="panel-health.jpg" alt="Panel on immersive health"><figcaption>Prof. Raj Sandhu (left) chairing the panel on immersive health. Photo: Ewan Soutar for Tay Creative Cluster</figcaption></figure>

<p>Scottish Enterprise used the summit to present the results of its games sector review. Its head of creative industries, Alasdair Munro, told delegates that the agency would extend its support for "pre-production" funding and would work with the cluster on a shared investor-readiness programme. Councillor Heather Lindsay-Crichton, Convener of the City Development Committee of Dundee City Council, confirmed that the council will make two more floors of the Seabraes Yards available to start-up studios at reduced rents.</p>

<p>Several studio founders used the open-mic session on the first evening to ask for simpler access to public funding. "We spend more time on applications than on prototypes," said one developer. Representatives of the cluster promised to publish a single guide to all national and local schemes before the end of the year, and to offer one-to-one advice sessions for members in December.</p>

<h2>Students and jobs</h2>
<p>On the second day, the summit's careers fair brought 38 studios and more than 300 students from Abertay University, the University of Dundee and Dundee and Angus College together in the Abertay atrium. In the afternoon, the Dare to be Digital Showcase gave final-year students the chance to present their games to an industry jury. The Dare Prize went to "Low Tide", a narrative game by a team of five Abertay students, which will be shown at the Gamescom in Cologne next August.</p>

<figure><img src="careers-fair.jpg" alt="Careers fair"><figcaption>Students meeting studios at the careers fair. Photo: Craig Dunsmuir / Tay Creative Cluster</figcaption></figure>

<h2>Takeaways</h2>
<p>In the closing session, the cluster summarised what it had heard over the two days. The main takeaways were:</p>
<ul>
<li>Dundee needs a shared publishing and marketing fund so that independent studios keep the rights to their games.</li>
<li>Immersive technology for health is the fastest-growing niche and needs a permanent test environment with NHS Tayside.</li>
<li>The city must offer affordable studio space and housing to keep graduates after their studies.</li>
<li>European cooperation through cluster partnerships should continue, in particular with Finland, the Netherlands and Poland.</li>
</ul>

<p>Speaking at the closing, Prof. Gordon Whyte-Calder, Dean of the School of Design and Informatics at Abertay University, thanked the volunteers and the sponsors, including Outplay Entertainment, 4J Studios and Tag Games.</p>

<h2>Next year</h2>
<p>The Tay Games &amp; Immersive Summit 2035 will take place on 25–26 October 2035. Before that, the cluster will host a European study visit of games clusters in Dundee on 14 March 2035, organised with the Kraków Games Cluster and Northglow Games' partner network. Members can propose session topics until 31 January 2035.</p>

<p class="tags">Tags: games, immersive, summit, Dundee, events</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Bluesky</a> · <a href="#">Email</a></p>
</article>
<aside><h3>Related news</h3><ul><li><a href="#">Cluster joins European games network</a></li><li><a href="#">New members: October 2034</a></li><li><a href="#">Scale-up programme: call for interest</a></li></ul></aside>
</main>
<footer><p>Tay Creative Cluster · Vision Building, 20 Greenmarket, Dundee DD1 4QB · Registered in Scotland as a company limited by guarantee</p><p><a href="#">Privacy notice</a> · <a href="#">Accessibility</a> · © Tay Creative Cluster 2034</p></footer>
</body></html>
'''
write(doc,t)
TCC='Tay Creative Cluster'; UD='University of Dundee'
gold(doc,[P('Fiona McAllister',None,None),P('Craig Dunsmuir',None,TCC),P('Morag Ferguson-Reid','Director',TCC),P('Mikko Järvelä','co-founder','Northglow Games'),
 P('Anneke de Vries-Bakker','programme manager','Dutch Game Garden'),P('Raj Sandhu',None,"University of Dundee's School of Medicine"),
 P('Élodie Marchetti',None,'Immersive Lab, Laval Virtual'),P('Tomasz Grabowski',None,'Kraków Games Cluster'),P('Kirsty Nairn','Chief Executive',"NHS Tayside's innovation hub"),
 P('Ewan Soutar',None,None),P('Alasdair Munro','head of creative industries','Scottish Enterprise'),
 P('Heather Lindsay-Crichton','Convener of the City Development Committee','Dundee City Council'),P('Gordon Whyte-Calder','Dean of the School of Design and Informatics','Abertay University')],
 [O(TCC),O('Abertay University'),O(UD),O('Northglow Games'),O('Dutch Game Garden'),O("University of Dundee's School of Medicine"),O('Immersive Lab'),O('Laval Virtual'),
  O('Kraków Games Cluster'),O('NHS Tayside'),O('Scottish Enterprise'),O('Dundee City Council'),O('City Development Committee'),O('Dundee and Angus College'),
  O('School of Design and Informatics'),O('Outplay Entertainment'),O('4J Studios'),O('Tag Games')],
 [E('Tay Games & Immersive Summit 2034','2034-10-26','2034-10-27','Dundee','United Kingdom'),E('careers fair','2034-10-27',None,'Dundee','United Kingdom'),
  E('Dare to be Digital Showcase','2034-10-27',None,'Dundee','United Kingdom'),E('Gamescom','2035-08',None,'Cologne','Germany'),
  E('Tay Games & Immersive Summit 2035','2035-10-25','2035-10-26',None,None),E('European study visit of games clusters','2035-03-14',None,'Dundee','United Kingdom')],
 ['2034-11-03','2034-10-26/2034-10-27','2027','2035','2035-08','2035-10-25/2035-10-26','2035-03-14','2035-01-31','2034-10'],
 km=['Dundee needs a shared publishing and marketing fund so that independent studios keep the rights to their games',
 'Immersive technology for health is the fastest-growing niche and needs a permanent test environment with NHS Tayside',
 'The city must offer affordable studio space and housing to keep graduates after their studies',
 'European cooperation through cluster partnerships should continue, in particular with Finland, the Netherlands and Poland'],pub='2034-11-03')
