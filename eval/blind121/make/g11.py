from h import *
F = 'g11_gorenjska_outdoor_cluster_news.html'
assert wd(2041,10,2)=='Wednesday' and wd(2041,10,16)=='Wednesday' and wd(2041,10,17)=='Thursday' and wd(2041,11,6)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster news – October 2041 | Outdoor Industry Cluster Gorenjska</title></head>
<body>
<div id="consent">We use cookies for statistics. <a href="/en/cookies">Settings</a> <button>OK</button></div>
<header><p class="brand">OIC Gorenjska · Outdoor Industry Cluster</p>
<nav><a href="/en">Home</a> · <a href="/en/cluster">The cluster</a> · <a href="/en/members">Members</a> · <a href="/en/projects">Projects</a> · <a href="/en/news">News</a> · <a href="/sl">SLO</a></nav></header>
<main>
<p class="crumbs">Home / News / Newsletter</p>
<h1>Cluster news – October 2041</h1>
<p class="byline">By Urška Bergant, communication officer · Kranj, 21 October 2041 · 6 min read</p>

<section>
<h2>From the general assembly</h2>
<p>Members of the Outdoor Industry Cluster Gorenjska, GIZ (OIC Gorenjska) met for their autumn general assembly on Wednesday 2 October 2041 at the Kranj Technology Park. Thirty-one of the 44 member companies took part. The assembly adopted the work programme for 2042 and approved the entry of two new members: the ski-binding producer Vezi Alpin d.o.o. from Tržič and the textile research institute Tekstilni inštitut Maribor.</p>
<p>Cluster director Matjaž Novak-Robič presented the results of the first half of the cluster strategy 2039–2044. Exports of member companies grew by 18 per cent, and seven joint development projects were started, most of them in recycled textiles and lightweight composite materials. "We are still too dependent on three large companies," Novak-Robič admitted, "so in 2042 we will put our energy into the small ones."</p>
<p>The assembly also thanked Špela Kern-Žagar, who steps down from the Steering Committee after eight years, and elected in her place Aljaž Dolenc, CEO of Dolenc Sport d.o.o.</p>
<p><a href="/en/news/assembly-2041">Read more ›</a></p>
</section>

<section>
<h2>Alpine study tour: lessons learnt</h2>
<p>On 16 and 17 October 2041 a group of eleven cluster members visited Innsbruck and Munich at the invitation of the Austrian cluster Outdoor-Netzwerk Tirol. On the first day the programme included a tour of the test centre of the Management Center Innsbruck (MCI) and a discussion with Johannes zu Löwenstein, head of the Tirol outdoor network, on how Tyrolean firms share test equipment; the second day brought a visit to Messe München GmbH to prepare the cluster's joint stand at ISPO. Travel costs were partly covered by the Slovenian Enterprise Fund.</p>
<p>Lessons learnt, as summarised by the participants:</p>
<ul>
<li>Tyrolean companies test new products together in one shared facility instead of each building their own</li>
<li>Buyers at ISPO expect proof of recycled content, not marketing claims</li>
<li>A joint cluster stand needs a common story, not eleven separate booths under one logo</li>
</ul>
<p>The report of the tour is available to members on the intranet.</p>
</section>

<section>
<h2>Coming up</h2>
<ul>
<li><strong>Wednesday 6 November 2041, 15:00–18:00</strong> – workshop "Design for repair" with the Faculty of Design, Ljubljana; venue: Kranj Technology Park</li>
<li><strong>30 November – 3 December 2041</strong> – ISPO Munich 2041, joint stand of OIC Gorenjska in hall B4, with eight member companies</li>
<li><strong>January 2042</strong> – Outdoor Innovation Day, 6th edition, Bled (previous editions: Bohinj 2039, Kranjska Gora 2040, Radovljica 2041)</li>
</ul>
<p>Applications for the joint stand close on <strong>25 October 2041</strong>.</p>
</section>

<section>
<h2>Member news</h2>
<p>Vezi Alpin d.o.o. has signed a supply contract with a Norwegian retail chain. Managing director Tilen Potočnik-Hribar said the contract was "a direct result of the matchmaking at the last cluster mission to Oslo".</p>
<p>The Regional Development Agency of Gorenjska (BSC Kranj) has opened a call for innovation vouchers; cluster members can apply until 15 December 2041. Vouchers cover up to 60 per cent of the cost of testing, certification or design services bought from a research organisation.</p>
</section>
</main>
<footer><p>Outdoor Industry Cluster Gorenjska, GIZ · Cesta Staneta Žagarja 53, 4000 Kranj, Slovenia · info@oic-gorenjska.example.si</p>
<p>Co-financed by the Slovenian Enterprise Fund. © 2041 OIC Gorenjska · <a href="/en/privacy">Privacy</a> · <a href="/en/unsubscribe">Unsubscribe from the newsletter</a></p></footer>
</body></html>
"""
write(F, T)
C = "Outdoor Industry Cluster Gorenjska, GIZ"
gold(F,
 [P("Urška Bergant","communication officer",C),
  P("Matjaž Novak-Robič","Cluster director",C),
  P("Špela Kern-Žagar",None,C),
  P("Aljaž Dolenc","CEO","Dolenc Sport d.o.o."),
  P("Johannes zu Löwenstein","head of the Tirol outdoor network","Outdoor-Netzwerk Tirol"),
  P("Tilen Potočnik-Hribar","Managing director","Vezi Alpin d.o.o.")],
 [O(C,"OIC Gorenjska"), O("Vezi Alpin d.o.o."), O("Tekstilni inštitut Maribor"), O("Dolenc Sport d.o.o."),
  O("Outdoor-Netzwerk Tirol"), O("Management Center Innsbruck","MCI"), O("Messe München GmbH"),
  O("Faculty of Design"), O("Regional Development Agency of Gorenjska","BSC Kranj"), O("Slovenian Enterprise Fund")],
 [E("general assembly","2041-10-02",None,"Kranj","Slovenia"),
  E("Alpine study tour","2041-10-16","2041-10-17","Innsbruck, Munich",None),
  E("tour of the test centre of the Management Center Innsbruck","2041-10-16",None,"Innsbruck","Austria"),
  E("visit to Messe München GmbH","2041-10-17",None,"Munich","Germany"),
  E("Design for repair","2041-11-06",None,"Kranj","Slovenia"),
  E("ISPO Munich 2041","2041-11-30","2041-12-03","Munich","Germany"),
  E("Outdoor Innovation Day","2042-01",None,"Bled","Slovenia"),
  E("Outdoor Innovation Day","2039",None,"Bohinj","Slovenia"),
  E("Outdoor Innovation Day","2040",None,"Kranjska Gora","Slovenia"),
  E("Outdoor Innovation Day","2041",None,"Radovljica","Slovenia"),
  E("cluster mission to Oslo",None,None,"Oslo","Norway")],
 ["2041-10","2041-10-21","2041-10-02","2042","2039/2044","2041-10-16/2041-10-17","2041-11-06",
  "2041-11-30/2041-12-03","2042-01","2039","2040","2041","2041-10-25","2041-12-15"],
 ["Tyrolean companies test new products together in one shared facility instead of each building their own",
  "Buyers at ISPO expect proof of recycled content, not marketing claims",
  "A joint cluster stand needs a common story, not eleven separate booths under one logo"],
 pub="2041-10-21")
