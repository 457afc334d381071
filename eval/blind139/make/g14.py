from h import *
F = 'g14_brussels_expert_group_members.html'
assert wd(2042,2,11)=='Tuesday' and wd(2042,6,17)=='Tuesday' and wd(2042,10,7)=='Tuesday' and wd(2042,10,8)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Expert Group on Cluster Policy – members and first meeting | European Cluster Collaboration Platform</title></head>
<body>
<div id="ec-cookie">This site uses cookies to offer you a better browsing experience. <a href="#">Accept all cookies</a> · <a href="#">Accept only essential cookies</a> · <a href="#">How we use cookies</a></div>
<header><p>European Cluster Collaboration Platform · An initiative of the European Union</p>
<nav><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/policy">Cluster policy</a></nav>
<p><a href="/search">Search</a> | <a href="/login">Log in</a> | <a href="/register">Register your profile</a></p></header>
<main>
<p class="date">Published on 19 February 2042 · Cluster policy · 5 min read</p>
<h1>Expert Group on Cluster Policy: 21 members appointed, first meeting held in Brussels</h1>
<p>The European Commission has appointed the 21 members of the new Expert Group on Cluster Policy for the mandate 2042–2044. The group advises the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) on the implementation of the cluster dimension of the EU industrial strategy, on cluster partnerships with third countries and on the future of the European Cluster Collaboration Platform (ECCP).</p>
<p>The members were selected after an open call that closed on 20 January 2042. They include 12 cluster managers, five representatives of national and regional authorities and four researchers, from 17 countries.</p>

<h2>First meeting</h2>
<p>The group held its constitutive meeting on Tuesday 11 February 2042 in the Berlaymont building in Brussels. It was opened by Dr. Tiina Saarnio-Holm, Director for Industrial Ecosystems at DG GROW, who thanked the members of the previous group and in particular its chair, Marc Delattre-Vandenbroucke, whose term ended in December 2041.</p>
<p>The members elected <strong>Dr. Carmen Ruiz-Olabarría</strong>, director of the Basque Aerospace Cluster HEGAN, as Chair, and <strong>Jakub Wiśniewski</strong>, President of the Polish Cluster Association (Stowarzyszenie Polskich Klastrów), as Vice-Chair. The secretariat is provided by the European Innovation Council and SMEs Executive Agency (EISMEA), Unit I.02 – SMP/COSME Pillar.</p>

<h2>Members 2042–2044</h2>
<p>Cluster organisations:</p>
<ul>
<li>Dr. Carmen Ruiz-Olabarría – HEGAN (Spain), Chair</li>
<li>Jakub Wiśniewski – Polish Cluster Association (Poland), Vice-Chair</li>
<li>Dr. Sven-Olof Lindahl – Paper Province (Sweden)</li>
<li>Annelies De Smet – Flux50 (Belgium)</li>
<li>Giorgos Papadakis – Corallia Clusters Initiative (Greece)</li>
<li>Marie-Hélène Beaulieu – Pôle Véhicule du Futur (France)</li>
<li>Tanja Oblak – Slovenian Automotive Cluster (Slovenia)</li>
<li>Mihaela Enache – Romanian Textile Concept Cluster (Romania)</li>
</ul>
<p>Public authorities:</p>
<ul>
<li>Dr. Gerhard Pichler – Austrian Federal Ministry of Labour and Economy</li>
<li>Eilís Ní Chonaill – Enterprise Ireland</li>
<li>Rui Carvalho da Costa – IAPMEI (Portugal)</li>
</ul>
<p>Research:</p>
<ul>
<li>Prof. Daniel Whitcombe – Harvard Business School (United States), observer</li>
<li>Prof. Ramunė Čiarnienė – Kaunas University of Technology (Lithuania)</li>
</ul>
<p>The complete list of members, including alternates, is published in the Register of Commission Expert Groups. <a href="#">See the full list</a></p>

<h2>Key takeaways from the constitutive meeting</h2>
<ul>
<li>Cluster partnerships with third countries should focus on fewer, deeper partnerships with measurable business results</li>
<li>The ECCP needs a single entry point for SMEs, not only for cluster managers</li>
<li>Regional and national cluster programmes should share monitoring indicators to allow comparison across Europe</li>
<li>The group will prepare an opinion on cluster excellence labels by the end of 2042</li>
</ul>

<h2>Next meetings</h2>
<p>The group will meet three times a year. The second meeting is scheduled for 17–18 June 2042 in Gdańsk, hosted by the Pomorskie Region, and the third meeting in connection with the European Cluster Conference 2042 in Copenhagen on 7–8 October 2042.</p>

<h2>Contact</h2>
<p>EISMEA – Expert Group on Cluster Policy secretariat: EISMEA-CLUSTERS-EG@ec.example.eu<br>
DG GROW, Unit Clusters and Industrial Alliances: Anna Kowalska-Reyes, Policy Officer</p>
<p><a href="#">Share</a> · <a href="#">Print</a> · <a href="/news">Back to news</a></p>
</main>
<footer><p>The ECCP is managed by EISMEA on behalf of the European Commission. <a href="#">Legal notice</a> · <a href="#">Privacy statement</a> · <a href="#">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
X="Expert Group on Cluster Policy"
gold(F,
 [P("Tiina Saarnio-Holm","Director for Industrial Ecosystems","DG GROW"),
  P("Marc Delattre-Vandenbroucke","chair",X),
  P("Carmen Ruiz-Olabarría","Chair",X),
  P("Jakub Wiśniewski","Vice-Chair",X),
  P("Sven-Olof Lindahl",None,"Paper Province"),
  P("Annelies De Smet",None,"Flux50"),
  P("Giorgos Papadakis",None,"Corallia Clusters Initiative"),
  P("Marie-Hélène Beaulieu",None,"Pôle Véhicule du Futur"),
  P("Tanja Oblak",None,"Slovenian Automotive Cluster"),
  P("Mihaela Enache",None,"Romanian Textile Concept Cluster"),
  P("Gerhard Pichler",None,"Austrian Federal Ministry of Labour and Economy"),
  P("Eilís Ní Chonaill",None,"Enterprise Ireland"),
  P("Rui Carvalho da Costa",None,"IAPMEI"),
  P("Daniel Whitcombe","observer",X),
  P("Ramunė Čiarnienė",None,"Kaunas University of Technology"),
  P("Anna Kowalska-Reyes","Policy Officer","DG GROW")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"), O(X),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Basque Aerospace Cluster HEGAN","HEGAN"), O("Polish Cluster Association"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Paper Province"), O("Flux50"),
  O("Corallia Clusters Initiative"), O("Pôle Véhicule du Futur"), O("Slovenian Automotive Cluster"),
  O("Romanian Textile Concept Cluster"), O("Austrian Federal Ministry of Labour and Economy"), O("Enterprise Ireland"),
  O("IAPMEI"), O("Harvard Business School"), O("Kaunas University of Technology"), O("Pomorskie Region")],
 [E("constitutive meeting","2042-02-11",None,"Brussels","Belgium"),
  E("second meeting","2042-06-17","2042-06-18","Gdańsk","Poland"),
  E("European Cluster Conference 2042","2042-10-07","2042-10-08","Copenhagen","Denmark"),
  E("third meeting","2042-10-07","2042-10-08","Copenhagen","Denmark")],
 ["2042-02-19","2042/2044","2042-01-20","2042-02-11","2041-12","2042","2042-06-17/2042-06-18","2042-10-07/2042-10-08"],
 ["Cluster partnerships with third countries should focus on fewer, deeper partnerships with measurable business results",
  "The ECCP needs a single entry point for SMEs, not only for cluster managers",
  "Regional and national cluster programmes should share monitoring indicators to allow comparison across Europe",
  "The group will prepare an opinion on cluster excellence labels by the end of 2042"],
 pub="2042-02-19")
