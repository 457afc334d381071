from common import *
FN = "eccp-news_eu-cluster-mission-chile-2034.html"
T = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>EU cluster delegation closes mission to Chile with 210 B2B meetings | European Cluster Collaboration Platform</title></head>
<body>
<header>
 <div class="ec-banner">An official website of the European Union <a href="#">How do you know?</a></div>
 <nav><a href="/">Home</a> <a href="/clusters">Cluster map</a> <a href="/news">News</a> <a href="/events">Events</a>
 <a href="/internationalisation">Going international</a> <a href="/login">Log in</a></nav>
</header>
<main>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>EU cluster delegation closes mission to Chile</li></ol>
<article>
<h1>EU cluster delegation closes mission to Chile with 210 B2B meetings</h1>
<p class="submitted">Submitted by Renata Valadares on 27 November 2034</p>
<p class="tags">Tags: internationalisation · Latin America · green hydrogen · mining · critical raw materials</p>

<p>From 17 to 21 November 2034, a delegation of 24 European cluster organisations and 31 SMEs travelled to Santiago
de Chile and Antofagasta for the EU–Chile Cluster Matchmaking Mission on green hydrogen and sustainable mining. The
mission was organised by the European Cluster Collaboration Platform (ECCP) on behalf of the European Commission's
Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and the European Innovation
Council and SMEs Executive Agency (EISMEA), with the support of the Delegation of the European Union to Chile.</p>

<p>On the Chilean side, the programme was prepared together with the Corporación de Fomento de la Producción
(CORFO), the Antofagasta regional government and the Chilean hydrogen association H2 Chile. Over five days the
participants took part in a policy dialogue, two days of pre-arranged B2B and C2C meetings, and site visits to a
solar-powered electrolysis pilot and a copper concentrator plant.</p>

<h2>Opening in Santiago</h2>
<p>The mission opened on 17 November at the premises of CORFO in Santiago with welcome words from the EU
Ambassador to Chile, Clara Bergström-Lindahl, and from Ignacio Fuenzalida Rojas, Executive Vice-President of CORFO.
"Chile has the sun and the wind; Europe has the electrolyser makers and the buyers. Clusters are the bridge," said
Luís Antunes Ferraz, Deputy Head of Unit for Clusters and Industrial Ecosystems at DG GROW, who led the EU
delegation.</p>

<h2>Matchmaking in numbers</h2>
<ul>
 <li>210 B2B and C2C meetings over two days (18 and 19 November)</li>
 <li>24 cluster organisations from 13 EU Member States</li>
 <li>47 Chilean companies, universities and public agencies</li>
 <li>9 letters of intent signed on site, two of them between clusters</li>
</ul>

<p>Among the letters of intent, the Hydrogen Cluster Bulgaria South (HCBS) signed a cooperation agreement with the
Asociación de Proveedores Industriales de la Minería (APRIMIN), and the Finnish Kaivos-Cluster Lappi agreed with the
Universidad Católica del Norte to develop joint training for electrolyser technicians.</p>

<h2>Voices from the delegation</h2>
<blockquote>"We came with three member companies and left with eleven concrete follow-ups. The C2C meeting with our
Chilean counterparts was the most useful hour of the year," — <em>Dimitar Kolev, cluster manager, Hydrogen Cluster
Bulgaria South</em></blockquote>
<blockquote>"Antofagasta showed us that the mining companies are ready to buy green hydrogen if the price is right.
Our SMEs can help them get there," — <em>Marjolein Kuipers-Tan, international affairs, Noorder H2 Cluster Groningen</em></blockquote>
<blockquote>"For a small region like ours this mission would have been impossible alone," — <em>Tadhg Ó Briain,
managing director, Atlantic Hydrogen Cluster Ireland</em></blockquote>

<h2>What comes next</h2>
<p>The ECCP will organise a follow-up webinar for all participants on 22 January 2035 to review the leads. A
Chilean return delegation is expected at Hydrogen Technology Expo Europe in Hamburg in October 2035. Clusters that
could not join the mission can still register their interest in Latin American cooperation on the platform's
partner-search board.</p>

<p>The mission is part of the international cluster matchmaking events financed under the Single Market Programme.
The next missions in the 2034–2035 cycle go to Vietnam (March 2035) and Kenya (June 2035); the calls for
participation will be published on this platform.</p>

<div class="share">Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></div>
</article>
<aside><h3>Related news</h3><ul>
 <li><a href="#">Call for expression of interest: EU–Vietnam Cluster Matchmaking Mission</a> (14.11.2034)</li>
 <li><a href="#">Webinar recording: How to prepare for a matchmaking mission</a> (03.10.2034)</li>
</ul></aside>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission. © European Union, 2034</p>
<p><a href="#">Legal notice</a> · <a href="#">Cookies</a> · <a href="#">Contact</a></p></footer>
</body></html>
"""
save_text(FN, T)
save_gold(FN, "2034-11-27",
 [P("Renata Valadares",None,None),
  P("Clara Bergström-Lindahl","EU Ambassador to Chile",None),
  P("Ignacio Fuenzalida Rojas","Executive Vice-President","CORFO"),
  P("Luís Antunes Ferraz","Deputy Head of Unit for Clusters and Industrial Ecosystems","DG GROW"),
  P("Dimitar Kolev","cluster manager","Hydrogen Cluster Bulgaria South"),
  P("Marjolein Kuipers-Tan","international affairs","Noorder H2 Cluster Groningen"),
  P("Tadhg Ó Briain","managing director","Atlantic Hydrogen Cluster Ireland")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Delegation of the European Union to Chile"),
  O("Corporación de Fomento de la Producción","CORFO"), O("Antofagasta regional government"), O("H2 Chile"),
  O("Hydrogen Cluster Bulgaria South","HCBS"), O("Asociación de Proveedores Industriales de la Minería","APRIMIN"),
  O("Kaivos-Cluster Lappi"), O("Universidad Católica del Norte"), O("Noorder H2 Cluster Groningen"),
  O("Atlantic Hydrogen Cluster Ireland"), O("European Union")],
 [E("EU–Chile Cluster Matchmaking Mission","2034-11-17","2034-11-21","Santiago de Chile, Antofagasta","Chile"),
  E("follow-up webinar","2035-01-22",None,None,None),
  E("Hydrogen Technology Expo Europe","2035-10",None,"Hamburg","Germany"),
  E("EU–Vietnam Cluster Matchmaking Mission","2035-03",None,None,"Vietnam"),
  E("mission to Kenya","2035-06",None,None,"Kenya"),
  E("How to prepare for a matchmaking mission",None,None,None,None)],
 ["2034-11-27","2034-11-17/2034-11-21","2034-11-17","2034-11-18","2034-11-19","2035-01-22","2035-10","2034/2035",
  "2035-03","2035-06","2034-11-14","2034-10-03"],
 [])
