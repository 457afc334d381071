from h import *
F = 'g15_helsinki_baltic_cluster_summit.html'
assert wd(2039,9,13)=='Tuesday' and wd(2039,9,14)=='Wednesday' and wd(2039,9,15)=='Thursday' and wd(2039,9,21)=='Wednesday' and wd(2040,10,2)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcomes – Baltic Sea Region Cluster Summit 2039 | BSR Clusters Network</title></head>
<body>
<div class="consent">This website stores cookies on your computer. <a href="/privacy">Read our privacy notice</a>. <button>OK</button></div>
<header><p class="site">BSR Clusters Network</p>
<nav><a href="/">Home</a> <a href="/network">The network</a> <a href="/summit">Summit</a> <a href="/projects">Projects</a> <a href="/news">News</a> <a href="/contact">Contact</a> <a href="/search">Search</a></nav></header>
<main>
<h1>Baltic Sea Region Cluster Summit 2039 – outcomes</h1>
<p class="byline">21 September 2039 · Summit · Written by Maija Rantanen-Olsson, network secretariat</p>
<p>The seventh Baltic Sea Region Cluster Summit brought 320 cluster managers, company representatives and policy makers from ten countries to Helsinki on 13–14 September 2039. The Summit was hosted by Helsinki Partners and the City of Helsinki in cooperation with Business Finland and the Council of the Baltic Sea States (CBSS), under the theme "Shared supply chains for a safer region".</p>

<h2>Two days in brief</h2>
<h3>Tuesday 13 September</h3>
<ul>
<li>10:00 Opening – Aino Kärkkäinen-Lindholm (Deputy Mayor for Economic Affairs, City of Helsinki) and Dr Jānis Bērziņš (Chair of the BSR Clusters Network; CEO, Latvian Photonics Cluster)</li>
<li>11:00 Keynote: "Clusters and economic security" – Ingrid Haugen-Aas, Senior Adviser, Nordic Council of Ministers</li>
<li>14:00 Parallel tracks: maritime &amp; ports, health technologies, defence and dual use, food systems</li>
<li>19:30 Summit dinner at the Helsinki City Hall, hosted by the Deputy Mayor</li>
</ul>
<h3>Wednesday 14 September</h3>
<ul>
<li>09:00–12:00 B2B meetings (186 meetings booked through the matchmaking tool)</li>
<li>13:00 Policy round: the future of interregional cluster cooperation – with Rūta Vaitkevičienė (Lithuanian Innovation Agency), Mikkel Østergaard (Cluster Excellence Denmark) and Karl-Erik Sundqvist (Tillväxtverket – Swedish Agency for Economic and Regional Growth)</li>
<li>15:30 Summit conclusions and handover to the next host</li>
</ul>
<h3>Thursday 15 September (optional)</h3>
<ul>
<li>Study visits to the Otaniemi innovation campus in Espoo and to the Aviapolis business district in Vantaa</li>
</ul>

<h2>Summit conclusions</h2>
<p>In the closing session, the rapporteur, Prof. Katarzyna Zielińska-Holm of the University of Gdańsk, presented the conclusions of the two days:</p>
<ul>
<li>Cluster organisations around the Baltic Sea know their regional suppliers better than any agency and should be used to map critical supply chains before the next crisis, not during it</li>
<li>The region needs a common register of cluster services so that companies can find partners across borders in hours rather than weeks</li>
<li>Dual-use technologies open a market for many civilian SMEs, but they need guidance on export controls and security clearances</li>
<li>Joint applications of Baltic clusters to EU calls succeed more often when one partner coordinates the preparation for the whole group</li>
</ul>
<p>"The Summit has shown that cooperation in the region is no longer a nice extra – it is part of our preparedness," Dr Bērziņš said at the close.</p>

<h2>Summit history</h2>
<p>The Summit started as a meeting of a dozen cluster managers on a ferry between Tallinn and Helsinki and has since grown into the main annual event of the network. Recent editions:</p>
<ul>
<li>Baltic Sea Region Cluster Summit 2036 – Riga</li>
<li>Baltic Sea Region Cluster Summit 2037 – Gdańsk</li>
<li>Baltic Sea Region Cluster Summit 2038 – Kaunas</li>
</ul>
<p>A feedback survey among participants of the Helsinki edition showed that 87% found the B2B meetings useful, and that most would like more time for the study visits. The secretariat will publish the full summit report, including the results of the parallel tracks, in November.</p>
<p>The eighth Baltic Sea Region Cluster Summit will take place in Rostock on 2–3 October 2040, hosted by the regional development agency of Mecklenburg-Vorpommern together with the Maritime Cluster Northern Germany (MCN). Calls for session proposals open in March 2040.</p>
<p>Presentations and photos: <a href="/summit/2039/materials">Summit 2039 materials</a> · <a href="/summit/2039/photos">Gallery</a></p>
<p>Share: <a href="#">LinkedIn</a> | <a href="#">Facebook</a> | <a href="#">Copy link</a></p>
</main>
<footer><p>BSR Clusters Network · Secretariat c/o Helsinki Partners, Kaikukatu 4, 00530 Helsinki · secretariat@bsrclusters.example.eu</p><p>Co-funded by the Interreg Baltic Sea Region programme 2035–2041.</p></footer>
</body></html>
"""
write(F, T)
N="BSR Clusters Network"
gold(F,
 [P("Maija Rantanen-Olsson","network secretariat",N),
  P("Aino Kärkkäinen-Lindholm","Deputy Mayor for Economic Affairs","City of Helsinki"),
  P("Jānis Bērziņš","Chair",N),
  P("Ingrid Haugen-Aas","Senior Adviser","Nordic Council of Ministers"),
  P("Rūta Vaitkevičienė",None,"Lithuanian Innovation Agency"),
  P("Mikkel Østergaard",None,"Cluster Excellence Denmark"),
  P("Karl-Erik Sundqvist",None,"Swedish Agency for Economic and Regional Growth"),
  P("Katarzyna Zielińska-Holm","rapporteur","University of Gdańsk")],
 [O(N), O("Helsinki Partners"), O("City of Helsinki"), O("Business Finland"), O("Council of the Baltic Sea States","CBSS"),
  O("Latvian Photonics Cluster"), O("Nordic Council of Ministers"), O("Lithuanian Innovation Agency"),
  O("Cluster Excellence Denmark"), O("Swedish Agency for Economic and Regional Growth"), O("University of Gdańsk"), O("Maritime Cluster Northern Germany","MCN")],
 [E("Baltic Sea Region Cluster Summit 2039","2039-09-13","2039-09-14","Helsinki","Finland"),
  E("Summit dinner","2039-09-13",None,"Helsinki","Finland"),
  E("B2B meetings","2039-09-14",None,"Helsinki","Finland"),
  E("Study visits","2039-09-15",None,"Espoo, Vantaa","Finland"),
  E("Baltic Sea Region Cluster Summit 2036","2036",None,"Riga","Latvia"),
  E("Baltic Sea Region Cluster Summit 2037","2037",None,"Gdańsk","Poland"),
  E("Baltic Sea Region Cluster Summit 2038","2038",None,"Kaunas","Lithuania"),
  E("eighth Baltic Sea Region Cluster Summit","2040-10-02","2040-10-03","Rostock","Germany")],
 ["2039-09-21","2039-09-13/2039-09-14","2039-09-13","2039-09-14","2039-09-15","2040-10-02/2040-10-03","2040-03","2035/2041","2039-11"],
 ["Cluster organisations around the Baltic Sea know their regional suppliers better than any agency and should be used to map critical supply chains before the next crisis, not during it",
  "The region needs a common register of cluster services so that companies can find partners across borders in hours rather than weeks",
  "Dual-use technologies open a market for many civilian SMEs, but they need guidance on export controls and security clearances",
  "Joint applications of Baltic clusters to EU calls succeed more often when one partner coordinates the preparation for the whole group"],
 pub="2039-09-21")
