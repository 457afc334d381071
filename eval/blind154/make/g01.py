from h import *
F = 'g01_argyll_seafood_cluster_news.html'
assert wd(2038,6,10)=='Thursday' and wd(2038,9,15)=='Wednesday' and wd(2038,9,16)=='Thursday' and wd(2038,6,1)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>News | Argyll Seafood &amp; Marine Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to understand how visitors use this site. Essential cookies are always on. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Essential only</button></div>
<header>
<p class="brand">Argyll Seafood &amp; Marine Cluster · From the sea lochs to the world</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news" class="active">News</a> | <a href="/events">Events</a> | <a href="/join">Join</a> | <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="crumbs">Home / News / Cluster news</p>
<h1>Cluster news</h1>

<article>
<p class="meta">14 June 2038 · by Eilidh Morrison · Governance</p>
<h2>New board elected at the AGM in Oban</h2>
<p>Members of the Argyll Seafood &amp; Marine Cluster (ASMC) elected a new board at the Annual General Meeting held on Thursday 10 June 2038 at the Corran Halls in Oban. Forty-one of our fifty-eight member organisations were represented in the room or by proxy, the best turnout since the cluster was set up.</p>
<p>Morag MacInnes, managing director of Loch Creran Oysters Ltd, was elected Chair. She takes over from Hamish Carmichael, who chaired the board from 2031 to 2038 and did not stand again. Members gave Hamish a long standing ovation and made him the cluster's first honorary member.</p>
<p>The board elected for 2038–2041 is as follows:</p>
<ul>
<li>Chair: Morag MacInnes (Loch Creran Oysters Ltd)</li>
<li>Vice-Chair: Dr Iain Buchanan-Reid (Lorn Marine Research Centre)</li>
<li>Treasurer: Kirsty Galbraith (Galbraith Scott Accountants, Lochgilphead)</li>
<li>Secretary: Duncan MacPhail (Argyll and Bute Council)</li>
<li>Ordinary members: Calum Livingstone (Kintyre Shellfish Co-operative), Ailsa Ferguson-Ross (West Coast Ferries Ltd) and Neil MacCorquodale (Highlands and Islands Enterprise)</li>
</ul>
<p>In her first words as Chair, Morag thanked the outgoing board and said that the next three years would be about people as much as about product. "Our farms, boats and processors can sell everything we land. What we cannot do is find enough skilled hands, and that is where the cluster has to earn its keep," she said.</p>
<p>Cluster manager Eilidh Morrison presented the annual report. Membership grew by nine organisations over the year, among them two seaweed start-ups from Islay and a boatyard in Ardrishaig. The accounts for the year to 31 March 2038 were approved without questions, and the membership fee stays unchanged.</p>
<p>Hamish Carmichael, who founded a mussel farm on Loch Etive in the 1990s, looked back on seven years at the head of the board: "When we started we were six businesses round a kitchen table in Connel. Now the cluster speaks for the coast, and the coast is listened to."</p>
<p class="share">Share this: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p>
</article>

<article>
<p class="meta">2 June 2038 · by Eilidh Morrison · Team</p>
<h2>Welcome, Rhona!</h2>
<p>We are pleased to welcome Rhona Mackay, who joined the cluster team on Tuesday 1 June as project officer for the Blue Skills Argyll project. Rhona comes to us from the University of the Highlands and Islands, where she coordinated aquaculture apprenticeships at the Oban campus for five years. She will look after work placements, the skills survey of members and the new mentoring scheme for young skippers.</p>
<p>You can reach Rhona at rhona@asmc.example.scot or on 01631 000 000.</p>
<p class="share">Share this: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p>
</article>

<article>
<p class="meta">28 May 2038 · Events</p>
<h2>Seafood Connect 2038 comes to Inveraray</h2>
<p>The fourth edition of our members' gathering and buyers' day, Seafood Connect, will be held in Inveraray on 15–16 September 2038. Buyers from Glasgow, London, Paris and Madrid have already confirmed. Programme highlights:</p>
<ul>
<li>Wednesday 15 September, 10:00 – buyers' day and tastings, Inveraray Community Hall</li>
<li>Wednesday 15 September, 19:30 – Connect dinner at the Loch Fyne Hotel</li>
<li>Thursday 16 September, 09:30 – visit to the smokehouses at Furnace and Crarae</li>
</ul>
<p>Previous editions:</p>
<ul>
<li>Seafood Connect 2035 – Oban, 8–9 October 2035</li>
<li>Seafood Connect 2036 – Campbeltown, 22–23 September 2036</li>
<li>Seafood Connect 2037 – Tobermory, Isle of Mull, 14–15 September 2037</li>
</ul>
<p>Exhibitor places are limited to 30 and are allocated in order of booking. <a href="/events/seafood-connect-2038">Book now</a></p>
<p class="share">Share this: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p>
</article>

<nav class="pager"><a href="/news?page=1">&lsaquo; Newer</a> | <a href="/news?page=3">Older &rsaquo;</a></nav>
<aside><h3>Join the cluster</h3><p>Membership is open to any seafood, aquaculture or marine business based in Argyll and Bute. <a href="/join">Find out how</a></p></aside>
</main>
<footer>
<p>Argyll Seafood &amp; Marine Cluster Ltd · European Marine Science Park, Dunbeg, Oban PA37 · Company limited by guarantee, registered in Scotland SC000000</p>
<p>Supported by Highlands and Islands Enterprise and Argyll and Bute Council. © 2038 ASMC · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p>
</footer>
</body></html>
"""
write(F, T)
A = "Argyll Seafood & Marine Cluster"
gold(F,
 [P("Eilidh Morrison","Cluster manager",A),
  P("Morag MacInnes","Chair",A),
  P("Hamish Carmichael","honorary member",A),
  P("Iain Buchanan-Reid","Vice-Chair",A),
  P("Kirsty Galbraith","Treasurer",A),
  P("Duncan MacPhail","Secretary",A),
  P("Calum Livingstone","Ordinary member",A),
  P("Ailsa Ferguson-Ross","Ordinary member",A),
  P("Neil MacCorquodale","Ordinary member",A),
  P("Rhona Mackay","project officer",A)],
 [O("Argyll Seafood & Marine Cluster Ltd","ASMC"), O("Loch Creran Oysters Ltd"), O("Lorn Marine Research Centre"), O("Galbraith Scott Accountants"),
  O("Argyll and Bute Council"), O("Kintyre Shellfish Co-operative"), O("West Coast Ferries Ltd"),
  O("Highlands and Islands Enterprise"), O("University of the Highlands and Islands")],
 [E("Annual General Meeting","2038-06-10",None,"Oban","United Kingdom"),
  E("Seafood Connect","2038-09-15","2038-09-16","Inveraray","United Kingdom"),
  E("buyers' day and tastings","2038-09-15",None,"Inveraray","United Kingdom"),
  E("Connect dinner","2038-09-15",None,"Inveraray","United Kingdom"),
  E("visit to the smokehouses at Furnace and Crarae","2038-09-16",None,"Furnace, Crarae","United Kingdom"),
  E("Seafood Connect 2035","2035-10-08","2035-10-09","Oban","United Kingdom"),
  E("Seafood Connect 2036","2036-09-22","2036-09-23","Campbeltown","United Kingdom"),
  E("Seafood Connect 2037","2037-09-14","2037-09-15","Tobermory","United Kingdom")],
 ["2038-06-14","2038-06-10","2031/2038","2038/2041","2038-03-31","2038-06-02","2038-06-01","2038-05-28",
  "2038-09-15/2038-09-16","2038-09-15","2038-09-16","2035-10-08/2035-10-09","2036-09-22/2036-09-23","2037-09-14/2037-09-15"],
 [], pub=None)
