from h import *
F='hydrodelta-zeeland-news-page2.html'
T=f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – HydroDelta Zeeland</title></head>
<body>
<div class="cookie-bar">We use functional and analytical cookies to improve this website. <a href="#">Accept all</a> | <a href="#">Only necessary</a> | <a href="#">Cookie policy</a></div>
<header><nav>Home | About the cluster | Members | Projects | Events | <b>News</b> | Contact | NL / EN</nav></header>
<main>
<p class="crumbs">Home &gt; News &gt; Page 2 of 9</p>
<h1>News</h1>
<p>Filter: All | Cluster news | Member news | Projects | Policy</p>

<article>
<p class="date">{wd(2034,3,14)} 14 March 2034 · Cluster news</p>
<h2>Board confirms Femke van der Heijden as managing director</h2>
<p>At its meeting in Vlissingen the board of HydroDelta Zeeland confirmed Femke van der Heijden as managing director from 1 April 2034. She succeeds Pieter-Jan de Wolf, who led the cluster office since 2027 and now moves to Zeeland Port Authority as head of energy transition. Board chair Dr. Anouk Verhulst thanked him for &quot;seven years of patient bridge-building between the port, the chemical plants and the farmers of Walcheren&quot;.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<p class="date">{wd(2034,3,6)} 6 March 2034 · Projects</p>
<h2>H2-Scheldt Corridor partners meet in Antwerp</h2>
<p>Twelve partners of the H2-Scheldt Corridor project met at the offices of the Port of Antwerp-Bruges on 4 and 5 March to agree the route study for a cross-border hydrogen pipeline. The study, led by TNO with the Flemish cluster Catalisti, will be delivered in October 2034. Project coordinator Joris Maes (Catalisti) said the partners now share one data set for the first time.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<p class="date">{wd(2034,2,27)} 27 February 2034 · Member news</p>
<h2>Welcome to three new members</h2>
<p>The cluster grows to 118 members. We welcome Oosterschelde Electrolysis B.V. from Goes, the engineering firm Verbeke &amp; Dhondt NV from Ghent and the HZ University of Applied Sciences research group Biobased Resources, which joins as a knowledge partner. &quot;Each of them fills a gap in our value chain,&quot; says membership coordinator Sanne Kooiman.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<p class="date">{wd(2034,2,19)} 19 February 2034 · Events</p>
<h2>Save the date: Delta Hydrogen Days 2034</h2>
<p>Our annual conference returns to the Zeelandhallen in Goes on 24 and 25 September 2034. The first day is devoted to green hydrogen production, the second to use in industry and shipping, with site visits to the Sloe area on the afternoon of {wd(2034,9,25)} 25 September. Registration opens on 2 May 2034. The 2033 edition drew 640 participants from eleven countries.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<p class="date">{wd(2034,2,8)} 8 February 2034 · Policy</p>
<h2>Province of Zeeland renews cluster funding until 2037</h2>
<p>Provincial executive member Ruud Sinke (economy and energy) signed a new funding agreement with the cluster for the period 2034–2037. The province contributes EUR 1.6 million over four years; members match the amount through fees and in-kind work. &quot;HydroDelta is the table where our industrial future is discussed,&quot; Sinke said at the signing in Middelburg.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<p class="date">{wd(2034,1,29)} 29 January 2034 · Cluster news</p>
<h2>HydroDelta keeps its Gold label</h2>
<p>After an assessment visit in December 2033, the European Secretariat for Cluster Analysis (ESCA) has renewed the cluster's Gold label of the European Cluster Excellence Initiative. The assessors praised the cluster's member survey and its open-book finances. The label is valid for two years.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<p class="date">{wd(2034,1,16)} 16 January 2034 · Events</p>
<h2>Webinar recording: heat networks for small chemical plants</h2>
<p>More than 90 people followed our webinar &quot;Residual heat for the neighbours&quot; on {wd(2034,1,11)} 11 January. Speakers were Ir. Koen Brouwer of Dow Terneuzen, Lotte Schippers of the municipality of Borsele and Prof. Dr. Matthias ZU SALM-HOOGSTRAETEN of Ghent University. The slides and the recording are now available to members in the extranet.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<p class="date">{wd(2034,1,9)} 9 January 2034 · Cluster news</p>
<h2>New year reception: looking back on 2033</h2>
<p>About 150 members and partners joined the new year reception at the Arsenaal in Vlissingen on 8 January. Outgoing managing director Pieter-Jan de Wolf looked back on a year with 41 events, four new joint projects and the first delivery of electrolytic hydrogen to the Sloe chemical park.</p>
<p><a href="#">Read more</a></p>
</article>

<nav class="pagination">&laquo; Previous | 1 | <b>2</b> | 3 | 4 | 5 | … | 9 | Next &raquo;</nav>
</main>
<aside><h3>Newsletter</h3><p>Receive the HydroDelta update every month. <a href="#">Subscribe</a></p>
<h3>Follow us</h3><p>LinkedIn · YouTube</p></aside>
<footer><p>HydroDelta Zeeland · Edisonweg 28 · 4382 NW Vlissingen · The Netherlands · +31 118 555 210 · info@hydrodelta-zeeland.nl</p>
<p>Supported by the Province of Zeeland. © 2034 HydroDelta Zeeland | Privacy | Disclaimer | Accessibility</p></footer>
</body></html>'''
write(F,T)
gold(F,[P('Femke van der Heijden','managing director','HydroDelta Zeeland'),P('Pieter-Jan de Wolf','head of energy transition','Zeeland Port Authority'),
 P('Anouk Verhulst','Board chair','HydroDelta Zeeland'),P('Joris Maes','Project coordinator','Catalisti'),P('Sanne Kooiman','membership coordinator','HydroDelta Zeeland'),
 P('Ruud Sinke','Provincial executive member','Province of Zeeland'),P('Koen Brouwer',None,'Dow Terneuzen'),P('Lotte Schippers',None,'municipality of Borsele'),
 P('Matthias ZU SALM-HOOGSTRAETEN',None,'Ghent University')],
 [O('HydroDelta Zeeland'),O('Zeeland Port Authority'),O('Port of Antwerp-Bruges'),O('TNO'),O('Catalisti'),O('Oosterschelde Electrolysis B.V.'),O('Verbeke &amp; Dhondt NV'.replace('&amp;','&')),
  O('HZ University of Applied Sciences'),O('Province of Zeeland'),O('European Secretariat for Cluster Analysis','ESCA'),O('Dow Terneuzen'),O('municipality of Borsele'),O('Ghent University')],
 [E('H2-Scheldt Corridor partners meeting','2034-03-04','2034-03-05','Antwerp','Belgium'),E('Delta Hydrogen Days 2034','2034-09-24','2034-09-25','Goes','Netherlands'),
  E('site visits','2034-09-25','2034-09-25',None,None),E('Residual heat for the neighbours','2034-01-11','2034-01-11',None,None),
  E('new year reception','2034-01-08','2034-01-08','Vlissingen','Netherlands'),E('2033 edition','2033','2033',None,None)],
 ['2034-03-14','2034-04-01','2027','2034-03-06','2034-03-04/2034-03-05','2034-10','2034-02-27','2034-02-19','2034-09-24/2034-09-25','2034-09-25','2034-05-02','2034-02-08','2034/2037','2034-01-29','2033-12','2034-01-16','2034-01-11','2034-01-09','2034-01-08','2033'])
