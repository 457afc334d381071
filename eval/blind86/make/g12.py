from h import *
F = 'g12_speyside_cluster_action_plan_2041.html'
assert wd(2041,1,30)=='Wednesday' and wd(2041,3,12)=='Tuesday' and wd(2041,11,20)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Action Plan 2041–2043 | Speyside Distilling Supply Chain Cluster</title></head>
<body>
<div class="cookie-banner">We'd like to set analytics cookies to understand how you use this site. <button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a></div>
<header><p class="org">SDSC · Speyside Distilling Supply Chain Cluster</p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/strategy" aria-current="page">Strategy</a></li><li><a href="/members">Members</a></li><li><a href="/news">News</a></li><li><a href="/events">Events</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main>
<p class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/strategy">Strategy</a> &gt; Action Plan 2041–2043</p>
<h1>Cluster Strategy 2041–2045: Action Plan 2041–2043</h1>
<p class="meta">Approved by the Cluster Board on Wednesday 30 January 2041 · Last updated 12 March 2041</p>

<h2>Foreword</h2>
<p>Our new strategy, <em>Stills, Skills and Supply 2041–2045</em>, was developed over eight months with more than 140 members, from the large distilling groups to the cooperages, maltings, hauliers and engineering firms of Moray and Badenoch. It rests on three priorities: decarbonising heat in distilling, securing the skilled workforce the industry needs, and keeping more of the supply chain value in the region. This Action Plan turns those priorities into fifteen actions with named leads and milestones. It will be reviewed by the Board every six months.</p>
<p>I want to thank the strategy working group, chaired by our vice-chair Fiona MacLennan of Glen Avon Distillers Ltd, and our partners at Highlands and Islands Enterprise (HIE), Moray Council and the University of the Highlands and Islands (UHI) Moray for their support.</p>
<p class="signature">Alasdair Grant, Chair, Speyside Distilling Supply Chain Cluster</p>

<h2>What members told us</h2>
<p>The consultation, which closed in October 2040, combined an online survey answered by 96 member organisations with six workshops in Elgin, Dufftown, Aberlour, Grantown-on-Spey, Keith and Forres. Three messages came through strongly. Smaller suppliers said they find it hard to win contracts with the large distilling groups because purchasing is often handled outside Scotland. Employers of every size reported that a shortage of affordable housing is now the main reason why new recruits turn down jobs in the area. And almost every distillery said that it expects to replace its heat source within the next ten years but does not yet know which technology to choose. The actions below respond directly to these messages.</p>

<h2>Priority 1 – Net zero distilling</h2>
<table>
<tr><th>Action</th><th>Lead</th><th>Milestone</th><th>Due</th></tr>
<tr><td>1.1 Shared heat network feasibility study for the Rothes distilleries</td><td>Rothes Energy Partnership LLP</td><td>Study published</td><td>September 2041</td></tr>
<tr><td>1.2 Hydrogen-ready boiler pilot at two member sites</td><td>SDSC with Moray Energy Solutions Ltd</td><td>Pilots operating</td><td>Q2 2042</td></tr>
<tr><td>1.3 Draff and pot ale to biogas: cluster-wide collection scheme</td><td>Speyside Bio-Resources CIC</td><td>Scheme launched</td><td>31 March 2042</td></tr>
<tr><td>1.4 Carbon accounting toolkit for SMEs in the supply chain</td><td>UHI Moray</td><td>Toolkit used by 40 SMEs</td><td>December 2042</td></tr>
<tr><td>1.5 Joint application to the Scottish Industrial Energy Transformation Fund</td><td>SDSC</td><td>Application submitted</td><td>30 June 2041</td></tr>
</table>

<h2>Priority 2 – People and skills</h2>
<table>
<tr><th>Action</th><th>Lead</th><th>Milestone</th><th>Due</th></tr>
<tr><td>2.1 Cluster apprenticeship pool for coopers, coppersmiths and process operators</td><td>Skills Development Scotland</td><td>30 apprentices recruited</td><td>August 2041</td></tr>
<tr><td>2.2 "Spirit of Speyside Careers" schools programme</td><td>Developing the Young Workforce Moray</td><td>All eight Moray secondary schools involved</td><td>June 2042</td></tr>
<tr><td>2.3 Housing for seasonal and new staff: joint study</td><td>Moray Council</td><td>Options paper to Board</td><td>November 2041</td></tr>
<tr><td>2.4 Leadership programme for women in distilling</td><td>SDSC with Scotch Whisky Association</td><td>First cohort completed</td><td>2042</td></tr>
<tr><td>2.5 Annual Skills Summit</td><td>SDSC</td><td>First summit held</td><td>20 November 2041</td></tr>
</table>

<h2>Priority 3 – Local supply chain</h2>
<table>
<tr><th>Action</th><th>Lead</th><th>Milestone</th><th>Due</th></tr>
<tr><td>3.1 Supplier directory and "meet the buyer" days</td><td>SDSC</td><td>Two events a year</td><td>from April 2041</td></tr>
<tr><td>3.2 Regional barley sourcing agreements with growers</td><td>Moray Grain Growers Cooperative Ltd</td><td>25% of malting barley sourced within 50 miles</td><td>2043</td></tr>
<tr><td>3.3 Cask repair and reuse centre</td><td>Speyside Cooperage Group Ltd</td><td>Business case approved</td><td>March 2042</td></tr>
<tr><td>3.4 Export readiness support for engineering suppliers</td><td>Scottish Development International</td><td>15 firms supported</td><td>2043</td></tr>
<tr><td>3.5 Visitor and distillery tourism data sharing</td><td>VisitScotland</td><td>Shared dashboard live</td><td>September 2042</td></tr>
</table>

<h2>Headline targets for 2043</h2>
<p>By the end of the Action Plan, the cluster aims to:</p>
<ul>
<li>cut direct emissions from member distilleries by 35% compared with 2038</li>
<li>fill at least 120 apprenticeships across the supply chain</li>
<li>raise the share of spend with suppliers based in Moray and Badenoch to 45%</li>
<li>grow membership from 143 to 180 organisations</li>
</ul>

<h2>Governance and monitoring</h2>
<p>Delivery will be overseen by the Cluster Board, which meets quarterly, and supported by the cluster team led by cluster manager Dr Catriona Urquhart. Progress will be reported to members at each Annual General Meeting, the next of which takes place on 19 June 2041 at the Inverness Campus. An independent mid-term review will be commissioned in early 2042. Board members for 2041 are Alasdair Grant (Chair), Fiona MacLennan (Vice-chair), Neil Robertson-Shaw (Treasurer, Speyside Haulage Ltd), Dr Joanna Bain (UHI Moray), Ewan Cruickshank (Moray Grain Growers Cooperative Ltd) and Priya Menon-Stuart (Chivas Speyside Engineering Ltd).</p>

<h2>Documents</h2>
<ul><li><a href="/docs/strategy-2041-2045.pdf">Stills, Skills and Supply 2041–2045 (PDF, 3.4 MB)</a></li><li><a href="/docs/action-plan-2041-2043.pdf">Action Plan 2041–2043 (PDF, 1.1 MB)</a></li><li><a href="/docs/consultation-report.pdf">Consultation report, October 2040</a></li></ul>
<p>Is this page useful? <a href="#">Yes</a> <a href="#">No</a> · <a href="#">Report a problem with this page</a></p>
</main>
<footer><p>Speyside Distilling Supply Chain Cluster Ltd, a company limited by guarantee registered in Scotland, SC000000. Registered office: 14 High Street, Elgin IV30 1BU.</p><p>Supported by Highlands and Islands Enterprise. <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Fiona MacLennan","vice-chair","Speyside Distilling Supply Chain Cluster"),
  P("Alasdair Grant","Chair","Speyside Distilling Supply Chain Cluster"),
  P("Catriona Urquhart","cluster manager","Speyside Distilling Supply Chain Cluster"),
  P("Neil Robertson-Shaw","Treasurer","Speyside Distilling Supply Chain Cluster"),
  P("Joanna Bain","Board member","Speyside Distilling Supply Chain Cluster"),
  P("Ewan Cruickshank","Board member","Speyside Distilling Supply Chain Cluster"),
  P("Priya Menon-Stuart","Board member","Speyside Distilling Supply Chain Cluster")],
 [O("Speyside Distilling Supply Chain Cluster Ltd","SDSC"), O("Glen Avon Distillers Ltd"),
  O("Highlands and Islands Enterprise","HIE"), O("Moray Council"), O("University of the Highlands and Islands (UHI) Moray","UHI Moray"),
  O("Rothes Energy Partnership LLP"), O("Moray Energy Solutions Ltd"), O("Speyside Bio-Resources CIC"),
  O("Skills Development Scotland"), O("Developing the Young Workforce Moray"), O("Scotch Whisky Association"),
  O("Moray Grain Growers Cooperative Ltd"), O("Speyside Cooperage Group Ltd"), O("Scottish Development International"),
  O("VisitScotland"), O("Speyside Haulage Ltd"), O("Chivas Speyside Engineering Ltd")],
 [E("Annual Skills Summit","2041-11-20",None,None,None),
  E("Annual General Meeting","2041-06-19",None,"Inverness","United Kingdom"),
  E("\"meet the buyer\" days","2041-04",None,None,None)],
 ["2041/2043","2041/2045","2041-01-30","2041-03-12","2041-09","2042-03-31","2042-12","2041-06-30","2041-08","2042-06","2041-11","2042","2041-11-20","2041-04","2043","2042-03","2042-09","2038","2041-06-19","2041","2040-10"],
 [],
 "2041-03-12")
