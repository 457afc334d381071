from h import *
F = 'g13_eccp_platform_news_talks.html'
assert [wd(2040,m,d) for m,d in ((9,5),(9,19),(10,3),(10,17))]==['Wednesday']*4
assert wd(2040,11,14)=='Wednesday' and wd(2040,11,16)=='Friday' and wd(2040,8,28)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div id="cookie-banner">We use cookies to give you the best experience on our website. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><div class="brand">European Cluster Collaboration Platform</div>
<nav><a href="/">Home</a> <a href="/cluster-organisations">Cluster organisations</a> <a href="/partnerships">Partnerships</a> <a href="/events">Events</a> <a href="/news">News</a> <a href="/calls">Funding &amp; calls</a> <a href="/login">Log in</a></nav></header>
<main>
<p class="breadcrumb">Home › News › Platform news</p>
<article>
<h1>EU Cluster Talks return in September – and the road to the European Cluster Conference 2040</h1>
<p class="submitted">Submitted by Marta Kowalczyk-Dunne on 28 August 2040</p>

<p>After the summer break, the ECCP's online series <strong>EU Cluster Talks</strong> comes back with four new editions. Broadcast live from Brussels every second Wednesday at 10:00 CET, the talks give cluster organisations a short, practical update on EU industrial policy, followed by questions from the audience. Since the series started, more than 11,000 people have followed at least one talk.</p>

<p>The autumn line-up:</p>
<ol>
<li>Clusters and the Net-Zero Industry Act: what has changed? – 5 September 2040</li>
<li>Skills partnerships in the automotive and mobility ecosystem – 19 September 2040</li>
<li>Clusters in the Western Balkans and Ukraine: two years of joint projects – 3 October 2040</li>
<li>Preparing the European Cluster Conference: what we want from the next cluster policy – 17 October 2040</li>
</ol>

<p>Each talk lasts 60 minutes. Speakers from the European Commission will include Karel Vandermeersch, Head of Unit for Industrial Forum, Alliances, Clusters at the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), and Eleni Papadaki-Ross, Policy Officer in the same unit. Recordings of earlier talks remain available in the ECCP library.</p>

<h2>European Cluster Conference 2040 in Tallinn</h2>
<p>The 11th European Cluster Conference will take place from Wednesday 14 to Friday 16 November 2040 in Tallinn, Estonia, hosted by the Estonian Ministry of Economic Affairs and Communications and Enterprise Estonia (EAS). The conference will be opened by Executive Vice-President Ana Lourenço-Matos. Previous conferences were held in Brussels (2036) and Porto (2038).</p>
<p>Around the conference, the ECCP will organise an <strong>Intra-European Cluster Matchmaking Event</strong> on 16 November 2040 and a study visit to the Ülemiste City innovation district. Cluster organisations registered on the ECCP can express interest in the matchmaking until 10 October 2040.</p>

<h2>New on the platform</h2>
<p>Since June, 46 cluster organisations have joined the ECCP, among them the Cyprus Marine and Maritime Cluster, Hub Moldova ICT Cluster and the Basque Energy Cluster (ACLUSTER), which coordinates the new European Strategic Cluster Partnership H2-Connect with partners in six countries. The profiles of all 1,412 registered cluster organisations can be searched by sector, region and cluster excellence label.</p>

<p>"The summer showed how quickly clusters respond when we open a call: the 'Clusters meet Regions' applications doubled compared with last year," said Jonas Lindgren, ECCP Team Leader at the European Innovation Council and SMEs Executive Agency (EISMEA).</p>

<h2>Key messages from the spring cluster policy survey</h2>
<p>The results of the spring survey among 620 cluster managers, presented at the Cluster Policy Forum on 12 June 2040, were published last week. The main findings:</p>
<ul>
<li>Two thirds of cluster organisations now run at least one project on the green transition</li>
<li>Access to skilled staff has overtaken access to finance as the members' first concern</li>
<li>Cluster managers ask for simpler reporting in EU-funded partnerships</li>
</ul>

<p><a href="/news/eu-cluster-talks-autumn-2040">Read more</a> · <a href="/events/ecc-2040">Register for the conference</a></p>
<p class="share">Share this article: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">E-mail</a></p>
<p class="tags">Tags: EU Cluster Talks, European Cluster Conference, cluster policy, ECCP</p>
</article>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Union, managed by EISMEA on behalf of DG GROW. © European Union, 2040.</p>
<p><a href="/legal-notice">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
assert wd(2040,6,12)=='Tuesday'
gold(F,
 [P("Marta Kowalczyk-Dunne",None,None),
  P("Karel Vandermeersch","Head of Unit for Industrial Forum, Alliances, Clusters","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Eleni Papadaki-Ross","Policy Officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Ana Lourenço-Matos","Executive Vice-President",None),
  P("Jonas Lindgren","ECCP Team Leader","European Innovation Council and SMEs Executive Agency")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Estonian Ministry of Economic Affairs and Communications"), O("Enterprise Estonia","EAS"),
  O("Cyprus Marine and Maritime Cluster"), O("Hub Moldova ICT Cluster"), O("Basque Energy Cluster","ACLUSTER"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Clusters and the Net-Zero Industry Act: what has changed?","2040-09-05",None,None,None),
  E("Skills partnerships in the automotive and mobility ecosystem","2040-09-19",None,None,None),
  E("Clusters in the Western Balkans and Ukraine: two years of joint projects","2040-10-03",None,None,None),
  E("Preparing the European Cluster Conference: what we want from the next cluster policy","2040-10-17",None,None,None),
  E("11th European Cluster Conference","2040-11-14","2040-11-16","Tallinn","Estonia"),
  E("European Cluster Conference (2036)","2036",None,"Brussels","Belgium"),
  E("European Cluster Conference (2038)","2038",None,"Porto","Portugal"),
  E("Intra-European Cluster Matchmaking Event","2040-11-16",None,"Tallinn","Estonia"),
  E("study visit to the Ülemiste City innovation district","2040-11",None,"Tallinn","Estonia"),
  E("Cluster Policy Forum","2040-06-12",None,None,None)],
 ["2040-08-28","2040-09-05","2040-09-19","2040-10-03","2040-10-17","2040-11-14/2040-11-16","2036","2038","2040-11-16","2040-10-10","2040-06","2040-06-12"],
 ["Two thirds of cluster organisations now run at least one project on the green transition",
  "Access to skilled staff has overtaken access to finance as the members' first concern",
  "Cluster managers ask for simpler reporting in EU-funded partnerships"],
 pub="2040-08-28")
