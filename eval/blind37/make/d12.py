from common import *
doc = "riverport-logistics-summit-series.html"
write(doc, """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RiverPort Logistics Summit – the conference series of the Danube waterway clusters</title></head>
<body>
<header><div class="brand">RiverPort Logistics Summit</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/2034">Novi Sad 2034</a></li><li><a href="/editions">Past editions</a></li><li><a href="/partners">Partners</a></li><li><a href="/press">Press</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<div class="lang">EN | SR | DE | HU</div></header>
<div class="breadcrumbs">Home &gt; About the series</div>
<main>
<section class="hero">
<h1>RiverPort Logistics Summit</h1>
<p class="sub">Inland ports, barge operators, shippers and cities of the Danube meet once a year.</p>
<p class="next"><strong>Next edition: RiverPort Logistics Summit 2034 · 25–27 September 2034 · Novi Sad, Serbia</strong></p>
<a class="btn" href="/2034/register">Register (early bird until 30 June 2034)</a>
</section>
<section>
<h2>About the series</h2>
<p>The summit was started in 2029 by three cluster organisations that wanted to bring freight back to the river:
the Vojvodina Logistics Cluster (VLK), the Austrian inland-port network Donauhafen Netzwerk and the Romanian
cluster Dunărea Logistic. Since then it has moved every year to another port city and has become the main meeting
of the Danube waterway community, supported by the Danube Commission and the EU Strategy for the Danube Region.
The organising partners form a standing programme committee chaired in 2034 by <strong>Dragana Petrović</strong>,
director of VLK.</p>
</section>
<section>
<h2>Edition 2034 in Novi Sad</h2>
<p>The sixth edition takes place at the Novi Sad Fair (Novosadski sajam) and on the quay of the Port of Novi Sad.
The programme has three parts:</p>
<ul>
<li><b>25 September</b> – Port tour by boat and welcome reception hosted by the City of Novi Sad</li>
<li><b>26 September</b> – Plenary "Modal shift after 2030: what really moved?" and four workshops on digital river
information services, low-water adaptation, green barges and port-city planning</li>
<li><b>27 September</b> – B2B meetings, site visit to the Inđija intermodal terminal</li>
</ul>
<p>Confirmed speakers include <strong>Univ.-Prof. Dr. Gerhard Pichler-Stein</strong> (Vienna University of Economics
and Business), <strong>Andrei Munteanu</strong> (general manager, Galați Port Operators S.A.) and <strong>Marija
Jovanović</strong>, State Secretary at the Ministry of Construction, Transport and Infrastructure of Serbia.</p>
</section>
<section>
<h2>Past editions</h2>
<table class="editions">
<tr><th>Edition</th><th>Dates</th><th>Host city</th><th>Participants</th><th>Theme</th></tr>
<tr><td>1st</td><td>May 2029</td><td>Vienna, Austria</td><td>140</td><td>Why the river?</td></tr>
<tr><td>2nd</td><td>12–13 October 2030</td><td>Budapest, Hungary</td><td>210</td><td>Ports as energy hubs</td></tr>
<tr><td>3rd</td><td>6–7 October 2031</td><td>Galați, Romania</td><td>260</td><td>Grain and the Black Sea corridor</td></tr>
<tr><td>4th</td><td>21–23 September 2032</td><td>Linz, Austria</td><td>330</td><td>Digital river information</td></tr>
<tr><td>5th</td><td>19.09.–21.09.2033</td><td>Ruse, Bulgaria</td><td>370</td><td>Low water, high stakes</td></tr>
</table>
<p>The 2033 declaration "Ruse Commitments for a Navigable Danube" was signed by 28 ports and cities.
Reports of all editions are available under <a href="/editions">Past editions</a>.</p>
<h2>Why Novi Sad?</h2>
<p>Novi Sad combines a public port, a free zone and a university with a strong transport faculty. Since the
reopening of the railway connection to the port in 2033, container volumes on the quay have doubled. The city hosts
the summit for the first time; the Faculty of Technical Sciences of the University of Novi Sad will present its
river-traffic simulator during the port tour.</p>
<h2>Partners 2034</h2>
<p>Vojvodina Logistics Cluster (VLK) · Donauhafen Netzwerk · Dunărea Logistic · Bulgarian Danube Ports Association ·
City of Novi Sad · Danube Commission (patronage)</p>
<p class="outlook">The seventh edition will be hosted by Bratislava in autumn 2035.</p>
</section>
</main>
<footer>
<p>Secretariat 2034: Vojvodina Logistics Cluster (VLK), Bulevar oslobođenja 30, Novi Sad · summit@riverport.example</p>
<p>Contact: Nikola Stanković, summit coordinator</p>
<p>&copy; 2034 RiverPort Logistics Summit · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p>
</footer></body></html>
""")
gold(doc, None,
 [P("Dragana Petrović","director","VLK"), P("Gerhard Pichler-Stein",None,"Vienna University of Economics and Business"),
  P("Andrei Munteanu","general manager","Galați Port Operators S.A."),
  P("Marija Jovanović","State Secretary","Ministry of Construction, Transport and Infrastructure of Serbia"),
  P("Nikola Stanković","summit coordinator",None)],
 [O("Vojvodina Logistics Cluster","VLK"), O("Donauhafen Netzwerk"), O("Dunărea Logistic"), O("Danube Commission"),
  O("City of Novi Sad"), O("Vienna University of Economics and Business"),
  O("Galați Port Operators S.A."), O("Faculty of Technical Sciences"), O("University of Novi Sad"), O("Bulgarian Danube Ports Association"), O("Ministry of Construction, Transport and Infrastructure of Serbia")],
 [E("RiverPort Logistics Summit 2034","2034-09-25","2034-09-27","Novi Sad","Serbia"),
  E("RiverPort Logistics Summit 1st edition","2029-05",None,"Vienna","Austria"),
  E("RiverPort Logistics Summit 2nd edition","2030-10-12","2030-10-13","Budapest","Hungary"),
  E("RiverPort Logistics Summit 3rd edition","2031-10-06","2031-10-07","Galați","Romania"),
  E("RiverPort Logistics Summit 4th edition","2032-09-21","2032-09-23","Linz","Austria"),
  E("RiverPort Logistics Summit 5th edition","2033-09-19","2033-09-21","Ruse","Bulgaria"),
  E("seventh edition","2035",None,"Bratislava","Slovakia")],
 ["2034-09-25/2034-09-27","2034-06-30","2029","2034","2034-09-25","2034-09-26","2034-09-27","2029-05",
  "2030-10-12/2030-10-13","2031-10-06/2031-10-07","2032-09-21/2032-09-23","2033-09-19/2033-09-21","2035","2033"])
