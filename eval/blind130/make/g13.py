from h import *
F = 'g13_ravenna_offshore_action_plan.html'
assert wd(2039,4,14)=='Thursday' and wd(2039,3,17)=='Thursday' and wd(2039,5,26)=='Thursday' and wd(2039,10,20)=='Thursday' and wd(2039,10,21)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ravenna Offshore Energy Cluster adopts its Action Plan 2039–2042 | ROEC</title></head>
<body>
<div class="cookie-bar">This website uses technical and analytics cookies. By continuing to browse you accept their use. <a href="/privacy">Privacy &amp; cookies</a> <button>OK</button></div>
<header><p class="brand">ROEC · Ravenna Offshore Energy Cluster</p>
<nav><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members">Members</a> · <a href="/action-plan">Action plan</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/it">IT</a></nav></header>
<main>
<p class="path">Home / News / Strategy</p>
<h1>From gas platforms to offshore wind: cluster adopts its Action Plan 2039–2042</h1>
<p class="byline">21 April 2039 · By Federica Montanari, communications officer</p>

<p>The general assembly of the Ravenna Offshore Energy Cluster (ROEC) adopted the cluster's first multi-annual action plan on Thursday 14 April 2039 at the Palazzo dei Congressi in Ravenna. The plan sets out how the 96 member companies – most of them suppliers to the offshore gas industry that has dominated the local economy since the 1960s – can move into offshore wind, floating solar, hydrogen and the decommissioning of old platforms.</p>

<p>The plan was prepared over six months with the support of ART-ER, the Emilia-Romagna region's agency for research and territorial attractiveness, and of the Università di Bologna. It draws on a mapping of members' capabilities, two foresight workshops held in Ravenna on 17 March and 31 March 2039, and a benchmarking visit to the port of Den Helder in the Netherlands in February 2039.</p>

<h2>The launch day</h2>
<ul>
<li>10:00 – General assembly of members (members only)</li>
<li>11:30 – Presentation of the action plan by cluster manager Dr. Luca Ghirardini-Pasi</li>
<li>12:15 – Signing of the cooperation agreement with the Port System Authority of the Northern Central Adriatic Sea</li>
<li>13:00 – Networking lunch</li>
<li>15:00 – Boat trip to the floating wind demonstrator off Marina di Ravenna</li>
</ul>

<p>Speaking at the launch, Francesca Baldini-Rossi, Regional Minister for Economic Development of Regione Emilia-Romagna, said the region would align its calls under the regional smart specialisation strategy with the plan's priorities. The President of the cluster, Stefano Bertozzi, who is also chief executive of Adriatica Subsea Services S.p.A., called the plan "a contract between companies that have competed for fifty years and now need to cooperate".</p>

<h2>Priority actions 2039–2042</h2>
<p>The general assembly agreed on five priority actions:</p>
<ol>
<li>Create a shared test site for floating wind and floating solar components in the port area, open to all members</li>
<li>Launch a retraining programme for 400 offshore gas workers, designed with the Università di Bologna and the regional training agencies</li>
<li>Build a joint offer of the cluster's members for the decommissioning of at least ten end-of-life platforms in the northern Adriatic</li>
<li>Set up an export desk for the Mediterranean and the Baltic, starting with missions to Greece and Poland</li>
<li>Monitor the plan every year with ten indicators and publish the results at the autumn members' meeting</li>
</ol>

<h2>Next steps</h2>
<p>A first progress review will take place at the autumn members' meeting on 20 October 2039. Members can register for the thematic working groups until 26 May 2039. An export mission to Gdańsk and Szczecin is being prepared with the Italian Trade Agency (ICE) for 20–21 October 2039, right after the autumn meeting, and a return visit from Den Helder is expected in 2040.</p>

<p>The action plan (42 pages, English and Italian) can be downloaded from the members' area. Questions: Luca Ghirardini-Pasi, cluster manager, cluster@roec.example.it.</p>

<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> | <a href="/news">All news »</a></p>
</main>
<aside><h3>Upcoming events</h3><p>20 October 2039 – Autumn members' meeting, Ravenna · 20–21 October 2039 – Export mission to Poland</p></aside>
<footer><p>Ravenna Offshore Energy Cluster – Associazione riconosciuta · Via Trieste 00, 48122 Ravenna · VAT IT00000000000</p>
<p>Co-funded by the Emilia-Romagna Regional Programme ERDF 2035–2041 · <a href="/legal">Legal notes</a></p></footer>
</body></html>
"""
write(F, T)
R = "Ravenna Offshore Energy Cluster"
gold(F,
 [P("Federica Montanari", "communications officer", None),
  P("Luca Ghirardini-Pasi", "cluster manager", R),
  P("Francesca Baldini-Rossi", "Regional Minister for Economic Development", "Regione Emilia-Romagna"),
  P("Stefano Bertozzi", "President", R)],
 [O(R, "ROEC"), O("ART-ER"), O("Università di Bologna"), O("Port System Authority of the Northern Central Adriatic Sea"),
  O("Regione Emilia-Romagna"), O("Adriatica Subsea Services S.p.A."), O("Italian Trade Agency", "ICE")],
 [E("general assembly", "2039-04-14", None, "Ravenna", "Italy"),
  E("foresight workshops", "2039-03-17", None, "Ravenna", "Italy"),
  E("foresight workshops", "2039-03-31", None, "Ravenna", "Italy"),
  E("benchmarking visit to the port of Den Helder", "2039-02", None, "Den Helder", "Netherlands"),
  E("Signing of the cooperation agreement with the Port System Authority of the Northern Central Adriatic Sea", "2039-04-14", None, "Ravenna", "Italy"),
  E("Networking lunch", "2039-04-14", None, "Ravenna", "Italy"),
  E("Boat trip to the floating wind demonstrator off Marina di Ravenna", "2039-04-14", None, "Marina di Ravenna", "Italy"),
  E("autumn members' meeting", "2039-10-20", None, "Ravenna", "Italy"),
  E("export mission to Gdańsk and Szczecin", "2039-10-20", "2039-10-21", "Gdańsk, Szczecin", "Poland"),
  E("return visit from Den Helder", "2040", None, None, None)],
 ["2039/2042", "2039-04-21", "2039-04-14", "2039-03-17", "2039-03-31", "2039-02", "2039-10-20", "2039-05-26", "2039-10-20/2039-10-21", "2040", "2035/2041"],
 ["Create a shared test site for floating wind and floating solar components in the port area, open to all members",
  "Launch a retraining programme for 400 offshore gas workers, designed with the Università di Bologna and the regional training agencies",
  "Build a joint offer of the cluster's members for the decommissioning of at least ten end-of-life platforms in the northern Adriatic",
  "Set up an export desk for the Mediterranean and the Baltic, starting with missions to Greece and Poland",
  "Monitor the plan every year with ten indicators and publish the results at the autumn members' meeting"],
 pub="2039-04-21")
