from h import *
F = 'g13_mures_wood_cluster_general_assembly.html'
assert wd(2039,3,29)=='Tuesday' and wd(2039,4,26)=='Tuesday' and wd(2039,5,12)=='Thursday' and wd(2039,5,13)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>General Assembly 2039 – Mureș Wood and Furniture Cluster</title></head>
<body>
<header><p>Mureș Wood and Furniture Cluster · Clusterul Lemn-Mobilă Mureș</p>
<nav><a href="/">Home</a> / <a href="/about">About</a> / <a href="/members">Members</a> / <a href="/news">News</a> / <a href="/ro">RO</a> / <a href="/hu">HU</a></nav></header>
<main>
<p class="crumbs">Home » News » Association</p>
<h1>General Assembly 2039: new board, new strategy</h1>
<p class="byline">31 March 2039 · Posted by Szilvia Bartha-Moldovan · 4 comments</p>

<p>The annual General Assembly of the Mureș Wood and Furniture Cluster took place on Tuesday 29 March 2039 at the Târgu Mureș Chamber of Commerce and Industry (CCI Mureș). Thirty-one of the 44 member organisations attended, in person or online. The assembly approved the 2038 activity report and financial statements, adopted the cluster strategy for 2039–2043 and elected a new board.</p>

<p>Outgoing president Ioan Crăciun-Lazăr, founder of Mobila Reghin SRL, did not stand again after eight years in office. "When we started, we were twelve sawmills and furniture makers who barely talked to each other. Today we export together," he said.</p>

<h2>The new board</h2>
<p>The General Assembly elected the following board for the period 2039–2042:</p>
<ul>
<li>President: Levente Kovács-Szabó, CEO of Transilvania Timber SA, Sovata</li>
<li>Vice-President: Dr. Adriana Popa, Dean of the Faculty of Wood Engineering, Transilvania University of Brașov</li>
<li>Treasurer: Mihai Toma (Toma & Fiii Tâmplărie SRL, Reghin)</li>
<li>Member: Gábor Nagy (Mureș County Council)</li>
<li>Member: Raluca Ene-Ionescu (Banca Transilvania, Târgu Mureș branch)</li>
</ul>
<p>Cluster manager Zsolt Ferenczi continues to lead the cluster office.</p>

<h2>Resolutions adopted</h2>
<p>The General Assembly adopted the following resolutions:</p>
<ol>
<li>The cluster strategy 2039–2043 is approved, with circular use of wood and design as the two priority themes</li>
<li>The annual membership fee is raised to RON 2,400 for companies with more than 50 employees from 1 January 2040</li>
<li>The board is mandated to apply for the Silver label of the European Cluster Excellence Initiative before the end of 2039</li>
<li>The cluster will open a joint showroom in Târgu Mureș together with the municipality</li>
</ol>

<h2>Guests</h2>
<p>The assembly was attended by Florin Andrei Mureșan, director of the Centre Regional Development Agency (ADR Centru) in Alba Iulia, who presented the new calls of the Regional Programme Centre 2035–2041, and by Katalin Szőcs from the Romanian Furniture Manufacturers' Association (APMR).</p>

<h2>Next steps</h2>
<p>The new board will hold its first meeting on 26 April 2039 to distribute responsibilities and agree a work plan for the rest of the year. Members who wish to join one of the two new working groups, on circular wood use and on design, can register with the cluster office until mid-April. A delegation of the cluster will travel to the Salone del Mobile in Milan from 12 to 13 May 2039 with the support of the Romanian Trade Promotion Centre; on Friday 13 May the delegation will visit the furniture district of Brianza, hosted by FederlegnoArredo.</p>
<p>The cluster's annual Wood Design Days will be held in Sighișoara in September 2039 (4th edition; earlier editions in Reghin 2036, Sovata 2037 and Târgu Mureș 2038).</p>

<p><a href="#">Photo gallery</a> · Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a></p>

<section class="comments"><h3>4 comments</h3>
<p><b>Tudor P.</b> – 31 March 2039: Congratulations to the new board!</p>
<p><b>Anna-Maria Weiss</b> – 1 April 2039: Will the strategy be available in English? Greetings from the Holzcluster Steiermark.</p>
<p><b>Szilvia Bartha-Moldovan</b> – 1 April 2039: Yes, by the end of April.</p>
<p><b>Erika</b> – 2 April 2039: Thank you, Ioan, for everything!</p></section>
</main>
<footer><p>Mureș Wood and Furniture Cluster Association · Str. Bega 00, Târgu Mureș 540000, Romania · office@woodcluster-ms.example.ro</p>
<p>Cookies: this site uses only technical cookies. © 2039</p></footer>
</body></html>
"""
write(F, T)
C="Mureș Wood and Furniture Cluster Association"
gold(F,
 [P("Szilvia Bartha-Moldovan",None,None),
  P("Ioan Crăciun-Lazăr","president",C),
  P("Levente Kovács-Szabó","President",C),
  P("Adriana Popa","Vice-President",C),
  P("Mihai Toma","Treasurer",C),
  P("Gábor Nagy","Member",C),
  P("Raluca Ene-Ionescu","Member",C),
  P("Zsolt Ferenczi","Cluster manager",C),
  P("Florin Andrei Mureșan","director","Centre Regional Development Agency"),
  P("Katalin Szőcs",None,"Romanian Furniture Manufacturers' Association"),
  P("Anna-Maria Weiss",None,"Holzcluster Steiermark")],
 [O(C), O("Târgu Mureș Chamber of Commerce and Industry","CCI Mureș"), O("Mobila Reghin SRL"), O("Transilvania Timber SA"),
  O("Faculty of Wood Engineering"), O("Transilvania University of Brașov"), O("Toma & Fiii Tâmplărie SRL"),
  O("Mureș County Council"), O("Banca Transilvania"), O("European Cluster Excellence Initiative"),
  O("Centre Regional Development Agency","ADR Centru"), O("Romanian Furniture Manufacturers' Association","APMR"),
  O("Romanian Trade Promotion Centre"), O("FederlegnoArredo"), O("Holzcluster Steiermark")],
 [E("General Assembly","2039-03-29",None,"Târgu Mureș","Romania"),
  E("first meeting","2039-04-26",None,None,None),
  E("Salone del Mobile","2039-05-12","2039-05-13","Milan","Italy"),
  E("visit the furniture district of Brianza","2039-05-13",None,None,"Italy"),
  E("Wood Design Days","2039-09",None,"Sighișoara","Romania"),
  E("Wood Design Days (2036)","2036",None,"Reghin","Romania"),
  E("Wood Design Days (2037)","2037",None,"Sovata","Romania"),
  E("Wood Design Days (2038)","2038",None,"Târgu Mureș","Romania")],
 ["2039-03-31","2039-03-29","2038","2039/2043","2039/2042","2040-01-01","2039","2035/2041","2039-04-26",
  "2039-05-12/2039-05-13","2039-05-13","2039-09","2036","2037","2039-04-01","2039-04-02","2039-04"],
 ["The cluster strategy 2039–2043 is approved, with circular use of wood and design as the two priority themes",
  "The annual membership fee is raised to RON 2,400 for companies with more than 50 employees from 1 January 2040",
  "The board is mandated to apply for the Silver label of the European Cluster Excellence Initiative before the end of 2039",
  "The cluster will open a joint showroom in Târgu Mureș together with the municipality"],
 pub="2039-03-31")
