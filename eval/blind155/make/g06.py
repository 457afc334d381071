from h import *
F = 'g06_trikala_agency_news_study.html'
assert wd(2039,3,31)=='Thursday' and wd(2039,5,12)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Thessaly Innovation and Development Agency</title></head>
<body>
<div id="cookie-consent"><p>This website uses cookies to ensure you get the best experience. <a href="/en/cookies">Learn more</a></p><button>Accept all</button> <button>Only necessary</button></div>
<header>
<div class="top">ΕΛ | <strong>EN</strong> · <a href="/en/search">Search</a> · <a href="/en/contact">Contact</a></div>
<p class="site-name">Thessaly Innovation and Development Agency (TIDA)</p>
<nav><ul><li><a href="/en/">Home</a></li><li><a href="/en/agency">The Agency</a></li><li><a href="/en/clusters">Clusters</a></li><li><a href="/en/studies">Studies &amp; Reports</a></li><li><a href="/en/news">News</a></li><li><a href="/en/calls">Open calls</a></li></ul></nav>
</header>
<main>
<ol class="breadcrumb"><li>Home</li><li>News</li><li>Study on the Thessaly food cluster published</li></ol>
<article>
<h1>Study on the Thessaly food cluster published: Trikala dairy and meat firms "ready to scale"</h1>
<p class="date">Trikala, 4 April 2039</p>
<p class="share">Share this: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Print</a></p>

<p>A new study commissioned by the Thessaly Innovation and Development Agency shows that the food processors of the regional units of Trikala and Karditsa have grown faster than the Greek average over the last decade, but still sell most of their products within 200 kilometres of the plant. The study, "Mapping the Western Thessaly Food Cluster", was presented on Thursday 31 March 2039 at the Trikala Chamber of Commerce and Industry before some 90 company owners, mayors and researchers.</p>

<p>The work was carried out by a team from the University of Thessaly, Department of Agriculture, Crop Production and Rural Environment, led by Professor Eleni Karagianni-Stathopoulou, together with the Athens-based consultancy Praxis Regional Analytics. The researchers interviewed 73 firms – cheese-makers, meat processors, bakeries and two pasta factories – and analysed ten years of company accounts.</p>

<p>According to the study, the cluster employs about 4,800 people, two thirds of them in firms with fewer than 20 staff. Feta and other white cheeses account for almost half of the sector's turnover, and exports have tripled since 2029, mostly to Germany, Cyprus and the United Kingdom. At the same time the authors describe a sector that is "rich in products and poor in shared services": there is no common testing laboratory, no joint export office and very little cooperation with the university's food technology researchers in Karditsa.</p>

<p>Opening the presentation, the President of the agency's Board, Dimitrios Tsioulakis, said the study would feed directly into the revision of the regional smart specialisation strategy 2035–2041. "For the first time we have numbers for our food cluster that we can put in front of investors and in front of Athens," he said. The Deputy Regional Governor for Trikala, Ms Vasiliki Mparmpa, announced that the Region of Thessaly will reserve part of its next call for business cooperation for groups of food companies.</p>

<p>Nikos Gkolias, owner of the Meteora dairy Galaktokomika Kalampakas S.A. and chairman of the Trikala Dairy Producers' Association, welcomed the findings but warned that the cluster also needs young workers: "We can build a laboratory in two years. Training a good cheese-maker takes ten."</p>

<p>The agency's cluster team, headed by Stavroula Liakou, will now organise a series of meetings with the firms to discuss which shared services they would use and pay for. The first of these meetings will be held in Karditsa on Thursday 12 May 2039, at the premises of the Karditsa Agricultural Cooperative Union.</p>

<p>The full study (in Greek, 164 pages, with an English summary) can be downloaded from the <a href="/en/studies">Studies &amp; Reports</a> section.</p>

<p class="share">Share this: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Print</a></p>
<p class="tags">Tags: <a href="#">food</a>, <a href="#">clusters</a>, <a href="#">studies</a>, <a href="#">Trikala</a></p>
</article>
<aside><h2>Related news</h2>
<ul><li><a href="#">Regional S3 review: call for stakeholders</a> (17 February 2039)</li>
<li><a href="#">Agency welcomes new Board members</a> (9 January 2039)</li></ul></aside>
</main>
<footer><p>Thessaly Innovation and Development Agency · 1 Asklipiou St., 42100 Trikala, Greece · T +30 24310 00000</p>
<p>Co-funded by the European Union · <a href="/en/privacy">Privacy policy</a> · <a href="/en/terms">Terms of use</a> · © TIDA</p></footer>
</body></html>
"""
write(F, T)
A = "Thessaly Innovation and Development Agency"
gold(F,
 [P("Eleni Karagianni-Stathopoulou","Professor","University of Thessaly, Department of Agriculture, Crop Production and Rural Environment"),
  P("Dimitrios Tsioulakis","President of the agency's Board",A),
  P("Vasiliki Mparmpa","Deputy Regional Governor for Trikala","Region of Thessaly"),
  P("Nikos Gkolias","chairman","Trikala Dairy Producers' Association"),
  P("Stavroula Liakou",None,A)],
 [O(A,"TIDA"), O("Trikala Chamber of Commerce and Industry"),
  O("University of Thessaly, Department of Agriculture, Crop Production and Rural Environment"), O("University of Thessaly"),
  O("Praxis Regional Analytics"), O("Region of Thessaly"), O("Galaktokomika Kalampakas S.A."),
  O("Trikala Dairy Producers' Association"), O("Karditsa Agricultural Cooperative Union"), O("European Union")],
 [E("presentation of the study \"Mapping the Western Thessaly Food Cluster\"","2039-03-31",None,"Trikala","Greece"),
  E("meeting with the firms","2039-05-12",None,"Karditsa","Greece")],
 ["2039-04-04","2039-03-31","2029","2035/2041","2039-05-12","2039-02-17","2039-01-09"],
 [], pub="2039-04-04")
