from h import *
F = 'g01_eccp_news_annecy_clusters_meet_regions.html'
assert wd(2038,3,17)=='Wednesday' and wd(2038,3,18)=='Thursday' and wd(2038,5,6)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-banner">We use cookies to give you the best experience on our website. By continuing you accept our use of cookies. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="site-name">European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> · <a href="/cluster-mapping">Cluster mapping</a> · <a href="/euroclusters">Euroclusters</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/calls">Open calls</a> · <a href="/login">Log in</a></nav></header>
<main>
<p class="breadcrumb">Home › News › Clusters meet Regions</p>
<h1>Clusters meet Regions in Annecy: mountain tourism and outdoor industry look for common ground</h1>
<p class="byline">Submitted by Élodie Marchand-Rey on 24 March 2038 · Reading time 4 min</p>
<p>Some 140 cluster managers, regional officials and company owners came to Annecy on Wednesday 17 and Thursday 18 March 2038 for the latest "Clusters meet Regions" workshop of the European Cluster Collaboration Platform (ECCP). The two days were hosted by the Auvergne-Rhône-Alpes Region together with the outdoor sports cluster Outdoor Sports Valley (OSV) and the regional tourism cluster Montagne Alpes Innovation.</p>
<p>The workshop looked at a question that many Alpine valleys now face: how can winter tourism, the outdoor equipment industry and the textile and plastics suppliers behind it adapt to shorter snow seasons without losing jobs? Speakers came from Savoie, the Aosta Valley, Slovenia's Gorenjska region and Tyrol.</p>
<h2>Opening and first day</h2>
<p>The workshop was opened by Laurent Vachoux, vice-president for economy and innovation of the Auvergne-Rhône-Alpes Region, and by Kaja Jelenc, policy officer in the Clusters Unit of DG GROW at the European Commission. Jelenc reminded participants that the Euroclusters launched since 2036 had already paid out more than 9,000 vouchers to small firms.</p>
<p>In the afternoon Marc Dufresne-Berthier, director of Outdoor Sports Valley, presented the cluster's "Four Seasons Lab" and its first pilots with ski-lift operators in Haute-Savoie. Giulia Pession (Fondazione Montagna Sicura, Italy) and Rok Zupan, cluster manager at the Slovenian Outdoor and Tourism Cluster, talked about cross-border trails and shared booking tools. A welcome dinner for speakers was held at 19:30 on the first evening by the lake.</p>
<h2>Second day: site visit and matchmaking</h2>
<p>On Thursday morning participants took part in a site visit to the Salomon innovation centre in Annecy-le-Vieux, where product engineers showed how recycled materials are tested. The afternoon was reserved for B2B meetings between clusters, organised through the ECCP matchmaking tool: 61 meetings were booked by 38 organisations from nine countries.</p>
<p>"We came for the talks and stayed for the meetings," said Henrike Gassner, project manager at the Tiroler Standortagentur in Innsbruck. Her agency signed a letter of intent with the Aosta Valley cluster on joint training for mountain guides.</p>
<h2>Key takeaways</h2>
<p>The organisers summed up the discussions in four points:</p>
<ul>
<li>Mountain regions need one shared climate-adaptation plan for tourism and industry, not two separate strategies</li>
<li>Clusters are best placed to bring ski-lift operators, equipment makers and municipalities to the same table</li>
<li>Cascade funding from the Euroclusters should be opened to micro-companies in tourism, not only to manufacturers</li>
<li>Cross-border data on visitors and snow cover should be collected once and shared by all Alpine regions</li>
</ul>
<h2>Earlier workshops in the series</h2>
<p>Clusters meet Regions has travelled widely since the series was relaunched:</p>
<ul>
<li>Clusters meet Regions – Oulu, 14–15 September 2036</li>
<li>Clusters meet Regions – Braga, 2–3 February 2037</li>
<li>Clusters meet Regions – Plovdiv, 19–20 October 2037</li>
</ul>
<p>The next workshop will take place in Szeged on Thursday 6 May 2038, with a focus on food processing and water. Applications from regions wishing to host a workshop in 2039 can be sent until 30 June 2038.</p>
<p class="tags">Tags: Clusters meet Regions · Tourism · Outdoor · Alps</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Facebook</a> | <a href="#">E-mail</a></p>
<aside><h3>Related news</h3><p><a href="#">Euroclusters publish third round of SME calls</a> · <a href="#">Cluster mapping 2038: new data on 3,100 cluster organisations</a></p></aside>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, managed by the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
<p><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a> · © European Union, 2038</p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Élodie Marchand-Rey",None,None),
  P("Laurent Vachoux","vice-president for economy and innovation","Auvergne-Rhône-Alpes Region"),
  P("Kaja Jelenc","policy officer","DG GROW"),
  P("Marc Dufresne-Berthier","director","Outdoor Sports Valley"),
  P("Giulia Pession",None,"Fondazione Montagna Sicura"),
  P("Rok Zupan","cluster manager","Slovenian Outdoor and Tourism Cluster"),
  P("Henrike Gassner","project manager","Tiroler Standortagentur")],
 [O("European Cluster Collaboration Platform","ECCP"), O("Auvergne-Rhône-Alpes Region"), O("Outdoor Sports Valley","OSV"),
  O("Montagne Alpes Innovation"), O("DG GROW"), O("European Commission"), O("Fondazione Montagna Sicura"),
  O("Slovenian Outdoor and Tourism Cluster"), O("Salomon"), O("Tiroler Standortagentur"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("European Union")],
 [E("Clusters meet Regions","2038-03-17","2038-03-18","Annecy","France"),
  E("welcome dinner","2038-03-17",None,"Annecy","France"),
  E("site visit to the Salomon innovation centre","2038-03-18",None,"Annecy-le-Vieux","France"),
  E("B2B meetings","2038-03-18",None,"Annecy","France"),
  E("Clusters meet Regions","2036-09-14","2036-09-15","Oulu","Finland"),
  E("Clusters meet Regions","2037-02-02","2037-02-03","Braga","Portugal"),
  E("Clusters meet Regions","2037-10-19","2037-10-20","Plovdiv","Bulgaria"),
  E("Clusters meet Regions","2038-05-06",None,"Szeged","Hungary")],
 ["2038-03-24","2038-03-17/2038-03-18","2036","2036-09-14/2036-09-15","2037-02-02/2037-02-03","2037-10-19/2037-10-20",
  "2038-05-06","2039","2038-06-30","2038"],
 ["Mountain regions need one shared climate-adaptation plan for tourism and industry, not two separate strategies",
  "Clusters are best placed to bring ski-lift operators, equipment makers and municipalities to the same table",
  "Cascade funding from the Euroclusters should be opened to micro-companies in tourism, not only to manufacturers",
  "Cross-border data on visitors and snow cover should be collected once and shared by all Alpine regions"],
 pub="2038-03-24")
