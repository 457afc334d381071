from h import *
F = 'g07_holstebro_textile_cluster_workshop_report.html'
assert wd(2036,4,22)=='Tuesday' and wd(2036,4,23)=='Wednesday' and wd(2036,5,13)=='Tuesday' and wd(2036,9,3)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Lifestyle &amp; Design Cluster West</title></head>
<body>
<div id="consent">This website uses cookies. Necessary cookies make the site work; statistics cookies help us understand how visitors use it. <a href="#">Show details</a> <button>Allow all</button> <button>Necessary only</button></div>
<header><a class="logo" href="/">Lifestyle &amp; Design Cluster West</a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li><li><a href="/da">Dansk</a></li></ul></header>
<main>
<p class="breadcrumb">Home / News / Reports</p>
<article>
<h1>Workshop report: what West Jutland textile firms learnt about take-back schemes</h1>
<p class="meta">Written by Signe Lauridsen Holm, project consultant · 30 April 2036 · Circular economy</p>
<p class="share">Share this: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>

<p>Thirty-four companies, designers and researchers spent two days in Holstebro on 22–23 April 2036 at the workshop "Closing the loop in West Jutland textiles", organised by the Lifestyle &amp; Design Cluster West together with VIA University College and the Municipality of Herning. Most participants came from the old textile belt between Herning, Ikast and Brande, where a few hundred small firms still produce workwear, knitwear and home textiles.</p>

<p>On the first day, Professor Kirsten Fly Mikkelsen from the Design School Kolding walked the group through the EU rules on extended producer responsibility for textiles, which are expected to apply to Danish brands from 2037. She was followed by Anders Thue, head of sustainability at the workwear maker Kansas Wenaas Nordic, who described how his company collects used jackets from municipal depots and sends them to a sorting plant in Ikast. "The first year we lost money on every garment. The third year we broke even," he told the room.</p>

<p>In the afternoon the participants split into three groups, on design for disassembly, on sorting and on business models. The cluster's project manager, Rasmus Birk Poulsen, said the discussions were "more concrete than any conference I have attended on this subject", because every group had to leave with a calculation, not a list of wishes. The day ended with a dinner at the Holstebro Kunstmuseum, where the Lord Mayor of Holstebro, H.C. Østerby, spoke about the town's textile history.</p>

<p>The second morning was reserved for a company visit to the sorting line of Re-Fibre Denmark ApS in Ikast, followed by a short session on funding. Camilla Dalsgaard of Danish Fashion &amp; Textile explained the national support available for circular pilots; Peter Kjeldsen from the Business Hub Midtjylland presented advisory vouchers.</p>

<p>No formal conclusions were adopted, but the cluster will gather the groups' calculations in a short guide for members, to be published after the summer. A follow-up meeting for companies interested in a joint take-back pilot is planned for Tuesday 13 May 2036 in Herning.</p>
<p class="share">Share this: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
</article>

<article>
<h2>New board elected at the annual general meeting</h2>
<p class="meta">16 April 2036 · Cluster news</p>
<p>At the annual general meeting in Herning on 10 April 2036 the members elected a new board for 2036–2038. The board has constituted itself as follows:</p>
<ul>
<li>Chair: Lone Vestergaard Krogh, Egetæpper A/S</li>
<li>Vice-chair: Mads Tang-Pedersen, Hummel Workwear ApS</li>
<li>Treasurer: Birgitte Fogh, Ikast-Brande Erhvervsråd</li>
<li>Board members: Jens Mølgaard (VIA University College) and Nadia El-Sayed (independent designer, Aarhus)</li>
</ul>
<p>The outgoing chair, Torben Skov, was thanked for eight years at the head of the cluster. He remains a member through his own knitwear company and will represent the cluster in the national cluster forum.</p>
</article>

<aside><h3>Upcoming</h3><p>Wednesday 3 September 2036 – Members' day, Herning · <a href="/events">All events</a></p>
<h3>Newsletter</h3><p><a href="/signup">Sign up</a> for our monthly news.</p></aside>
</main>
<footer><p>Lifestyle &amp; Design Cluster West · Birk Centerpark 40 · 7400 Herning · Denmark · CVR 00000000</p><p><a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
L="Lifestyle & Design Cluster West"
gold(F,
 [P("Signe Lauridsen Holm","project consultant",L), P("Kirsten Fly Mikkelsen","Professor","Design School Kolding"),
  P("Anders Thue","head of sustainability","Kansas Wenaas Nordic"), P("Rasmus Birk Poulsen","project manager",L),
  P("H.C. Østerby","Lord Mayor of Holstebro",None), P("Camilla Dalsgaard",None,"Danish Fashion & Textile"),
  P("Peter Kjeldsen",None,"Business Hub Midtjylland"),
  P("Lone Vestergaard Krogh","Chair",L), P("Mads Tang-Pedersen","Vice-chair",L), P("Birgitte Fogh","Treasurer",L),
  P("Jens Mølgaard","Board member",L), P("Nadia El-Sayed","Board member",L), P("Torben Skov","outgoing chair",L)],
 [O(L), O("VIA University College"), O("Municipality of Herning"), O("Design School Kolding"),
  O("Kansas Wenaas Nordic"), O("Re-Fibre Denmark ApS"), O("Danish Fashion & Textile"), O("Business Hub Midtjylland"),
  O("Egetæpper A/S"), O("Hummel Workwear ApS"), O("Ikast-Brande Erhvervsråd")],
 [E("Closing the loop in West Jutland textiles","2036-04-22","2036-04-23","Holstebro","Denmark"),
  E("dinner","2036-04-22",None,"Holstebro","Denmark"),
  E("company visit to the sorting line of Re-Fibre Denmark ApS","2036-04-23",None,"Ikast","Denmark"),
  E("follow-up meeting","2036-05-13",None,"Herning","Denmark"),
  E("annual general meeting","2036-04-10",None,"Herning","Denmark"),
  E("Members' day","2036-09-03",None,"Herning","Denmark")],
 ["2036-04-30","2036-04-22/2036-04-23","2037","2036-05-13","2036-04-16","2036-04-10","2036/2038","2036-09-03"],
 [], pub=None)
