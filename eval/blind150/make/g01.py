from h import *
F = 'g01_prague_policy_forum_conclusions.html'
assert wd(2036,6,5)=='Thursday' and wd(2036,6,4)=='Wednesday' and wd(2036,6,12)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conclusions of the 11th European Cluster Policy Forum | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-banner">We use cookies to measure traffic and to remember your settings. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="brand">European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> · <a href="/cluster-mapping">Cluster mapping</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/policy">Policy</a> · <a href="/partner-search">Partner search</a> · <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › News › Policy</p>
<h1>Conclusions of the 11th European Cluster Policy Forum: "Clusters as delivery partners, not only as networks"</h1>
<p class="submitted">Submitted by ECCP Team on 12 June 2036</p>
<p>National and regional cluster policy makers from 24 EU Member States and four countries associated to the Single Market Programme met in Prague on Thursday 5 June 2036 for the 11th European Cluster Policy Forum. The meeting was co-hosted by the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and the Czech Ministry of Industry and Trade, with the support of the Czech agency for business and investment CzechInvest. Some 140 participants attended in the Czernin Palace, and around 90 more followed online.</p>
<p>The day before, on Wednesday 4 June, a closed meeting of the national cluster associations took place at the premises of the National Cluster Association of the Czech Republic (NCA) in Prague-Karlín, where twelve associations compared their membership services and agreed to share a common template for reporting to their governments.</p>
<h2>Opening</h2>
<p>The Forum was opened by Kateřina Dvořáková-Lenz, Deputy Minister of Industry and Trade, and by Thibault Van Rompaey, Head of Unit for Clusters and Industrial Ecosystems at DG GROW. Mr Van Rompaey recalled that the Forum had started as a small circle of ministry officials in Brussels and had since travelled across the Union; he presented the new mapping of 2,960 cluster organisations carried out in 2035 by the European Observatory for Clusters and Industrial Change (EOCIC).</p>
<h2>Programme in brief</h2>
<ul>
<li>09:30 – Welcome and political opening</li>
<li>10:00 – Presentation: "State of European clusters 2036" – Dr Ingrid Solheim-Vasquez, Team Leader Data and Policy, EOCIC</li>
<li>11:00 – Panel: Clusters in the next generation of cohesion programmes, moderated by Pádraig Ó Súilleabháin (Enterprise Ireland)</li>
<li>13:30 – Three parallel working groups: skills, resilience of value chains, cluster labelling</li>
<li>16:00 – Reporting back and adoption of conclusions</li>
<li>19:00 – Forum dinner at the Municipal House, offered by the City of Prague</li>
</ul>
<p>The panel brought together Lucía Barrenechea Ortiz, Director General for Industry of the Government of Navarre, Marek Wójcik-Sobański of the Polish Agency for Enterprise Development (PARP), and Anneli Kask, cluster programme manager at Enterprise Estonia. All three argued that cluster organisations are increasingly asked to manage public money but are rarely given multi-annual certainty.</p>
<h2>Key conclusions</h2>
<p>After the reporting back, the participants agreed on the following conclusions, which will be forwarded to the Council working party on competitiveness:</p>
<ol>
<li>Cluster organisations should be recognised in the next programming period as intermediaries that can deliver support to SMEs on behalf of public authorities</li>
<li>Member States are invited to give cluster programmes a horizon of at least five years, aligned with their smart specialisation strategies</li>
<li>A common European minimum standard for cluster labelling should be prepared by the end of 2037, building on the existing excellence labels</li>
<li>Data on clusters should be collected once and shared, so that cluster managers do not report the same figures to three levels of government</li>
<li>Skills partnerships run by clusters deserve a dedicated strand in the European Social Fund programmes</li>
</ol>
<p>Ms Dvořáková-Lenz closed the meeting by saying that Czech clusters "have shown that a small network can carry a very large policy, if it is trusted".</p>
<h2>Previous meetings of the Forum</h2>
<p>The Forum meets twice a year. Recent meetings: 8th meeting, Lisbon, 4 December 2034 · 9th meeting, Brussels, 18–19 June 2035 · 10th meeting, Tallinn, 26 November 2035. The 12th European Cluster Policy Forum will take place in Nicosia in November 2036; registration opens in September.</p>
<p class="tags">Tags: cluster policy · Member States · labelling · skills</p>
<p><a href="/news">‹ Back to news</a> · Share this article: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, managed by the European Innovation Council and SMEs Executive Agency (EISMEA).</p><p>© European Union, 2036 · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""
assert wd(2034,12,4)=='Monday' and wd(2035,6,18)=='Monday' and wd(2035,11,26)=='Monday'
write(F, T)
G="Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
gold(F,
 [P("Kateřina Dvořáková-Lenz","Deputy Minister of Industry and Trade","Czech Ministry of Industry and Trade"),
  P("Thibault Van Rompaey","Head of Unit for Clusters and Industrial Ecosystems","DG GROW"),
  P("Ingrid Solheim-Vasquez","Team Leader Data and Policy","EOCIC"),
  P("Pádraig Ó Súilleabháin",None,"Enterprise Ireland"),
  P("Lucía Barrenechea Ortiz","Director General for Industry","Government of Navarre"),
  P("Marek Wójcik-Sobański",None,"Polish Agency for Enterprise Development"),
  P("Anneli Kask","cluster programme manager","Enterprise Estonia")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"), O(G,"DG GROW"),
  O("Czech Ministry of Industry and Trade"), O("CzechInvest"), O("National Cluster Association of the Czech Republic","NCA"),
  O("European Observatory for Clusters and Industrial Change","EOCIC"), O("Enterprise Ireland"), O("Government of Navarre"),
  O("Polish Agency for Enterprise Development","PARP"), O("Enterprise Estonia"), O("City of Prague"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("11th European Cluster Policy Forum","2036-06-05",None,"Prague","Czech Republic"),
  E("closed meeting of the national cluster associations","2036-06-04",None,"Prague","Czech Republic"),
  E("Forum dinner","2036-06-05",None,"Prague","Czech Republic"),
  E("8th meeting","2034-12-04",None,"Lisbon","Portugal"),
  E("9th meeting","2035-06-18","2035-06-19","Brussels","Belgium"),
  E("10th meeting","2035-11-26",None,"Tallinn","Estonia"),
  E("12th European Cluster Policy Forum","2036-11",None,"Nicosia","Cyprus")],
 ["2036-06-12","2036-06-05","2036-06-04","2035","2037","2034-12-04","2035-06-18/2035-06-19","2035-11-26","2036-11","2036-09","2036"],
 ["Cluster organisations should be recognised in the next programming period as intermediaries that can deliver support to SMEs on behalf of public authorities",
  "Member States are invited to give cluster programmes a horizon of at least five years, aligned with their smart specialisation strategies",
  "A common European minimum standard for cluster labelling should be prepared by the end of 2037, building on the existing excellence labels",
  "Data on clusters should be collected once and shared, so that cluster managers do not report the same figures to three levels of government",
  "Skills partnerships run by clusters deserve a dedicated strand in the European Social Fund programmes"],
 pub="2036-06-12")
