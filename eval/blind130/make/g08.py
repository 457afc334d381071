from h import *
F = 'g08_catania_cluster_conference_takeaways.html'
assert wd(2038,6,15)=='Tuesday' and wd(2038,6,16)=='Wednesday' and wd(2038,6,17)=='Thursday' and wd(2038,6,29)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>European Cluster Conference 2038: key takeaways | European Cluster Collaboration Platform</title></head>
<body>
<div id="cck">We use cookies to give you the best online experience. <a href="/cookies">Cookie policy</a> <button>I accept cookies</button> <button>I refuse cookies</button></div>
<header><p>European Commission · European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-mapping">Cluster mapping</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/calls">Calls</a> | <a href="/ecosystems">Industrial ecosystems</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumb">Home › News › Cluster policy</p>
<h1>European Cluster Conference 2038 in Catania: key takeaways</h1>
<p class="submitted">Submitted by Giulia Ferrante-Russo on 29 June 2038</p>

<p>More than 600 cluster managers, policy-makers and company representatives from 38 countries met in Catania from 15 to 17 June 2038 for the European Cluster Conference, organised by the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and the European Innovation Council and SMEs Executive Agency (EISMEA), together with the Regione Siciliana. Under the motto "Clusters for a resilient single market", the conference looked at how clusters can help companies cope with supply disruptions, skills shortages and the shift to clean technologies.</p>

<p>The opening session on Wednesday 16 June was addressed by Katarzyna Mielnik, Director for Industrial Transformation and Ecosystems at DG GROW, and by Salvatore Lo Presti, Regional Minister for Productive Activities of the Regione Siciliana. Rafael Domínguez Lucena, Head of the Clusters and Industrial Ecosystems Unit, presented the results of the new cluster performance survey, answered by 1,140 cluster organisations.</p>

<h2>Conference at a glance</h2>
<ul>
<li><strong>Tuesday 15 June</strong> – EU cluster matchmaking event (pre-conference), 14:00–18:00, 410 bilateral meetings</li>
<li><strong>Wednesday 16 June</strong> – plenary, three panels on resilience, skills and clean tech; 19:30 award ceremony of the European Cluster Manager of the Year at the Teatro Massimo Bellini</li>
<li><strong>Thursday 17 June</strong> – breakout sessions in the morning; 14:30 site visits to the Etna Valley microelectronics companies and to the port of Catania</li>
</ul>

<p>The European Cluster Manager of the Year 2038 award went to Ingrid Sæther-Holm, managing director of NCE Blue Maritime Agder in Kristiansand, for the cluster's work on retraining offshore oil workers for floating wind. Runners-up were Tadeusz Olszewski-Rak (Silesian Aviation Cluster) and Marie-Paule Kieffer (Luxembourg Materials Cluster).</p>

<h2>Key takeaways</h2>
<p>The rapporteur, Professor Annika Lindqvist of Chalmers University of Technology, summarised the discussions in six takeaways:</p>
<ol>
<li>Clusters are the fastest channel to reach SMEs in a crisis, and the Commission should use them systematically in its single market emergency tools</li>
<li>Cluster organisations need multi-annual core funding; project-only financing leaves them without staff between calls</li>
<li>Skills partnerships work best when clusters, training providers and employers agree on shared curricula at regional level</li>
<li>Data on clusters must be comparable across Member States, starting from a common set of performance indicators</li>
<li>Cross-border cluster partnerships should be simplified so that a partnership can be set up within three months</li>
<li>Regions in transition, such as coal and oil regions, should have a dedicated strand in the next cluster support programme</li>
</ol>

<p>Dorota Wiśniewska, President of the European Clusters Alliance (ECA), welcomed the emphasis on core funding: "Clusters are infrastructure, not projects. Today the Commission heard that message clearly."</p>

<h2>Previous editions</h2>
<p>The conference is held every two years. The 2036 edition took place in Porto (20–22 May 2036) and the 2034 edition in Tallinn (16–18 May 2034). The host of the 2040 edition will be announced in the autumn.</p>

<h2>What's next</h2>
<p>The conference conclusions will be discussed at the next meeting of the European Expert Group on Clusters on 30 September and 1 October 2038 in Brussels. Presentations and recordings are available in the ECCP library. The call for the ClusterXchange scheme closes on 15 September 2038.</p>

<p class="tags">Tags: cluster policy · resilience · skills · European Cluster Conference</p>
<p class="share">Share this article: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">E-mail</a></p>
<p><a href="/news">‹ Back to news</a></p>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, managed by EISMEA. <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""
write(F, T)
G = "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
gold(F,
 [P("Giulia Ferrante-Russo", None, None),
  P("Katarzyna Mielnik", "Director for Industrial Transformation and Ecosystems", "DG GROW"),
  P("Salvatore Lo Presti", "Regional Minister for Productive Activities", "Regione Siciliana"),
  P("Rafael Domínguez Lucena", "Head", "Clusters and Industrial Ecosystems Unit"),
  P("Ingrid Sæther-Holm", "managing director", "NCE Blue Maritime Agder"),
  P("Tadeusz Olszewski-Rak", None, "Silesian Aviation Cluster"),
  P("Marie-Paule Kieffer", None, "Luxembourg Materials Cluster"),
  P("Annika Lindqvist", "rapporteur", "Chalmers University of Technology"),
  P("Dorota Wiśniewska", "President", "European Clusters Alliance")],
 [O("European Cluster Collaboration Platform", "ECCP"), O("European Commission"), O(G, "DG GROW"),
  O("European Innovation Council and SMEs Executive Agency", "EISMEA"), O("Regione Siciliana"),
  O("Clusters and Industrial Ecosystems Unit"), O("NCE Blue Maritime Agder"), O("Silesian Aviation Cluster"),
  O("Luxembourg Materials Cluster"), O("Chalmers University of Technology"), O("European Clusters Alliance", "ECA"),
  O("European Expert Group on Clusters")],
 [E("European Cluster Conference", "2038-06-15", "2038-06-17", "Catania", "Italy"),
  E("EU cluster matchmaking event", "2038-06-15", None, "Catania", "Italy"),
  E("award ceremony of the European Cluster Manager of the Year", "2038-06-16", None, "Catania", "Italy"),
  E("site visits", "2038-06-17", None, "Catania", "Italy"),
  E("European Cluster Conference (2036 edition)", "2036-05-20", "2036-05-22", "Porto", "Portugal"),
  E("European Cluster Conference (2034 edition)", "2034-05-16", "2034-05-18", "Tallinn", "Estonia"),
  E("European Cluster Conference (2040 edition)", "2040", None, None, None),
  E("meeting of the European Expert Group on Clusters", "2038-09-30", "2038-10-01", "Brussels", "Belgium")],
 ["2038-06-29", "2038-06-15/2038-06-17", "2038-06-16", "2038-06-15", "2038-06-17", "2036", "2036-05-20/2036-05-22", "2034", "2034-05-16/2034-05-18",
  "2038-09-30/2038-10-01", "2038-09-15", "2040"],
 ["Clusters are the fastest channel to reach SMEs in a crisis, and the Commission should use them systematically in its single market emergency tools",
  "Cluster organisations need multi-annual core funding; project-only financing leaves them without staff between calls",
  "Skills partnerships work best when clusters, training providers and employers agree on shared curricula at regional level",
  "Data on clusters must be comparable across Member States, starting from a common set of performance indicators",
  "Cross-border cluster partnerships should be simplified so that a partnership can be set up within three months",
  "Regions in transition, such as coal and oil regions, should have a dedicated strand in the next cluster support programme"],
 pub="2038-06-29")
