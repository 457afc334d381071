from h import *
F = 'g09_danube_agrifood_bridge_final_report.html'
assert wd(2036,11,18)=='Tuesday' and wd(2036,11,19)=='Wednesday' and wd(2034,10,9)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Final report: DANUBE AGRIFOOD BRIDGE – Interreg Romania–Bulgaria</title></head>
<body>
<div class="cookies">This website uses cookies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <a href="#">OK</a></div>
<header><p class="logo">Interreg VI-A Romania–Bulgaria · Project library</p>
<nav><a href="/">Home</a> · <a href="/programme">Programme</a> · <a href="/projects">Projects</a> · <a href="/results">Results</a> · <a href="/news">News</a> · <a href="/contact">Contact</a> · <a href="/ro">RO</a> · <a href="/bg">BG</a></nav></header>
<main>
<p class="crumbs">Projects › Priority 1 – A more competitive region › DANUBE AGRIFOOD BRIDGE › Final report</p>
<h1>DANUBE AGRIFOOD BRIDGE – Final report (summary)</h1>
<p class="meta">Project code ROBG-00217 · Duration: 1 October 2034 – 30 September 2036 · Total budget: EUR 1,284,600 (ERDF 80 %) · Report submitted on 15 December 2036</p>

<h2>1. Partnership</h2>
<table>
<tr><th>Role</th><th>Partner</th><th>City</th></tr>
<tr><td>Lead partner</td><td>Vidin Regional Chamber of Commerce and Industry (VCCI)</td><td>Vidin, Bulgaria</td></tr>
<tr><td>PP2</td><td>Dolj Agri-Food Cluster Association (AgroDolj)</td><td>Craiova, Romania</td></tr>
<tr><td>PP3</td><td>University of Craiova – Faculty of Horticulture</td><td>Craiova, Romania</td></tr>
<tr><td>PP4</td><td>Calafat Municipality</td><td>Calafat, Romania</td></tr>
<tr><td>PP5</td><td>North-West Bulgarian Food Cluster</td><td>Vratsa, Bulgaria</td></tr>
</table>
<p>Associated partners: Bulgarian Food Safety Agency – Regional Directorate Vidin; National Sanitary Veterinary and Food Safety Authority (ANSVSA), Dolj office.</p>

<h2>2. Objective</h2>
<p>The project set out to turn the Vidin–Calafat bridge area into a single market for small food producers by linking the agri-food clusters on both banks of the Danube, creating a shared quality label and opening cross-border sales channels. It answered a simple observation made at the kick-off meeting in Vidin on Monday 9 October 2034: that producers a few kilometres apart knew buyers in Bucharest or Sofia better than each other.</p>

<h2>3. Main results</h2>
<ul>
<li>132 producers from both countries trained in food safety rules, labelling and online sales (target: 100).</li>
<li>The joint label "Danube Taste" was registered and awarded to 58 products from 34 producers.</li>
<li>Three cross-border short supply chains were set up for honey, cheese and vegetables, now supplying 21 schools and 9 restaurants.</li>
<li>A bilingual online marketplace went live in May 2036 and recorded 4,300 orders in its first four months.</li>
<li>A joint cross-border agri-food strategy 2037–2041 was adopted by both clusters and by Calafat Municipality.</li>
</ul>

<h2>4. Events</h2>
<ul>
<li>Kick-off meeting, 9 October 2034, Vidin</li>
<li>Cross-border B2B fair "Danube Taste", 14–15 June 2035, Calafat (62 exhibitors, 1,900 visitors)</li>
<li>Study visit to the Danube Delta cluster network, 22–24 March 2036, Tulcea</li>
<li>Final conference, Tuesday 18 November 2036, Ruse (with producers' market on Wednesday 19 November)</li>
</ul>

<h2>Work packages</h2>
<p><b>WP1 Management</b> (VCCI): steering committee met six times, alternating between Vidin and Craiova; two project modifications were approved by the Joint Secretariat. <b>WP2 Training</b> (University of Craiova): 14 training days in both languages, with practical sessions in member farms and a guide on cross-border food labelling in Romanian, Bulgarian and English. <b>WP3 Label and marketplace</b> (AgroDolj and North-West Bulgarian Food Cluster): label rules, an independent label committee, a logo chosen by public vote, and the online marketplace with a shared delivery service across the bridge twice a week. <b>WP4 Communication</b> (Calafat Municipality): 38 press articles, 9 TV reports and a social media campaign that reached 210,000 people.</p>
<p>Spending reached 96 % of the approved budget. The underspend came mainly from travel costs, as several partner meetings were held online during the winter of 2035.</p>
<h2>5. Lessons learnt</h2>
<ol>
<li>Common rules matter more than common money: most of the first year went into comparing the two countries' veterinary requirements.</li>
<li>Producers trust peers more than institutions; the label took off only when the first producers showed their sales figures.</li>
<li>The bridge is a physical link but not yet an economic one: toll and transport costs still make small deliveries unprofitable.</li>
<li>Municipalities are key buyers, and public procurement should be opened to cross-border short supply chains.</li>
</ol>

<p>Evaluation questionnaires collected at the final conference gave the project an average score of 4.6 out of 5; participants asked above all for the marketplace to add a wholesale section for shops and canteens.</p>
<h2>6. Sustainability</h2>
<p>The two clusters signed a cooperation agreement on 30 September 2036 that keeps the label and the marketplace running until at least 2040. AgroDolj will manage the label; the North-West Bulgarian Food Cluster hosts the marketplace.</p>

<h2>7. Statements</h2>
<p>"For the first time our cheese makers sell in Craiova and our honey reaches Vidin's schools. That is what this bridge was built for," said Ivaylo Tsvetanov, Chairman of the Vidin Regional Chamber of Commerce and Industry and project coordinator.</p>
<p>"The label is now ours, not the project's. We will defend it," said Alina Mărgărit, President of AgroDolj.</p>
<p>Dr. Cristian Oprescu, Dean of the Faculty of Horticulture, University of Craiova, led the training work package; Velislava Dimitrova, manager of the North-West Bulgarian Food Cluster, coordinated the marketplace.</p>

<h2>8. Contacts</h2>
<p>Project manager: Radostina Petkova, VCCI, 8 Dunavska Street, Vidin 3700 · r.petkova@vcci-vidin.bg · +359 94 600 128</p>
<p>Joint Secretariat contact: Oana Bălan, Project Officer, Joint Secretariat Călărași</p>

<p class="downloads">Downloads: Final report (PDF, 4.1 MB) · Label rules (RO/BG/EN) · Strategy 2037–2041 · Photo gallery</p>
<p class="disclaimer">The content of this page does not necessarily represent the official position of the European Union.</p>
</main>
<footer>Interreg VI-A Romania–Bulgaria Programme · Managing Authority: Ministry of Development, Public Works and Administration (Romania) · <a href="/privacy">Privacy</a> · <a href="/sitemap">Sitemap</a></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Ivaylo Tsvetanov','Chairman','Vidin Regional Chamber of Commerce and Industry'),
  P('Alina Mărgărit','President','AgroDolj'),
  P('Cristian Oprescu','Dean','Faculty of Horticulture, University of Craiova'),
  P('Velislava Dimitrova','manager','North-West Bulgarian Food Cluster'),
  P('Radostina Petkova','Project manager','VCCI'),
  P('Oana Bălan','Project Officer','Joint Secretariat Călărași')],
 [O('Vidin Regional Chamber of Commerce and Industry','VCCI'),O('Dolj Agri-Food Cluster Association','AgroDolj'),
  O('University of Craiova – Faculty of Horticulture'),O('Calafat Municipality'),O('North-West Bulgarian Food Cluster'),
  O('Bulgarian Food Safety Agency – Regional Directorate Vidin'),O('National Sanitary Veterinary and Food Safety Authority','ANSVSA'),
  O('Danube Delta cluster network'),O('Joint Secretariat Călărași'),O('European Union'),
  O('Ministry of Development, Public Works and Administration (Romania)'.split(' (')[0])],
 [E('Kick-off meeting','2034-10-09',None,'Vidin','Bulgaria'),
  E('Danube Taste','2035-06-14','2035-06-15','Calafat','Romania'),
  E('Study visit to the Danube Delta cluster network','2036-03-22','2036-03-24','Tulcea','Romania'),
  E('Final conference','2036-11-18',None,'Ruse','Bulgaria'),
  E("producers' market",'2036-11-19',None,'Ruse','Bulgaria')],
 ['2034-10-01/2036-09-30','2036-12-15','2034-10-09','2036-05','2037/2041','2035-06-14/2035-06-15','2036-03-22/2036-03-24','2036-11-18','2036-11-19','2036-09-30','2040','2035'],
 ['132 producers from both countries trained in food safety rules, labelling and online sales (target: 100)',
  'The joint label "Danube Taste" was registered and awarded to 58 products from 34 producers',
  'Three cross-border short supply chains were set up for honey, cheese and vegetables, now supplying 21 schools and 9 restaurants',
  'A bilingual online marketplace went live in May 2036 and recorded 4,300 orders in its first four months',
  'A joint cross-border agri-food strategy 2037–2041 was adopted by both clusters and by Calafat Municipality',
  "Common rules matter more than common money: most of the first year went into comparing the two countries' veterinary requirements",
  'Producers trust peers more than institutions; the label took off only when the first producers showed their sales figures',
  'The bridge is a physical link but not yet an economic one: toll and transport costs still make small deliveries unprofitable',
  'Municipalities are key buyers, and public procurement should be opened to cross-border short supply chains'],
 pub='2036-12-15')
