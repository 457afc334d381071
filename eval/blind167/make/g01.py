from h import *
F = 'g01_eccp_news_cuxhaven_mistelbach.html'
assert wd(2038,3,9)=='Tuesday' and wd(2038,3,10)=='Wednesday' and wd(2038,4,22)=='Thursday' and wd(2038,5,18)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-consent">We use cookies to measure how the platform is used and to remember your settings. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="brand">European Cluster Collaboration Platform – ECCP</p>
<nav><a href="/">Home</a> | <a href="/cluster-mapping">Cluster mapping</a> | <a href="/partner-search">Partner search</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/funding">Funding opportunities</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › News</p>
<h1>News</h1>

<article>
<h2>Clusters meet Regions in the Weinviertel: wine, bio-based materials and a border that works</h2>
<p class="meta">Submitted by Ilse Wachauer-Roth on 16 March 2038 · Clusters meet Regions · 5 min read</p>
<p>The Lower Austrian town of Mistelbach hosted the latest stop of the Clusters meet Regions series on 9 and 10 March 2038. The event was co-hosted by ecoplus, the business agency of Lower Austria, together with the Weinviertel Regional Management and the South Moravian Innovation Centre (JIC) from across the Czech border. Some 130 participants from eleven countries took part, among them cluster managers, regional policy makers and officials of the European Commission.</p>
<p>The first day opened with a welcome by Mag. Stefan Pölzl-Hauer, Managing Director of ecoplus, and a keynote by Dr Maren Lindqvist, Policy Officer in the Clusters unit of DG GROW, on the role of clusters in the next generation of industrial alliances. Two working groups then looked at bio-based building materials and at the wine value chain. In the afternoon (Tuesday 9 March) participants went on a company visit to the hemp-insulation producer Weinviertler Naturdämmstoffe GmbH in Poysdorf.</p>
<p>On the second day, Wednesday 10 March, the focus moved to cross-border cooperation. Ing. Jana Dvořáková, head of international projects at JIC, presented the joint South Moravia–Lower Austria voucher scheme, and the Austrian cluster platform Cluster Plattform Österreich reported on its mapping of cross-border value chains.</p>
<p>The organisers summed up the two days in four recommendations:</p>
<ul>
<li>Regions should open their innovation vouchers to SMEs from neighbouring regions across national borders</li>
<li>Cluster organisations should share one contact person for cross-border partner search instead of two separate help desks</li>
<li>Bio-based construction needs common testing and certification, which clusters can organise but not finance alone</li>
<li>The wine sector should be included in the regions' smart specialisation strategies as a technology user, not only as a tourism asset</li>
</ul>
<p>Presentations are available in the ECCP library. <a href="/news/cmr-mistelbach">Read more</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
</article>

<article>
<h2>Registration open: EU Cluster Matchmaking on blue economy in Cuxhaven</h2>
<p class="meta">Submitted by ECCP Team on 29 March 2038 · Matchmaking</p>
<p>The next EU Cluster Matchmaking, dedicated to the blue economy and offshore logistics, will take place in Cuxhaven, Germany, on Thursday 22 April 2038, back to back with the annual meeting of the maritime cluster network Maritimes Cluster Norddeutschland (MCN). Up to 80 cluster organisations, SMEs and investors can book one-to-one meetings through the matchmaking tool.</p>
<p>A preparatory webinar for registered participants is scheduled for 13 April 2038 at 10:00 CEST. Applications close on 8 April 2038 at 17:00 CEST. Participation is free of charge; travel costs of up to two representatives per cluster organisation from an eligible country can be reimbursed.</p>
<p>Questions can be sent to Tobias Brenneke, matchmaking coordinator at the ECCP support team. <a href="/news/cuxhaven-matchmaking">Read more</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
</article>

<article>
<h2>EU Clusters Talks: spring series announced</h2>
<p class="meta">Submitted by ECCP Team on 2 April 2038 · EU Clusters Talks</p>
<p>The online series continues with three talks. Each talk runs from 9:00 to 10:15 CEST and is streamed on the platform:</p>
<ul>
<li>"Skills partnerships: what clusters can do for apprentices" – 20 April 2038</li>
<li>"Dual-use technologies and SMEs" – 4 May 2038</li>
<li>"Outcomes of the European Cluster Conference" – 18 May 2038</li>
</ul>
<p>Speakers for the first talk include Paula Arregui Zubiri, cluster manager of the Basque vocational training cluster Tknika, and Kristof Van Hoeylandt, director of Flanders' FOOD.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
</article>

<article>
<h2>Past editions of Clusters meet Regions</h2>
<p>The series has travelled widely since its relaunch:</p>
<ul>
<li>Kalmar, Sweden – 14–15 October 2036</li>
<li>Almada, Portugal – 1–2 March 2037</li>
<li>Tczew, Poland – 23–24 September 2037</li>
<li>Mistelbach, Austria – 9–10 March 2038</li>
</ul>
<p>Regions interested in hosting an edition in 2039 can apply until 30 June 2038.</p>
</article>

<nav class="pager"><a href="/news?page=0">‹ Previous</a> · <strong>2</strong> · <a href="/news?page=2">Next ›</a></nav>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, managed by the European Innovation Council and SMEs Executive Agency (EISMEA) under the Single Market Programme.</p>
<p><a href="/legal-notice">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a> · © European Union, 2038</p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Ilse Wachauer-Roth"),
  P("Stefan Pölzl-Hauer","Managing Director","ecoplus"),
  P("Maren Lindqvist","Policy Officer","DG GROW"),
  P("Jana Dvořáková","head of international projects","JIC"),
  P("Tobias Brenneke","matchmaking coordinator","ECCP"),
  P("Paula Arregui Zubiri","cluster manager","Tknika"),
  P("Kristof Van Hoeylandt","director","Flanders' FOOD")],
 [O("European Cluster Collaboration Platform","ECCP"), O("ecoplus"), O("Weinviertel Regional Management"),
  O("South Moravian Innovation Centre","JIC"), O("European Commission"), O("DG GROW"),
  O("Weinviertler Naturdämmstoffe GmbH"), O("Cluster Plattform Österreich"),
  O("Maritimes Cluster Norddeutschland","MCN"), O("Tknika"), O("Flanders' FOOD"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Clusters meet Regions","2038-03-09","2038-03-10","Mistelbach","Austria"),
  E("company visit","2038-03-09",None,"Poysdorf","Austria"),
  E("EU Cluster Matchmaking","2038-04-22",None,"Cuxhaven","Germany"),
  E("annual meeting of the maritime cluster network Maritimes Cluster Norddeutschland","2038-04",None,"Cuxhaven","Germany"),
  E("preparatory webinar","2038-04-13"),
  E("Skills partnerships: what clusters can do for apprentices","2038-04-20"),
  E("Dual-use technologies and SMEs","2038-05-04"),
  E("Outcomes of the European Cluster Conference","2038-05-18"),
  E("Clusters meet Regions","2036-10-14","2036-10-15","Kalmar","Sweden"),
  E("Clusters meet Regions","2037-03-01","2037-03-02","Almada","Portugal"),
  E("Clusters meet Regions","2037-09-23","2037-09-24","Tczew","Poland")],
 ["2038-03-16","2038-03-09/2038-03-10","2038-03-09","2038-03-10","2038-03-29","2038-04-22","2038-04-13","2038-04-08",
  "2038-04-02","2038-04-20","2038-05-04","2038-05-18","2036-10-14/2036-10-15","2037-03-01/2037-03-02",
  "2037-09-23/2037-09-24","2039","2038-06-30"],
 ["Regions should open their innovation vouchers to SMEs from neighbouring regions across national borders",
  "Cluster organisations should share one contact person for cross-border partner search instead of two separate help desks",
  "Bio-based construction needs common testing and certification, which clusters can organise but not finance alone",
  "The wine sector should be included in the regions' smart specialisation strategies as a technology user, not only as a tourism asset"])
