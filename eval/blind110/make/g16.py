from h import *
F = 'g16.html'
assert wd(2034,9,12)=='Tuesday' and wd(2034,10,5)=='Thursday' and wd(2034,11,30)=='Thursday' and wd(2034,9,26)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ISLANDS4CLUSTERS open call for pilot actions is open | Interreg Euro-MED</title></head>
<body>
<header><p>Interreg Euro-MED · ISLANDS4CLUSTERS</p>
<nav>Home | The project | Partners | Open call | Library | News | Contact</nav></header>
<p class="cookies">This site uses cookies. By continuing to browse you agree to their use. <a>OK</a> <a>Read more</a></p>
<main>
<p class="crumb">Home / News</p>
<h1>Open call: up to EUR 30,000 for island cluster pilot actions</h1>
<p class="meta">12 September 2034 · News · by Gozo Business Chamber</p>
<p>The ISLANDS4CLUSTERS project, co-funded by the Interreg Euro-MED programme, has opened its call for pilot
actions. Cluster organisations and SME networks based on Mediterranean islands can apply for up to EUR 30,000 to
test a new service for their members in one of three fields: sustainable tourism, blue food and renewable energy
communities. The total budget of the call is EUR 420,000, enough for about fourteen pilot actions.</p>
<p>The call is managed by the lead partner, the Gozo Business Chamber (GBC), with the support of the other
partners: the Balearic Islands Innovation Agency (IDI), the Region of Crete's Development Agency, the Sardinia
Tourism Cluster, the Corsican Agency for Economic Development (ADEC) and the Cyprus Chamber of Commerce and
Industry (CCCI).</p>
<h2>What can be funded?</h2>
<ul>
<li>design and testing of a new service for cluster members (for example a joint booking platform, a cold-chain
sharing scheme, an energy community pilot);</li>
<li>small studies and expert fees linked to the pilot (up to 40 % of the budget);</li>
<li>staff costs of the cluster organisation, up to 50 % of the budget;</li>
<li>travel to one exchange visit with a cluster on another island.</li>
</ul>
<p>Equipment above EUR 5,000, the recurring costs of the organisation and activities started before the grant
agreement are not eligible. Pilot actions last 6 to 10 months and must be finished by 30 September 2035.</p>
<h2>Key dates</h2>
<table>
<tr><td>Call opens</td><td>Tuesday 12 September 2034</td></tr>
<tr><td>Online launch event</td><td>Tuesday 26 September 2034, 11:00–12:30 CET</td></tr>
<tr><td>Island info day – Victoria, Gozo</td><td>Thursday 5 October 2034, 9:30–13:00</td></tr>
<tr><td>Deadline</td><td>Thursday 30 November 2034, 13:00 CET</td></tr>
<tr><td>Selection</td><td>January 2035</td></tr>
<tr><td>Pilot actions</td><td>February to September 2035</td></tr>
<tr><td>Final event and exchange of results</td><td>October 2035, Palma</td></tr>
</table>
<h2>Launch event and info day</h2>
<p>The online launch event will present the call and the evaluation grid. Speakers: Charles Xuereb, project
manager of ISLANDS4CLUSTERS at the Gozo Business Chamber; Marina Ferrer Pons, head of clusters at the Balearic
Islands Innovation Agency; and Eleni Papadaki, joint secretariat officer of the Interreg Euro-MED programme.</p>
<p>The island info day in Victoria will be held at the Gozo Business Chamber's seminar room and is opened by
Rita Camilleri, President of the Gozo Business Chamber. In the afternoon, cluster managers can book 20-minute
one-to-one consultations with the project team.</p>
<blockquote>"Islands have clusters with very small teams and very big ideas. This call gives them the money and
the time to try one of those ideas properly," said Charles Xuereb.</blockquote>
<h2>How the applications are evaluated</h2>
<p>Applications are scored by an evaluation committee of the partners and two external experts, against five
criteria: relevance for the island economy (25 points), benefit for the cluster's members (25), feasibility
(20), sustainability after the pilot (20) and cooperation with other islands (10). Applicants need at least
60 points. Each island region may receive at most four pilot actions. Results are communicated by e-mail and
published on this website.</p>
<h2>Who can apply</h2>
<p>Legal entities that manage a cluster or a network of at least ten SMEs, with a seat on an island in the
Euro-MED programme area: for example Malta and Gozo, the Balearic Islands, Crete, Sardinia, Corsica, Cyprus,
Sicily or the islands of Croatia and Greece. Applicants must not be in the project's consortium. One
application per organisation.</p>
<h2>Frequently asked</h2>
<p><b>Can a chamber of commerce apply?</b> Yes, if it runs a cluster or SME network as defined above.<br/>
<b>Is co-financing required?</b> No, the grant covers 100 % of the eligible costs.<br/>
<b>Is there a template?</b> Yes, the application form and the budget template can be downloaded below.</p>
<p class="docs">Downloads: Call text (PDF) · Application form (DOCX) · Budget template (XLSX) · Evaluation grid (PDF)</p>
<p class="contact">Contact: islands4clusters@gozochamber.example.mt · Gozo Business Chamber, Triq ir-Repubblika,
Victoria VCT 1014, Gozo, Malta</p>
<p class="share">Share: LinkedIn · Facebook · X</p>
</main>
<aside><h3>Latest news</h3>
<ul><li>Kick-off meeting in Victoria brings island partners together (28 March 2034)</li>
<li>Mapping of 63 island clusters published (4 July 2034)</li></ul></aside>
<footer>ISLANDS4CLUSTERS is co-funded by the European Union through the Interreg Euro-MED programme. · Privacy · Cookies</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Charles Xuereb","project manager of ISLANDS4CLUSTERS","Gozo Business Chamber"),
  P("Marina Ferrer Pons","head of clusters","Balearic Islands Innovation Agency"),
  P("Eleni Papadaki","joint secretariat officer",None),
  P("Rita Camilleri","President","Gozo Business Chamber")],
 [O("Gozo Business Chamber","GBC"), O("Balearic Islands Innovation Agency","IDI"),
  O("Region of Crete's Development Agency"), O("Sardinia Tourism Cluster"),
  O("Corsican Agency for Economic Development","ADEC"), O("Cyprus Chamber of Commerce and Industry","CCCI"),
  O("European Union")],
 [E("Online launch event","2034-09-26"),
  E("Island info day","2034-10-05",None,"Victoria","Malta"),
  E("one-to-one consultations","2034-10-05",None,"Victoria","Malta"),
  E("Final event and exchange of results","2035-10",None,"Palma","Spain"),
  E("Kick-off meeting",None,None,"Victoria","Malta")],
 ["2034-09-12","2035-09-30","2034-09-26","2034-10-05","2034-11-30","2035-01","2035-02/2035-09","2035-10",
  "2034-03-28","2034-07-04"],
 [], pub="2034-09-12")
