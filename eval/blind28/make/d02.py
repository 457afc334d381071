from mk import *
doc = 'governance.html'
t = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Governance | Corrib MedTech Cluster</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/cmc-logo.svg" alt="Corrib MedTech Cluster"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Home</a></li>
      <li class="active"><a href="/about/">About us</a></li>
      <li><a href="/members/">Members</a></li>
      <li><a href="/projects/">Projects</a></li>
      <li><a href="/events/">Events</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/about/">About us</a> &rsaquo; Governance</div>
<main>
<h1>Governance</h1>
<p>Corrib MedTech Cluster CLG (CMC) is a company limited by guarantee, registered in Ireland in 2019 and owned by
its 74 members: device manufacturers, contract suppliers, start-ups, the University of Galway, ATU Galway City and
two hospital groups. The cluster is governed by a Board of Directors elected at the Annual General Meeting for a
term of three years. The current Board was elected at the AGM of 27 November 2031 and serves until November 2034.</p>

<h2>Board of Directors</h2>
<table class="board">
  <thead><tr><th>Name</th><th>Position</th><th>Organisation</th></tr></thead>
  <tbody>
    <tr><td>Dr Siobhán Ní Fhlatharta</td><td>Chairperson</td><td>Aughrim Vascular Ltd</td></tr>
    <tr><td>Conor Mac Donncha</td><td>Vice-Chairperson</td><td>Tidewell Devices Ltd</td></tr>
    <tr><td>Rachel O&#8217;Dowd</td><td>Treasurer</td><td>Keane Whelan &amp; Partners, Chartered Accountants</td></tr>
    <tr><td>Prof. Declan Ó Muircheartaigh</td><td>Director</td><td>University of Galway</td></tr>
    <tr><td>Marta Kowalczyk-Byrne</td><td>Director</td><td>Lumenor Medical DAC</td></tr>
    <tr><td>Fergal Gilmartin</td><td>Director</td><td>Claddagh Precision Moulding Ltd</td></tr>
    <tr><td>Dr Aoife Kerrigan</td><td>Director</td><td>ATU Galway City</td></tr>
    <tr><td>Pádraig de Búrca</td><td>Director (co-opted)</td><td>Enterprise Ireland</td></tr>
  </tbody>
</table>
<p class="note">The Company Secretary is Gráinne Folan (non-director).</p>

<h2>Management team</h2>
<div class="cards">
  <div class="card">
    <img src="/assets/img/team/lorcan-hynes.jpg" alt="">
    <h3>Lorcan Hynes</h3>
    <p class="role">Chief Executive</p>
    <p>Lorcan joined CMC in March 2029 from IDA Ireland, where he spent eleven years in the life-sciences division.</p>
    <p><a href="mailto:lorcan.hynes@corribmedtech.example">Email</a></p>
  </div>
  <div class="card">
    <img src="/assets/img/team/beatriz-salgado.jpg" alt="">
    <h3>Beatriz Salgado</h3>
    <p class="role">Head of Innovation Programmes</p>
    <p>Leads the regulatory readiness programme and the cluster&#8217;s EU projects.</p>
  </div>
  <div class="card">
    <img src="/assets/img/team/gearoid-mannion.jpg" alt="">
    <h3>Gearóid Mannion</h3>
    <p class="role">membership and events manager</p>
  </div>
  <div class="card">
    <img src="/assets/img/team/niamh-treacy.jpg" alt="">
    <h3>Niamh Treacy</h3>
    <p class="role">Skills &amp; Talent Lead (maternity cover until June 2032: Ewa Nowicka)</p>
  </div>
  <div class="card">
    <img src="/assets/img/team/tom-coyne.jpg" alt="">
    <h3>Tom Coyne</h3>
    <p class="role">Finance and Office Administrator</p>
  </div>
</div>

<h2>Documents</h2>
<ul class="downloads">
  <li><a href="/docs/cmc-constitution.pdf">Constitution (PDF, 410 KB)</a></li>
  <li><a href="/docs/cmc-annual-report-2030.pdf">Annual Report 2030 (PDF, 2.3 MB)</a></li>
  <li><a href="/docs/cmc-code-of-conduct.pdf">Board code of conduct (PDF, 160 KB)</a></li>
</ul>
</main>
<footer class="site-footer">
  <p>Corrib MedTech Cluster CLG &middot; Unit 4, Ballybrit Business Park, Galway H91 XK00 &middot; Company no. 654321</p>
  <p>Supported by Enterprise Ireland under the Regional Technology Clustering Fund</p>
  <p><a href="/privacy/">Privacy</a> | <a href="/cookies/">Cookie settings</a> | &copy; 2032 Corrib MedTech Cluster</p>
</footer>
</body>
</html>
"""
write_text(doc, t)
people=[P('Siobhán Ní Fhlatharta','Chairperson','CMC'),
 P('Conor Mac Donncha','Vice-Chairperson','CMC'),
 P('Rachel O’Dowd','Treasurer','CMC'),
 P('Declan Ó Muircheartaigh','Director','CMC'),
 P('Marta Kowalczyk-Byrne','Director','CMC'),
 P('Fergal Gilmartin','Director','CMC'),
 P('Aoife Kerrigan','Director','CMC'),
 P('Pádraig de Búrca','Director (co-opted)','CMC'),
 P('Gráinne Folan','Company Secretary','CMC'),
 P('Lorcan Hynes','Chief Executive','CMC'),
 P('Beatriz Salgado','Head of Innovation Programmes','CMC'),
 P('Gearóid Mannion','membership and events manager','CMC'),
 P('Niamh Treacy','Skills & Talent Lead','CMC'),
 P('Ewa Nowicka',None,'CMC'),
 P('Tom Coyne','Finance and Office Administrator','CMC')]
orgs=[O('Corrib MedTech Cluster CLG','CMC'),O('University of Galway'),O('ATU Galway City'),O('Aughrim Vascular Ltd'),O('Tidewell Devices Ltd'),
 O('Keane Whelan & Partners, Chartered Accountants'),O('Lumenor Medical DAC'),O('Claddagh Precision Moulding Ltd'),O('Enterprise Ireland'),O('IDA Ireland')]
events=[E('AGM','2031-11-27')]
dates=['2019','2031-11-27','2034-11','2029-03','2032-06']
gold(doc,None,people,orgs,events,dates,[])
