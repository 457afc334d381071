from h import *
F = 'g01_dumfries_cluster_fund_call.html'
assert wd(2038,3,3)=='Wednesday' and wd(2038,3,18)=='Thursday' and wd(2038,3,25)=='Thursday' and wd(2038,4,30)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster Development Fund 2038 – call now open | South of Scotland Enterprise</title></head>
<body>
<div class="cookie">We use cookies to understand how you use our site. <a href="#">Accept all</a> | <a href="#">Manage settings</a></div>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/funding">Funding</a> | Support for business | Communities | About us | Contact</nav>
<main>
<h1>Cluster Development Fund 2038: call for projects now open</h1>
<p class="meta">Published: 3 March 2038 · News · Dumfries and Galloway · 5 min read</p>
<p>South of Scotland Enterprise (SOSE) has opened this year's call of the Cluster Development Fund, the grant scheme that helps groups of businesses in Dumfries and Galloway and the Scottish Borders work together on shared challenges. A total of £2.4 million is available, and single projects may receive between £60,000 and £250,000 over a maximum of 30 months.</p>
<p>The call was launched on Wednesday 3 March 2038 in Stranraer by Fiona MacAskill, Director of Place and Regional Partnerships at SOSE, during a visit to the Loch Ryan Marine Hub. "Our smart specialisation priorities are not a wish list," she said. "Forestry and timber, food and drink, clean energy and the creative industries are where companies here already compete. This fund pays for the joint work that no single small firm can afford on its own."</p>
<h2>Who can apply</h2>
<p>Applications must come from a cluster organisation, an industry-led network or a partnership of at least five businesses based in the South of Scotland. Universities, colleges and public bodies can join as partners but cannot lead. In the 2037 round, projects were led by organisations such as the Scottish Borders Textile Forum, Forestry &amp; Timber Network South CIC and the Galloway Food Collective Ltd.</p>
<p>Eligible activities include:</p>
<ul>
<li>joint market research and shared export missions;</li>
<li>skills academies designed together with Dumfries and Galloway College or Borders College;</li>
<li>testing of new products or processes with the Crichton Carbon Centre or with the University of Glasgow's Dumfries campus;</li>
<li>a part-time cluster manager for up to two years.</li>
</ul>
<h2>Key dates</h2>
<table>
<tr><td>Call opens</td><td>3 March 2038</td></tr>
<tr><td>Information day, Easterbrook Hall, Dumfries</td><td>Thursday 18 March 2038, 10:00–13:30</td></tr>
<tr><td>Online question-and-answer session</td><td>Thursday 25 March 2038, 14:00–15:00</td></tr>
<tr><td>Deadline for full applications</td><td>Friday 30 April 2038, 12:00 noon</td></tr>
<tr><td>Assessment panel</td><td>June 2038</td></tr>
<tr><td>Projects start</td><td>from 1 September 2038</td></tr>
</table>
<h2>Information day programme (18 March)</h2>
<p>10:00 Arrival and coffee<br>
10:20 Welcome – Councillor Morag Dunlop-Reid, Chair of the Economy and Resources Committee, Dumfries and Galloway Council<br>
10:35 The Cluster Development Fund explained – Aonghas McRae, Senior Funding Manager, SOSE<br>
11:15 What we learnt from the 2037 projects – Dr. Agnieszka Wróblewska (Scottish Borders Textile Forum) and Tom Fairbairn (Galloway Food Collective Ltd)<br>
12:00 One-to-one clinics with the SOSE funding team<br>
13:30 Close</p>
<p>Places are limited to 80. Register by 15 March through the events page. The session on 25 March will be recorded and published on our website.</p>
<h2>How applications are assessed</h2>
<p>An assessment panel chaired by Iain Kerr-Lindsay, a non-executive member of the SOSE Board, will score each application against four criteria: fit with the regional economic strategy, strength of the partnership, benefit to businesses and value for money. Panel members also include representatives of Scottish Enterprise and Highlands and Islands Enterprise as observers. Applicants will be told the outcome by the end of June 2038.</p>
<p>Last year the panel received 27 applications and funded 9 of them. In its feedback report the panel noted that many proposals described activities well but said little about who would keep the cluster going when the grant ends.</p>
<h3>Recommendations from the 2037 assessment panel</h3>
<ol>
<li>Name the businesses in your partnership and show that they have agreed to take part</li>
<li>Explain how the project continues after the grant, including who pays for the cluster manager</li>
<li>Set a small number of measurable results rather than a long list of activities</li>
</ol>
<p>Questions can be sent to Aonghas McRae at clusterfund@sose.example.scot or by phone on 0300 000 0000.</p>
<p><a href="#">Read more: the 2037 funded projects</a> · <a href="#">Guidance notes (PDF, 1.2 MB)</a> · <a href="#">Application form</a></p>
<p class="share">Share: Facebook | X | LinkedIn | Email</p>
</main>
<footer>South of Scotland Enterprise · Carmont House, The Crichton, Dumfries DG1 4UQ · Accessibility · Privacy · © 2038</footer>
</body></html>
"""
write(F, T)
S = "South of Scotland Enterprise"
gold(F,
 [P("Fiona MacAskill","Director of Place and Regional Partnerships",S),
  P("Morag Dunlop-Reid","Chair of the Economy and Resources Committee","Dumfries and Galloway Council"),
  P("Aonghas McRae","Senior Funding Manager","SOSE"),
  P("Agnieszka Wróblewska",None,"Scottish Borders Textile Forum"),
  P("Tom Fairbairn",None,"Galloway Food Collective Ltd"),
  P("Iain Kerr-Lindsay","non-executive member of the SOSE Board",S)],
 [O(S,"SOSE"), O("Scottish Borders Textile Forum"), O("Forestry & Timber Network South CIC"),
  O("Galloway Food Collective Ltd"), O("Dumfries and Galloway College"), O("Borders College"), O("Crichton Carbon Centre"),
  O("University of Glasgow"), O("Dumfries and Galloway Council"), O("Scottish Enterprise"), O("Highlands and Islands Enterprise")],
 [E("Information day","2038-03-18",None,"Dumfries","United Kingdom"),
  E("Online question-and-answer session","2038-03-25",None,None,None),
  E("visit to the Loch Ryan Marine Hub","2038-03-03",None,"Stranraer","United Kingdom"),
  E("Assessment panel","2038-06",None,None,None)],
 ["2038-03-03","2038-03-18","2038-03-25","2038-04-30","2038-06","2038-09-01","2037","2038-03-15"],
 ["Name the businesses in your partnership and show that they have agreed to take part",
  "Explain how the project continues after the grant, including who pays for the cluster manager",
  "Set a small number of measurable results rather than a long list of activities"],
 pub="2038-03-03")
