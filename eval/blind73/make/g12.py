from h import *
F = 'highland-life-sciences-cluster-our-team.html'
T = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Our team | Highland Life Sciences Cluster</title></head>
<body>
<div class="cookie-banner"><p>We use cookies to understand how visitors use this site and to improve it. <button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy">Privacy notice</a></p></div>
<header><a class="logo" href="/">HLSC · Highland Life Sciences Cluster</a>
<nav><ul><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/programmes">Programmes</a></li><li><a href="/events">Events</a></li><li><a href="/news">News</a></li><li class="active"><a href="/team">Our team</a></li><li><a href="/join">Join</a></li></ul></nav></header>
<main>
<p class="breadcrumb">Home / About / Our team</p>
<h1>Our team</h1>
<p>The Highland Life Sciences Cluster (HLSC) is run by a small team based at the Inverness Campus, with one colleague in Fort William and one in Thurso. We support around 90 member organisations – diagnostics and medical device companies, rural health innovators, natural-products firms and research groups – across the Highlands, Moray and the Western Isles. If you are not sure whom to contact, write to hello@hlsc.scot and we will pass your message on.</p>

<section class="team">
<h2>Management</h2>
<div class="person"><h3>Dr Catriona MacLeod-Fraser</h3><p class="role">Cluster Director</p>
<p>Catriona leads the cluster's strategy and its relations with funders and government. A molecular biologist by training, she spent twelve years in diagnostics start-ups in Edinburgh and Oslo before returning to the Highlands in 2030. She joined the cluster as director on 1 September 2033, succeeding Graham Munro, who retired after founding the cluster in 2026.</p>
<p>catriona.macleod-fraser@hlsc.scot · +44 1463 250 101</p></div>

<div class="person"><h3>Rajesh Nair</h3><p class="role">Deputy Director and Head of Business Growth</p>
<p>Rajesh runs the scale-up programme and the investor readiness bootcamps, and manages the cluster's relationship with Highlands and Islands Enterprise (HIE). Before joining in 2031 he worked at Scottish Enterprise in Glasgow.</p>
<p>rajesh.nair@hlsc.scot · +44 1463 250 102</p></div>

<h2>Programmes</h2>
<div class="person"><h3>Mhairi Ann Campbell</h3><p class="role">Programme Manager, Rural Health Innovation</p>
<p>Mhairi coordinates the test-bed programme with NHS Highland, in which companies pilot remote-monitoring devices with patients in remote communities. She is based in Fort William.</p>
<p>mhairi.campbell@hlsc.scot</p></div>

<div class="person"><h3>Dr Pieter de Groot</h3><p class="role">Innovation Manager, Natural Products and Marine Bioactives</p>
<p>Pieter links companies with research groups at the University of the Highlands and Islands (UHI) and the Scottish Association for Marine Science (SAMS) in Oban. He chairs the cluster's Marine Bioactives working group.</p>
<p>pieter.degroot@hlsc.scot</p></div>

<div class="person"><h3>Lewis Sutherland</h3><p class="role">Skills and Talent Lead</p>
<p>Lewis works with Inverness College UHI and member companies on apprenticeships and graduate placements. He is based in Thurso and also covers Caithness and Sutherland.</p>
<p>lewis.sutherland@hlsc.scot</p></div>

<h2>Operations</h2>
<div class="person"><h3>Fiona Mackay</h3><p class="role">Events and Communications Officer</p>
<p>Fiona organises the cluster's events, including the annual Highland Life Sciences Showcase, and edits the monthly newsletter.</p>
<p>fiona.mackay@hlsc.scot · +44 1463 250 105</p></div>

<div class="person"><h3>Agnieszka Dąbrowska</h3><p class="role">Finance and Membership Administrator</p>
<p>Agnieszka handles membership fees, invoices and the reporting to our funders.</p>
<p>agnieszka.dabrowska@hlsc.scot</p></div>
</section>

<section class="board">
<h2>Board of directors</h2>
<p>The cluster is a company limited by guarantee. Its board of directors was re-elected at the annual general meeting on 14 November 2033 for the term 2033–2036:</p>
<ul>
<li>Professor Alasdair Grant OBE – Chair (independent)</li>
<li>Dr Sunita Rao-Menzies – Vice-Chair, Chief Executive of Lochside Diagnostics Ltd</li>
<li>Iain Maciver – Treasurer, partner at Macrae Stephen &amp; Co, chartered accountants</li>
<li>Dr Eilidh Robertson – Director of Research and Innovation, NHS Highland</li>
<li>Hamish Gunn – Director, Moray Botanicals Ltd</li>
<li>Marta Oliveira – Head of Life Sciences, Highlands and Islands Enterprise (observer)</li>
</ul>
</section>

<section class="events-teaser">
<h2>Meet the team</h2>
<p>You can meet most of us at the Highland Life Sciences Showcase on {wd(2034,3,19)} 19 March 2034 at the Inverness Campus, and at our stand at the Scottish Life Sciences Summit in Glasgow on 23–24 April 2034. Members in the west are welcome to join Mhairi at the Rural Health Innovation café in Fort William on the first Thursday of every month.</p>
</section>
<section><h2>Join the team</h2>
<p>We are recruiting a part-time Data and Digital Health Officer to work with member companies on data sharing agreements with NHS Highland. The post is funded until March 2036 and can be based anywhere in the Highlands and Islands. Closing date for applications: 9 February 2034. For an informal conversation, contact Rajesh Nair.</p></section>
</main>
<footer><p>Highland Life Sciences Cluster Ltd · Company No. SC712044 · Inverness Campus, Inverness IV2 5NA</p>
<p>Funded by Highlands and Islands Enterprise and our members. © 2034 HLSC · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Catriona MacLeod-Fraser','Cluster Director','Highland Life Sciences Cluster'), P('Graham Munro',None,None),
 P('Rajesh Nair','Deputy Director and Head of Business Growth','Highland Life Sciences Cluster'),
 P('Mhairi Ann Campbell','Programme Manager, Rural Health Innovation','Highland Life Sciences Cluster'),
 P('Pieter de Groot','Innovation Manager, Natural Products and Marine Bioactives','Highland Life Sciences Cluster'),
 P('Lewis Sutherland','Skills and Talent Lead','Highland Life Sciences Cluster'), P('Fiona Mackay','Events and Communications Officer','Highland Life Sciences Cluster'),
 P('Agnieszka Dąbrowska','Finance and Membership Administrator','Highland Life Sciences Cluster'),
 P('Alasdair Grant','Chair',None), P('Sunita Rao-Menzies','Vice-Chair, Chief Executive','Lochside Diagnostics Ltd'),
 P('Iain Maciver','Treasurer','Macrae Stephen & Co'),
 P('Eilidh Robertson','Director of Research and Innovation','NHS Highland'), P('Hamish Gunn','Director','Moray Botanicals Ltd'),
 P('Marta Oliveira','Head of Life Sciences','Highlands and Islands Enterprise')],
 [O('Highland Life Sciences Cluster','HLSC'), O('Highlands and Islands Enterprise','HIE'), O('Scottish Enterprise'), O('NHS Highland'),
  O('University of the Highlands and Islands','UHI'), O('Scottish Association for Marine Science','SAMS'), O('Inverness College UHI'),
  O('Lochside Diagnostics Ltd'), O('Macrae Stephen & Co'), O('Moray Botanicals Ltd')],
 [E('Highland Life Sciences Showcase','2034-03-19','2034-03-19','Inverness','United Kingdom'), E('Scottish Life Sciences Summit','2034-04-23','2034-04-24','Glasgow','United Kingdom'),
  E('annual general meeting','2033-11-14','2033-11-14',None,None), E('Rural Health Innovation café',None,None,'Fort William','United Kingdom')],
 ['2030','2033-09-01','2026','2031','2033-11-14','2033/2036','2034-03-19','2034-04-23/2034-04-24','2036-03','2034-02-09'], pub=None)
