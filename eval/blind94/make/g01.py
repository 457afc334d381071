from h import *
F = 'g01_liguria_blue_tech_cluster_project_news.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,2,24)=='Tuesday' and wd(2037,4,21)=='Tuesday' and wd(2037,2,25)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>MARE-NET project kicks off in Genoa | Liguria Blue Technology Cluster</title></head>
<body>
<div id="cookies">This website uses technical and analytics cookies. By continuing to browse you accept their use. <a href="/privacy">Read more</a> <button>OK</button></div>
<header><a href="/" class="logo">DLTM · Liguria Blue Technology Cluster</a>
<nav><a href="/">Home</a> | <a href="/cluster">The Cluster</a> | <a href="/soci">Members</a> | <a href="/progetti">Projects</a> | <a href="/news">News</a> | <a href="/eventi">Events</a> | <a href="/contatti">Contacts</a> | <a href="/it">IT</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">You are here: Home / News / Projects</p>
<article>
<h1>MARE-NET project kicks off in Genoa: nine partners to test underwater sensor networks in three ports</h1>
<p class="byline">Posted on 12 March 2037 by Chiara Bertolotto · Category: Projects, Internationalisation · 5 min read</p>
<figure><img src="/img/kickoff.jpg" alt="Partners at the kick-off"><figcaption>Partners of MARE-NET at the Palazzo della Borsa, Genoa. Photo: Davide Rapallini</figcaption></figure>

<p>GENOA – The Liguria Blue Technology Cluster (DLTM) has launched MARE-NET, a three-year project that will develop and test low-cost acoustic sensor networks for the monitoring of port waters. The kick-off meeting was held at the Palazzo della Borsa in Genoa on Tuesday, 24 February 2037 and Wednesday, 25 February 2037, and brought together 31 representatives of the nine partners from Italy, Croatia, Greece and Spain.</p>

<p>The project is co-funded by the Interreg Euro-MED programme with a total budget of EUR 2.9 million and runs from 1 February 2037 to 31 January 2040. It is led by the cluster, with the following partners: the University of Genoa (UNIGE, Department of Electrical, Electronic and Telecommunications Engineering), the Port System Authority of the Western Ligurian Sea (AdSP MLOC), SeaSense Robotics S.r.l. (La Spezia), the Rijeka Port Authority (Lučka uprava Rijeka), the Institute of Oceanography and Fisheries (IZOR, Split), the Hellenic Centre for Marine Research (HCMR, Heraklion), the Piraeus Blue Growth Cluster and the Valencia Port Foundation (Fundación Valenciaport).</p>

<p>"Ports are the places where blue economy, logistics and the environment meet, and where data are still scarce," said Federica Monteverde, director of the cluster, in her opening remarks. "With MARE-NET we want our member SMEs to have real test sites, not only laboratories."</p>

<h2>Three pilot sites</h2>
<p>The sensor networks will be installed in the ports of Genoa, Rijeka and Valencia. Each pilot site will host a minimum of twelve nodes measuring noise, turbidity and dissolved oxygen. Prof. Lorenzo Casazza (UNIGE), scientific coordinator of the project, presented the work plan: the first prototypes will be ready in November 2037, the pilots will run through 2038 and the results will be compared in a joint assessment in the summer of 2039.</p>
<p>Ivana Perić-Horvat, head of development at the Rijeka Port Authority, underlined that the Croatian pilot will also serve the port's new environmental permit. Dr. Nikos Stathakis (HCMR) will lead the work package on data quality and open data.</p>

<h2>Role for the members</h2>
<p>Member companies of DLTM can join the project as "early adopters": they will have access to the test sites and to the data, and they can propose their own sensors. A first call for early adopters will open on 21 April 2037 (Tuesday) with an online information session at 11:00 CET. Giacomo Ferrando, project manager at DLTM, will present the rules.</p>

<p>The next partner meeting will take place in Rijeka on 6–7 October 2037, hosted by the Rijeka Port Authority, together with a public demonstration day at the port.</p>

<div class="box"><h3>MARE-NET in short</h3>
<ul><li>Programme: Interreg Euro-MED 2035–2041, priority 2</li>
<li>Duration: 36 months (February 2037 – January 2040)</li>
<li>Budget: EUR 2.9 million, of which EUR 2.32 million EU co-funding</li>
<li>Lead partner: Liguria Blue Technology Cluster (DLTM)</li>
<li>Contact: Giacomo Ferrando, progetti@dltm-example.it, +39 010 000 0000</li></ul></div>

<p class="tags">Tags: #Interreg #ports #sensors #blueeconomy</p>
<p class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></p>
</article>
<aside><h3>Related news</h3>
<ul><li><a href="#">Blue Economy Summit 2036: the cluster presents its roadmap</a> (18 November 2036)</li>
<li><a href="#">Seven new members join DLTM</a> (2 October 2036)</li>
<li><a href="#">Webinar recording: underwater drones for inspection</a> (9 September 2036)</li></ul></aside>
</main>
<footer><p>Distretto Ligure delle Tecnologie Marine S.c.r.l. · Via delle Pianazze 74, 19136 La Spezia · VAT IT00000000000</p>
<p>© 2037 DLTM · <a href="/privacy">Privacy policy</a> · <a href="/cookie">Cookie policy</a> · <a href="/trasparenza">Transparency</a></p></footer>
</body></html>
"""
write(F, T)
C = "Liguria Blue Technology Cluster"
gold(F,
 [P("Chiara Bertolotto"), P("Davide Rapallini"),
  P("Federica Monteverde","director",C),
  P("Lorenzo Casazza","scientific coordinator","UNIGE"),
  P("Ivana Perić-Horvat","head of development","Rijeka Port Authority"),
  P("Nikos Stathakis",None,"HCMR"),
  P("Giacomo Ferrando","project manager","DLTM")],
 [O(C,"DLTM"), O("University of Genoa","UNIGE"), O("Department of Electrical, Electronic and Telecommunications Engineering"),
  O("Port System Authority of the Western Ligurian Sea","AdSP MLOC"), O("SeaSense Robotics S.r.l."),
  O("Rijeka Port Authority"), O("Institute of Oceanography and Fisheries","IZOR"),
  O("Hellenic Centre for Marine Research","HCMR"), O("Piraeus Blue Growth Cluster"), O("Valencia Port Foundation")],
 [E("MARE-NET kick-off meeting","2037-02-24","2037-02-25","Genoa","Italy"),
  E("online information session","2037-04-21"),
  E("partner meeting","2037-10-06","2037-10-07","Rijeka","Croatia"),
  E("public demonstration day",None,None,"Rijeka","Croatia"),
  E("Blue Economy Summit 2036"),
  E("webinar: underwater drones for inspection")],
 ["2037-03-12","2037-02-24/2037-02-25","2037-02-01/2040-01-31","2037-11","2038","2039","2037-04-21","2037-10-06/2037-10-07",
  "2035/2041","2037-02/2040-01","2036-11-18","2036-10-02","2036-09-09"],
 [], "2037-03-12")
