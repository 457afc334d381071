from mk import *
doc = 'speakers-danube-agrifood-forum-2032.html'
t = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Speakers – Danube Agrifood Innovation Forum 2032</title></head>
<body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept</button> <button>Settings</button></div>
<header>
  <div class="brand">DAIF 2032 · Ruse, Bulgaria · 7–8 October 2032</div>
  <nav><a href="/">Home</a> | <a href="/programme">Programme</a> | <a class="current" href="/speakers">Speakers</a> | <a href="/b2b">B2B meetings</a> | <a href="/venue">Venue &amp; travel</a> | <a href="/register">Register</a></nav>
</header>
<p class="crumbs"><a href="/">Home</a> / Speakers</p>
<main>
<h1>Speakers</h1>
<p>The Danube Agrifood Innovation Forum is organised by the Lower Danube Agrifood Cluster (LDAC) with the Ruse
Chamber of Commerce and Industry and the Angel Kanchev University of Ruse. More speakers will be announced in
September.</p>

<section class="speaker">
<h2>Dr Vesela Dimitrova-Koleva</h2>
<p class="affil">Head of Agri-Food Innovation, Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA)</p>
<p>Dr Dimitrova-Koleva is Head of Agri-Food Innovation at BSMEPA, where she runs the national voucher scheme for food
processors. She previously served as deputy director of the Institute of Cryobiology and Food Technologies in Sofia and
spent four years at the Joint Research Centre in Seville. She holds a PhD in food engineering.</p>
</section>

<section class="speaker">
<h2>Radu-Ștefan Ionescu</h2>
<p class="affil">President, Oltenia Grain &amp; Oilseeds Cluster</p>
<p>Radu-Ștefan Ionescu is president of the Oltenia Grain &amp; Oilseeds Cluster (OGOC) in Craiova and owner of
Agroionescu S.R.L., a 2,400-hectare family farm. Before returning to farming in 2024 he worked for twelve years as a
commodity analyst in Bucharest.</p>
</section>

<section class="speaker">
<h2>Prof. Dr. Stefanie Gruber-Wallner</h2>
<p class="affil">BOKU University, Vienna</p>
<p>Stefanie Gruber-Wallner is professor of food process engineering at BOKU University and leads its pilot plant for
plant-based proteins. From 2026 to 2030 she chaired the scientific board of a European public-private partnership on
protein crops.</p>
</section>

<section class="speaker">
<h2>Milan Đorđević</h2>
<p class="affil">CEO, Frutavita d.o.o., Novi Sad</p>
<p>Milan Đorđević founded Frutavita, a Serbian producer of freeze-dried fruit snacks, in 2021. The company now exports
to eleven countries. He is also vice-president of the Bačka Fruit Cluster.</p>
</section>

<section class="speaker">
<h2>Iren Stoyanova</h2>
<p class="affil">Policy Officer, European Commission, DG AGRI</p>
<p>Iren Stoyanova is a policy officer in the unit for research and innovation of the Directorate-General for
Agriculture and Rural Development (DG AGRI). She previously served as agricultural attaché at the Permanent
Representation of Bulgaria to the EU.</p>
</section>

<section class="speaker">
<h2>Kristóf Baranyi</h2>
<p class="affil">Moderator</p>
<p>Kristóf Baranyi is cluster manager of LDAC and will moderate the opening panel on 7 October. He joined the
cluster in 2029 after six years at the Hungarian agri-food start-up accelerator Magvető Labs in Szeged.</p>
</section>
</main>
<footer>
<p>Lower Danube Agrifood Cluster · 5 Pristanishtna Str., 7000 Ruse, Bulgaria · info@ldac.example</p>
<p>Co-funded by the Single Market Programme · <a href="/privacy">Privacy policy</a> · <a href="/imprint">Imprint</a></p>
</footer>
</body>
</html>
"""
write_text(doc, t)
people=[P('Vesela Dimitrova-Koleva','Head of Agri-Food Innovation','Bulgarian Small and Medium Enterprises Promotion Agency'),
 P('Radu-Ștefan Ionescu','President','Oltenia Grain & Oilseeds Cluster'),
 P('Stefanie Gruber-Wallner','professor of food process engineering','BOKU University'),
 P('Milan Đorđević','CEO','Frutavita d.o.o.'),
 P('Iren Stoyanova','Policy Officer','DG AGRI'),
 P('Kristóf Baranyi','cluster manager','LDAC')]
orgs=[O('Lower Danube Agrifood Cluster','LDAC'),O('Ruse Chamber of Commerce and Industry'),O('Angel Kanchev University of Ruse'),
 O('Bulgarian Small and Medium Enterprises Promotion Agency','BSMEPA'),O('Institute of Cryobiology and Food Technologies'),
 O('Joint Research Centre'),O('Oltenia Grain & Oilseeds Cluster','OGOC'),O('Agroionescu S.R.L.'),O('BOKU University'),
 O('Frutavita d.o.o.'),O('Bačka Fruit Cluster'),O('European Commission'),O('Directorate-General for Agriculture and Rural Development','DG AGRI'),
 O('Permanent Representation of Bulgaria to the EU'),O('Magvető Labs')]
events=[E('Danube Agrifood Innovation Forum 2032','2032-10-07','2032-10-08','Ruse','Bulgaria')]
dates=['2032-10-07/2032-10-08','2032-09','2024','2026/2030','2021','2032-10-07','2029']
gold(doc,None,people,orgs,events,dates,[])
