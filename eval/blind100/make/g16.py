from h import *
F = 'g16_alpe_adria_network_people_on_the_move.html'
assert wd(2035,6,14)=='Thursday' and wd(2035,6,28)=='Thursday' and wd(2035,7,3)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter 6/2035 – Alpe-Adria Cluster Network</title></head>
<body>
<p class="preheader">People on the move, a new secretariat in Ljubljana and the summer calendar. <a href="#">View in browser</a></p>
<header><p class="logo">AACN · Alpe-Adria Cluster Network</p><p>Newsletter No. 6/2035 · 19 June 2035</p></header>
<main>
<h1>Dear members and friends,</h1>
<p>The network has changed more in the past three months than in the three years before. Our secretariat has moved from Klagenfurt to Ljubljana, the board has a new president and several of our member clusters have new managers. This issue's "People on the move" column is therefore longer than usual. As always, tell us about your own news by writing to newsletter@aacn.example.eu.</p>
<p>— Tjaša Kovač, Secretary General</p>

<h2>People on the move</h2>

<h3>Network board</h3>
<p>At the General Assembly in Udine on Thursday, 14 June 2035, the members elected <strong>Dr. Gregor Zupančič</strong>, managing director of the Slovenian Mobility Cluster (SMC), as President of the Alpe-Adria Cluster Network. He succeeds <strong>Helga Tschernutter</strong> of Kärnten Tech Cluster, who led the network for two terms (2029–2035) and now joins the board as immediate past president. <strong>Lorenzo Bassi</strong>, director of the Adriatic Maritime Technology Cluster (AMTC), was elected Vice-President, and <strong>Marija Horvat</strong>, of the Croatian Wood Cluster, was re-elected Treasurer.</p>

<h3>Secretariat</h3>
<p><strong>Tjaša Kovač</strong> took up her post as Secretary General on 1 April 2035. She was previously head of international cooperation at the Chamber of Commerce and Industry of Slovenia (GZS). Her predecessor, <strong>Wolfgang Pirker</strong>, has retired after eleven years with the network. <strong>Nina Žagar</strong> joins the secretariat as events coordinator; <strong>Alessandro Furlan</strong> remains project manager for the Interreg Italy–Slovenia projects and now works from the Trieste office.</p>

<h3>Member clusters</h3>
<ul>
<li><strong>Drau Valley Electronics Cluster</strong> (Villach, Austria): <strong>Katrin Ebner</strong> is the new managing director, replacing <strong>Stefan Oberlercher</strong>, who has moved to the Carinthian Economic Promotion Fund (KWF) as head of its technology department.</li>
<li><strong>Wood Cluster Styria</strong> (Graz, Austria): <strong>Martin Leitgeb</strong> has been appointed head of innovation.</li>
<li><strong>Slovenian Plastics Cluster</strong> (Celje, Slovenia): after fifteen years as director, <strong>Bojan Pečnik</strong> has handed over to <strong>Urša Kralj</strong>. He stays on as senior adviser until the end of the year.</li>
<li><strong>Veneto Green Cluster</strong> (Padua, Italy): <strong>Giorgia Trevisan</strong> is the new president of the cluster's board; she is chief executive of Polimeri Brenta S.p.A.</li>
<li><strong>Croatian Wood Cluster</strong> (Zagreb, Croatia): <strong>Ivan Babić</strong> joins as EU projects officer.</li>
<li><strong>Bavarian Cluster for Mechatronics and Automation</strong> (Augsburg, Germany), our newest associate member: contact person is <strong>Dr. Felix Hartmann</strong>, international affairs.</li>
</ul>

<h3>In memoriam</h3>
<p>We learned with sadness of the death of <strong>Franc Rozman</strong>, one of the founders of the network in 2022 and for many years the voice of Slovenian toolmakers in Brussels. Our thoughts are with his family.</p>

<h2>General Assembly 2035 in brief</h2>
<p>Forty-one delegates from 29 member clusters met at the Friuli Innovation Research and Technology Transfer Centre in Udine. Besides the elections the assembly approved the 2034 accounts, admitted three new members and adopted the network's work programme for 2035–2036. The evening before, the host cluster invited delegates to a welcome dinner in the old town.</p>

<h2>Project corner</h2>
<p>The cross-border apprenticeship pilot run by Kärnten Tech Cluster and the Slovenian Mobility Cluster has placed its first 22 trainees: Slovenian students spend three months in Carinthian companies and Austrian students the same time in Slovenian ones. The partners will present the first results at the Cluster Days in September. Meanwhile the Croatian Wood Cluster and Wood Cluster Styria have agreed to share a stand at the Interzum fair, and the maritime clusters of Trieste and Rijeka are preparing a joint application on green port logistics. Members interested in joining one of these initiatives can contact Alessandro Furlan, who keeps the network's overview of open partner searches. A short guide to the network's partner search service, with the six questions we ask every cluster before we circulate a request, is available in the members' area.</p>

<h2>Calendar</h2>
<table>
<tr><td>Thursday, 28 June 2035, 10:00–11:30</td><td>Webinar: "Hiring across the border – what changes with the new posting rules", speaker: Petra Vogrinc, labour lawyer, Ljubljana</td></tr>
<tr><td>Tuesday, 3 July 2035</td><td>Board meeting, Ljubljana</td></tr>
<tr><td>18–20 September 2035</td><td>Alpe-Adria Cluster Days, Klagenfurt: matchmaking, site visits, cluster managers' academy</td></tr>
<tr><td>November 2035</td><td>Study visit to the Basque cluster network, Bilbao (dates to be confirmed)</td></tr>
</table>

<h2>From the network</h2>
<p>The Alpe-Adria Cluster Network now has 34 members in Austria, Croatia, Italy and Slovenia, plus four associate members in Germany and Hungary. The move of the secretariat to the Technology Park Ljubljana was decided in December 2034 to be closer to the Slovenian members and to cut rent by half. The new address and the new bank details are below.</p>

<p>Alpe-Adria Cluster Network · Tehnološki park 24, 1000 Ljubljana, Slovenia · secretariat@aacn.example.eu · +386 1 000 43 00</p>
<p class="small">You receive this newsletter because you are a contact person of a member cluster or have subscribed on our website. <a href="#">Unsubscribe</a> · <a href="#">Update preferences</a> · <a href="#">Forward to a colleague</a><br>Photos: AACN archive, Slovenian Mobility Cluster.</p>
</main>
</body></html>
"""
write(F, T)
C = "Alpe-Adria Cluster Network"
gold(F,
 [P("Tjaša Kovač","Secretary General",C), P("Gregor Zupančič","President",C),
  P("Helga Tschernutter","immediate past president",C), P("Lorenzo Bassi","Vice-President",C), P("Marija Horvat","Treasurer",C),
  P("Wolfgang Pirker",None,C), P("Nina Žagar","events coordinator",C), P("Alessandro Furlan","project manager",C),
  P("Katrin Ebner","managing director","Drau Valley Electronics Cluster"),
  P("Stefan Oberlercher","head of its technology department","Carinthian Economic Promotion Fund"),
  P("Martin Leitgeb","head of innovation","Wood Cluster Styria"), P("Bojan Pečnik","senior adviser","Slovenian Plastics Cluster"),
  P("Urša Kralj",None,"Slovenian Plastics Cluster"), P("Giorgia Trevisan","president","Veneto Green Cluster"),
  P("Ivan Babić","EU projects officer","Croatian Wood Cluster"),
  P("Felix Hartmann","international affairs","Bavarian Cluster for Mechatronics and Automation"),
  P("Franc Rozman","founder",C), P("Petra Vogrinc","labour lawyer",None)],
 [O(C,"AACN"), O("Slovenian Mobility Cluster","SMC"), O("Kärnten Tech Cluster"),
  O("Adriatic Maritime Technology Cluster","AMTC"), O("Croatian Wood Cluster"),
  O("Chamber of Commerce and Industry of Slovenia","GZS"), O("Drau Valley Electronics Cluster"), O("Carinthian Economic Promotion Fund","KWF"),
  O("Wood Cluster Styria"), O("Slovenian Plastics Cluster"), O("Veneto Green Cluster"), O("Polimeri Brenta S.p.A."),
  O("Bavarian Cluster for Mechatronics and Automation"), O("Friuli Innovation Research and Technology Transfer Centre"),
  O("Technology Park Ljubljana")],
 [E("General Assembly","2035-06-14",None,"Udine","Italy"), E("welcome dinner","2035-06-13",None,"Udine","Italy"),
  E("Hiring across the border – what changes with the new posting rules","2035-06-28",None,None,None),
  E("Board meeting","2035-07-03",None,"Ljubljana","Slovenia"),
  E("Alpe-Adria Cluster Days","2035-09-18","2035-09-20","Klagenfurt","Austria"),
  E("Study visit to the Basque cluster network","2035-11",None,"Bilbao","Spain"),
  E("Interzum fair")],
 ["2035-06-19","2035-06-14","2029/2035","2035-04-01","2022","2034","2035/2036","2035-06-28","2035-07-03",
  "2035-09-18/2035-09-20","2035-11","2034-12","2035-09"], [], "2035-06-19")
