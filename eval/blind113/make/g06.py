from h import *
F = 'g06_aberdeen_galicia_study_visit.html'
assert wd(2036,11,12)=='Wednesday' and wd(2036,11,13)=='Thursday' and wd(2036,11,14)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Galician delegation learns from Aberdeen's energy transition | North East Energy Transition Cluster</title></head>
<body>
<div id="cc">By continuing to browse you agree to our use of cookies. <a href="/privacy">More info</a> <button>OK</button></div>
<header><p class="brand">NEETC · North East Energy Transition Cluster</p>
<nav><a href="/">Home</a> <a href="/membership">Membership</a> <a href="/programmes">Programmes</a> <a href="/news" class="active">News &amp; insights</a> <a href="/events">Events</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home / News &amp; insights / International</p>
<article>
<h1>Galician delegation learns from Aberdeen's energy transition</h1>
<p class="byline">By Morag Fettes-Lindsay · 21 November 2036 · 4 min read</p>
<p><strong>Aberdeen, 21 November 2036</strong> – Twenty-two representatives of companies, ports and public bodies from Galicia spent three days in the North East of Scotland last week to see how a region built on oil and gas is moving into offshore wind, hydrogen and carbon storage. The study visit, from Wednesday 12 to Friday 14 November 2036, was organised by our cluster with the Galician offshore wind cluster Clúster Eólico Mariño de Galicia (CEMGA) and the Galician Innovation Agency (GAIN), and supported by Scottish Development International.</p>
<h2>Three days, three themes</h2>
<p>On the Wednesday the group was welcomed at Aberdeen Town House by Councillor Iain Robertson-Duthie, Convener of the Finance and Resources Committee of Aberdeen City Council, before an afternoon workshop with our supply-chain team. Kirsty Mearns, Head of Supply Chain Transition at NEETC, showed how 140 member companies have mapped their skills against the needs of floating wind projects.</p>
<p>Thursday was a day on the water and in the harbour. The morning started with a tour of the South Harbour with harbour master Captain Euan Gauld of the Port of Aberdeen, followed by a visit to the Net Zero Technology Centre, where chief technology officer Dr. Priya Raghunathan-Scott presented the centre's open test facilities. In the evening the group joined the cluster's members' reception at the Aberdeen Art Gallery.</p>
<p>On Friday the visitors travelled to Peterhead for a briefing on the Acorn carbon capture and storage project and met the team of the University of Aberdeen's Centre for Energy Transition, led by Professor Alasdair McInnes.</p>
<p>"Vigo and A Coruña have the shipyards and the engineering skills; what we came to learn is how a whole region agrees on one story," said delegation leader Xosé Manuel Fernández Lago, Manager of CEMGA. Begoña Otero-Vilas, Director of GAIN, added that the agency will propose a joint call with Scottish partners in the next programme period.</p>
<p>Between the formal items there was time for one-to-one talks: our team counted 35 meetings between Galician and Scottish companies over the three days, several of them on cable laying and mooring systems.</p>
<h2>Key takeaways</h2>
<p>At the closing debrief the delegation agreed on the following points:</p>
<ul>
<li>A single regional transition plan, backed by the council, the port and the university, makes it easier for companies to invest</li>
<li>Skills mapping at company level must come before any funding programme for the supply chain</li>
<li>Open test facilities shared between regions would save public money on both sides</li>
<li>Ports need to plan quay space for floating wind assembly at least ten years ahead</li>
</ul>
<h2>What happens next</h2>
<p>A return visit by a NEETC delegation to Vigo and Ferrol is planned for May 2037, linked to the Atlantic offshore wind partnering event that CEMGA is preparing. Members interested in joining should contact our international team before 31 January 2037.</p>
<p class="share">Share this article: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p>
<p class="tags">Tags: international, offshore wind, Spain, study visits</p>
</article>
<aside><h3>Related news</h3>
<ul><li><a href="#">Supply chain mapping: 140 companies and counting</a></li>
<li><a href="#">Members' reception 2036 – photo gallery</a></li>
<li><a href="#">Floating wind skills survey opens</a></li></ul></aside>
</main>
<footer><p>North East Energy Transition Cluster Ltd, a company limited by guarantee registered in Scotland · Aberdeen AB10 · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/sitemap">Sitemap</a></p></footer>
</body></html>
"""
write(F, T)
C="North East Energy Transition Cluster Ltd"
gold(F,
 [P("Morag Fettes-Lindsay",None,None),
  P("Iain Robertson-Duthie","Convener of the Finance and Resources Committee","Aberdeen City Council"),
  P("Kirsty Mearns","Head of Supply Chain Transition","NEETC"),
  P("Euan Gauld","harbour master","Port of Aberdeen"),
  P("Priya Raghunathan-Scott","chief technology officer","Net Zero Technology Centre"),
  P("Alasdair McInnes","Professor","Centre for Energy Transition"),
  P("Xosé Manuel Fernández Lago","Manager","CEMGA"),
  P("Begoña Otero-Vilas","Director","GAIN")],
 [O(C,"NEETC"), O("Clúster Eólico Mariño de Galicia","CEMGA"), O("Galician Innovation Agency","GAIN"),
  O("Scottish Development International"), O("Aberdeen City Council"), O("Port of Aberdeen"),
  O("Net Zero Technology Centre"), O("University of Aberdeen"), O("Centre for Energy Transition")],
 [E("study visit","2036-11-12","2036-11-14","Aberdeen","United Kingdom"),
  E("afternoon workshop with our supply-chain team","2036-11-12",None,"Aberdeen","United Kingdom"),
  E("tour of the South Harbour","2036-11-13",None,"Aberdeen","United Kingdom"),
  E("visit to the Net Zero Technology Centre","2036-11-13",None,"Aberdeen","United Kingdom"),
  E("members' reception","2036-11-13",None,"Aberdeen","United Kingdom"),
  E("briefing on the Acorn carbon capture and storage project","2036-11-14",None,"Peterhead","United Kingdom"),
  E("return visit","2037-05",None,"Vigo, Ferrol","Spain"),
  E("Atlantic offshore wind partnering event",None,None,None,None)],
 ["2036-11-21","2036-11-12/2036-11-14","2037-05","2037-01-31"],
 ["A single regional transition plan, backed by the council, the port and the university, makes it easier for companies to invest",
  "Skills mapping at company level must come before any funding programme for the supply chain",
  "Open test facilities shared between regions would save public money on both sides",
  "Ports need to plan quay space for floating wind assembly at least ten years ahead"], pub="2036-11-21")
