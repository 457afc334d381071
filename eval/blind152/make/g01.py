from h import *
F = 'g01_eccp_platform_news.html'
assert wd(2038,5,20)=='Thursday' and wd(2038,5,21)=='Friday' and wd(2038,6,4)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-banner">We use cookies to give you the best online experience. <a href="/cookie-policy">Cookie policy</a> <button>Accept all cookies</button> <button>Accept only essential cookies</button></div>
<header><p class="site-name">European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-mapping">Cluster mapping</a> | <a href="/euroclusters">Euroclusters</a> | <a href="/calls">Open calls</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="breadcrumb">Home › News › Platform news</p>
<h1>Platform news</h1>

<article>
<p class="meta">Published on 27 May 2038 · Platform news · 4 min read</p>
<h2>Clusters meet Regions lands in Siedlce: Mazovia's food processors look east and west</h2>
<p>The eleventh edition of the "Clusters meet Regions" series took place in Siedlce on Thursday 20 and Friday 21 May 2038, hosted by the Mazowiecka Agencja Rozwoju Regionalnego (MARR) together with the Siedlce Food Processing Cluster. Around 140 participants from 17 countries – cluster managers, regional officials and company owners – spent two days discussing how the food processing ecosystem in eastern Mazovia can plug into European value chains for plant-based proteins and cold-chain logistics.</p>
<p>The workshop was opened by Grzegorz Wiśniewski-Kania, Member of the Management Board of the Mazowieckie Voivodeship, and by Ilona Sadowska, President of MARR. Speaking for the European Commission, Pieter van der Heyden, Policy Officer in the Clusters and Industrial Alliances Unit of DG GROW, presented the new guidance on cluster policy in the regions. The first afternoon ended with company visits to the dairy cooperative OSM Siedlce and to the frozen-vegetable producer Agro-Podlasie Sp. z o.o. in Mordy.</p>
<p>On the second day, three parallel sessions looked at skills, at joint procurement of energy and at the new Eurocluster calls for SMEs. Dr Katarzyna Obrębska-Lis (University of Siedlce) moderated the closing discussion.</p>
<p>Key takeaways from Siedlce:</p>
<ul>
<li>Small regions need one named contact person for cluster matters in the regional administration</li>
<li>Cold-chain logistics is the bottleneck that clusters can address jointly across borders</li>
<li>SMEs apply to Eurocluster calls when their own cluster helps them fill in the first application</li>
</ul>
<p>Previous editions of the series were held in Ponta Delgada (2036), Trnava (2037) and Lappeenranta (February 2038). The twelfth edition is planned for Tralee in October 2038.</p>
<p><a href="/news/cmr-siedlce">Read more</a> · Share on <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a></p>
</article>

<article>
<p class="meta">Published on 4 June 2038 · Euroclusters · 3 min read</p>
<h2>Eurocluster AGRI-COLD opens its second call for SMEs</h2>
<p>AGRI-COLD, one of the Euroclusters funded under the Single Market Programme, has opened its second call for financial support to third parties. SMEs from the agri-food and logistics ecosystems can apply for up to EUR 60 000 to test energy-efficient refrigeration or to buy advisory services. The call closes on 15 September 2038 at 17:00 CET.</p>
<p>The consortium is coordinated by the Danish Food Cluster and brings together the Siedlce Food Processing Cluster, Clúster Alimentario de Galicia (CLUSAGA), Vitagora and Agrifood Lithuania. An information webinar takes place on Friday 4 June 2038 at 10:00 CET, with Marta Nogueira-Barros, project manager at CLUSAGA, and Lars Ebbesen, CEO of the Danish Food Cluster.</p>
<p><a href="/news/agri-cold-call-2">Read more</a> · Share on <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a></p>
</article>

<article>
<p class="meta">Published on 8 June 2038 · Community news · 2 min read</p>
<h2>New members of the ECCP Advisory Group</h2>
<p>The European Cluster Collaboration Platform welcomes three new members to its Advisory Group for the term 2038–2040: Aurélie Ducasse-Moreau, managing director of the Pôle Mer Méditerranée, Tomasz Zielonka of the Polish Agency for Enterprise Development (PARP), and Egle Vaitkutė, cluster policy adviser at the Lithuanian Innovation Agency. They replace members whose terms ended in April 2038.</p>
<p>The next meeting of the Advisory Group will be held online on 24 June 2038. <a href="/news/advisory-group">Read more</a></p>
</article>

<nav class="pager"><a href="/news?page=0">‹ Previous</a> <strong>2</strong> <a href="/news?page=2">3</a> <a href="/news?page=2">Next ›</a></nav>
<aside><h3>Stay informed</h3><p>Subscribe to the ECCP newsletter. <a href="/newsletter">Subscribe</a></p>
<h3>Filter by</h3><p><a href="#">Platform news</a> · <a href="#">Euroclusters</a> · <a href="#">Community news</a> · <a href="#">Open calls</a></p></aside>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, managed by the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
<p>Funded by the European Union. © European Union · <a href="/legal-notice">Legal notice</a> · <a href="/privacy">Privacy policy</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""
write(F, T)
M = "Mazowiecka Agencja Rozwoju Regionalnego"
gold(F,
 [P("Grzegorz Wiśniewski-Kania","Member of the Management Board","Mazowieckie Voivodeship"),
  P("Ilona Sadowska","President",M),
  P("Pieter van der Heyden","Policy Officer","Clusters and Industrial Alliances Unit"),
  P("Katarzyna Obrębska-Lis",None,"University of Siedlce"),
  P("Marta Nogueira-Barros","project manager","CLUSAGA"),
  P("Lars Ebbesen","CEO","Danish Food Cluster"),
  P("Aurélie Ducasse-Moreau","managing director","Pôle Mer Méditerranée"),
  P("Tomasz Zielonka",None,"Polish Agency for Enterprise Development"),
  P("Egle Vaitkutė","cluster policy adviser","Lithuanian Innovation Agency")],
 [O("European Cluster Collaboration Platform","ECCP"), O(M,"MARR"), O("Siedlce Food Processing Cluster"),
  O("Mazowieckie Voivodeship"), O("European Commission"), O("Clusters and Industrial Alliances Unit"), O("DG GROW"),
  O("OSM Siedlce"), O("Agro-Podlasie Sp. z o.o."), O("University of Siedlce"),
  O("Danish Food Cluster"), O("Clúster Alimentario de Galicia","CLUSAGA"), O("Vitagora"), O("Agrifood Lithuania"),
  O("Pôle Mer Méditerranée"), O("Polish Agency for Enterprise Development","PARP"), O("Lithuanian Innovation Agency"),
  O("ECCP Advisory Group"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Clusters meet Regions","2038-05-20","2038-05-21","Siedlce","Poland"),
  E("company visits","2038-05-20",None,"Siedlce, Mordy","Poland"),
  E("Clusters meet Regions (2036)","2036",None,"Ponta Delgada","Portugal"),
  E("Clusters meet Regions (2037)","2037",None,"Trnava","Slovakia"),
  E("Clusters meet Regions (2038)","2038-02",None,"Lappeenranta","Finland"),
  E("Clusters meet Regions (twelfth edition)","2038-10",None,"Tralee","Ireland"),
  E("information webinar","2038-06-04",None,None,None),
  E("meeting of the Advisory Group","2038-06-24",None,None,None)],
 ["2038-05-27","2038-05-20/2038-05-21","2036","2037","2038-02","2038-10","2038-06-04","2038-09-15","2038-06-08",
  "2038/2040","2038-04","2038-06-24"],
 ["Small regions need one named contact person for cluster matters in the regional administration",
  "Cold-chain logistics is the bottleneck that clusters can address jointly across borders",
  "SMEs apply to Eurocluster calls when their own cluster helps them fill in the first application"],
 pub=None)
