from h import *
F = 'g01_kernow_marine_cluster_team.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Our team | Kernow Marine Technology Cluster</title></head>
<body>
<div id="cookies">This website uses cookies to improve your experience and to count visits. <a href="#">Accept</a> <a href="#">Reject non-essential</a> <a href="#">Settings</a></div>
<header><a href="/" class="logo">KMTC</a>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News &amp; events</a> | <a href="/join">Join</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home / About us / Our team</p>
<h1>Who we are</h1>
<p>The Kernow Marine Technology Cluster (KMTC) is the membership organisation for companies, research groups and training providers working in marine engineering, offshore renewables and maritime autonomy in Cornwall and the Isles of Scilly. Founded in 2029 by eleven companies from Falmouth, Penryn and Hayle, it now counts 132 members. KMTC is a company limited by guarantee; its Board is elected by the members at the Annual General Meeting and its small office team is based at the Tremough Innovation Centre in Penryn.</p>
<p>Our work is guided by the Cluster Strategy 2033–2037, which the members adopted on 18 March 2033. It sets three priorities: floating offshore wind supply chains, uncrewed vessels and the skills needed for both.</p>

<h2>Management</h2>
<div class="card"><h3>Dr. Tamsin PENROSE-HOCKING</h3><p>Chief Executive</p><p>Tamsin joined KMTC in 2031 from the Offshore Renewable Energy Catapult (ORE Catapult), where she led the floating wind programme. She is responsible for strategy, funding and the cluster's international partnerships.</p></div>
<div class="card"><h3>Oluwaseun Adeyemi-Trewin</h3><p>Deputy Chief Executive and Head of Programmes</p><p>Seun manages the project portfolio, including the cluster's Interreg partnerships with Brittany and Galicia.</p></div>

<h2>Board of Directors</h2>
<p>The Board meets six times a year. Directors serve a three-year term and may be re-elected once. The current Board was elected at the Annual General Meeting on 24 June 2035.</p>
<table>
<tr><th>Name</th><th>Role on the Board</th><th>Company</th></tr>
<tr><td>Mark Trethewey</td><td>Chair</td><td>Trethewey Marine Engineering Ltd</td></tr>
<tr><td>Prof. Eleanor Vosper</td><td>Vice-Chair</td><td>University of Exeter, Penryn Campus</td></tr>
<tr><td>Giles Carne</td><td>Treasurer</td><td>Carne &amp; Rowe Chartered Accountants LLP</td></tr>
<tr><td>Dr. Ingrid Solheim Bakke</td><td>Director</td><td>Nordhav Subsea UK Ltd</td></tr>
<tr><td>Jago Pascoe</td><td>Director</td><td>Hayle Wave Hub Services Ltd</td></tr>
<tr><td>Morwenna Kitto</td><td>Director</td><td>Falmouth Docks &amp; Engineering Company</td></tr>
<tr><td>Rafael de la Fuente Ocaña</td><td>Director (co-opted)</td><td>Astilleros Atlánticos UK Ltd</td></tr>
</table>
<p>Mark Trethewey succeeded Derek Polglase, who chaired the Board from 2029 to 2035 and remains an honorary member.</p>

<h2>How decisions are made</h2>
<p>Members vote on the strategy, the annual accounts and the membership fees. The Board approves the work plan and the budget and appoints the Chief Executive. Between Board meetings, the Chair, the Vice-Chair and the Chief Executive form a small executive group that meets every fortnight by video call. Any member company may ask to attend a Board meeting as an observer, and the minutes are published in the members' area within four weeks. Conflicts of interest are declared at the start of every meeting and recorded.</p>

<h2>Office team</h2>
<ul class="team">
<li><strong>Kerensa Hocking</strong>, Membership and Events Manager – +44 1326 000 410 – kerensa.hocking@kmtc.example.uk</li>
<li><strong>Daniel Wójcik</strong>, Project Officer (offshore wind) – +44 1326 000 412 – daniel.wojcik@kmtc.example.uk</li>
<li><strong>Lowenna Rowe</strong>, Skills Coordinator – +44 1326 000 415 – lowenna.rowe@kmtc.example.uk</li>
<li><strong>Ahmed El-Masri</strong>, Finance and Administration Officer (part-time) – +44 1326 000 401 – finance@kmtc.example.uk</li>
<li><strong>Beth Angove</strong>, Communications Officer – +44 1326 000 418 – beth.angove@kmtc.example.uk</li>
</ul>

<h2>Advisory Council</h2>
<p>The Advisory Council brings outside experience to the Board. It meets twice a year, most recently on 9 October 2035 in Truro, and gives its advice in writing.</p>
<ul>
<li>Dame Helen Pengelly, former Vice-Chancellor, Falmouth University (Chair of the Advisory Council)</li>
<li>Cllr. Robert Nance, Cabinet Member for Economy, Cornwall Council</li>
<li>Sophie van Houten, Senior Policy Adviser, Cornwall and Isles of Scilly Good Growth Board</li>
<li>Captain Philip Rosewarne, Harbour Master, Falmouth Harbour Commissioners</li>
<li>Dr. Yannick Le Goff, Director, Pôle Mer Bretagne Atlantique</li>
</ul>

<h2>Contact</h2>
<p>Kernow Marine Technology Cluster, Tremough Innovation Centre, Penryn TR10 9TA. General enquiries: hello@kmtc.example.uk, +44 1326 000 400. Office hours Monday to Thursday, 9:00–17:00.</p>
<p>Page last updated: 14 November 2035</p>
</main>
<footer><p>&copy; 2035 Kernow Marine Technology Cluster Ltd. Registered in England and Wales, company no. 00000000. <a href="#">Privacy notice</a> · <a href="#">Cookies</a> · <a href="#">Accessibility</a> · <a href="#">LinkedIn</a></p></footer>
</body></html>
"""
write(F, T)
K = "Kernow Marine Technology Cluster"
gold(F,
 [P("Tamsin PENROSE-HOCKING", "Chief Executive", K),
  P("Oluwaseun Adeyemi-Trewin", "Deputy Chief Executive and Head of Programmes", K),
  P("Mark Trethewey", "Chair", "Kernow Marine Technology Cluster"),
  P("Eleanor Vosper", "Vice-Chair", "Kernow Marine Technology Cluster"),
  P("Giles Carne", "Treasurer", "Kernow Marine Technology Cluster"),
  P("Ingrid Solheim Bakke", "Director", "Kernow Marine Technology Cluster"),
  P("Jago Pascoe", "Director", "Kernow Marine Technology Cluster"),
  P("Morwenna Kitto", "Director", "Kernow Marine Technology Cluster"),
  P("Rafael de la Fuente Ocaña", "Director (co-opted)", "Kernow Marine Technology Cluster"),
  P("Derek Polglase", "honorary member", K),
  P("Kerensa Hocking", "Membership and Events Manager", K),
  P("Daniel Wójcik", "Project Officer (offshore wind)", K),
  P("Lowenna Rowe", "Skills Coordinator", K),
  P("Ahmed El-Masri", "Finance and Administration Officer", K),
  P("Beth Angove", "Communications Officer", K),
  P("Helen Pengelly", "Chair of the Advisory Council", K),
  P("Robert Nance", "Cabinet Member for Economy", "Cornwall Council"),
  P("Sophie van Houten", "Senior Policy Adviser", "Cornwall and Isles of Scilly Good Growth Board"),
  P("Philip Rosewarne", "Harbour Master", "Falmouth Harbour Commissioners"),
  P("Yannick Le Goff", "Director", "Pôle Mer Bretagne Atlantique")],
 [O(K, "KMTC"), O("Tremough Innovation Centre"), O("Offshore Renewable Energy Catapult", "ORE Catapult"),
  O("Trethewey Marine Engineering Ltd"), O("University of Exeter, Penryn Campus"), O("Carne & Rowe Chartered Accountants LLP"),
  O("Nordhav Subsea UK Ltd"), O("Hayle Wave Hub Services Ltd"), O("Falmouth Docks & Engineering Company"),
  O("Astilleros Atlánticos UK Ltd"), O("Falmouth University"), O("Cornwall Council"),
  O("Cornwall and Isles of Scilly Good Growth Board"), O("Falmouth Harbour Commissioners"), O("Pôle Mer Bretagne Atlantique")],
 [E("Annual General Meeting", "2035-06-24"),
  E("Advisory Council meeting", "2035-10-09", None, "Truro", "United Kingdom")],
 ["2029", "2033-2037".replace("-", "/") if False else "2033/2037", "2033-03-18", "2031", "2035-06-24", "2029/2035", "2035-10-09", "2035-11-14"],
 [], pub="2035-11-14")
