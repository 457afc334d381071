from g import save
T='''<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Call for participation – Black Sea Wine & Food B2B 2036 | Clusterul Agroalimentar Dobrogea</title></head>
<body>
<div id="cookie-consent">Acest site folosește cookie-uri. / This site uses cookies. <button>OK</button></div>
<header><div class="logo">Clusterul Agroalimentar Dobrogea</div>
<nav><a href="/">Acasă / Home</a> <a href="/despre">Despre noi / About</a> <a href="/membri">Membri / Members</a> <a href="/evenimente">Evenimente / Events</a> <a href="/proiecte">Proiecte</a> <a href="/contact">Contact</a> <a href="/en">EN</a></nav></header>
<div class="breadcrumbs">Home &gt; Events &gt; Calls &gt; Black Sea Wine &amp; Food B2B 2036</div>
<main>
<p class="date">Published: 15.01.2036 | Category: Calls for participation</p>
<h1>Call for participation: Black Sea Wine &amp; Food B2B 2036</h1>
<h2>Constanța, 21–22 April 2036 · Ovidius University Conference Centre</h2>
<p>The Dobrogea Agri-food Cluster (Clusterul Agroalimentar Dobrogea, CAD) and the Enterprise Europe Network partner CCINA Constanța (Camera de Comerț, Industrie, Navigație și Agricultură Constanța) invite producers of wine, cheese, honey, fish and other food products, as well as buyers, importers, distributors and HoReCa chains, to take part in the third <strong>Black Sea Wine &amp; Food B2B</strong>. The event combines pre-arranged one-to-one meetings with a tasting exhibition and a conference on exports to the Black Sea and Caucasus markets.</p>

<h3>Who can apply?</h3>
<ul><li>Sellers: SMEs from Romania, Bulgaria, Moldova, Ukraine, Georgia and Türkiye producing wine or processed food;</li>
<li>Buyers: importers, distributors, retail and HoReCa chains from EU and non-EU countries;</li>
<li>Support organisations: clusters, chambers, export agencies (observer status, no meetings).</li></ul>

<h3>Key dates and deadlines</h3>
<table border="1"><tr><th>Step</th><th>Date</th></tr>
<tr><td>Opening of registration on the b2match platform</td><td>15 January 2036</td></tr>
<tr><td>Deadline for sellers' applications (with product sheet)</td><td>28 February 2036</td></tr>
<tr><td>Notification of selected sellers</td><td>13 March 2036</td></tr>
<tr><td>Deadline for buyers' registration</td><td>31 March 2036</td></tr>
<tr><td>Meeting booking period</td><td>1 – 15 April 2036</td></tr>
<tr><td>B2B meetings and exhibition</td><td>21 – 22 April 2036</td></tr></table>
<p>Applications received after 28 February 2036 will be placed on a waiting list. A maximum of 60 sellers will be selected.</p>

<h3>Programme</h3>
<p><strong>Monday, 21 April 2036</strong><br>
10:00 Opening: Mihaela Stoica-Demir, President, Clusterul Agroalimentar Dobrogea; Cristian Vasilescu, Executive Director, CCINA Constanța; representative of the Agency for Financing Rural Investments (AFIR)<br>
11:00 Conference "Selling to the Black Sea region after the new trade agreements", moderated by Irina Popescu-Hagi, export consultant<br>
13:00–18:00 B2B meetings (25 minutes each)<br>
19:30 Dinner and wine tasting at Crama Valea Carasu (for registered participants)</p>
<p><strong>Tuesday, 22 April 2036</strong><br>
09:30–13:00 B2B meetings<br>
10:00 Tasting exhibition open to trade visitors<br>
14:00 Optional visit to the Niculițel area vineyards and to the fish-processing plant of Delta Pescăria S.R.L. in Tulcea</p>

<h3>Costs</h3>
<p>Participation in the B2B meetings is free of charge. Sellers exhibiting at the tasting pay EUR 150 for a table (members of CAD: EUR 75). Buyers from outside Romania selected by the organisers may receive a travel grant of up to EUR 400 (limited to 15 buyers; apply by 28 February 2036).</p>

<h3>Previous editions</h3>
<ul><li>2034, Constanța: 74 participants, 212 meetings</li>
<li>2035, Mangalia: 96 participants from 8 countries, 305 meetings; 19 sales agreements reported after six months</li></ul>

<h3>Contacts</h3>
<p>Alina Murat, project manager, Clusterul Agroalimentar Dobrogea – b2b@cad-dobrogea.example, +40 241 000 000<br>
Bogdan Enache, EEN adviser, CCINA Constanța – een@ccina.example</p>
<p>The event is organised with the support of the Constanța County Council and in cooperation with the Bulgarian cluster Dobrudzha Food Valley (Dobrich).</p>
<p><a href="https://b2match.example/blackseab2b2036">Register now</a></p>
</main>
<footer><p>Clusterul Agroalimentar Dobrogea · Str. Mircea cel Bătrân 00, Constanța · CUI 00000000</p>
<p>Enterprise Europe Network is co-funded by the European Union.</p><p>&copy; 2036 CAD · <a href="/privacy">Politica de confidențialitate</a></p></footer>
</body></html>
'''
save('call-for-participation-black-sea-wine-food-b2b-2036.html',T,'2036-01-15',
[('Mihaela Stoica-Demir','President','Clusterul Agroalimentar Dobrogea'),('Cristian Vasilescu','Executive Director','CCINA'),
 ('Irina Popescu-Hagi','export consultant',None),('Alina Murat','project manager','Clusterul Agroalimentar Dobrogea'),
 ('Bogdan Enache','EEN adviser','CCINA Constanța')],
[('Dobrogea Agri-food Cluster','CAD'),('Enterprise Europe Network',None),
 ('Camera de Comerț, Industrie, Navigație și Agricultură Constanța','CCINA'),
 ('Agency for Financing Rural Investments','AFIR'),('Crama Valea Carasu',None),('Delta Pescăria S.R.L.',None),
 ('Constanța County Council',None),('Dobrudzha Food Valley',None)],
[('Black Sea Wine & Food B2B 2036','2036-04-21','2036-04-22','Constanța','Romania'),
 ('Black Sea Wine & Food B2B 2034','2034','2034','Constanța','Romania'),
 ('Black Sea Wine & Food B2B 2035','2035','2035','Mangalia','Romania')],
['2036-01-15','2036-04-21/2036-04-22','2036-02-28','2036-03-13','2036-03-31','2036-04-01/2036-04-15','2036-04-21','2036-04-22','2034','2035'],[])
