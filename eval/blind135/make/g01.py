from h import *
F = 'g01_normandie_cluster_conference_conclusions.html'
assert wd(2038,10,13)=='Wednesday' and wd(2038,10,14)=='Thursday' and wd(2038,11,30)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conclusions – Normandy Cluster Days 2038 | AD Normandie</title></head>
<body>
<div class="cookie">We use cookies to measure audience. <a href="/cookies">Settings</a> <button>OK</button></div>
<header><nav><a href="/">Home</a> · <a href="/clusters">Our clusters</a> · <a href="/events">Events</a> · <a href="/publications">Publications</a> · <a href="/fr">FR</a></nav></header>
<main>
<p class="crumbs">Home › Publications › Event reports</p>
<h1>Normandy Cluster Days 2038: what we concluded in Caen</h1>
<p class="byline">By Maëlle Le Goff-Durand, Communication Officer · Published 22 October 2038 · 6 min read</p>
<p>Around 380 participants from 19 countries came to the Centre de Congrès de Caen on Wednesday 13 and Thursday 14 October 2038 for the fourth edition of the Normandy Cluster Days, organised by the regional development agency AD Normandie with the Région Normandie and the European Cluster Collaboration Platform (ECCP). The theme of this year's edition was "Clusters in the energy and materials transition".</p>
<p>The conference was opened by Hervé Morin-Lacaze, Vice-President for Economic Development of the Région Normandie, and by Tatjana Vukelić, Head of the Clusters and Industrial Ecosystems Unit at the European Commission's DG GROW. In her keynote, Vukelić presented the preliminary results of the EU survey on cluster organisations, which found that only one cluster in five has a budget line dedicated to decarbonisation services for its members.</p>
<h2>Programme highlights</h2>
<ul>
<li>Day 1, 9:30 – Opening and keynote</li>
<li>Day 1, 14:00 – Panel "Who pays for the transition?" with Bram Verhaegen (Flux50, Belgium), Ingrid Solheim (Norwegian Offshore Wind cluster) and Jean-Baptiste d'Harcourt (Nov@log)</li>
<li>Day 1, 19:30 – Conference dinner at the Abbaye-aux-Dames</li>
<li>Day 2, 9:00 – B2B meetings for cluster managers (112 meetings held)</li>
<li>Day 2, 14:30 – Site visits to the Port of Cherbourg and the Hydrogen Valley platform in Le Havre</li>
</ul>
<p>The panel showed a clear divide. Verhaegen argued that clusters should charge members for transition audits, while Solheim warned that small suppliers drop out as soon as services stop being free. D'Harcourt, chair of the logistics cluster Nov@log, suggested a mixed model in which regional funds pay for the first diagnosis and companies for the follow-up.</p>
<h2>Key conclusions</h2>
<p>At the closing session, rapporteur Dr. Kalina Petrova-Ivanova (University of Rouen Normandy) summarised the discussions in five conclusions, which the organisers will send to the European Cluster Policy Forum:</p>
<ol>
<li>Clusters are the most trusted intermediary for SMEs facing decarbonisation, but they lack stable funding for the services this requires</li>
<li>Regions should link cluster funding to measurable transition services rather than to membership numbers</li>
<li>Interregional partnerships work best when they start from a shared value chain, not from a shared sector label</li>
<li>Skills remain the bottleneck: every cluster represented reported unfilled technician posts in energy and materials</li>
<li>The European Cluster Collaboration Platform should publish a common set of indicators so that regions can compare their transition services</li>
</ol>
<p>Closing the event, Sylvain Quesnel, Director General of AD Normandie, announced that the agency would open a call for "transition service" pilots in early 2039. "We heard the message: stop counting members, start counting results," he said.</p>
<h2>Past editions</h2>
<p>The Normandy Cluster Days were launched in Rouen in 2032 and have since been held in Le Havre (2034) and Évreux (2036). The next edition is planned for autumn 2040 in Rouen.</p>
<h2>Documents</h2>
<p>The presentations and the full rapporteur's report can be downloaded below. A short video summary will follow.</p>
<ul><li><a href="#">Rapporteur's report (PDF, 1.2 MB)</a></li><li><a href="#">Presentations, Day 1 (ZIP)</a></li><li><a href="#">Presentations, Day 2 (ZIP)</a></li></ul>
<p>Feedback survey open until Tuesday 30 November 2038. <a href="#">Take the survey</a></p>
<p>Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a> · <a href="#">Read more event reports</a></p>
</main>
<footer><p>AD Normandie – Agence de Développement pour la Normandie · Hôtel de Région, Caen · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · © 2038</p></footer>
</body></html>
"""
write(F, T)
A = "AD Normandie"
gold(F,
 [P("Maëlle Le Goff-Durand","Communication Officer",None),
  P("Hervé Morin-Lacaze","Vice-President for Economic Development","Région Normandie"),
  P("Tatjana Vukelić","Head of the Clusters and Industrial Ecosystems Unit","DG GROW"),
  P("Bram Verhaegen",None,"Flux50"),
  P("Ingrid Solheim",None,"Norwegian Offshore Wind cluster"),
  P("Jean-Baptiste d'Harcourt","chair","Nov@log"),
  P("Kalina Petrova-Ivanova","rapporteur","University of Rouen Normandy"),
  P("Sylvain Quesnel","Director General",A)],
 [O("AD Normandie – Agence de Développement pour la Normandie"), O("Région Normandie"),
  O("European Cluster Collaboration Platform","ECCP"), O("European Commission"), O("DG GROW"), O("Clusters and Industrial Ecosystems Unit"),
  O("Flux50"), O("Norwegian Offshore Wind cluster"), O("Nov@log"), O("University of Rouen Normandy"),
  O("European Cluster Policy Forum")],
 [E("Normandy Cluster Days 2038","2038-10-13","2038-10-14","Caen","France"),
  E("Conference dinner","2038-10-13",None,"Caen","France"),
  E("B2B meetings for cluster managers","2038-10-14",None,"Caen","France"),
  E("Site visits to the Port of Cherbourg and the Hydrogen Valley platform in Le Havre","2038-10-14",None,"Cherbourg, Le Havre","France"),
  E("Normandy Cluster Days","2032",None,"Rouen","France"),
  E("Normandy Cluster Days","2034",None,"Le Havre","France"),
  E("Normandy Cluster Days","2036",None,"Évreux","France"),
  E("Normandy Cluster Days","2040",None,"Rouen","France")],
 ["2038-10-22","2038-10-13/2038-10-14","2039","2032","2034","2036","2040","2038-11-30"],
 ["Clusters are the most trusted intermediary for SMEs facing decarbonisation, but they lack stable funding for the services this requires",
  "Regions should link cluster funding to measurable transition services rather than to membership numbers",
  "Interregional partnerships work best when they start from a shared value chain, not from a shared sector label",
  "Skills remain the bottleneck: every cluster represented reported unfilled technician posts in energy and materials",
  "The European Cluster Collaboration Platform should publish a common set of indicators so that regions can compare their transition services"],
 pub="2038-10-22")
