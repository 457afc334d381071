from h import *
F = 'g07_kaiserslautern_cluster_event_reports.html'
assert wd(2040,1,22)=='Sunday' or True
assert wd(2040,2,16)=='Thursday' and wd(2040,3,6)=='Tuesday' and wd(2040,3,7)=='Wednesday' and wd(2040,3,27)=='Tuesday' and wd(2040,4,19)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Event reports – CVA West Palatinate</title></head>
<body>
<header><p class="logo">CVA · Commercial Vehicle Alliance West Palatinate</p>
<nav><a href="/">Start</a> · <a href="/alliance">Alliance</a> · <a href="/topics">Topics</a> · <a href="/events">Events</a> · <a href="/reports" class="on">Event reports</a> · <a href="/join">Become a member</a> · <a href="/de">DE</a></nav>
<form><input placeholder="Search"></form></header>
<main>
<h1>Event reports</h1>
<p>Short reports from our events and from events where CVA members were present. Photos: CVA unless stated otherwise.</p>

<article>
<h2>Round table on hydrogen trucks: "The fuel is there, the trucks are not"</h2>
<p class="meta">19.04.2040 · Event reports · Hydrogen</p>
<p>Around 40 fleet operators, manufacturers and public buyers met on 27 March 2040 at the Kaiserslautern University of Applied Sciences (Hochschule Kaiserslautern) for a round table on hydrogen trucks in regional distribution. The discussion was moderated by Dr. Sophie Ruppenthal, managing director of CVA. Input came from Lars Østergaard-Holm (Everfuel A/S), who described the filling station network along the Rhine corridor, and from Benedikt Schnabel of the logistics company Spedition Schnabel GmbH in Landstuhl, which has operated two fuel-cell trucks since 2038.</p>
<p>Conclusions of the round table:</p>
<ul>
<li>Hydrogen supply in the region is no longer the bottleneck; vehicle availability and prices are</li>
<li>Public buyers should bundle demand across municipalities to reach volumes that manufacturers take seriously</li>
<li>Maintenance workshops need trained staff before the vehicles arrive, not after</li>
</ul>
<p>The presentations are available to members in the download area. <a href="#">Read more</a></p>
</article>

<article>
<h2>Partner meeting in Kaiserslautern: Interreg project TRUCK-IN goes into its second year</h2>
<p class="meta">12.03.2040 · Event reports · Projects</p>
<p>On 6 and 7 March 2040, CVA welcomed the partners of the Interreg Europe project TRUCK-IN to the Pfalz region. Twelve representatives from six regions took part, among them Agnieszka Zawadzka-Król from the Opole Regional Development Agency (OARR), Jörgen Lindqvist of Region Jönköping and Mari-Liis Kask from the Estonian Logistics Cluster. On the first day, the partners discussed the regional action plans; in the afternoon they visited the Kaiserslautern plant of Daimler Truck AG. The second day was dedicated to a peer review of the West Palatinate policy instrument, the state programme for innovation in small enterprises, managed by the Investitions- und Strukturbank Rheinland-Pfalz (ISB).</p>
<p>The next partner meeting will take place in Jönköping in October 2040. <a href="#">Read more</a></p>
</article>

<article>
<h2>Annual reception: CVA honours apprentice of the year</h2>
<p class="meta">20.02.2040 · Event reports · Alliance</p>
<p>More than 200 guests attended the CVA annual reception on 16 February 2040 at the Fritz-Walter-Stadion business lounge. State Secretary Claudia Hennig-Alt of the Ministry for Economic Affairs, Transport, Agriculture and Viticulture of Rhineland-Palatinate spoke about the transformation of the supplier industry. The CVA apprentice award went to Mehmet Yıldız, a mechatronics apprentice at Keiper Seating Mechanisms GmbH, for a test bench for seat adjusters. CVA chairman Ulrich von der Heydt thanked the outgoing board member Dieter Rausch, who had represented the Chamber of Crafts of the Palatinate (HWK der Pfalz) on the board since 2031.</p>
<p class="caption">Photo: Klaus Bernhardt-Hell</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<h2>Webinar recap: Battery recycling for commercial vehicles</h2>
<p class="meta">02.02.2040 · Event reports · Circular economy</p>
<p>Our first webinar of the year on 25 January 2040 attracted 96 participants. Prof. Dr. Ewa Nowicka-Sauer of the Fraunhofer Institute for Industrial Mathematics ITWM presented a model for forecasting returns of traction batteries from truck fleets. <a href="#">Recording</a></p>
</article>

<nav class="pager"><a href="#">« newer</a> · page 2 of 9 · <a href="#">older »</a></nav>
<aside><h3>Upcoming</h3><p>8 May 2040 – General Assembly · 4 June 2040 – Suppliers' Day Zweibrücken · <a href="/events">All events</a></p></aside>
</main>
<footer><p>Commercial Vehicle Alliance West Palatinate e.V. · Trippstadter Straße 110 · 67663 Kaiserslautern · <a href="#">Imprint</a> · <a href="#">Data protection</a> · Member of the cluster network of Rhineland-Palatinate</p></footer>
</body></html>
"""
write(F, T)
C = "Commercial Vehicle Alliance West Palatinate e.V."
gold(F,
 [P("Sophie Ruppenthal","managing director",C),
  P("Lars Østergaard-Holm",None,"Everfuel A/S"),
  P("Benedikt Schnabel",None,"Spedition Schnabel GmbH"),
  P("Agnieszka Zawadzka-Król",None,"Opole Regional Development Agency"),
  P("Jörgen Lindqvist",None,"Region Jönköping"),
  P("Mari-Liis Kask",None,"Estonian Logistics Cluster"),
  P("Claudia Hennig-Alt","State Secretary","Ministry for Economic Affairs, Transport, Agriculture and Viticulture of Rhineland-Palatinate"),
  P("Mehmet Yıldız","mechatronics apprentice","Keiper Seating Mechanisms GmbH"),
  P("Ulrich von der Heydt","chairman",C),
  P("Dieter Rausch","board member",C),
  P("Klaus Bernhardt-Hell",None,None),
  P("Ewa Nowicka-Sauer",None,"Fraunhofer Institute for Industrial Mathematics ITWM")],
 [O(C,"CVA"),
  O("Kaiserslautern University of Applied Sciences"),
  O("Everfuel A/S"), O("Spedition Schnabel GmbH"), O("Opole Regional Development Agency","OARR"),
  O("Region Jönköping"), O("Estonian Logistics Cluster"), O("Daimler Truck AG"),
  O("Investitions- und Strukturbank Rheinland-Pfalz","ISB"),
  O("Ministry for Economic Affairs, Transport, Agriculture and Viticulture of Rhineland-Palatinate"),
  O("Keiper Seating Mechanisms GmbH"), O("Chamber of Crafts of the Palatinate","HWK der Pfalz"),
  O("Fraunhofer Institute for Industrial Mathematics ITWM")],
 [E("Round table on hydrogen trucks","2040-03-27",None,"Kaiserslautern","Germany"),
  E("Partner meeting in Kaiserslautern","2040-03-06","2040-03-07","Kaiserslautern","Germany"),
  E("visited the Kaiserslautern plant of Daimler Truck AG","2040-03-06",None,"Kaiserslautern","Germany"),
  E("peer review of the West Palatinate policy instrument","2040-03-07",None,"Kaiserslautern","Germany"),
  E("partner meeting","2040-10",None,"Jönköping","Sweden"),
  E("annual reception","2040-02-16",None,"Kaiserslautern","Germany"),
  E("Battery recycling for commercial vehicles","2040-01-25",None,None,None),
  E("General Assembly","2040-05-08",None,None,None),
  E("Suppliers' Day Zweibrücken","2040-06-04",None,"Zweibrücken","Germany")],
 ["2040-04-19","2040-03-27","2038","2040-03-12","2040-03-06/2040-03-07","2040-10","2040-02-20","2040-02-16","2031",
  "2040-02-02","2040-01-25","2040-05-08","2040-06-04"],
 ["Hydrogen supply in the region is no longer the bottleneck; vehicle availability and prices are",
  "Public buyers should bundle demand across municipalities to reach volumes that manufacturers take seriously",
  "Maintenance workshops need trained staff before the vehicles arrive, not after"])
