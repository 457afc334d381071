from h import *
F = 'g12_osnabrueck_forum_speakers.html'
assert wd(2035,3,21)=='Wednesday' and wd(2035,3,22)=='Thursday' and wd(2035,2,27)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Speakers &amp; programme – Cluster Managers Forum North-West 2035</title></head>
<body>
<header><img alt="logo"> Cluster Managers Forum North-West &nbsp; <a href="#programme">Programme</a> · <a href="#speakers">Speakers</a> · <a href="/venue">Venue</a> · <a href="/register">Register now</a></header>
<main>
<h1>Cluster Managers Forum North-West 2035</h1>
<p class="lead">21–22 March 2035 · Osnabrück · organised by Netzwerk Agrartechnik Osnabrück e.V. (NAO) with the Lower Saxony Ministry for Economic Affairs</p>
<p>The fifth edition of the forum brings together managers of cluster organisations from Lower Saxony, the Netherlands and Flanders for two days of peer learning. Earlier editions took place in Oldenburg (2031), Enschede (2032), Ghent (2033) and Emden (2034). Registration closes on Tuesday 27 February 2035.</p>

<h2>About the forum</h2>
<p>The forum was launched in 2031 by four cluster organisations that had met in an Interreg project and wanted to keep talking once the project had ended. It has no sponsors' stands and no plenary marathon: most of the time is spent in small groups of eight, where managers bring a real problem from their own cluster and leave with advice from colleagues. This year's topics are membership fees and service portfolios, the succession of long-serving cluster managers, data sharing between members, and cooperation with vocational schools. The working language is English. Places are limited to 90 participants, and each cluster may send two people.</p>
<p>New this year: a mentoring scheme that pairs experienced managers with colleagues who started in the job less than two years ago. The first pairs will be matched at the forum and meet online until the 2036 edition.</p>
<h2 id="programme">Programme</h2>
<h3>Wednesday, 21 March 2035</h3>
<table>
<tr><td>12:00</td><td>Registration and lunch</td></tr>
<tr><td>13:00</td><td>Welcome – Dr. Heike Brüggemann-Sato, Managing Director, NAO</td></tr>
<tr><td>13:15</td><td>Opening address – Matthias Oltmanns, State Secretary, Lower Saxony Ministry for Economic Affairs</td></tr>
<tr><td>13:45</td><td>Keynote: What makes a cluster manager excellent? – Prof. Dr. Johan Verbeke, Vlerick Business School</td></tr>
<tr><td>15:00</td><td>Panel: Funding the cluster after the project ends (moderator: Roos van den Broek)</td></tr>
<tr><td>16:30</td><td>Site visit to the Agro-Tech Campus and the test fields of Hochschule Osnabrück</td></tr>
<tr><td>19:30</td><td>Forum dinner at the Haus der Landwirtschaft</td></tr>
</table>
<h3>Thursday, 22 March 2035</h3>
<table>
<tr><td>09:00</td><td>Peer-learning tables in four groups</td></tr>
<tr><td>11:00</td><td>B2B meetings between cluster managers</td></tr>
<tr><td>12:30</td><td>Conclusions and farewell lunch</td></tr>
</table>

<h2 id="speakers">Speakers</h2>
<div class="speaker"><h4>Dr. Heike Brüggemann-Sato</h4><p>Managing Director of Netzwerk Agrartechnik Osnabrück e.V. since 2030. She studied agricultural engineering in Göttingen and Sapporo and worked for CLAAS in Harsewinkel before moving to cluster management.</p></div>
<div class="speaker"><h4>Matthias Oltmanns</h4><p>State Secretary at the Lower Saxony Ministry for Economic Affairs, responsible for innovation, digitalisation and regional policy. Previously mayor of the town of Papenburg (2026–2033).</p></div>
<div class="speaker"><h4>Prof. Dr. Johan Verbeke</h4><p>Professor of Strategy at Vlerick Business School, Ghent, and author of a widely used handbook on cluster management. He has trained more than 300 cluster managers across Europe.</p></div>
<div class="speaker"><h4>Roos van den Broek</h4><p>Director of Food Valley NL in Wageningen. Roos chairs the board of the Dutch cluster network ClusterNL and will moderate the panel.</p></div>
<div class="speaker"><h4>Panellists</h4><p>Sven Ahlers, cluster manager, Maritimes Cluster Norddeutschland; Lieselotte De Smet, CEO, Flanders' FOOD; Dr. Ayşe Karakaya, Head of Cluster Policy, NBank (Investitions- und Förderbank Niedersachsen); Wim ten Brinke, Managing Director, Health Valley Netherlands.</p></div>

<h2>Why attend?</h2>
<p>Participants of the 2034 edition told us what they took home. Key takeaways from Emden:</p>
<ul>
<li>Cluster managers learn most from peers who faced the same problem one year earlier</li>
<li>Members pay for services they use, not for membership as such</li>
<li>Cross-border partners are easier to find at small forums than at large conferences</li>
</ul>
<p>Fee: EUR 190 (members of partner clusters EUR 120), including the forum dinner. <a href="/register">Register now &raquo;</a></p>
</main>
<footer>Netzwerk Agrartechnik Osnabrück e.V. · Am Schölerberg 1, 49082 Osnabrück · Imprint · Data protection · Cookie settings</footer>
</body></html>"""
write(F, T)
N="Netzwerk Agrartechnik Osnabrück e.V."
gold(F,
 [P("Heike Brüggemann-Sato","Managing Director",N),
  P("Matthias Oltmanns","State Secretary","Lower Saxony Ministry for Economic Affairs"),
  P("Johan Verbeke","Professor of Strategy","Vlerick Business School"),
  P("Roos van den Broek","Director","Food Valley NL"),
  P("Sven Ahlers","cluster manager","Maritimes Cluster Norddeutschland"),
  P("Lieselotte De Smet","CEO","Flanders' FOOD"),
  P("Ayşe Karakaya","Head of Cluster Policy","NBank"),
  P("Wim ten Brinke","Managing Director","Health Valley Netherlands")],
 [O(N,"NAO"), O("Lower Saxony Ministry for Economic Affairs"), O("Vlerick Business School"), O("Hochschule Osnabrück"),
  O("CLAAS"), O("town of Papenburg"), O("Food Valley NL"), O("ClusterNL"), O("Maritimes Cluster Norddeutschland"), O("Flanders' FOOD"),
  O("Investitions- und Förderbank Niedersachsen","NBank"), O("Health Valley Netherlands")],
 [E("Cluster Managers Forum North-West 2035","2035-03-21","2035-03-22","Osnabrück","Germany"),
  E("Cluster Managers Forum North-West","2031",None,"Oldenburg","Germany"),
  E("Cluster Managers Forum North-West","2032",None,"Enschede","Netherlands"),
  E("Cluster Managers Forum North-West","2033",None,"Ghent","Belgium"),
  E("Cluster Managers Forum North-West","2034",None,"Emden","Germany"),
  E("Cluster Managers Forum North-West","2036",None,None,None),
  E("Site visit","2035-03-21",None,"Osnabrück","Germany"),
  E("Forum dinner","2035-03-21",None,"Osnabrück","Germany"),
  E("B2B meetings","2035-03-22",None,"Osnabrück","Germany")],
 ["2035-03-21/2035-03-22","2031","2032","2033","2034","2035-02-27","2035-03-21","2035-03-22","2030","2026/2033"],
 ["Cluster managers learn most from peers who faced the same problem one year earlier",
  "Members pay for services they use, not for membership as such",
  "Cross-border partners are easier to find at small forums than at large conferences"], pub=None)
