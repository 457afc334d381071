from common import *
doc = "programme-20-years-GranitEnergy.html"
text(doc, """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Programme – 20 Years of GranitEnergy | Anniversary Conference</title></head>
<body>
<div id="cookies">This site uses cookies. <button>OK</button></div>
<nav class="top"><a href="/">GranitEnergy</a> · <a href="/about">About us</a> · <a href="/members">Members</a> · <a href="/conference-2035">Anniversary Conference</a> · <a href="/news">News</a> · <a href="/join">Join</a></nav>
<p class="crumbs">Home / Events / Anniversary Conference 2035 / Programme</p>
<main>
<h1>Twenty years of GranitEnergy: from North Sea oil to net-zero basin</h1>
<p class="lead">Anniversary conference · <strong>Monday 17 – Tuesday 18 September 2035</strong> · P&amp;J Live, Aberdeen, Scotland</p>
<p>GranitEnergy – the North-East Scotland Energy Transition Cluster – was founded in 2015 by 23 supply-chain companies.
Today it has 310 members. To mark the anniversary we bring together founders, members, policymakers and partner clusters
from Norway, the Netherlands and Denmark. <em>Programme as of 1 August 2035, subject to change.</em></p>

<h2>Day 1 – Monday 17 September</h2>
<table>
<tr><th>Time</th><th>Hall A</th><th>Hall B</th></tr>
<tr><td>09:00</td><td colspan="2">Welcome – Catriona MacAulay, Chief Executive, GranitEnergy; Cllr Iain Ó Dónaill-Reid, Lord Provost of Aberdeen</td></tr>
<tr><td>09:30</td><td colspan="2">Keynote: "Twenty years, three transitions" – Sir Malcolm Buchan, founding chairman of GranitEnergy</td></tr>
<tr><td>10:30</td><td colspan="2">Ministerial address – Rhona Kilgour, Scottish Government Minister for Energy</td></tr>
<tr><td>11:30</td><td><b>Session A1 – Offshore wind supply chain</b><br>Chair: Euan Fraser, Head of Supply Chain, GranitEnergy<br>with Hanne Lie Solberg (Stavanger Offshore Cluster AS) and Kees de Waard (Windhaven B.V.)</td>
<td><b>Session B1 – Carbon capture and storage in the North Sea</b><br>Chair: Dr. Priya Raman, University of Aberdeen<br>with Morten Kjær, CEO, NordCarbon ApS</td></tr>
<tr><td>14:00</td><td><b>Session A2 – Hydrogen at the port</b><br>Chair: Fiona Strachan, Port of Aberdeen</td>
<td><b>Session B2 – Skills passport for offshore workers</b><br>Chair: Gary McIntosh, director, Offshore Skills Scotland</td></tr>
<tr><td>16:00</td><td colspan="2">Founders' panel: "What we got right, what we got wrong" – moderated by Alison Gow-Henderson, BBC Scotland</td></tr>
<tr><td>19:00</td><td colspan="2">Anniversary gala dinner and GranitEnergy Awards, Beach Ballroom</td></tr>
</table>

<h2>Day 2 – Tuesday 18 September</h2>
<table>
<tr><th>Time</th><th>Hall A</th><th>Hall B</th></tr>
<tr><td>09:00</td><td><b>Session A3 – Decommissioning and circular steel</b><br>Chair: Neil Duthie, CTO, Dee Decom Ltd</td>
<td><b>Session B3 – Digital twins for energy assets</b><br>Chair: Dr. Laura Bianchi-Ross, Robert Gordon University</td></tr>
<tr><td>11:00</td><td colspan="2">North Sea cluster alliance: signing of the declaration with Stavanger Offshore Cluster AS, Energy Port Den Helder and Vadehavet Energy Cluster</td></tr>
<tr><td>12:00</td><td colspan="2">Closing – Catriona MacAulay; announcement of the 2036 Members' Conference (Inverness, 10 June 2036)</td></tr>
</table>

<h3>Earlier milestones</h3>
<ul>
<li>2015 – founding meeting in Aberdeen (12 March 2015)</li>
<li>2025 – 10th anniversary conference, Aberdeen</li>
<li>2030 – first Net-Zero Basin Summit, Edinburgh, 4–5 November 2030</li>
</ul>
<p>Registration closes on 5 September 2035. Members: £95; non-members: £240.</p>
</main>
<footer><p>GranitEnergy Ltd · Company limited by guarantee · Union Street, Aberdeen · events@granitenergy.example</p>
<p>© 2035 GranitEnergy · Privacy · Terms</p></footer>
</body></html>
""")
gold(doc, None,
 [P("Catriona MacAulay","Chief Executive","GranitEnergy"), P("Iain Ó Dónaill-Reid","Lord Provost of Aberdeen",None),
  P("Malcolm Buchan","founding chairman","GranitEnergy"), P("Rhona Kilgour","Minister for Energy","Scottish Government"),
  P("Euan Fraser","Head of Supply Chain","GranitEnergy"), P("Hanne Lie Solberg",None,"Stavanger Offshore Cluster AS"),
  P("Kees de Waard",None,"Windhaven B.V."), P("Priya Raman",None,"University of Aberdeen"), P("Morten Kjær","CEO","NordCarbon ApS"),
  P("Fiona Strachan",None,"Port of Aberdeen"), P("Gary McIntosh","director","Offshore Skills Scotland"),
  P("Alison Gow-Henderson",None,"BBC Scotland"), P("Neil Duthie","CTO","Dee Decom Ltd"), P("Laura Bianchi-Ross",None,"Robert Gordon University")],
 [O("GranitEnergy – the North-East Scotland Energy Transition Cluster","GranitEnergy"), O("Scottish Government"), O("Stavanger Offshore Cluster AS"),
  O("Windhaven B.V."), O("University of Aberdeen"), O("NordCarbon ApS"), O("Port of Aberdeen"), O("Offshore Skills Scotland"),
  O("BBC Scotland"), O("Dee Decom Ltd"), O("Robert Gordon University"), O("Energy Port Den Helder"), O("Vadehavet Energy Cluster")],
 [E("Twenty years of GranitEnergy: from North Sea oil to net-zero basin","2035-09-17","2035-09-18","Aberdeen","United Kingdom"),
  E("2036 Members' Conference","2036-06-10","2036-06-10","Inverness","United Kingdom"),
  E("founding meeting","2015-03-12","2015-03-12","Aberdeen","United Kingdom"),
  E("10th anniversary conference","2025","2025","Aberdeen","United Kingdom"),
  E("first Net-Zero Basin Summit","2030-11-04","2030-11-05","Edinburgh","United Kingdom")],
 ["2035-09-17/2035-09-18","2015","2035-08-01","2035-09-17","2035-09-18","2036-06-10","2015-03-12","2025","2030","2030-11-04/2030-11-05","2035-09-05"], [])
