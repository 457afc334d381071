from h import *
F = 'g01_ostholstein_cluster_newsletter.html'
assert wd(2037,4,23)=='Thursday' and wd(2037,6,10)=='Wednesday' and wd(2037,3,19)=='Thursday' and wd(2037,6,30)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter 2/2037 | Baltic Food &amp; Maritime Cluster Ostholstein</title></head>
<body>
<div class="cookie-banner">We use cookies to measure how our newsletter archive is used. <a href="/privacy">Privacy notice</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="brand">Baltic Food &amp; Maritime Cluster Ostholstein e.V.</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/newsletter">Newsletter</a> | <a href="/events">Events</a> | <a href="/de">Deutsch</a></nav></header>
<main>
<p class="crumbs">Home &gt; Newsletter &gt; 2037 &gt; Issue 2</p>
<h1>Cluster Newsletter – Issue 2/2037</h1>
<p class="meta">Published 4 May 2037 · Editor: Merle Johannsen · Reading time 6 min</p>
<p>Dear members and friends of the cluster, spring has been busy on both sides of the Fehmarnbelt. In this issue: a new board, a workshop on algae, our summer forum on Fehmarn's doorstep and a call for innovation vouchers that closes at the end of June.</p>

<article>
<h2>General assembly elects a new board</h2>
<p>The annual general assembly of the cluster met on Thursday 23 April 2037 in the Kreishaus in Eutin. Forty-one of the 58 member organisations were represented. After six years in office, Hauke Petersen-Rahlf (Fischräucherei Petersen, Heiligenhafen) did not stand again. The assembly thanked him with a long round of applause and a smoked eel the size of a walking stick.</p>
<p>The members elected the following board for 2037–2040:</p>
<ul>
<li>Chair: Dr. Anke WIEBERS, Fraunhofer-Einrichtung für Marine Biotechnologie und Zelltechnik (Lübeck)</li>
<li>Deputy chair: Jannik Oldörp, Ostsee-Molkerei Grömitz eG</li>
<li>Treasurer: Sabine Krahmer-Lutz, Sparkasse Holstein</li>
<li>Board members: Tomasz Wierzbicki (Nordmole Seafood GmbH) and Lene Frahm (Technische Hochschule Lübeck)</li>
</ul>
<p>The managing director, Ole Brandt, presented the annual report: 14 joint projects, 3 new members and a budget of 612,000 euros, of which 55 per cent came from membership fees and projects.</p>
<p><a href="/news/ga-2037">Read more</a> · Share: <a href="#">LinkedIn</a> · <a href="#">Mastodon</a> · <a href="#">E-mail</a></p>
</article>

<article>
<h2>Seaweed in the kitchen: what we learnt in Lübeck</h2>
<p>Twenty-six companies met on 19 March 2037 at the Technische Hochschule Lübeck for our workshop "Algae in the kitchen – from niche to menu". Keynote speaker Prof. Inga Mørch of the Danish Technological Institute showed how Danish producers moved from dried sugar kelp to ready-made sauces. Bastian Claussen, head chef of a hotel group in Timmendorfer Strand, cooked with the participants.</p>
<p>Key takeaways from the workshop:</p>
<ul>
<li>Consumers accept algae most easily when it is hidden in familiar products such as bread, pesto or fish cakes</li>
<li>Small producers need a shared drying and testing facility rather than separate investments</li>
<li>Labelling rules for iodine content remain the biggest uncertainty and must be clarified with the food control authorities</li>
</ul>
<p><a href="/news/algae">Read more</a> · Share: <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>
</article>

<article>
<h2>Save the date: Fehmarnbelt Food Forum, 10 June 2037</h2>
<p>Our summer forum returns to the Kurhaus in Heiligenhafen on Wednesday 10 June 2037. This year the theme is the fixed link: what the tunnel to Lolland will mean for food logistics in Ostholstein.</p>
<p>Programme (draft):</p>
<p>09:30 Registration and coffee<br>
10:00 Welcome – Reinhard Sager-Voss, District Administrator of Kreis Ostholstein<br>
10:20 "Two hours to Copenhagen: new markets for northern German food", Mette Kjærgaard, Business Lolland-Falster<br>
11:00 Company pitches by cluster members<br>
12:30 Lunch<br>
14:00 B2B meetings with Danish buyers<br>
15:30 Site visit to the Nordmole Seafood processing plant<br>
18:30 Summer dinner on the harbour terrace</p>
<p>Registration until 29 May 2037. Participation is free for members; non-members pay 90 euros.</p>
<p><a href="/events/fff-2037">Register</a> · Share: <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>
</article>

<article>
<h2>Call: innovation vouchers for food and maritime SMEs</h2>
<p>The WTSH – Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH has opened its 2037 round of innovation vouchers. Small firms can receive up to 15,000 euros for work commissioned from a research institute. The deadline is Tuesday 30 June 2037, 12:00. Our project manager Yasemin Korkmaz helps members prepare their applications.</p>
</article>

<aside><h3>Dates</h3><p>10 June 2037 – Fehmarnbelt Food Forum, Heiligenhafen · September 2037 – members' trip to Lolland (details follow)</p></aside>
</main>
<footer><p>Baltic Food &amp; Maritime Cluster Ostholstein e.V. · Lübecker Straße 41 · 23701 Eutin · info@bfmc-oh.example.de</p>
<p>Co-financed by the State of Schleswig-Holstein. © 2037 · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/unsubscribe">Unsubscribe</a></p></footer>
</body></html>
"""
write(F, T)
C = "Baltic Food & Maritime Cluster Ostholstein e.V."
gold(F,
 [P("Merle Johannsen","Editor",None),
  P("Hauke Petersen-Rahlf",None,"Fischräucherei Petersen"),
  P("Anke WIEBERS","Chair",C), P("Jannik Oldörp","Deputy chair",C), P("Sabine Krahmer-Lutz","Treasurer",C),
  P("Tomasz Wierzbicki","Board member",C), P("Lene Frahm","Board member",C),
  P("Ole Brandt","managing director",C),
  P("Inga Mørch",None,"Danish Technological Institute"),
  P("Bastian Claussen","head chef",None),
  P("Reinhard Sager-Voss","District Administrator","Kreis Ostholstein"),
  P("Mette Kjærgaard",None,"Business Lolland-Falster"),
  P("Yasemin Korkmaz","project manager",C)],
 [O(C), O("Fischräucherei Petersen"), O("Fraunhofer-Einrichtung für Marine Biotechnologie und Zelltechnik"),
  O("Ostsee-Molkerei Grömitz eG"), O("Sparkasse Holstein"), O("Nordmole Seafood GmbH"), O("Technische Hochschule Lübeck"),
  O("Danish Technological Institute"), O("Kreis Ostholstein"), O("Business Lolland-Falster"),
  O("Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH","WTSH"), O("State of Schleswig-Holstein")],
 [E("annual general assembly","2037-04-23",None,"Eutin","Germany"),
  E("Algae in the kitchen – from niche to menu","2037-03-19",None,"Lübeck","Germany"),
  E("Fehmarnbelt Food Forum","2037-06-10",None,"Heiligenhafen","Germany"),
  E("B2B meetings with Danish buyers","2037-06-10",None,"Heiligenhafen","Germany"),
  E("Site visit to the Nordmole Seafood processing plant","2037-06-10",None,"Heiligenhafen","Germany"),
  E("Summer dinner","2037-06-10",None,"Heiligenhafen","Germany"),
  E("members' trip to Lolland","2037-09",None,None,None)],
 ["2037-05-04","2037-04-23","2037/2040","2037-03-19","2037-06-10","2037-05-29","2037-06-30","2037-09","2037","2037-06"],
 ["Consumers accept algae most easily when it is hidden in familiar products such as bread, pesto or fish cakes",
  "Small producers need a shared drying and testing facility rather than separate investments",
  "Labelling rules for iodine content remain the biggest uncertainty and must be clarified with the food control authorities"],
 pub="2037-05-04")
