from h import *
F = 'g15_maastricht_cluster_talks_panel.html'
assert wd(2038,3,17)=='Wednesday' and wd(2038,3,10)=='Wednesday' and wd(2037,10,14)=='Wednesday' and wd(2037,5,20)=='Wednesday' and wd(2036,11,19)=='Wednesday' and wd(2038,6,16)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Meuse-Rhine Cluster Talks #6 – Who leads a cluster? | Euregio Cluster Office</title></head>
<body>
<div id="consent">We use functional and analytical cookies. <a href="/privacy">Privacy statement</a> <button>Accept</button> <button>Decline</button></div>
<header><p>Euregio Cluster Office · Maastricht · Aachen · Liège · Hasselt</p>
<nav><a href="/">Home</a> / <a href="/clusters">Clusters in the Euregio</a> / <a href="/talks">Cluster Talks</a> / <a href="/contact">Contact</a> / <a href="/nl">NL</a> <a href="/de">DE</a> <a href="/fr">FR</a></nav></header>
<main>
<p class="kicker">Event · Panel debate · Free admission</p>
<h1>Meuse-Rhine Cluster Talks #6: Who leads a cluster?</h1>
<p class="when"><strong>Wednesday 17 March 2038, 16:00–18:30</strong> · Maastricht, Brightlands Maastricht Health Campus, Auditorium 1 · Language: English</p>
<p>Cluster organisations in the Meuse-Rhine Euregio are changing hands. In the last two years five of the twelve cluster managers in the border region have left their posts, and three boards have elected a new chair. Who are the people who now lead our clusters, how are they chosen, and what should boards ask of them? The sixth Cluster Talks puts the question to a panel of managers, board members and one recruiter.</p>
<p>The Cluster Talks are a series of standalone panel debates organised by the Euregio Cluster Office together with the Province of Limburg (NL), the Provincie Limburg (BE), the Städteregion Aachen and the Walloon agency for enterprise and innovation, Wallonie Entreprendre.</p>

<h2>Panellists</h2>
<ul>
<li><strong>Marleen Janssen-Schmeets</strong> – Cluster Manager, Chemelot Innovation Cluster, Geleen. Took over in September 2037 after ten years in human resources at DSM-Firmenich.</li>
<li><strong>Dr.-Ing. Bernd Offermanns</strong>, chair of the board of the Aachen Production Cluster e.V. and managing director of Offermanns Präzisionsteile GmbH, Eschweiler</li>
<li><strong>Nathalie Lejeune-Dubois</strong> (Director, Pôle MecaTech, Liège), the longest-serving cluster manager in the region (since 2027)</li>
<li><strong>Youssef El Khattabi</strong>, partner at the executive-search firm Meuse Talent Partners B.V., Heerlen, who has placed cluster managers in Flanders and the Netherlands</li>
<li>Moderator: <strong>Prof. dr. Inge van der Heijden-Römer</strong>, Professor of Regional Innovation, Maastricht University School of Business and Economics</li>
</ul>

<h2>Programme</h2>
<p>16:00 Welcome by Frank Dohmen, Head of the Euregio Cluster Office<br>
16:10 Short pitches by the panellists (five minutes each)<br>
16:40 Panel debate and questions from the audience<br>
17:45 Networking drinks<br>
18:30 End</p>

<h2>Earlier Cluster Talks</h2>
<ul>
<li>#5 "Members or customers?" – 14 October 2037, Aachen (RWTH Aachen Campus)</li>
<li>#4 "Clusters across three languages" – 20 May 2037, Liège</li>
<li>#3 "Funding after 2040" – 19 November 2036, Hasselt</li>
<li>#1 and #2 were held online in 2036.</li>
</ul>
<p>Recordings and short reports of earlier editions are available on the <a href="/talks/archive">archive page</a>. The next edition, #7, is planned for Wednesday 16 June 2038 in Hasselt.</p>

<h2>What we heard at #5</h2>
<p>Conclusions of the fifth Cluster Talks, as summed up by the moderator:</p>
<ul>
<li>Members who pay a fee expect services; members who co-own the cluster expect a say</li>
<li>Clusters that publish what they do for members keep their members longer</li>
<li>Cross-border membership only works when fees and rules are the same on both sides of the border</li>
</ul>

<h2>Register</h2>
<p>Admission is free, but places are limited to 120. Please register by 10 March 2038 (Wednesday). For questions, contact Sanne Vroemen, Events Coordinator, events@euregioclusters.example.eu.</p>
<p>Getting there: the campus is a ten-minute walk from Maastricht Randwyck station. Parking is limited, so we recommend coming by train or bicycle. The auditorium is accessible by wheelchair, and an induction loop is available on request.</p>
<p><a href="/talks/register">Register now</a> · <a href="/talks">Back to all Cluster Talks</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</main>
<footer><p>Euregio Cluster Office is a joint initiative of the partners of the Euregio Meuse-Rhine. Co-funded by Interreg Euregio Meuse-Rhine.</p>
<p>© 2038 Euregio Cluster Office · <a href="/privacy">Privacy</a> · <a href="/disclaimer">Disclaimer</a></p></footer>
</body></html>
"""
write(F, T)
E_ = "Euregio Cluster Office"
gold(F,
 [P("Marleen Janssen-Schmeets","Cluster Manager","Chemelot Innovation Cluster"),
  P("Bernd Offermanns","chair of the board","Aachen Production Cluster e.V."),
  P("Nathalie Lejeune-Dubois","Director","Pôle MecaTech"),
  P("Youssef El Khattabi","partner","Meuse Talent Partners B.V."),
  P("Inge van der Heijden-Römer","Professor of Regional Innovation","Maastricht University School of Business and Economics"),
  P("Frank Dohmen","Head of the Euregio Cluster Office",E_),
  P("Sanne Vroemen","Events Coordinator",E_)],
 [O(E_,None), O("Province of Limburg (NL)"), O("Provincie Limburg (BE)"), O("Städteregion Aachen"),
  O("Wallonie Entreprendre"), O("Chemelot Innovation Cluster"), O("DSM-Firmenich"), O("Aachen Production Cluster e.V."),
  O("Offermanns Präzisionsteile GmbH"), O("Pôle MecaTech"), O("Meuse Talent Partners B.V."),
  O("Maastricht University School of Business and Economics"), O("Euregio Meuse-Rhine")],
 [E("Meuse-Rhine Cluster Talks #6: Who leads a cluster?","2038-03-17",None,"Maastricht","Netherlands"),
  E("Networking drinks","2038-03-17",None,"Maastricht","Netherlands"),
  E("#5 \"Members or customers?\"","2037-10-14",None,"Aachen","Germany"),
  E("#4 \"Clusters across three languages\"","2037-05-20",None,"Liège","Belgium"),
  E("#3 \"Funding after 2040\"","2036-11-19",None,"Hasselt","Belgium"),
  E("Cluster Talks (#1)","2036",None,None,None),
  E("Cluster Talks (#2)","2036",None,None,None),
  E("#7","2038-06-16",None,"Hasselt","Belgium")],
 ["2038-03-17","2037-09","2027","2037-10-14","2037-05-20","2036-11-19","2036","2038-06-16","2038-03-10"],
 ["Members who pay a fee expect services; members who co-own the cluster expect a say",
  "Clusters that publish what they do for members keep their members longer",
  "Cross-border membership only works when fees and rules are the same on both sides of the border"],
 pub=None)
