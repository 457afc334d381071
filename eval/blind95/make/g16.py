from h import *
F = 'g16_wroclaw_ict_cluster_forum_advisory_board.html'
assert wd(2041,5,15)=='Wednesday' and wd(2041,5,16)=='Thursday' and wd(2041,5,22)=='Wednesday' and wd(2041,10,8)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Forum recap and new Advisory Board – Lower Silesian ICT Cluster</title></head>
<body>
<div class="cookie">We use cookies for statistics and to embed videos. <button>Accept</button> <button>Settings</button></div>
<header><span class="logo">LSICT · Dolnośląski Klaster ICT</span>
<nav><a href="/">Home</a> / <a href="/cluster">Cluster</a> / <a href="/members">Members</a> / <a href="/events">Events</a> / <a href="/news">News</a> / <a href="/pl">PL</a></nav></header>
<main>
<article>
<p class="meta">News · Wednesday, 22 May 2041 · by Karolina Zawadzka · 6 min read</p>
<h1>Lower Silesian ICT Forum 2041: new Advisory Board, 480 participants and five takeaways</h1>
<p class="photo">Photo: panel on AI in manufacturing at the Centennial Hall. © LSICT / Bartosz Szymański</p>
<p>The seventh Lower Silesian ICT Forum took place on 15 and 16 May 2041 at the Centennial Hall (Hala Stulecia) in Wrocław. Organised by the Lower Silesian ICT Cluster (Dolnośląski Klaster ICT) with the Marshal's Office of the Lower Silesian Voivodeship and the Wrocław Agglomeration Development Agency (ARAW), it brought together 480 participants from 14 countries, 52 speakers and 31 exhibitors.</p>
<p>The forum was opened by the cluster's president, Tomasz Wróblewski, CEO of DataForge Sp. z o.o., and by Anna Kostrzewa-Lis, Member of the Board of the Lower Silesian Voivodeship. In her keynote, Dr. Isabel Duarte-Ferreira, Head of Unit for Digital Transformation of Industry at DG CONNECT, European Commission, presented the new European digital skills targets for 2045.</p>

<h2>A new Advisory Board</h2>
<p>On the first evening of the forum the cluster's new Advisory Board met for the first time. The board was set up by the General Assembly in March 2041 to advise the Management Board on strategy, international partnerships and skills. Its members are appointed for three years (2041–2044):</p>
<ul>
<li><strong>Prof. Jerzy Kaczmarek</strong>, Wrocław University of Science and Technology, Faculty of Information and Communication Technology – Chair</li>
<li><strong>Magdalena Ostrowska-Klein</strong>, Vice President, Nokia Solutions and Networks Wrocław – Vice-Chair</li>
<li><strong>Dr. Lukas Hofbauer</strong>, Managing Director, Silicon Saxony e.V., Dresden</li>
<li><strong>Petra Nováková</strong>, Director, Czech ICT Alliance, Prague regional office</li>
<li><strong>Marek Żurawski</strong>, Partner, Odra Ventures FIZ</li>
<li><strong>Ewelina Gajewska</strong>, Director of the Department of Economy, Marshal's Office of the Lower Silesian Voivodeship</li>
<li><strong>Oskar Lindahl</strong>, Head of Engineering Hub Wrocław, Ericsson</li>
</ul>
<p>"We want people who tell us what we do not want to hear", said Tomasz Wróblewski. The chair, Jerzy Kaczmarek, said the board would first look at the cluster's role in the Lower Silesian Regional Innovation Strategy 2035–2042 and at the shortage of embedded software engineers.</p>

<h2>Programme highlights</h2>
<p><strong>Wednesday, 15 May</strong><br>
09:30 Opening and keynote<br>
11:00 Panel: AI on the factory floor – moderated by Joanna Pietrzak, Editor-in-Chief, Wrocław Tech Weekly<br>
14:00 Parallel workshops on cybersecurity for SMEs and on the EU Data Act<br>
16:30 B2B meetings (126 meetings held)<br>
19:00 Forum dinner at the Wrocław Opera foyer, with the presentation of the LSICT Award 2041</p>
<p><strong>Thursday, 16 May</strong><br>
09:00 Startup pitches with the Wrocław Technology Park<br>
11:30 Skills round table with universities and vocational schools<br>
13:30 Company visits: Nokia, 3M Wrocław Technology Centre, DataForge</p>
<p>The LSICT Award 2041 went to the start-up Sensilo Sp. z o.o. for its predictive maintenance platform for water utilities. It was received by co-founders Michał Dudek and Aleksandra Bąk.</p>

<h2>Five key takeaways</h2>
<ol>
<li>Regional ICT companies see AI in manufacturing as their biggest market over the next five years, but only one in four has a client project running.</li>
<li>The shortage of embedded and cybersecurity engineers is the main brake on growth; universities and companies should co-design short courses.</li>
<li>SMEs need practical help with the EU Data Act and with cybersecurity certification, ideally through shared services of the cluster.</li>
<li>Cross-border cooperation with Saxony and the Czech Republic works best through concrete joint projects, not general agreements.</li>
<li>The cluster should measure its own impact with a small set of indicators published every year.</li>
</ol>

<h2>Voices from the forum</h2>
<p>"Two years ago we came to this forum to look for customers. This year we came to look for engineers", said Michał Dudek of Sensilo after the award. Several exhibitors reported the same: stands at the job corner were busier than the sales stands, and the vocational schools from Wałbrzych and Legnica brought more than 200 students. The Czech and Saxon delegations used the second day to prepare a joint application for a cross-border project on trusted industrial data spaces, which the Advisory Board will discuss in October. Participants rated the forum 4.5 out of 5 in the feedback survey; the most common wish was for longer B2B slots and fewer speeches at the opening.</p>

<h2>What comes next</h2>
<p>The Advisory Board will meet again on Tuesday, 8 October 2041 in Dresden, hosted by Silicon Saxony. The presentations of the forum are available to registered participants; videos of the plenary sessions are on our channel. The eighth Lower Silesian ICT Forum will take place in May 2042.</p>
<p>Previous editions: 2040 Wrocław · 2039 Wrocław · 2038 Wałbrzych · 2037 Legnica</p>
<p class="contact">Press contact: Karolina Zawadzka, Communication Manager, media@lsict.example.pl · Forum team: Piotr Sadowski, Events Coordinator</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Copy link</a></p>
</article>
</main>
<footer><p>Lower Silesian ICT Cluster Association · ul. Muchoborska 18, 54-424 Wrocław · KRS 0000000000</p>
<p>The forum was co-financed by the Lower Silesian Voivodeship. © 2041 LSICT · <a href="/privacy">Privacy policy</a></p></footer>
</body></html>
"""
write(F, T)
L = "Lower Silesian ICT Cluster"
gold(F,
 [P("Karolina Zawadzka","Communication Manager",L),
  P("Bartosz Szymański",None,None),
  P("Tomasz Wróblewski","president",L),
  P("Anna Kostrzewa-Lis","Member of the Board","Lower Silesian Voivodeship"),
  P("Isabel Duarte-Ferreira","Head of Unit for Digital Transformation of Industry","DG CONNECT"),
  P("Jerzy Kaczmarek","Chair","Lower Silesian ICT Cluster"),
  P("Magdalena Ostrowska-Klein","Vice-Chair","Lower Silesian ICT Cluster"),
  P("Lukas Hofbauer","Managing Director","Silicon Saxony e.V."),
  P("Petra Nováková","Director","Czech ICT Alliance"),
  P("Marek Żurawski","Partner","Odra Ventures FIZ"),
  P("Ewelina Gajewska","Director of the Department of Economy","Marshal's Office of the Lower Silesian Voivodeship"),
  P("Oskar Lindahl","Head of Engineering Hub Wrocław","Ericsson"),
  P("Joanna Pietrzak","Editor-in-Chief","Wrocław Tech Weekly"),
  P("Michał Dudek","co-founder","Sensilo Sp. z o.o."),
  P("Aleksandra Bąk","co-founder","Sensilo Sp. z o.o."),
  P("Piotr Sadowski","Events Coordinator",L)],
 [O(L,"LSICT"), O("Marshal's Office of the Lower Silesian Voivodeship"), O("Department of Economy"), O("Wrocław Agglomeration Development Agency","ARAW"),
  O("DataForge Sp. z o.o."), O("DG CONNECT"), O("European Commission"), O("Wrocław University of Science and Technology"),
  O("Faculty of Information and Communication Technology"), O("Nokia Solutions and Networks Wrocław"),
  O("Silicon Saxony e.V."), O("Czech ICT Alliance"), O("Odra Ventures FIZ"), O("Ericsson"), O("Wrocław Tech Weekly"),
  O("Wrocław Technology Park"), O("3M Wrocław Technology Centre"), O("Sensilo Sp. z o.o."), O("Lower Silesian Voivodeship")],
 [E("Lower Silesian ICT Forum 2041","2041-05-15","2041-05-16","Wrocław","Poland"),
  E("Advisory Board meeting","2041-05-15",None,"Wrocław","Poland"),
  E("Parallel workshops on cybersecurity for SMEs and on the EU Data Act","2041-05-15",None,"Wrocław","Poland"),
  E("B2B meetings","2041-05-15",None,"Wrocław","Poland"),
  E("Forum dinner","2041-05-15",None,"Wrocław","Poland"),
  E("LSICT Award 2041","2041-05-15",None,"Wrocław","Poland"),
  E("Skills round table","2041-05-16",None,"Wrocław","Poland"),
  E("Company visits","2041-05-16",None,"Wrocław","Poland"),
  E("General Assembly","2041-03",None,None,None),
  E("Advisory Board meeting","2041-10-08",None,"Dresden","Germany"),
  E("Lower Silesian ICT Forum (8th edition)","2042-05",None,None,None),
  E("Lower Silesian ICT Forum (2040 edition)","2040",None,"Wrocław","Poland"),
  E("Lower Silesian ICT Forum (2039 edition)","2039",None,"Wrocław","Poland"),
  E("Lower Silesian ICT Forum (2038 edition)","2038",None,"Wałbrzych","Poland"),
  E("Lower Silesian ICT Forum (2037 edition)","2037",None,"Legnica","Poland")],
 ["2041-05-22","2041-05-15/2041-05-16","2045","2041-03","2041/2044","2035/2042","2041-05-15","2041-05-16","2041-10","2041-10-08","2042-05",
  "2040","2039","2038","2037"],
 ["Regional ICT companies see AI in manufacturing as their biggest market over the next five years, but only one in four has a client project running",
  "The shortage of embedded and cybersecurity engineers is the main brake on growth; universities and companies should co-design short courses",
  "SMEs need practical help with the EU Data Act and with cybersecurity certification, ideally through shared services of the cluster",
  "Cross-border cooperation with Saxony and the Czech Republic works best through concrete joint projects, not general agreements",
  "The cluster should measure its own impact with a small set of indicators published every year"], "2041-05-22")
