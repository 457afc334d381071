from h import *
F = 'g01_eu_cluster_conference_conclusions.html'
assert wd(2038,5,18)=='Tuesday' and wd(2038,5,20)=='Thursday' and wd(2038,5,17)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conference conclusions | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie">We use cookies to measure audience and improve the site. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="brand">European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> · <a href="/cluster-policy">Cluster policy</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/calls">Open calls</a> · <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › News › Policy</p>
<h1>European Cluster Conference 2038: the conclusions</h1>
<p class="meta">Published on 9 June 2038 · Editorial team · Reading time 6 min</p>

<p>More than 520 cluster managers, regional and national policy makers, researchers and company representatives from 34 countries met in Utrecht from Tuesday 18 to Thursday 20 May 2038 for the ninth edition of the European Cluster Conference. The conference was organised by the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) together with the Dutch Ministry of Economic Affairs and Climate Policy, and hosted at the Jaarbeurs congress centre.</p>

<p>The day before the opening, on Monday 17 May, some 140 cluster organisations took part in the pre-conference matchmaking, which produced 412 bilateral meetings. The European Cluster Alliance held its general assembly the same afternoon and re-elected Ingeborg Vasstrand-Lie, managing director of the Norwegian cluster Ocean Automation Hub, as its President for a second term (2038–2041).</p>

<h2>Who spoke</h2>
<p>The conference was opened by Executive Vice-President Teodora Ilieva-Marchetti and by the Dutch State Secretary for Economic Affairs, Maarten van der Zwaluw. Keynotes came from Prof. Henrique Salgueiro Antunes (Universidade Nova de Lisboa), who presented the first results of the European Cluster Panorama 2038, and from Dr. Aoife Ní Bhriain, Head of the Clusters and Ecosystems Unit at DG GROW. Cluster managers such as Tomasz Wierzbicki-Nowak (Mazovia Cleantech Cluster) and Élodie Marchand-Bey (pôle Véhicule du Futur) shared their experience in the three breakout sessions on skills, on resilience of value chains and on decarbonisation.</p>

<p>The European Cluster Manager of the Year award went to Jana Kováčiková of the Slovak Battery Alliance, announced at the ceremony on Wednesday evening, 19 May 2038.</p>

<h2>Conference conclusions</h2>
<p>On the last day the rapporteur, Lars-Erik Holmqvist of the Swedish agency Vinnova, presented the conclusions that participants had drafted together over the three days. They will feed into the Commission's work on the next cluster policy framework:</p>
<ol>
<li>Clusters are the most direct channel for reaching SMEs in the twin transition and should be named as delivery partners in all transition pathways</li>
<li>Public support for cluster organisations needs a horizon of at least five years; one-year contracts prevent clusters from keeping experienced staff</li>
<li>Skills partnerships under the Pact for Skills work best when a cluster coordinates them at regional level</li>
<li>Interregional cooperation should move from exchanging practices to joint investment projects with a shared pipeline</li>
<li>Cluster data at EU level should be harmonised so that regions can compare the performance of their cluster programmes</li>
</ol>

<h2>What happens next</h2>
<p>A summary report with all session notes will be published in July 2038. The Commission plans an open consultation on the cluster policy framework from 1 September to 30 November 2038, and the European Cluster Collaboration Platform will host a webinar on the conclusions on 15 June 2038 at 10:00 CET. The tenth edition of the conference will be held in Ljubljana in spring 2040.</p>

<p><strong>Recent editions:</strong> Mons 2034 · Porto 2036 · Utrecht 2038.</p>

<p>Contact for media: ecc2038@ec.example.eu</p>
<p><a href="/news/ecc2038-photos">Photo gallery</a> · <a href="/news/ecc2038-recordings">Recordings</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>

<aside><h3>Related news</h3>
<ul><li><a href="#">Call for cluster internationalisation projects closes on 30 September 2038</a></li>
<li><a href="#">New mapping of hydrogen clusters published</a></li>
<li><a href="#">Cluster Excellence Programme: 24 partnerships selected</a></li></ul>
<p><a href="/news">Read more news</a></p></aside>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission. © European Union, 2038 · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""
write(F, T)
G="Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
gold(F,
 [P("Ingeborg Vasstrand-Lie","President","European Cluster Alliance"),
  P("Teodora Ilieva-Marchetti","Executive Vice-President",None),
  P("Maarten van der Zwaluw","State Secretary for Economic Affairs",None),
  P("Henrique Salgueiro Antunes",None,"Universidade Nova de Lisboa"),
  P("Aoife Ní Bhriain","Head of the Clusters and Ecosystems Unit","DG GROW"),
  P("Tomasz Wierzbicki-Nowak","Cluster manager","Mazovia Cleantech Cluster"),
  P("Élodie Marchand-Bey","Cluster manager","pôle Véhicule du Futur"),
  P("Jana Kováčiková",None,"Slovak Battery Alliance"),
  P("Lars-Erik Holmqvist","rapporteur","Vinnova")],
 [O("European Cluster Collaboration Platform"), O("European Commission"), O(G,"DG GROW"),
  O("Ministry of Economic Affairs and Climate Policy"), O("European Cluster Alliance"), O("Ocean Automation Hub"),
  O("Universidade Nova de Lisboa"), O("Mazovia Cleantech Cluster"), O("pôle Véhicule du Futur"),
  O("Slovak Battery Alliance"), O("Vinnova")],
 [E("European Cluster Conference 2038","2038-05-18","2038-05-20","Utrecht","Netherlands"),
  E("pre-conference matchmaking","2038-05-17",None,"Utrecht","Netherlands"),
  E("general assembly","2038-05-17",None,"Utrecht","Netherlands"),
  E("ceremony","2038-05-19",None,"Utrecht","Netherlands"),
  E("webinar on the conclusions","2038-06-15",None,None,None),
  E("European Cluster Conference","2040",None,"Ljubljana","Slovenia"),
  E("European Cluster Conference","2034",None,"Mons","Belgium"), E("European Cluster Conference","2036",None,"Porto","Portugal")],
 ["2038-06-09","2038-05-18/2038-05-20","2038-05-17","2038/2041","2038-05-19","2038-07","2038-09-01/2038-11-30",
  "2038-06-15","2040","2034","2036","2038","2038-09-30"],
 ["Clusters are the most direct channel for reaching SMEs in the twin transition and should be named as delivery partners in all transition pathways",
  "Public support for cluster organisations needs a horizon of at least five years; one-year contracts prevent clusters from keeping experienced staff",
  "Skills partnerships under the Pact for Skills work best when a cluster coordinates them at regional level",
  "Interregional cooperation should move from exchanging practices to joint investment projects with a shared pipeline",
  "Cluster data at EU level should be harmonised so that regions can compare the performance of their cluster programmes"],
 pub="2038-06-09")
