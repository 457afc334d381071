from h import *
F='region-zealand-policy-brief-circular-construction.html'
KT=["Circular construction can cut the region's building waste by a third by 2040 if public clients lead",
"Clusters are the natural broker between municipalities, contractors and recyclers",
"Procurement rules, not technology, are the main barrier"]
AG=["every municipality in the partnership will include reuse criteria in at least two tenders in 2035",
"Gate 21 will coordinate a shared marketplace for reclaimed materials",
"the agency will report on progress to the Regional Council every year",
"the partnership will be evaluated in 2037"]
T=f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Policy brief 4/2034 – Circular construction | Business Region Zealand</title></head><body>
<div class="cookies">We use cookies to measure traffic. <button>OK</button> <button>Only necessary</button></div>
<nav><a href="/">Home</a> | <a href="/growth">Growth</a> | <a href="/publications">Publications</a> | <a href="/news">News</a> | <a href="/about">About us</a> | <a href="/da">Dansk</a></nav>
<main><p class="crumbs">Publications › Policy briefs › 4/2034</p>
<h1>Policy brief 4/2034: Building it twice – circular construction in Region Zealand</h1>
<p class="meta">Published {wd(2034,9,18)} 18 September 2034 · Business Region Zealand (Erhvervshus Sjælland) · Authors: Mette Kjærgaard Holm and Dr. Anders Bech-Nielsen</p>
<div class="box"><h2>Key takeaways</h2><ul>{''.join('<li>'+k+'.</li>' for k in KT)}</ul></div>
<h2>Why this brief</h2>
<p>Construction and demolition produce more than 40 per cent of the waste in Region Zealand. At the same time the region is building more than ever: the new hospital in Køge, the fixed link to Lolland-Falster and hundreds of homes along the motorway corridor. This brief sums up the results of a year of dialogue between the agency, eleven municipalities, the cluster Gate 21, the construction cluster BLOXHUB and the trade association Dansk Byggeri.</p>
<p>The dialogue started at a round table in Sorø on {wd(2033,11,9)} 9 November 2033 and closed with a regional summit in Næstved on {wd(2034,6,5)} 5 June 2034, attended by 160 people. The summit was opened by Regional Council chair Susanne Lykke Overgaard and by Jens-Peter Aagaard, Mayor of Næstved.</p>
<h2>What we found</h2>
<p>Contractors told us that reclaimed bricks, timber and steel are available but that they cannot use them in public projects because tender documents ask for new, certified products. Recyclers such as Genbyg Sjælland ApS said that storage space is their biggest cost. Municipal architects wanted examples they could copy. Researchers from Roskilde University and the Technical University of Denmark (DTU) showed that reused materials need a simple quality label before insurers accept them.</p>
<p>Several municipalities already test new approaches. Holbæk used reclaimed bricks for a school extension in 2032, and Slagelse runs a materials bank in an old barracks. A survey of 212 companies carried out in the spring showed that two in three small contractors had never been asked for reused materials by a client, and that almost none knew where to buy them. Larger firms were more advanced but feared liability if a reclaimed beam failed. The survey was run with the help of the Zealand Business Council and the results are published in a separate annex. These pilots worked because one civil servant took the lead and because the cluster found the suppliers.</p>
<h2>The partnership agreement</h2>
<p>At the summit, the municipalities, the clusters and the agency signed a partnership agreement for 2035–2038. The partners agreed that:</p>
<ul>{''.join('<li>'+a+';</li>' for a in AG)}</ul>
<p>The agreement is open to other municipalities and companies. Lolland Municipality and the housing association Boligselskabet Sjælland joined in August 2034.</p>
<h2>What the region should do</h2>
<p>The agency recommends that the Regional Council uses its own building projects as showcases, funds a regional quality label together with the Danish Technological Institute, and brings the topic to the national cluster strategy. The agency will present the brief to the council's committee on business and growth on {wd(2034,10,7)} 7 October 2034.</p>
<h2>About this series</h2>
<p>Policy briefs of Business Region Zealand present evidence for regional decisions in four pages. Earlier briefs dealt with skills in the food industry (1/2034), offshore wind in Guldborgsund (2/2034) and rural broadband (3/2034). Contact: Mette Kjærgaard Holm, senior policy adviser, mkh@erhvervshussjaelland.dk.</p>
</main>
<footer><p>Business Region Zealand · Ringstedgade 20 · 4700 Næstved · CVR 12345678</p><p><a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie settings</a> · <a href="/accessibility">Accessibility statement</a> · Follow us on LinkedIn</p></footer></body></html>'''
write(F,T)
A='Business Region Zealand'
gold(F,[P('Mette Kjærgaard Holm','senior policy adviser',A),P('Anders Bech-Nielsen',None,A),P('Susanne Lykke Overgaard','Regional Council chair',None),P('Jens-Peter Aagaard','Mayor of Næstved',None)],
[O(A),O('Gate 21'),O('BLOXHUB'),O('Dansk Byggeri'),O('Genbyg Sjælland ApS'),O('Roskilde University'),O('Technical University of Denmark','DTU'),
O('Regional Council'),O('Zealand Business Council'),O('Lolland Municipality'),O('Boligselskabet Sjælland'),O('Danish Technological Institute')],
[E('round table','2033-11-09','2033-11-09','Sorø','Denmark'),E('regional summit','2034-06-05','2034-06-05','Næstved','Denmark'),E("council's committee on business and growth",'2034-10-07','2034-10-07',None,None)],
['2034-09-18','2040','2033-11-09','2034-06-05','2032','2035/2038','2035','2037','2034-08','2034-10-07'],KT+AG,pub='2034-09-18')
