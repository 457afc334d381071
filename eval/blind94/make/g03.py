from h import *
F = 'g03_eu_cluster_platform_announcements.html'
assert wd(2039,5,6)=='Friday' and wd(2039,5,19)=='Thursday' and wd(2039,6,13)=='Monday' and wd(2039,6,16)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News & calls – European Cluster Collaboration Platform</title></head>
<body>
<div class="ec-banner">An official website of the European Union <a href="#">How do you know?</a></div>
<div class="cookie">This site uses cookies to offer you a better browsing experience. <a href="#">Accept all cookies</a> <a href="#">Accept only essential cookies</a></div>
<header><span class="site">European Cluster Collaboration Platform (ECCP)</span>
<nav><a href="/">Home</a> <a href="/cluster-mapping">Cluster mapping</a> <a href="/calls">Funding & calls</a> <a href="/events">Events</a> <a href="/news">News</a> <a href="/login">Log in</a> <a href="/register">Register your cluster</a></nav></header>
<main>
<p class="breadcrumb">Home > News > Announcements</p>
<h1>Three dates for your calendar: open calls, the Cluster Matchmaking Week and a webinar on defence supply chains</h1>
<p class="submitted">Submitted by Elena Marchetti-Haas on 6 May 2039</p>

<p>Spring is the busiest season for Europe's cluster community, and the ECCP team has bundled the most important opportunities of the coming weeks in one announcement. The platform is run on behalf of the European Innovation Council and SMEs Executive Agency (EISMEA) and the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) of the European Commission.</p>

<h2>1. Open calls for cluster organisations</h2>
<p>Two calls for cluster partnerships are currently open under the Single Market Programme:</p>
<ul>
<li><strong>Euroclusters for resilient value chains (third round)</strong> – consortia of at least three cluster organisations from three eligible countries; grants of up to EUR 3.5 million; deadline 26 June 2039, 17:00 CET.</li>
<li><strong>Cluster Excellence Programme – international partnerships</strong> – strategic partnerships of four to six clusters targeting markets outside the EU; deadline 11 September 2039.</li>
</ul>
<p>Cluster organisations that look for partners can publish a partner-search request in the ECCP "Partner Search" tool. A Q&amp;A session on both calls with EISMEA project officers will be held online on Thursday, 19 May 2039, 10:00–11:30 CET.</p>

<h2>2. EU Cluster Matchmaking Week, 13–16 June 2039, Ljubljana</h2>
<p>After two online editions, the EU Cluster Matchmaking Week returns to an in-person format. From Monday 13 to Thursday 16 June 2039 cluster managers, SMEs and regional authorities will meet at the GR – Ljubljana Exhibition and Convention Centre. The week is co-organised with SPIRIT Slovenia, the Public Agency for Entrepreneurship, Internationalisation, Foreign Investments and Technology.</p>
<table>
<tr><th>Day</th><th>Programme</th></tr>
<tr><td>Monday 13 June</td><td>Welcome reception for cluster managers (18:30)</td></tr>
<tr><td>Tuesday 14 June</td><td>Plenary "Clusters and the twin transition"; cluster-to-cluster meetings</td></tr>
<tr><td>Wednesday 15 June</td><td>B2B meetings in five industrial ecosystems; site visits to the Savinja and Gorenjska regions</td></tr>
<tr><td>Thursday 16 June</td><td>Cluster policy dialogue with regional authorities; closing</td></tr>
</table>
<p>Speakers confirmed so far include Heinrich Albers-Tomé, Head of Unit "Industrial Forum, Alliances, Clusters" at DG GROW, Maja Zorko-Petek, Director of SPIRIT Slovenia, and Dr. Aurelio Santangelo, President of the European Cluster Alliance (ECA). Registration closes on 30 May 2039; places for the B2B meetings are limited to 400.</p>

<h2>3. Webinar: clusters in defence and security supply chains</h2>
<p>In the EU Clusters Talks series, the next webinar on 2 June 2039 (14:00–15:30 CET) looks at how cluster organisations can help SMEs enter defence and security supply chains. With contributions from Capt. (ret.) Sigrid Haugland-Berg, manager of the Nordic Defence Cluster, and Tomasz Wierzbicki of the Aviation Valley Association (Stowarzyszenie Grupa Przedsiębiorców Przemysłu Lotniczego "Dolina Lotnicza"). Moderator: Elena Marchetti-Haas, ECCP community manager.</p>
<p>Recordings of past EU Clusters Talks are available on our YouTube channel:</p>
<ol>
<li>Skills partnerships in the automotive ecosystem – 7 April 2039</li>
<li>Critical raw materials: what clusters can do – 10 March 2039</li>
<li>Clusters and the Ukraine reconstruction – 3 February 2039</li>
</ol>

<h2>Stay informed</h2>
<p>Register your cluster organisation on the ECCP to receive calls and partner searches that match your profile. Questions: helpdesk@clustercollaboration.example.eu</p>
<p class="disclaimer">The ECCP is funded by the Single Market Programme. The content of this page represents the views of the authors only and is their sole responsibility.</p>
<p class="share">Share this page: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">E-mail</a></p>
</main>
<footer><a href="#">Contact</a> · <a href="#">Legal notice</a> · <a href="#">Privacy statement</a> · <a href="#">Accessibility</a> · <a href="#">Sitemap</a></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Elena Marchetti-Haas","community manager","ECCP"),
  P("Heinrich Albers-Tomé",'Head of Unit "Industrial Forum, Alliances, Clusters"',"DG GROW"),
  P("Maja Zorko-Petek","Director","SPIRIT Slovenia"),
  P("Aurelio Santangelo","President","European Cluster Alliance"),
  P("Sigrid Haugland-Berg","manager","Nordic Defence Cluster"),
  P("Tomasz Wierzbicki",None,"Aviation Valley Association")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"), O("European Commission"),
  O("Public Agency for Entrepreneurship, Internationalisation, Foreign Investments and Technology","SPIRIT Slovenia"),
  O("European Cluster Alliance","ECA"), O("Nordic Defence Cluster"), O("Aviation Valley Association")],
 [E("Q&A session","2039-05-19"),
  E("EU Cluster Matchmaking Week","2039-06-13","2039-06-16","Ljubljana","Slovenia"),
  E("Welcome reception for cluster managers","2039-06-13",None,"Ljubljana","Slovenia"),
  E("cluster-to-cluster meetings","2039-06-14",None,"Ljubljana","Slovenia"),
  E("B2B meetings","2039-06-15",None,"Ljubljana","Slovenia"),
  E("site visits","2039-06-15"),
  E("webinar: clusters in defence and security supply chains","2039-06-02"),
  E("Skills partnerships in the automotive ecosystem","2039-04-07"),
  E("Critical raw materials: what clusters can do","2039-03-10"),
  E("Clusters and the Ukraine reconstruction","2039-02-03")],
 ["2039-05-06","2039-06-26","2039-09-11","2039-05-19","2039-06-13/2039-06-16","2039-05-30","2039-06-02","2039-04-07","2039-03-10","2039-02-03","2039-06-13","2039-06-14","2039-06-15","2039-06-16"],
 [], "2039-05-06")
