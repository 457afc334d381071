from h import *
F = 'sannio-agrifood-webinar-recap-lessons-learnt.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Webinar recap: Selling regional food online – lessons learnt | Sannio AgriFood Cluster</title></head>
<body>
<div id="cookie-consent">We use technical and analytics cookies. By continuing to browse you accept their use. <button>OK</button> <a href="/privacy">Privacy policy</a></div>
<header><div class="brand">Sannio AgriFood Cluster – Distretto Agroalimentare del Sannio</div>
<ul class="menu"><li>Home</li><li>Cluster</li><li>Members</li><li>Services</li><li>Webinars</li><li>News</li><li>IT | EN</li></ul></header>
<main>
<p class="path">Home &gt; Webinars &gt; Recaps</p>
<article>
<h1>Webinar recap: "Selling regional food online" – what we learnt</h1>
<p class="byline">By Chiara D'Alessandro · 19 October 2035</p>
<p>On Thursday 4 October 2035 the Sannio AgriFood Cluster held the third webinar of its autumn series "Digital tools for small food producers". More than 130 people connected, most of them owners of small dairies, olive oil mills, pasta makers and wineries from the provinces of Benevento and Avellino, Molise and Puglia. The webinar was moderated by the cluster's innovation officer, Dr. Francesco Di Pietro, and lasted just under two hours.</p>
<h2>Speakers</h2>
<ul>
<li><strong>Giulia Santangelo</strong>, founder of the online marketplace Sapori del Sannio S.r.l., Benevento</li>
<li><strong>Pieter-Jan de Wit</strong>, e-commerce manager at the Dutch cheese cooperative Kaasboeren Noord-Holland U.A.</li>
<li><strong>Prof. Antonella Di Iorio</strong>, Department of Science and Technology, University of Sannio</li>
<li><strong>Marco Colavita jr.</strong>, export manager of Frantoio Colavita Guardia Sanframondi S.p.A.</li>
</ul>
<h2>What was said</h2>
<p>Giulia Santangelo opened with figures from her platform, which started in 2031 with twelve producers and today sells the products of 140. The average order is EUR 46, and 60 per cent of customers live outside the region, many of them emigrants and their children in northern Italy, Germany and Belgium. "People do not buy a jar of sauce online; they buy a story and a place," she said.</p>
<p>Pieter-Jan de Wit explained how his cooperative built its own web shop in 2029 and then moved most of its sales to large marketplaces after discovering that logistics costs for small parcels ate up the margin. He advised producers to start on existing marketplaces and to invest in their own shop only once they have regular customers.</p>
<p>Prof. Di Iorio presented the results of a survey of 220 food firms in the Sannio carried out in spring 2035 by the University of Sannio. Only 18 per cent sell online, and half of those stopped within two years. The main reasons were the cost of cold-chain shipping, lack of time to answer customers and difficulties with labels and rules on selling alcohol across borders.</p>
<p>Marco Colavita jr. described how the olive oil mill uses online sales mainly to test new products before offering them to importers in the United States and Japan.</p>
<h2>Lessons learnt</h2>
<ul>
<li>Start small: a presence on an existing marketplace is cheaper and faster than an own web shop.</li>
<li>Shipping is the biggest cost; producers should negotiate rates together through the cluster rather than alone.</li>
<li>Photos, origin and the producer's story sell more than discounts.</li>
<li>Answering customers quickly matters: one person should be responsible for online orders every day.</li>
<li>Check labelling and excise rules before selling wine or liqueurs to other EU countries.</li>
</ul>
<h2>What the cluster will do</h2>
<p>Following the webinar, the cluster will ask courier companies for a joint shipping offer for members by the end of 2035. The cluster president, Nicola Fratangelo, announced that a pilot group of ten producers will be coached in 2036 with support from the Chamber of Commerce of Irpinia Sannio and the regional agency Sviluppo Campania.</p>
<h2>Next in the series</h2>
<p>The fourth webinar, "Energy costs in food processing", will take place on Thursday 8 November 2035 at 10:00 with experts from ENEA. The series closes with an in-person meeting at the cluster's annual assembly in Telese Terme on 13 December 2035.</p>
<p>The recording and slides are available to members in the reserved area. Non-members can request them by writing to info@sannioagrifood.it.</p>
<p class="tags">Tags: e-commerce, food, webinar, SMEs</p>
</article>
<aside><h3>Previous webinars</h3><ul><li>6 September 2035 – Traceability with QR codes</li><li>20 September 2035 – Social media for wineries</li></ul></aside>
</main>
<footer>Sannio AgriFood Cluster · Corso Garibaldi 129, 82100 Benevento · VAT IT01784560629 · © 2035</footer>
</body></html>
"""
write(F, T)
gold(F, [P("Chiara D'Alessandro",None,None), P('Francesco Di Pietro','innovation officer','Sannio AgriFood Cluster'),
 P('Giulia Santangelo','founder','Sapori del Sannio S.r.l.'), P('Pieter-Jan de Wit','e-commerce manager','Kaasboeren Noord-Holland U.A.'),
 P('Antonella Di Iorio',None,'University of Sannio'), P('Marco Colavita jr.','export manager','Frantoio Colavita Guardia Sanframondi S.p.A.'),
 P('Nicola Fratangelo','cluster president','Sannio AgriFood Cluster')],
 [O('Sannio AgriFood Cluster'), O('Sapori del Sannio S.r.l.'), O('Kaasboeren Noord-Holland U.A.'),
  O('Department of Science and Technology'), O('University of Sannio'), O('Frantoio Colavita Guardia Sanframondi S.p.A.'),
  O('Chamber of Commerce of Irpinia Sannio'), O('Sviluppo Campania'), O('ENEA')],
 [E('Selling regional food online','2035-10-04','2035-10-04',None,None), E('Energy costs in food processing','2035-11-08','2035-11-08',None,None),
  E('annual assembly','2035-12-13','2035-12-13','Telese Terme','Italy'), E('Traceability with QR codes','2035-09-06','2035-09-06',None,None),
  E('Social media for wineries','2035-09-20','2035-09-20',None,None)],
 ['2035-10-19','2035-10-04','2031','2029','2035','2036','2035-11-08','2035-12-13','2035-09-06','2035-09-20'],
 ['Start small: a presence on an existing marketplace is cheaper and faster than an own web shop',
  'Shipping is the biggest cost; producers should negotiate rates together through the cluster rather than alone',
  "Photos, origin and the producer's story sell more than discounts",
  'Answering customers quickly matters: one person should be responsible for online orders every day',
  'Check labelling and excise rules before selling wine or liqueurs to other EU countries'],
 pub='2035-10-19')
