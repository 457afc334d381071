from h import *
F = 'g01_powys_agency_news.html'
assert wd(2037,3,18)=='Wednesday' and wd(2037,4,21)=='Tuesday' and wd(2037,5,11)=='Monday' and wd(2037,5,15)=='Friday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Latest news | Mid Wales Innovation Agency</title></head>
<body>
<div id="cookies">This site uses cookies to help us improve your experience. <a href="/cookies">Find out more</a> <button>Accept</button> <button>Reject non-essential</button></div>
<header><p class="logo">Mid Wales Innovation Agency · Asiantaeth Arloesi Canolbarth Cymru</p>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/s3">Smart specialisation</a> | <a href="/support">Business support</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/cy">Cymraeg</a></nav></header>
<main>
<p class="crumbs">You are here: Home &gt; News &gt; 2037</p>
<h1>Latest news</h1>

<article>
<p class="meta">Posted 24 March 2037 by Communications Team · Smart specialisation</p>
<h2>Powys S3 update: three priorities confirmed, one merged</h2>
<p>The steering group of the Powys and Ceredigion Smart Specialisation Strategy 2035–2040 met in Llandrindod Wells on Wednesday 18 March 2037 to review the first two years of delivery. Members confirmed three priority domains – food and drink processing, timber and low-carbon construction, and rural health technologies – and agreed to merge the former "visitor economy" domain into a broader theme on the green rural economy.</p>
<p>Dr Catrin Rhys-Morgan, Head of Strategy at the agency, said the review showed that 63 per cent of grant-supported projects sat inside the priority domains, up from 41 per cent in the previous period. "The numbers are moving in the right direction, but the domains are still too wide for companies to recognise themselves in them," she said.</p>
<p>The review paper will be published in May and put to the board of Powys County Council and Ceredigion County Council before the summer recess. Aberystwyth University and the Centre for Alternative Technology in Machynlleth contributed the monitoring data.</p>
<p><a href="/news/s3-update-2037">Read more</a> · Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></p>
</article>

<article>
<p class="meta">Posted 28 April 2037 by Owain Pryce · Events</p>
<h2>Timber workshop brings 47 businesses round the table</h2>
<p>Our second entrepreneurial discovery workshop of the year, "Building with Welsh Timber", took place on Tuesday 21 April 2037 at The Hub in Newtown. Forty-seven businesses, from sawmills in Rhayader to modular house builders in Welshpool, worked in four tables on what stops home-grown timber from reaching the construction market.</p>
<p>The workshop was facilitated by Siân Vaughan-Ellis of Woodknowledge Wales and opened by Councillor Gareth Llewelyn, Cabinet Member for Economy at Powys County Council. Participants named three bottlenecks: kiln-drying capacity, grading and certification, and the lack of a regional buyers' group.</p>
<p>Main outcomes agreed at the close of the workshop:</p>
<ul>
<li>A feasibility study for a shared kiln-drying facility in the Severn valley will be commissioned before the end of 2037</li>
<li>The agency will set up a timber buyers' group with the two county councils and housing associations</li>
<li>Grading training will be offered through Coleg Powys from September 2037</li>
</ul>
<p>The next workshop, on rural health technologies, will be announced in June. Contact: Owain Pryce, EDP Coordinator, owain.pryce@mwia.example.wales</p>
<p><a href="/news/timber-workshop">Read more</a> · Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></p>
</article>

<article>
<p class="meta">Posted 19 May 2037 by Communications Team · Internationalisation</p>
<h2>Food and drink mission to Brittany: 11 companies, 64 meetings</h2>
<p>Eleven Mid Wales food and drink producers travelled to Rennes and Quimper from 11 to 15 May 2037 on a trade and innovation mission organised with Bretagne Développement Innovation and the Welsh Government's office in Paris. The programme opened on Monday 11 May with a briefing at the Rennes food technology park and closed on Friday 15 May with a visit to the Quimper dairy cooperative Laiterie de l'Odet.</p>
<p>Mission leader Rhodri Beynon, International Trade Manager at the agency, reported 64 one-to-one meetings with distributors and two letters of intent. Cheesemaker Elin Haddock of Caws Cenarth Uchaf said the visit had opened "a door we would never have found on our own".</p>
<p>The agency plans a return mission for Breton companies to the Royal Welsh Winter Fair in Llanelwedd in November 2037.</p>
<p><a href="/news/brittany-mission">Read more</a> · Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></p>
</article>

<article>
<p class="meta">Posted 2 June 2037 by Communications Team · Agency news</p>
<h2>New board member from the health sector</h2>
<p>The agency welcomes Professor Mererid Tudor-Hughes, Director of Research and Innovation at Hywel Dda University Health Board, to its board. She replaces Alun Griffiths, who stepped down after six years. <a href="/news/board-member">Read more</a></p>
</article>

<nav class="pager"><a href="/news?page=1">1</a> <strong>2</strong> <a href="/news?page=3">3</a> <a href="/news?page=3">Next &rsaquo;</a></nav>
<aside><h3>Newsletter</h3><p>Sign up for our monthly bulletin. <a href="/subscribe">Subscribe</a></p>
<h3>Categories</h3><p><a href="#">Smart specialisation (12)</a> · <a href="#">Events (19)</a> · <a href="#">Internationalisation (7)</a> · <a href="#">Agency news (9)</a></p></aside>
</main>
<footer><p>Mid Wales Innovation Agency, Plas Dinam Business Centre, Llandinam SY17 0AA · Tel. 01686 000 000</p>
<p>Part-funded by the Shared Prosperity Programme for Mid Wales 2034–2040. © 2037 MWIA · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility statement</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Catrin Rhys-Morgan","Head of Strategy","Mid Wales Innovation Agency"),
  P("Owain Pryce","EDP Coordinator","Mid Wales Innovation Agency"),
  P("Siân Vaughan-Ellis",None,"Woodknowledge Wales"),
  P("Gareth Llewelyn","Cabinet Member for Economy","Powys County Council"),
  P("Rhodri Beynon","International Trade Manager","Mid Wales Innovation Agency"),
  P("Elin Haddock","Cheesemaker","Caws Cenarth Uchaf"),
  P("Mererid Tudor-Hughes","Director of Research and Innovation","Hywel Dda University Health Board"),
  P("Alun Griffiths",None,None)],
 [O("Mid Wales Innovation Agency","MWIA"), O("Powys County Council"), O("Ceredigion County Council"),
  O("Aberystwyth University"), O("Centre for Alternative Technology"), O("Woodknowledge Wales"),
  O("Coleg Powys"), O("Bretagne Développement Innovation"), O("Welsh Government"),
  O("Laiterie de l'Odet"), O("Caws Cenarth Uchaf"), O("Hywel Dda University Health Board")],
 [E("steering group of the Powys and Ceredigion Smart Specialisation Strategy 2035–2040","2037-03-18",None,"Llandrindod Wells","United Kingdom"),
  E("Building with Welsh Timber","2037-04-21",None,"Newtown","United Kingdom"),
  E("Food and drink mission to Brittany","2037-05-11","2037-05-15","Rennes, Quimper","France"),
  E("briefing at the Rennes food technology park","2037-05-11",None,"Rennes","France"),
  E("visit to the Quimper dairy cooperative Laiterie de l'Odet","2037-05-15",None,"Quimper","France"),
  E("Royal Welsh Winter Fair","2037-11",None,"Llanelwedd","United Kingdom")],
 ["2037-03-24","2035/2040","2037-03-18","2037-05","2037-04-28","2037-04-21","2037","2037-09","2037-06",
  "2037-05-19","2037-05-11/2037-05-15","2037-05-11","2037-05-15","2037-11","2037-06-02","2034/2040"],
 ["A feasibility study for a shared kiln-drying facility in the Severn valley will be commissioned before the end of 2037",
  "The agency will set up a timber buyers' group with the two county councils and housing associations",
  "Grading training will be offered through Coleg Powys from September 2037"],
 pub=None)
