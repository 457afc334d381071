from h import *
F = 'g01_eccp_panorama_key_findings.html'
assert wd(2038,3,9)=='Tuesday' and wd(2038,3,23)=='Tuesday' and wd(2038,4,20)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster Panorama 2038: what the data say | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie">We use cookies to measure the use of this platform. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="brand">European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-mapping">Cluster mapping</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/publications">Document library</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home &gt; News &gt; Cluster Panorama 2038: what the data say</p>
<h1>Cluster Panorama 2038: what the data say</h1>
<p class="meta">Submitted by Matthijs van der Poel on 23 March 2038</p>
<p class="tags">Tags: cluster policy · data · industrial ecosystems · DG GROW Cluster platforms</p>

<p>The fifth European Cluster Panorama, prepared by the data and policy team of the European Cluster Collaboration Platform (ECCP) on behalf of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), was presented to the cluster community at an online launch on Tuesday 9 March 2038. More than 1,100 people followed the launch, which was moderated by Aoife Ní Bhriain, Communications Lead of the ECCP.</p>

<p>The report combines employment and patent data for 266 European regions with a survey of 812 cluster organisations carried out between October 2037 and January 2038. Lead author Dr Konstantin Wernicke-Aalto (Prognos AG, Berlin) explained that for the first time the Panorama also measures how far cluster members take part in European value chains in the fourteen industrial ecosystems of the EU industrial strategy.</p>

<p>Opening the launch, Sabine Delacroix-Mertens, Head of Unit for Clusters and Industrial Alliances at DG GROW, said the figures should "end the debate whether clusters matter for competitiveness and start the debate on how to use them better".</p>

<h2>Key findings</h2>
<p>The authors summarise the evidence in six points:</p>
<ul>
<li>Regions with strong clusters have on average 23% higher labour productivity than regions without them, after controlling for population density and sector mix</li>
<li>Two thirds of the surveyed cluster organisations now offer services on the green transition, but only one in five measures the emissions of its members</li>
<li>Cluster organisations in central and eastern Europe have grown fastest since 2034, both in members and in international projects</li>
<li>Public funding still makes up 46% of cluster organisations' budgets, and in eleven Member States more than 60%</li>
<li>Access to skilled staff is the most cited obstacle for cluster members, ahead of energy prices and access to finance</li>
<li>Cross-border cooperation between clusters is concentrated on a small number of experienced organisations; 9% of respondents account for half of all reported partnerships</li>
</ul>

<h2>What comes next</h2>
<p>The findings will feed into the preparation of the European Cluster Conference, which will take place in Warsaw on 8–9 June 2038 under the Polish-Danish trio of Council presidencies, and into the mid-term review of the cluster support actions of the Single Market Programme successor. A second webinar, on the regional fact sheets that accompany the report, is planned for Tuesday 20 April 2038 (14:00–15:30 CET).</p>

<p>Responses from the cluster community were quick. Antoni Wysocki-Brand, President of the European Clusters Alliance (ECA), welcomed the report but warned that "a productivity premium that depends on 46% public funding is a policy result, not only a market result". Marta Eriksdóttir, manager of the Icelandic Ocean Cluster, asked for the survey to cover small countries outside the EU in the next edition.</p>

<h3>Previous editions</h3>
<ul>
<li>European Cluster Panorama 2034 – launched at the European Cluster Conference in Lisbon, 16 November 2034</li>
<li>European Cluster Panorama 2035 – online launch, 30 November 2035</li>
<li>European Cluster Panorama 2036/37 – launch webinar, 4 March 2037</li>
</ul>

<p>The full report (148 pages), the executive summary in 24 languages and the data set are available in the <a href="/publications">Document library</a>. Questions about the methodology can be sent to the data team at data@eccp.example.eu.</p>

<p><strong>Related event:</strong> <a href="/events/panorama-regional-sheets">Regional fact sheets webinar – 20 April 2038</a></p>
<p class="share">Share this article: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
<p><a href="/news">‹ Back to news</a></p>
</main>
<footer>
<p>The European Cluster Collaboration Platform is an initiative of the European Commission. Funded under the Single Market Programme.</p>
<p><a href="/legal-notice">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a> · © 2038</p>
</footer>
</body></html>
"""
write(F, T)
E_="European Cluster Collaboration Platform"; DG="Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
gold(F,
 [P("Matthijs van der Poel",None,None),
  P("Aoife Ní Bhriain","Communications Lead",E_),
  P("Konstantin Wernicke-Aalto","Lead author","Prognos AG"),
  P("Sabine Delacroix-Mertens","Head of Unit for Clusters and Industrial Alliances","DG GROW"),
  P("Antoni Wysocki-Brand","President","European Clusters Alliance"),
  P("Marta Eriksdóttir","manager","Icelandic Ocean Cluster")],
 [O(E_,"ECCP"), O("European Commission"), O(DG,"DG GROW"), O("Prognos AG"), O("European Clusters Alliance","ECA"),
  O("Icelandic Ocean Cluster")],
 [E("online launch","2038-03-09"),
  E("European Cluster Conference","2038-06-08","2038-06-09","Warsaw","Poland"),
  E("Regional fact sheets webinar","2038-04-20"),
  E("European Cluster Conference","2034-11-16",None,"Lisbon","Portugal"),
  E("online launch","2035-11-30"),
  E("launch webinar","2037-03-04")],
 ["2038-03-23","2038-03-09","2037-10/2038-01","2034","2038-06-08/2038-06-09","2038-04-20","2034-11-16","2035-11-30","2036/2037","2037-03-04"],
 ["Regions with strong clusters have on average 23% higher labour productivity than regions without them, after controlling for population density and sector mix",
  "Two thirds of the surveyed cluster organisations now offer services on the green transition, but only one in five measures the emissions of its members",
  "Cluster organisations in central and eastern Europe have grown fastest since 2034, both in members and in international projects",
  "Public funding still makes up 46% of cluster organisations' budgets, and in eleven Member States more than 60%",
  "Access to skilled staff is the most cited obstacle for cluster members, ahead of energy prices and access to finance",
  "Cross-border cooperation between clusters is concentrated on a small number of experienced organisations; 9% of respondents account for half of all reported partnerships"],
 pub="2038-03-23")
