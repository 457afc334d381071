from h import *
F = 'g01_tulcea_delta_cluster_conference_conclusions.html'
assert wd(2038,10,6)=='Wednesday' and wd(2038,10,7)=='Thursday' and wd(2038,10,5)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conclusions of the Danube Delta Cluster Forum 2038 | South-East RDA</title></head>
<body>
<div class="cookie">We use cookies to measure traffic. <a href="/cookies">Settings</a> <button>OK</button></div>
<header><nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/clusters">Clusters</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/ro">RO</a></nav></header>
<main>
<p class="crumbs">Home &gt; News &gt; Events</p>
<h1>Danube Delta Cluster Forum closes with eight recommendations for blue-economy clusters</h1>
<p class="meta">Published 14 October 2038 · by Ioana Mărgărit, Communication Officer · 4 min read</p>
<p>The fourth edition of the Danube Delta Cluster Forum took place in Tulcea on 6–7 October 2038 and brought together 212 participants from eleven countries. The forum was organised by the South-East Regional Development Agency (ADR Sud-Est) together with the Romanian Cluster Association CLUSTERO and the Danube Delta Biosphere Reserve Authority, under the theme "Water, fish and people: clusters for a living delta".</p>
<p>Opening the forum on Wednesday morning, Luminița Constantinescu-Vlad, Director General of ADR Sud-Est, reminded the audience that the first edition in 2035 had gathered fewer than sixty people in a hotel conference room. "Three years later we have a cluster for aquaculture, one for eco-tourism and a joint platform with our neighbours in Odesa region and in Bulgaria," she said.</p>
<p>The keynote was given by Dr Henrik Aaltonen-Berg, policy officer in the Clusters, Social Economy and Entrepreneurship unit at the European Commission's DG GROW, who presented the preliminary results of the European Cluster Panorama 2038. He was followed by Prof. Matteo Dall'Olio of the University of Ferrara, who compared the Po and Danube deltas.</p>
<h2>Programme highlights</h2>
<ul>
<li>Tuesday 5 October, 15:00–18:00 – EU cluster matchmaking, Hotel Delta, 41 clusters, 118 bilateral meetings</li>
<li>Wednesday 6 October, 09:30 – Opening and keynote; 11:00 – Panel "Blue economy value chains"; 19:30 – Forum dinner on the boat Sfântu Gheorghe</li>
<li>Thursday 7 October, 09:00 – Working groups; 14:00 – Study visit to the fish farm of Piscicola Mahmudia SRL</li>
</ul>
<p>The panel on blue economy value chains was moderated by Elena-Cristina Pârvu, cluster manager of the Danube Aquaculture Cluster (Clusterul Acvacultura Dunării), with contributions from Georgi Vasilev Ivanov, chairman of the Bulgarian Fisheries Cluster in Burgas, and from Maria José Sousa Lobo of the Portuguese cluster Fórum Oceano.</p>
<h2>Past editions</h2>
<p>2035 Tulcea (58 participants) · 2036 Sulina (94) · 2037 Brăila (160) · 2038 Tulcea (212)</p>
<h2>Recommendations of the forum</h2>
<p>The rapporteur, Dr Ana-Maria van der Berg of the Black Sea Cluster Observatory, summarised the working groups in eight recommendations, which will be sent to the Ministry of Development, Public Works and Administration and to DG GROW before the end of November:</p>
<ol>
<li>Regional cluster funding in the South-East region should be multi-annual and linked to the Smart Specialisation Strategy 2035–2041</li>
<li>Cluster organisations in the delta should share one internationalisation office instead of three small ones</li>
<li>Aquaculture firms need a common laboratory for water quality, run by the cluster and the university</li>
<li>The eco-tourism cluster should develop a joint booking and quality label with local guesthouses</li>
<li>Skills partnerships under the Pact for Skills should include fishermen's associations</li>
<li>Clusters should be invited to the monitoring committee of the regional programme as observers</li>
<li>Cross-border cooperation with Bulgarian and Ukrainian clusters should be given a permanent secretariat</li>
<li>The forum should publish a short progress report each year before the next edition</li>
</ol>
<p>The next edition will be held in Galați in autumn 2039. Proposals for workshops can be sent until 31 March 2039.</p>
<p>Photos: © ADR Sud-Est / Radu Stoica</p>
<p><a href="/news">&laquo; Back to news</a> · Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a></p>
<p class="related">Read more: <a href="#">Aquaculture cluster signs agreement with Fórum Oceano</a> · <a href="#">Call for cluster excellence vouchers open</a></p>
</main>
<footer><p>South-East Regional Development Agency · Str. Anghel Saligny 2, Brăila · This website is co-financed by the European Union.</p><p>© 2038 ADR Sud-Est · <a href="#">Privacy</a> · <a href="#">Contact</a></p></footer>
</body></html>
"""
write(F, T)
A="South-East Regional Development Agency"
gold(F,
 [P("Ioana Mărgărit","Communication Officer",A),
  P("Luminița Constantinescu-Vlad","Director General",A),
  P("Henrik Aaltonen-Berg","policy officer","DG GROW"),
  P("Matteo Dall'Olio",None,"University of Ferrara"),
  P("Elena-Cristina Pârvu","cluster manager","Danube Aquaculture Cluster"),
  P("Georgi Vasilev Ivanov","chairman","Bulgarian Fisheries Cluster"),
  P("Maria José Sousa Lobo",None,"Fórum Oceano"),
  P("Ana-Maria van der Berg","rapporteur","Black Sea Cluster Observatory"),
  P("Radu Stoica",None,None)],
 [O(A,"ADR Sud-Est"), O("Romanian Cluster Association CLUSTERO","CLUSTERO"), O("Danube Delta Biosphere Reserve Authority"),
  O("Clusters, Social Economy and Entrepreneurship unit"), O("European Commission"), O("DG GROW"),
  O("University of Ferrara"), O("Piscicola Mahmudia SRL"), O("Danube Aquaculture Cluster"),
  O("Bulgarian Fisheries Cluster"), O("Fórum Oceano"), O("Black Sea Cluster Observatory"),
  O("Ministry of Development, Public Works and Administration")],
 [E("Danube Delta Cluster Forum","2038-10-06","2038-10-07","Tulcea","Romania"),
  E("EU cluster matchmaking","2038-10-05",None,"Tulcea","Romania"),
  E("Forum dinner","2038-10-06",None,None,None),
  E("Study visit to the fish farm of Piscicola Mahmudia SRL","2038-10-07",None,None,None),
  E("Danube Delta Cluster Forum (2035)","2035",None,"Tulcea","Romania"),
  E("Danube Delta Cluster Forum (2036)","2036",None,"Sulina","Romania"),
  E("Danube Delta Cluster Forum (2037)","2037",None,"Brăila","Romania"),
  E("Danube Delta Cluster Forum (2039)","2039",None,"Galați","Romania")],
 ["2038-10-14","2038-10-06/2038-10-07","2035","2038-10-05","2038-10-06","2038-10-07","2036","2037","2038","2038-11","2035/2041","2039","2039-03-31"],
 ["Regional cluster funding in the South-East region should be multi-annual and linked to the Smart Specialisation Strategy 2035–2041",
  "Cluster organisations in the delta should share one internationalisation office instead of three small ones",
  "Aquaculture firms need a common laboratory for water quality, run by the cluster and the university",
  "The eco-tourism cluster should develop a joint booking and quality label with local guesthouses",
  "Skills partnerships under the Pact for Skills should include fishermen's associations",
  "Clusters should be invited to the monitoring committee of the regional programme as observers",
  "Cross-border cooperation with Bulgarian and Ukrainian clusters should be given a permanent secretariat",
  "The forum should publish a short progress report each year before the next edition"],
 pub="2038-10-14")
