from h import *
F = 'g12_dublin_icma_position_paper.html'
assert wd(2041,2,13)=='Wednesday' and wd(2041,2,19)=='Tuesday' and wd(2041,3,5)=='Tuesday' and wd(2040,11,22)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>Position paper: A National Cluster Programme that lasts | ICMA</title></head>
<body>
<div class="cookies">We use essential cookies to make this site work, and optional analytics cookies. <a href="/cookies">Manage preferences</a> <button>Accept</button></div>
<header><p class="logo">ICMA – Irish Cluster Managers' Association</p>
<nav><a href="/">Home</a> / <a href="/members">Our members</a> / <a href="/policy">Policy</a> / <a href="/events">Events</a> / <a href="/news">News</a> / <a href="/join">Join ICMA</a></nav></header>
<main>
<p class="crumbs">Home » Policy » Position papers</p>
<h1>A National Cluster Programme that lasts: ICMA position on the programme's next phase (2042–2048)</h1>
<p class="meta">13 February 2041 · Policy · 7 min read</p>
<p><em>This position paper was adopted by the ICMA Board on 4 February 2041. It responds to the public consultation launched by the Department of Enterprise, Tourism and Employment on the future of the National Cluster Programme, which closes on 28 March 2041.</em></p>

<h2>About us</h2>
<p>The Irish Cluster Managers' Association (ICMA) brings together 31 cluster organisations from all regions of Ireland, from the medtech clusters of the West to the food, marine and offshore wind clusters of the South and the software and fintech networks of Dublin. Our members work with more than 2,400 companies, most of them SMEs.</p>

<h2>Where we stand</h2>
<p>The first phase of the National Cluster Programme (2034–2040) proved that clusters can do what single agencies cannot: bring competitors round one table, open research centres to small firms, and speak to Brussels with a regional voice. An independent review by the ESRI-led consortium published in November 2040 found that companies active in funded clusters were twice as likely to take part in EU research projects as comparable firms.</p>
<p>Yet three weaknesses remain. Funding is awarded in short rounds of two years. Cluster managers spend a large part of their time on reporting to Enterprise Ireland, IDA Ireland and the Regional Assemblies in parallel. And clusters outside Dublin, Cork and Galway struggle to keep qualified staff.</p>

<h2>Our recommendations</h2>
<p>ICMA makes four recommendations for the programme's next phase:</p>
<p>First, funding for cluster organisations should run for six years, with a mid-term review, instead of two-year rounds.</p>
<p>Second, a single reporting template should be agreed between the Department, Enterprise Ireland, IDA Ireland and the three Regional Assemblies.</p>
<p>Third, the programme should reserve at least a quarter of its budget for clusters in the Northern and Western region and in the Gaeltacht, working with Údarás na Gaeltachta.</p>
<p>Finally, Ireland should join the European cluster partnerships on offshore renewables and on digital health, and fund the travel of cluster staff to build them.</p>

<h2>Voices from our members</h2>
<p>"In two-year cycles you spend the first six months hiring and the last six months applying again," says Siobhán Nic Giolla Phádraig, chair of ICMA and manager of the Atlantic Marine Cluster in Killybegs. Declan O'Rourke-Hayes, CEO of the Midlands Food Network CLG, adds that the reporting burden "falls hardest on the smallest clusters, which have one or two staff".</p>
<p>Dr Aoife McSweeney-Doyle, head of industry partnerships at Technological University Dublin and a member of the ICMA Board, points to the research side: "Where a cluster exists, our researchers find companies in weeks instead of months."</p>

<h2>How this paper was prepared</h2>
<p>The paper draws on a survey of ICMA members in December 2040 (27 replies) and on the discussion at the ICMA Annual Conference in Dundalk on 22 November 2040, where Minister of State Pádraig Breathnach invited the association to put forward concrete proposals. Ibec and Chambers Ireland were consulted on the draft.</p>

<h2>Upcoming</h2>
<ul>
<li>Tuesday 19 February 2041, 08:00–09:30 – Policy breakfast: launch of the position paper, The Alex Hotel, Dublin</li>
<li>Tuesday 5 March 2041 – ICMA appears before the Joint Committee on Enterprise, Trade and Employment at Leinster House</li>
</ul>
<p>Contact: Bartosz Kowalczyk, policy officer, policy@icma.example.ie</p>
<p><a href="/policy/icma-position-ncp-2041.pdf">Download the position paper (PDF)</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></p>
</main>
<footer><p>Irish Cluster Managers' Association CLG · Registered in Ireland No. 000000 · Guild Street, Dublin 1</p><p>© 2041 ICMA · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
I="Irish Cluster Managers' Association"
gold(F,
 [P("Siobhán Nic Giolla Phádraig","chair",I),
  P("Declan O'Rourke-Hayes","CEO","Midlands Food Network CLG"),
  P("Aoife McSweeney-Doyle","head of industry partnerships","Technological University Dublin"),
  P("Pádraig Breathnach","Minister of State",None),
  P("Bartosz Kowalczyk","policy officer",I)],
 [O(I+" CLG","ICMA"), O("Department of Enterprise, Tourism and Employment"), O("ESRI"), O("Enterprise Ireland"),
  O("IDA Ireland"), O("Údarás na Gaeltachta"), O("Atlantic Marine Cluster"),
  O("Midlands Food Network CLG"), O("Technological University Dublin"), O("Ibec"), O("Chambers Ireland"),
  O("Joint Committee on Enterprise, Trade and Employment")],
 [E("ICMA Annual Conference","2040-11-22",None,"Dundalk","Ireland"),
  E("Policy breakfast","2041-02-19",None,"Dublin","Ireland")],
 ["2042/2048","2041-02-13","2041-02-04","2041-03-28","2034/2040","2040-11","2040-12","2040-11-22","2041-02-19","2041-03-05","2041"],
 ["funding for cluster organisations should run for six years, with a mid-term review, instead of two-year rounds",
  "a single reporting template should be agreed between the Department, Enterprise Ireland, IDA Ireland and the three Regional Assemblies",
  "the programme should reserve at least a quarter of its budget for clusters in the Northern and Western region and in the Gaeltacht, working with Údarás na Gaeltachta",
  "Ireland should join the European cluster partnerships on offshore renewables and on digital health, and fund the travel of cluster staff to build them"],
 pub="2041-02-13")
