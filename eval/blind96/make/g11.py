from h import *
F = 'g11_wallonia_benchmarking_study_summary.html'
assert wd(2035,6,5)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Benchmarking study: how do advanced-manufacturing clusters grow? | MecaTech Liège Network</title></head>
<body>
<div class="cookies">We use cookies to improve your experience. By continuing you accept our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<header><span class="logo">MecaTech Liège Network</span>
<nav><a href="/">Home</a> <a href="/network">Network</a> <a href="/members">Members</a> <a href="/insights" class="active">Insights</a> <a href="/agenda">Agenda</a> <a href="/contact">Contact</a> <a href="/fr">FR</a> <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home › Insights › Studies</p>
<article>
<p class="meta">Liège, 20 June 2035 · Study summary · by Sophie Delvaux</p>
<h1>Benchmarking study: what makes advanced-manufacturing clusters grow?</h1>
<p class="lead">How do five European clusters in mechanical engineering and advanced manufacturing attract members, finance their services and help SMEs adopt new technologies? A benchmarking study commissioned by the MecaTech Liège Network (MLN) compared them over eight months. This page summarises the results; the full report (62 pages) is available to members.</p>

<h2>Why a benchmark?</h2>
<p>In 2034 the network's Board decided to review its service portfolio before the new regional support scheme of the Walloon Region starts in 2036. "We wanted to look beyond our borders and learn from clusters that have grown faster than us," explained Jean-Luc Marchal, President of the MecaTech Liège Network and CEO of Marchal Précision SA.</p>
<p>The study was carried out from September 2034 to April 2035 by the consultancy Ideas &amp; Regions BV of Ghent, under the direction of Dr. Annelies Verstraete, with support from the University of Liège (ULiège). It was financed by the Walloon Public Service for Economy, Employment and Research (SPW EER).</p>

<h2>The clusters compared</h2>
<table>
<tr><th>Cluster</th><th>Region</th><th>Members</th><th>Staff</th></tr>
<tr><td>MecaTech Liège Network</td><td>Liège, Belgium</td><td>164</td><td>6</td></tr>
<tr><td>Brainport Industries</td><td>Eindhoven, Netherlands</td><td>310</td><td>22</td></tr>
<tr><td>AFM Cluster</td><td>Gipuzkoa, Spain</td><td>540</td><td>35</td></tr>
<tr><td>Cluster Fabbrica Intelligente Lombardia</td><td>Lombardy, Italy</td><td>220</td><td>9</td></tr>
<tr><td>Manufacturing Cluster Upper Austria</td><td>Linz, Austria</td><td>480</td><td>14</td></tr>
</table>
<p>For each cluster, the team analysed annual reports, interviewed managers and members, and ran a short online survey of 288 member companies. Site visits took place in Eindhoven and San Sebastián. The interviewees included Iñaki Larrañaga, Director General of AFM Cluster, Margit Huber-Lehner, Cluster Manager of the Manufacturing Cluster Upper Austria, and Paolo Bertoldi, Technical Director of Cluster Fabbrica Intelligente Lombardia.</p>

<h2>Main findings</h2>
<ul>
<li>The fastest-growing clusters earn more than half of their income from paid services, not from membership fees or public grants</li>
<li>Strong clusters specialise: each of the four comparison clusters offers no more than five core services, and stops services that members do not use</li>
<li>Technology adoption by SMEs works best through shared facilities such as demonstration lines and test labs, run together with a university or a research centre</li>
<li>Members join for business, not for information: matchmaking and joint tenders are the most valued services in all five clusters</li>
<li>International work pays off only with a dedicated staff member and clear target markets</li>
</ul>

<h2>How Liège compares</h2>
<p>On most indicators the Liège network sits at the lower end of the group. Its income per member is less than half that of the Basque and Austrian clusters, and only 18 % of its budget comes from paid services, against 57 % at AFM Cluster. On the other hand, member loyalty is the highest of the five: 93 % of the companies that joined in 2030 are still members. The survey also showed that Liège members are smaller on average, with a median of 24 employees, and that many of them know the network mainly through its training courses. The authors see this as a strength to build on rather than a weakness, since a trusted local base makes it easier to introduce paid services step by step.</p>

<h2>Lessons learnt for Liège</h2>
<p>The study team drew five lessons for the MecaTech Liège Network:</p>
<ol>
<li>Move from a broad offer to a small number of paid core services</li>
<li>Build a shared demonstration line for collaborative robotics with ULiège and the research centre Sirris</li>
<li>Create a joint-tender desk to help groups of SMEs bid together for large contracts</li>
<li>Recruit an internationalisation manager and focus on Germany and the Netherlands</li>
<li>Measure member satisfaction and service use every year and publish the results</li>
</ol>

<h2>What happens next</h2>
<p>The results were presented to members at the network's annual conference on Tuesday 5 June 2035 at the Palais des Congrès de Liège, where Dr. Annelies Verstraete and Robert Lemaire of Brainport Industries discussed them with about 150 participants. Walloon Minister of Economy Valérie Dumont-Collard closed the conference and said that the region "will support clusters that specialise and dare to charge for quality".</p>
<p>The Board will translate the lessons into a new action plan, to be adopted by the General Assembly in December 2035. A study visit to Linz for members is planned for the spring of 2036.</p>

<h2>About the study</h2>
<p>Title: <em>Growing advanced-manufacturing clusters – a European benchmark</em>. Authors: Annelies Verstraete, Tom De Smet, Léa Fontaine. Published June 2035. Language: English, with a French summary.</p>
<p>Download: <a href="#">Executive summary (EN, PDF)</a> · <a href="#">Résumé (FR, PDF)</a> · Full report: members only</p>
<p class="contact">Contact: Sophie Delvaux, Communication Manager · s.delvaux@mecatech-liege.example.be · +32 4 000 00 00</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
</article>
<aside><h3>More insights</h3>
<ul><li><a href="#">Members' survey 2034: the results</a></li><li><a href="#">Cobots in SMEs: three case studies</a></li><li><a href="#">Annual report 2034</a></li></ul></aside>
</main>
<footer><p>MecaTech Liège Network ASBL · Rue du Parc 1, 4000 Liège · BCE 0000.000.000</p>
<p>With the support of Wallonia · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
M = "MecaTech Liège Network"
gold(F,
 [P("Sophie Delvaux","Communication Manager",M), P("Jean-Luc Marchal","President",M),
  P("Annelies Verstraete",None,"Ideas & Regions BV"), P("Iñaki Larrañaga","Director General","AFM Cluster"),
  P("Margit Huber-Lehner","Cluster Manager","Manufacturing Cluster Upper Austria"),
  P("Paolo Bertoldi","Technical Director","Cluster Fabbrica Intelligente Lombardia"),
  P("Robert Lemaire",None,"Brainport Industries"), P("Valérie Dumont-Collard","Walloon Minister of Economy",None),
  P("Tom De Smet",None,None), P("Léa Fontaine",None,None)],
 [O(M,"MLN"), O("Marchal Précision SA"), O("Walloon Region"), O("Ideas & Regions BV"), O("University of Liège","ULiège"),
  O("Walloon Public Service for Economy, Employment and Research","SPW EER"), O("Brainport Industries"), O("AFM Cluster"),
  O("Cluster Fabbrica Intelligente Lombardia"), O("Manufacturing Cluster Upper Austria"), O("Sirris")],
 [E("annual conference","2035-06-05",None,"Liège","Belgium"),
  E("General Assembly","2035-12",None,None,None),
  E("study visit to Linz","2036",None,"Linz","Austria")],
 ["2035-06-20","2034","2036","2034-09/2035-04","2035-06-05","2035-12","2035-06","2030"],
 ["The fastest-growing clusters earn more than half of their income from paid services, not from membership fees or public grants",
  "Strong clusters specialise: each of the four comparison clusters offers no more than five core services, and stops services that members do not use",
  "Technology adoption by SMEs works best through shared facilities such as demonstration lines and test labs, run together with a university or a research centre",
  "Members join for business, not for information: matchmaking and joint tenders are the most valued services in all five clusters",
  "International work pays off only with a dedicated staff member and clear target markets",
  "Move from a broad offer to a small number of paid core services",
  "Build a shared demonstration line for collaborative robotics with ULiège and the research centre Sirris",
  "Create a joint-tender desk to help groups of SMEs bid together for large contracts",
  "Recruit an internationalisation manager and focus on Germany and the Netherlands",
  "Measure member satisfaction and service use every year and publish the results"],
 "2035-06-20")
