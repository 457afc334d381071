from h import *
F = 'g01_eccp_platform_news.html'
assert wd(2038,3,10)=='Wednesday' and wd(2038,4,14)=='Wednesday' and wd(2038,4,15)=='Thursday' and wd(2038,5,6)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie">We use cookies to give you the best experience on our website. <a href="/cookies">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p>European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-mapping">Cluster mapping</a> | <a href="/calls">Open calls</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/partner-search">Partner search</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home &gt; News &gt; Community news</p>

<article>
<h1>Clusters meet Regions comes to Eskilstuna: batteries, steel and the people who make them</h1>
<p class="meta">Submitted by Platform editorial team on 26 February 2038 · Reading time 4 min</p>
<p>The next edition of the Clusters meet Regions series will take place in Eskilstuna, Sweden, on Wednesday 14 and Thursday 15 April 2038. It is organised together with Region Sörmland and the cluster organisation Eskilstuna Battery Valley, with support from Mälardalen University (MDU) and Almi Företagspartner Mälardalen AB.</p>
<p>The two-day workshop will look at how clusters can help small suppliers move from traditional steel and engineering work into battery recycling and electrified machinery. "Our members have the welding, the machining and the quality systems; what they lack is the first customer in the new value chain," says Henrika Lindqvist-Åberg, cluster manager of Eskilstuna Battery Valley.</p>
<p>Participation is free of charge, but places are limited to 120. Cluster managers from outside Sweden are particularly welcome; the platform can cover travel costs for up to 15 of them.</p>
<h2>Draft programme</h2>
<p><b>Wednesday 14 April 2038</b></p>
<ul>
<li>10:00 Welcome by Mikael Öhrn, Regional Development Director, Region Sörmland</li>
<li>10:30 Keynote: "Europe's battery ecosystem in 2038" – Dr Teodora Vasilescu, Policy Officer, DG GROW, European Commission</li>
<li>11:30 Panel: what regions can ask of their clusters (moderator: Jan-Willem de Groot, EIT InnoEnergy)</li>
<li>14:00 Site visit to the recycling pilot line of Nordkraft Återvinning AB in Torshälla</li>
<li>19:00 Networking dinner at Munktellstaden</li>
</ul>
<p><b>Thursday 15 April 2038</b></p>
<ul>
<li>09:00 Peer-learning workshops in three tables (skills, public procurement, data sharing)</li>
<li>11:00 B2B meetings between cluster managers, facilitated by Enterprise Europe Network Sweden</li>
<li>13:00 Closing and next steps</li>
</ul>
<p>Registration closes on 31 March 2038. <a href="/events/cmr-eskilstuna">Register here</a></p>
<p>Previous editions of Clusters meet Regions in the same season took place in Oviedo (November 2036), Kalisz (March 2037) and Mikkeli (October 2037). The reports of all editions are available in the <a href="/library">library</a>.</p>
<p><a href="#">Share on LinkedIn</a> · <a href="#">Share on X</a> · <a href="#">Copy link</a></p>
</article>

<hr/>
<h2>More community news</h2>
<article>
<h3>Webinar recording: finding partners for the next Euroclusters call</h3>
<p class="meta">Submitted by Platform editorial team on 11 March 2038</p>
<p>More than 340 participants followed the webinar of Wednesday 10 March 2038 on how to build a consortium for the coming Single Market Programme call for Joint Cluster Initiatives. Speakers included Gustavo Ferreira dos Santos from the European Innovation Council and SMEs Executive Agency (EISMEA) and Karolina Wiśniewska-Bąk, managing director of the Mazovia ICT Cluster. Questions from the chat covered eligibility of associated partners and the share of funding that must reach SMEs as financial support to third parties. <a href="/news/webinar-euroclusters">Read more</a></p>
</article>
<article>
<h3>Cluster Excellence label: 18 new Gold labels</h3>
<p class="meta">Submitted by ESCA secretariat on 5 March 2038</p>
<p>The European Secretariat for Cluster Analysis (ESCA) has awarded 18 new Gold labels in the first quarter. Among the new Gold-labelled organisations are Plastipolis (France), Cluster Hidrógeno de Aragón (Spain) and Klaster Obróbki Metali from Wielkopolska. <a href="/news/gold-labels">Read more</a></p>
</article>
<article>
<h3>Save the date: European Cluster Conference</h3>
<p class="meta">Submitted by Platform editorial team on 2 March 2038</p>
<p>The European Cluster Conference will be held in Brussels on 6 May 2038 (Thursday), back to back with the meeting of the European Expert Group on Clusters. Details of the programme will follow. <a href="/news/ecc-2038">Read more</a></p>
</article>
<nav class="pager"><a href="?page=0">&laquo; First</a> <a href="?page=3">&lsaquo; Previous</a> <strong>5</strong> <a href="?page=5">Next &rsaquo;</a></nav>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, funded under the Single Market Programme.</p>
<p><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a> · © European Union, 2038</p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Henrika Lindqvist-Åberg","cluster manager","Eskilstuna Battery Valley"),
  P("Mikael Öhrn","Regional Development Director","Region Sörmland"),
  P("Teodora Vasilescu","Policy Officer","DG GROW"),
  P("Jan-Willem de Groot","moderator","EIT InnoEnergy"),
  P("Gustavo Ferreira dos Santos",None,"European Innovation Council and SMEs Executive Agency"),
  P("Karolina Wiśniewska-Bąk","managing director","Mazovia ICT Cluster")],
 [O("European Cluster Collaboration Platform"), O("Region Sörmland"), O("Eskilstuna Battery Valley"),
  O("Mälardalen University","MDU"), O("Almi Företagspartner Mälardalen AB"), O("DG GROW"), O("European Commission"),
  O("EIT InnoEnergy"), O("Nordkraft Återvinning AB"), O("Enterprise Europe Network Sweden"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Mazovia ICT Cluster"),
  O("European Secretariat for Cluster Analysis","ESCA"), O("Plastipolis"), O("Cluster Hidrógeno de Aragón"),
  O("Klaster Obróbki Metali"), O("European Expert Group on Clusters")],
 [E("Clusters meet Regions","2038-04-14","2038-04-15","Eskilstuna","Sweden"),
  E("Site visit to the recycling pilot line of Nordkraft Återvinning AB","2038-04-14",None,"Torshälla","Sweden"),
  E("Networking dinner","2038-04-14",None,"Eskilstuna","Sweden"),
  E("Peer-learning workshops","2038-04-15",None,"Eskilstuna","Sweden"),
  E("B2B meetings","2038-04-15",None,"Eskilstuna","Sweden"),
  E("Clusters meet Regions","2036-11",None,"Oviedo","Spain"),
  E("Clusters meet Regions","2037-03",None,"Kalisz","Poland"),
  E("Clusters meet Regions","2037-10",None,"Mikkeli","Finland"),
  E("webinar","2038-03-10",None,None,None),
  E("European Cluster Conference","2038-05-06",None,"Brussels","Belgium"),
  E("meeting of the European Expert Group on Clusters",None,None,"Brussels","Belgium")],
 ["2038-02-26","2038-04-14/2038-04-15","2038-04-14","2038-04-15","2038-03-31","2036-11","2037-03","2037-10",
  "2038-03-11","2038-03-10","2038-03-05","2038-03-02","2038-05-06"],
 [], pub="2038-02-26")
