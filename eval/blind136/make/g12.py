from h import *
F = 'g12_varna_european_cluster_conference_roundup.html'
assert wd(2039,5,23)=='Monday' and wd(2039,5,24)=='Tuesday' and wd(2039,5,25)=='Wednesday' and wd(2039,6,14)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>European Cluster Conference 2039: five things we heard in Varna | European Cluster Collaboration Platform</title></head>
<body>
<div class="ecl-cookie">This site uses cookies to offer you a better browsing experience. <a href="#">Accept all cookies</a> <a href="#">Accept only essential cookies</a></div>
<header><span class="site">European Cluster Collaboration Platform</span>
<nav>Home › News › Events › Cluster Partnerships › Resources › About the ECCP · <a href="/login">Log in</a> · <a href="/register">Register your cluster</a></nav></header>
<main>
<h1>European Cluster Conference 2039: five things we heard in Varna</h1>
<p class="submitted">Submitted by Bogdana Petrova-Lindgren on 31 May 2039 · <a href="/tags/ecc2039">#ECC2039</a> <a href="/tags/cluster-policy">#ClusterPolicy</a></p>

<p>More than 700 cluster managers, policymakers and company representatives from 41 countries met at the Festival and Congress Centre in Varna from 24 to 25 May 2039 for the twelfth edition of the European Cluster Conference. The conference was organised by the European Commission together with the Bulgarian Ministry of Innovation and Growth and the Bulgarian Cluster Association (BCA). A pre-event for young cluster managers took place on Monday 23 May.</p>

<p>The opening session featured Executive Vice-President Marta Oliveira-Santos, Commissioner for the Single Market and Industrial Strategy, Minister Ivaylo Kostadinov of the Bulgarian Ministry of Innovation and Growth, and the Mayor of Varna, Galina Stoyanova. Kerstin Engqvist-Morel, Head of Unit "Industrial Forum, Alliances and Clusters" at DG GROW, presented the results of the cluster panorama 2039, prepared by the European Observatory for Clusters and Industrial Change (EOCIC).</p>

<h2>Programme highlights</h2>
<ul>
<li><strong>Day 1, 9:30</strong> – High-level opening and keynote by Prof. Dr. Christian Ketels (Harvard Business School)</li>
<li><strong>Day 1, 11:30</strong> – Panel 1: "Clusters as engines of the twin transition", moderated by Ana-Maria Vlădescu (Cluster Excellence Romania)</li>
<li><strong>Day 1, 14:00</strong> – Parallel workshops on resilience, skills and defence supply chains</li>
<li><strong>Day 1, 19:30</strong> – Conference dinner at Euxinograd Palace</li>
<li><strong>Day 2, 9:00</strong> – Panel 2: "Interregional partnerships after 2040"</li>
<li><strong>Day 2, 11:00</strong> – European Cluster Excellence Awards ceremony</li>
<li><strong>Day 2, 14:00</strong> – Site visits to the Port of Varna and the Varna Shipbuilding and Marine Technologies Cluster</li>
</ul>

<h2>Key takeaways</h2>
<ol>
<li>Clusters are the fastest channel to reach SMEs with the green and digital transition, but they need stable multi-annual funding</li>
<li>Interregional cooperation works best when it is built around concrete value chains, not around general memoranda</li>
<li>Skills partnerships between clusters and vocational schools should become a standard cluster service</li>
<li>Cluster organisations in Central and Eastern Europe still receive a smaller share of EU cluster funding than their share of cluster employment</li>
<li>The Commission will present a proposal for a European cluster label linked to the single market strategy in 2040</li>
</ol>

<h2>And the winners are…</h2>
<p>The European Cluster Excellence Award 2039 went to Hydrogen Cluster Styria (Austria); the special prize for interregional cooperation was given to the Baltic Blue Growth Cluster Alliance. The jury was chaired by Dr. Lotte Vandenberghe-Claes, President of the European Secretariat for Cluster Analysis (ESCA).</p>

<h2>Previous editions</h2>
<p>The European Cluster Conference is held every year or two in the country holding the presidency of the Council of the EU or in a partner region. The last three editions took place in Kraków (2038), Ljubljana (2037) and Valencia (2036).</p>

<h2>What's next?</h2>
<p>The presentations and recordings are available in the ECCP library. The follow-up webinar "From Varna to your region" will take place on Tuesday 14 June 2039, 10:00–11:30 CEST. Clusters wishing to host the 2040 edition can send an expression of interest until 30 September 2039.</p>

<p class="share">Share this page: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a></p>
<p class="related">Related: <a href="#">Call for the European Cluster Excellence Awards 2040</a> · <a href="#">European Cluster Panorama 2039 (PDF)</a></p>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission. © European Union, 2039 · Legal notice · Privacy policy · Accessibility · Contact</p></footer>
</body></html>
"""
write(F, T)
M = "Bulgarian Ministry of Innovation and Growth"
gold(F,
 [P("Bogdana Petrova-Lindgren", None, None),
  P("Marta Oliveira-Santos", "Executive Vice-President", "European Commission"),
  P("Ivaylo Kostadinov", "Minister", M),
  P("Galina Stoyanova", "Mayor of Varna", None),
  P("Kerstin Engqvist-Morel", "Head of Unit", "Industrial Forum, Alliances and Clusters"),
  P("Christian Ketels", None, "Harvard Business School"),
  P("Ana-Maria Vlădescu", None, "Cluster Excellence Romania"),
  P("Lotte Vandenberghe-Claes", "President", "European Secretariat for Cluster Analysis")],
 [O("European Cluster Collaboration Platform", "ECCP"), O("European Commission"), O(M),
  O("Bulgarian Cluster Association", "BCA"), O("DG GROW"), O("Industrial Forum, Alliances and Clusters"),
  O("European Observatory for Clusters and Industrial Change", "EOCIC"), O("Harvard Business School"),
  O("Cluster Excellence Romania"), O("Varna Shipbuilding and Marine Technologies Cluster"),
  O("Hydrogen Cluster Styria"), O("Baltic Blue Growth Cluster Alliance"),
  O("European Secretariat for Cluster Analysis", "ESCA"), O("Council of the EU")],
 [E("European Cluster Conference 2039", "2039-05-24", "2039-05-25", "Varna", "Bulgaria"),
  E("pre-event for young cluster managers", "2039-05-23", None, "Varna", "Bulgaria"),
  E("Conference dinner", "2039-05-24", None, "Varna", "Bulgaria"),
  E("European Cluster Excellence Awards ceremony", "2039-05-25", None, "Varna", "Bulgaria"),
  E("Site visits", "2039-05-25", None, "Varna", "Bulgaria"),
  E("European Cluster Conference (2038)", "2038", None, "Kraków", "Poland"),
  E("European Cluster Conference (2037)", "2037", None, "Ljubljana", "Slovenia"),
  E("European Cluster Conference (2036)", "2036", None, "Valencia", "Spain"),
  E("From Varna to your region", "2039-06-14", None, None, None)],
 ["2039-05-31", "2039-05-24/2039-05-25", "2039-05-23", "2040", "2038", "2037", "2036", "2039-06-14", "2039-09-30"],
 ["Clusters are the fastest channel to reach SMEs with the green and digital transition, but they need stable multi-annual funding",
  "Interregional cooperation works best when it is built around concrete value chains, not around general memoranda",
  "Skills partnerships between clusters and vocational schools should become a standard cluster service",
  "Cluster organisations in Central and Eastern Europe still receive a smaller share of EU cluster funding than their share of cluster employment",
  "The Commission will present a proposal for a European cluster label linked to the single market strategy in 2040"],
 pub="2039-05-31")
