from h import *
F = 'g11_paphos_cluster_events_roundup.html'
assert wd(2034,10,9)=='Monday' and wd(2034,10,10)=='Tuesday' and wd(2034,10,26)=='Thursday' and wd(2034,11,14)=='Tuesday' and wd(2034,12,4)=='Monday' and wd(2035,1,22)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Autumn round-up: what happened at the cluster | Paphos Gastronomy &amp; Tourism Cluster</title></head>
<body>
<div class="gdpr">Our website uses cookies. Some are essential, others help us understand how visitors use the site. <a href="/cookie-policy">Cookie policy</a> <button>Accept</button></div>
<header><p class="site">Paphos Gastronomy &amp; Tourism Cluster (PGTC)</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Our members</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/gr">ΕΛ</a> · <a href="/login">Members' login</a></nav></header>
<main>
<article>
<h1>Autumn round-up: three months, five events</h1>
<p class="meta">Posted on 6 December 2034 by Sophia Kyriakidou · Tags: events, members, agrotourism</p>
<p>It has been a busy autumn for the cluster. Before we close the year, here is a look back at what our members did together between September and November, and what is coming in the new year.</p>

<h2>Taste of Paphos Week – fourth edition</h2>
<p>The Taste of Paphos Week ran from 9 to 15 October 2034 in 34 restaurants, wineries and farms across the district. It was opened on Monday 9 October at the Paphos Municipal Market by the Deputy Minister of Tourism, Eleni Charalambous-Ioannou, and the President of the cluster, Marios Hadjipanayiotou (Vasilikon Winery Kathikas). Visitor numbers grew by a quarter compared with the 2033 edition in Polis Chrysochous; the first two editions were held in Kato Paphos (2031) and Peyia (2032).</p>
<p>On Tuesday 10 October the programme continued with a producers' fair in Geroskipou and, at 18:00, a farm visit to the halloumi dairy of Pafiako Galaktokomeio Ltd in Mesogi.</p>

<h2>Conference "Food, Climate and the Visitor Economy"</h2>
<p>On Thursday 26 October 2034 the cluster and the Cyprus University of Technology (CUT) held their joint annual conference at the university's Paphos campus. The programme, in brief:</p>
<ul>
<li>09:30 Welcome – Prof. Andreas Georgiou, Rector's delegate for regional engagement, CUT</li>
<li>10:00 Keynote: water scarcity and the future of Cypriot agriculture – Dr Ilse de Wachter-Demetriou, Cyprus Institute</li>
<li>11:15 Panel discussion: can the hotel sector buy local all year round?</li>
<li>13:00 Lunch prepared by students of the Higher Hotel Institute of Cyprus</li>
<li>14:30 Round tables by sector</li>
</ul>
<p><strong>Recommendations adopted at the close of the conference</strong></p>
<ol>
<li>Hotels and producers should agree seasonal supply contracts before the start of each tourist season</li>
<li>The district needs a shared cold store and logistics hub for small producers near Paphos airport</li>
<li>Cluster members should report their water use with one common method from 2035</li>
<li>Culinary training should include a compulsory module on local products and their producers</li>
</ol>

<h2>Study visit from Crete</h2>
<p>A delegation of twelve people from the Heraklion Chamber of Commerce and Industry visited Paphos on 6–8 November 2034. The group was interested in how the cluster brings together hotels and farmers. The visit ended with a working dinner hosted by the Paphos Regional Board of Tourism.</p>

<h2>Public debate on short-term rentals</h2>
<p>A standalone panel debate, "Short-term rentals: friend or foe of the village?", was held on Tuesday 14 November 2034 in the community hall of Kathikas. Moderated by journalist Nikos Pieri, it brought together Christiana Louca-Stylianou, Mayor of Peyia, Paul O'Donnell of the Cyprus Hotel Association, and Stavros Michael, president of the Akamas Rural Tourism Association. Around 120 residents attended.</p>

<h2>Coming up</h2>
<ul>
<li><strong>Monday 4 December 2034, 17:00</strong> – Board meeting of the cluster (members may attend as observers)</li>
<li><strong>22 January 2035</strong> – Annual members' assembly, Paphos</li>
<li><strong>15 February 2035</strong> – closing date for the Research and Innovation Foundation call for innovation vouchers</li>
<li><strong>March–April 2035</strong> – joint stand at ITB Berlin (dates to be confirmed)</li>
</ul>
<p><a href="/news">← Back to news</a> · Share this article: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></p>
</article>
</main>
<footer><p>Paphos Gastronomy &amp; Tourism Cluster · 12 Makariou Avenue, 8046 Paphos, Cyprus · hello@pgtc.example.cy</p>
<p>© 2034 PGTC. All rights reserved. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""
write(F, T)
C="Paphos Gastronomy & Tourism Cluster"
gold(F,
 [P("Sophia Kyriakidou",None,None),
  P("Eleni Charalambous-Ioannou","Deputy Minister of Tourism",None),
  P("Marios Hadjipanayiotou","President",C),
  P("Andreas Georgiou","Rector's delegate for regional engagement","Cyprus University of Technology"),
  P("Ilse de Wachter-Demetriou",None,"Cyprus Institute"),
  P("Nikos Pieri","journalist",None),
  P("Christiana Louca-Stylianou","Mayor of Peyia",None),
  P("Paul O'Donnell",None,"Cyprus Hotel Association"),
  P("Stavros Michael","president","Akamas Rural Tourism Association")],
 [O(C,"PGTC"), O("Vasilikon Winery Kathikas"), O("Pafiako Galaktokomeio Ltd"), O("Cyprus University of Technology","CUT"),
  O("Cyprus Institute"), O("Higher Hotel Institute of Cyprus"), O("Heraklion Chamber of Commerce and Industry"),
  O("Paphos Regional Board of Tourism"), O("Cyprus Hotel Association"), O("Akamas Rural Tourism Association"),
  O("Research and Innovation Foundation")],
 [E("Taste of Paphos Week","2034-10-09","2034-10-15","Paphos","Cyprus"),
  E("Taste of Paphos Week","2033",None,"Polis Chrysochous","Cyprus"),
  E("Taste of Paphos Week","2031",None,"Kato Paphos","Cyprus"),
  E("Taste of Paphos Week","2032",None,"Peyia","Cyprus"),
  E("producers' fair","2034-10-10",None,"Geroskipou","Cyprus"),
  E("farm visit to the halloumi dairy of Pafiako Galaktokomeio Ltd","2034-10-10",None,"Mesogi","Cyprus"),
  E("Food, Climate and the Visitor Economy","2034-10-26",None,"Paphos","Cyprus"),
  E("Study visit from Crete","2034-11-06","2034-11-08","Paphos","Cyprus"),
  E("Short-term rentals: friend or foe of the village?","2034-11-14",None,"Kathikas","Cyprus"),
  E("Board meeting","2034-12-04",None,None,None),
  E("Annual members' assembly","2035-01-22",None,"Paphos","Cyprus"),
  E("ITB Berlin","2035-03","2035-04","Berlin","Germany")],
 ["2034-12-06","2034-09/2034-11","2034-10-09/2034-10-15","2034-10-09","2031","2032","2034-10-10","2034-10-26",
  "2035","2034-11-06/2034-11-08","2034-11-14","2034-12-04","2035-01-22","2035-02-15","2035-03/2035-04"],
 ["Hotels and producers should agree seasonal supply contracts before the start of each tourist season",
  "The district needs a shared cold store and logistics hub for small producers near Paphos airport",
  "Cluster members should report their water use with one common method from 2035",
  "Culinary training should include a compulsory module on local products and their producers"],
 pub="2034-12-06")
