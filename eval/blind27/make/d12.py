from mk import *
doc = "danube-cluster-week-2035-side-events.html"
text(doc, """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Side events – Danube Cluster Week 2035</title></head>
<body>
<header><a class="logo" href="/">Danube Riverside Clusters Alliance</a>
<nav><a href="/">Home</a> | <a href="/network">The network</a> | <a href="/week" class="active">Danube Cluster Week</a> | <a href="/members">Members</a> | <a href="/news">News</a> | <a href="/login">Members' area</a></nav></header>
<p class="crumbs">You are here: <a href="/">Home</a> / <a href="/week">Danube Cluster Week 2035</a> / Side events</p>
<main>
<h1>Danube Cluster Week 2035 – side events</h1>
<p>From <strong>Monday 22 to Friday 26 October 2035</strong>, clusters along the Danube open their doors. The central
conference takes place in Bratislava on 24 October at the Slovak University of Technology; around it, members of the
Danube Riverside Clusters Alliance (DRCA) run the side events below. Side events are organised and financed by their hosts; DRCA
promotes them under the common brand. Registration is done with each host.</p>

<h2>Central conference</h2>
<p><strong>24 October · Bratislava (SK)</strong> – "Value chains along the river: green shipping, bio-based materials and
skills". Opening by Zuzana Hrnčiarová, President of DRCA, and Matthias Oberhuber, Head of Unit, DG REGIO (European Commission).</p>

<h2>Side events</h2>
<table>
<tr><th>Date</th><th>City</th><th>Event</th><th>Host</th></tr>
<tr><td>22 Oct</td><td>Ulm (DE)</td><td>Inland Waterway Logistics Breakfast</td><td>Donau-Iller Logistik Netzwerk e.V.</td></tr>
<tr><td>22–23 Oct</td><td>Linz (AT)</td><td>Hydrogen for inland ports – expert workshop</td><td>Traun-Donau H2 Cluster</td></tr>
<tr><td>23 Oct</td><td>Vienna (AT)</td><td>Start-up pitch night "Blue Danube Ventures"</td><td>Wiener Innovationsraum GmbH</td></tr>
<tr><td>25 Oct</td><td>Budapest (HU)</td><td>Bio-based plastics matchmaking</td><td>Pannon Bioeconomy Cluster (PBC)</td></tr>
<tr><td>25 Oct</td><td>Novi Sad (RS)</td><td>AgriTech open day at the BioSense Institute</td><td>Bačka AgriTech Cluster (BATC)</td></tr>
<tr><td>26 Oct</td><td>Ruse (BG)</td><td>Shipbuilding skills round table</td><td>Lower Danube Shipbuilding Cluster</td></tr>
<tr><td>26 Oct</td><td>online</td><td>Closing webinar: "What the week taught us"</td><td>DRCA secretariat</td></tr>
</table>

<h3>Notes</h3>
<ul>
<li>The Ruse round table was moved from 24 to 26 October so that participants can attend the Bratislava conference.</li>
<li>For the Linz workshop contact Florian Hinterleitner, project manager (hydrogen@ooe-h2.example).</li>
<li>Want to add a side event? Proposals are accepted until 15 September 2035.</li>
</ul>
<p class="meta">Page updated 3 September 2035 · Photo: Old Bridge, Novi Sad</p>
</main>
<footer><p>Danube Riverside Clusters Alliance · Secretariat c/o Slovak University of Technology, Bratislava</p>
<p><a href="/imprint">Imprint</a> · <a href="/privacy">Data protection</a> · Follow us on LinkedIn</p></footer>
</body></html>
""")
gold(doc, None,
 [P("Zuzana Hrnčiarová", "President", "DRCA"), P("Matthias Oberhuber", "Head of Unit", "DG REGIO"),
  P("Florian Hinterleitner", "project manager", None)],
 [O("Danube Riverside Clusters Alliance", "DRCA"), O("Slovak University of Technology"), O("DG REGIO"), O("European Commission"),
  O("Donau-Iller Logistik Netzwerk e.V."), O("Traun-Donau H2 Cluster"), O("Wiener Innovationsraum GmbH"),
  O("Pannon Bioeconomy Cluster", "PBC"), O("BioSense Institute"), O("Bačka AgriTech Cluster", "BATC"),
  O("Lower Danube Shipbuilding Cluster")],
 [E("Danube Cluster Week 2035", "2035-10-22", "2035-10-26", None, None),
  E("Danube Cluster Week 2035 central conference", "2035-10-24", "2035-10-24", "Bratislava", "Slovakia"),
  E("Inland Waterway Logistics Breakfast", "2035-10-22", "2035-10-22", "Ulm", "Germany"),
  E("Hydrogen for inland ports – expert workshop", "2035-10-22", "2035-10-23", "Linz", "Austria"),
  E("Start-up pitch night \"Blue Danube Ventures\"", "2035-10-23", "2035-10-23", "Vienna", "Austria"),
  E("Bio-based plastics matchmaking", "2035-10-25", "2035-10-25", "Budapest", "Hungary"),
  E("AgriTech open day at the BioSense Institute", "2035-10-25", "2035-10-25", "Novi Sad", "Serbia"),
  E("Shipbuilding skills round table", "2035-10-26", "2035-10-26", "Ruse", "Bulgaria"),
  E("Closing webinar: \"What the week taught us\"", "2035-10-26", "2035-10-26", None, None)],
 ["2035-10-22/2035-10-26", "2035-10-24", "2035-10-22", "2035-10-22/2035-10-23", "2035-10-23", "2035-10-25",
  "2035-10-26", "2035-09-15", "2035-09-03"])
