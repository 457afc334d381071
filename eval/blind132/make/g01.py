from h import *
F = 'g01_eccp_news_digest.html'
assert wd(2038,3,3)=='Wednesday' and wd(2038,3,17)=='Wednesday' and wd(2038,4,8)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-banner">We use cookies to give you the best experience on our website. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="brand">European Cluster Collaboration Platform – clustercollaboration.eu</p>
<nav><a href="/">Home</a> | <a href="/cluster-organisations">Cluster organisations</a> | <a href="/euroclusters">Euroclusters</a> | <a href="/calls">Open calls</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="breadcrumb">Home › News</p>
<h1>News</h1>
<p class="filter">Filter by: All · Platform news · Euroclusters · International cooperation · Open calls</p>

<article>
<p class="meta">Platform news · 05 March 2038</p>
<h2>Cluster managers from 19 countries meet online to prepare the new cluster mapping</h2>
<p>More than 140 cluster managers joined the webinar "Mapping Europe's clusters: what changes in 2038" on Wednesday 3 March 2038. The session presented the revised methodology that the European Observatory for Clusters and Industrial Change (EOCIC) will use for its next mapping round, which starts in May and closes in October 2038.</p>
<p>Ingrid Vasquez-Lindholm, Policy Officer in the clusters team of the European Innovation Council and SMEs Executive Agency (EISMEA), explained that labelled cluster organisations will be asked to update their profiles before 30 April 2038. "An empty profile is an invisible cluster," she told participants. Tomasz Wierzbicki, data analyst at the Observatory, showed how the new indicators on skills and supply-chain dependencies are calculated.</p>
<p>The recording and slides are available in the members' area. <a href="/news/mapping-webinar">Read more</a></p>
</article>

<article>
<p class="meta">Euroclusters · 18 March 2038</p>
<h2>Euroclusters gather in Brussels for their annual meeting</h2>
<p>Representatives of 34 Euroclusters came together on 17 March 2038 at the Covent Garden building in Brussels for the Euroclusters Annual Meeting. Hosted by EISMEA together with the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), the meeting took stock of the cascade funding calls that the initiatives ran for small and medium-sized enterprises in 2037.</p>
<p>According to the figures presented by Head of Unit Dorothée Van den Broeck, the Euroclusters awarded financial support to 2,180 SMEs last year, most often for green and digital transition projects and for upskilling of staff. Participants agreed that the calls reach too few companies in regions with weaker cluster ecosystems.</p>
<p>Key takeaways from the meeting:</p>
<ul>
<li>Cascade funding calls should be announced at least eight weeks before they open</li>
<li>Euroclusters working in the same industrial ecosystem will align their call calendars from 2039</li>
<li>Regions with fewer cluster organisations need targeted info sessions in their own language</li>
</ul>
<p><a href="/news/euroclusters-annual-meeting-2038">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>
</article>

<article>
<p class="meta">International cooperation · 02 April 2038</p>
<h2>Matchmaking with Japanese clusters: applications open</h2>
<p>The platform is organising a cluster matchmaking event with Japan in Osaka from 23 to 25 June 2038, in cooperation with the EU-Japan Centre for Industrial Cooperation. Up to 15 European cluster organisations active in advanced materials, robotics and medical devices will be selected. The programme includes B2B meetings with Japanese cluster members on 24 June and a visit to the Kansai Science City on 25 June.</p>
<p>Applications can be submitted until 10 May 2038 (17:00 CET). Selected clusters receive a contribution to travel costs. Questions may be addressed to the International Cooperation Desk.</p>
<p><a href="/news/japan-matchmaking">Read more</a></p>
</article>

<article>
<p class="meta">Platform news · 09 April 2038</p>
<h2>European Cluster Conference 2038 to take place in Porto</h2>
<p>The European Cluster Conference 2038 will be held in Porto on 12 and 13 October 2038, co-hosted by the Portuguese cluster association Associação Portuguesa de Clusters (APC) and the Agência Nacional de Inovação (ANI). The announcement was made on Thursday 8 April 2038 by Commissioner's adviser Paolo De Santis at an info session for national cluster coordinators.</p>
<p>Previous editions of the conference were held in Bratislava (2036) and Aarhus (2037). The call for session proposals will open in May.</p>
<p><a href="/news/ecc-2038">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</article>

<nav class="pager"><a href="/news?page=1">‹ Previous</a> <a href="/news?page=1">1</a> <strong>2</strong> <a href="/news?page=3">3</a> <a href="/news?page=3">Next ›</a></nav>
<aside><h3>Subscribe to the newsletter</h3><p>Get the latest news, events and open calls every two weeks. <a href="/newsletter">Subscribe</a></p></aside>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, funded under the Single Market Programme.</p>
<p><a href="/legal-notice">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a> · © European Union, 2038</p></footer>
</body></html>
"""
write(F, T)
E_="European Innovation Council and SMEs Executive Agency"
gold(F,
 [P("Ingrid Vasquez-Lindholm","Policy Officer",E_),
  P("Tomasz Wierzbicki","data analyst","European Observatory for Clusters and Industrial Change"),
  P("Dorothée Van den Broeck","Head of Unit",None),
  P("Paolo De Santis","Commissioner's adviser",None)],
 [O("European Cluster Collaboration Platform"), O("European Observatory for Clusters and Industrial Change","EOCIC"),
  O(E_,"EISMEA"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("EU-Japan Centre for Industrial Cooperation"), O("Associação Portuguesa de Clusters","APC"),
  O("Agência Nacional de Inovação","ANI"), O("European Commission"), O("International Cooperation Desk")],
 [E("Mapping Europe's clusters: what changes in 2038","2038-03-03",None,None,None),
  E("Euroclusters Annual Meeting","2038-03-17",None,"Brussels","Belgium"),
  E("cluster matchmaking event with Japan","2038-06-23","2038-06-25","Osaka","Japan"),
  E("B2B meetings","2038-06-24",None,"Osaka","Japan"),
  E("visit to the Kansai Science City","2038-06-25",None,None,"Japan"),
  E("European Cluster Conference 2038","2038-10-12","2038-10-13","Porto","Portugal"),
  E("info session for national cluster coordinators","2038-04-08",None,None,None),
  E("European Cluster Conference","2036",None,"Bratislava","Slovakia"),
  E("European Cluster Conference","2037",None,"Aarhus","Denmark")],
 ["2038-03-05","2038-03-03","2038-05/2038-10","2038-04-30","2038-03-18","2038-03-17","2037","2039","2038-04-02",
  "2038-06-23/2038-06-25","2038-06-24","2038-06-25","2038-05-10","2038-04-09","2038-10-12/2038-10-13","2038-04-08",
  "2036","2038-05"],
 ["Cascade funding calls should be announced at least eight weeks before they open",
  "Euroclusters working in the same industrial ecosystem will align their call calendars from 2039",
  "Regions with fewer cluster organisations need targeted info sessions in their own language"])
