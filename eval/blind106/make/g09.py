from h import *
F = 'g09_interreg_vinetech_final_report.html'
assert wd(2037,6,30)=='Tuesday' and wd(2037,5,19)=='Tuesday' and wd(2035,3,14)=='Wednesday'
RS = ["A shared digital vineyard map covering 11,400 hectares in Weinviertel and South Moravia",
 "41 pilot farms using sensor-based irrigation and disease forecasting, with water use down by 23% on average",
 "A bilingual training course for vineyard technicians, completed by 186 participants",
 "Two policy recommendations taken up in the South Moravian Regional Innovation Strategy and the Lower Austrian Economic Strategy",
 "A cross-border cluster agreement between Wein & Technik Niederösterreich and the Moravian Wine Cluster, signed for ten years"]
LL = ["Joint pilots convince farmers faster than studies",
 "Language barriers disappear when training is hands-on and in the vineyard",
 "Data sharing needs a written agreement before the first sensor is installed"]
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>VineTech AT-CZ – Final report summary</title></head>
<body>
<div class="cookies">This website uses only technically necessary cookies. <a href="/datenschutz">Privacy</a> <button>OK</button></div>
<header><p class="prog">Interreg Austria – Czechia 2028–2034 · European Regional Development Fund</p>
<nav><a href="/">Home</a> · <a href="/project">Project</a> · <a href="/partners">Partners</a> · <a href="/results" class="active">Results</a> · <a href="/news">News</a> · <a href="/de">DE</a> · <a href="/cs">CZ</a></nav></header>
<main>
<h1>VineTech AT-CZ: final report (summary)</h1>
<p class="meta">Project number ATCZ-0000 · Duration: 1 July 2034 – 30 June 2037 · Total budget: €2.84 million, of which ERDF €2.41 million · Posted 14 July 2037</p>

<h2>About the project</h2>
<p>VineTech AT-CZ brought together wine growers, technology companies and researchers on both sides of the border between Lower Austria and South Moravia to test digital tools for vineyards that face more frequent droughts and new diseases. Over three years the partners set up pilot farms, trained technicians and compared policies in the two regions. The project closed on 30 June 2037; this page summarises the final report submitted to the Joint Secretariat in Vienna.</p>

<h2>Partners</h2>
<table>
<tr><th>Role</th><th>Partner</th><th>Country</th></tr>
<tr><td>Lead partner</td><td>Wein &amp; Technik Niederösterreich (Cluster association)</td><td>AT</td></tr>
<tr><td>Partner</td><td>Höhere Bundeslehranstalt und Bundesamt für Wein- und Obstbau Klosterneuburg</td><td>AT</td></tr>
<tr><td>Partner</td><td>ecoplus. Niederösterreichs Wirtschaftsagentur GmbH</td><td>AT</td></tr>
<tr><td>Partner</td><td>Moravian Wine Cluster (Vinařský klastr Morava, z.s.)</td><td>CZ</td></tr>
<tr><td>Partner</td><td>Mendel University in Brno, Faculty of Horticulture</td><td>CZ</td></tr>
<tr><td>Partner</td><td>South Moravian Innovation Centre (JIC)</td><td>CZ</td></tr>
</table>
<p>Associated partners: Landwirtschaftskammer Niederösterreich, the Wine Fund of the Czech Republic, South Moravian Region.</p>

<h2>Main results</h2>
<ul>
{chr(10).join('<li>'+x+'</li>' for x in RS)}
</ul>

<h2>Events</h2>
<p>The project was launched at a kick-off meeting in Poysdorf on 14 March 2035, with 96 participants. Four cross-border field days were held each summer, alternately in Retz and Znojmo. The mid-term conference took place in Mikulov on 9 and 10 November 2035 and was opened by Dr. Hana Procházková, Deputy Governor of the South Moravian Region. The closing conference "Digital vineyards without borders" was held on Tuesday 19 May 2037 at the Wine Forum in Poysdorf, with 210 guests, among them Ing. Radek Šťastný, Director of the Wine Fund of the Czech Republic, and Magdalena Auer, Member of the Provincial Government of Lower Austria.</p>

<h2>Lessons learnt</h2>
<ol>
{chr(10).join('<li>'+x+'</li>' for x in LL)}
</ol>

<h2>What happens next</h2>
<p>The digital vineyard map will be maintained by ecoplus and JIC until at least 2042. The training course becomes part of the regular offer of the Klosterneuburg school from the school year 2037/38. The two clusters will hold a joint annual meeting, the first of which is planned for March 2038 in Valtice.</p>

<blockquote><p>"Three years ago our members saw the border as the end of their market. Today they call their Moravian colleagues first when a new pest appears," said Mag. Florian Weinzierl, Managing Director of Wein &amp; Technik Niederösterreich and project coordinator.</p>
<p>"The project gave our small wineries access to tools they could never have afforded alone," added Ing. Lenka Vávrová, manager of the Moravian Wine Cluster.</p></blockquote>

<h2>Project team</h2>
<ul>
<li>Mag. Florian Weinzierl – project coordinator, Wein &amp; Technik Niederösterreich</li>
<li>DI Sabine Gruber-Lechner – financial manager, Wein &amp; Technik Niederösterreich</li>
<li>Doc. Ing. Pavel Horák, Ph.D. – scientific lead, Mendel University in Brno</li>
<li>Mgr. Tereza Novotná – communication, JIC</li>
</ul>

<h2>Downloads</h2>
<p><a href="#">Final report (PDF, 64 pages, EN)</a> · <a href="#">Zusammenfassung (DE)</a> · <a href="#">Shrnutí (CZ)</a> · <a href="#">Policy recommendations</a> · <a href="#">Training handbook</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> | <a href="#">Facebook</a> | <a href="#">Copy link</a></p>
</main>
<footer><p>Project coordinator: Wein &amp; Technik Niederösterreich, Hauptplatz 0, 2170 Poysdorf, Austria · office@weintechnik.example.at</p>
<p>The project was co-financed by the European Union. <a href="/impressum">Imprint</a> · <a href="/datenschutz">Data protection</a></p>
<p>Photo credits: Robert Herbst (closing conference), Moravian Wine Cluster (field days)</p></footer>
</body></html>
"""
write(F, T)
W = "Wein & Technik Niederösterreich"
gold(F,
 [P("Hana Procházková","Deputy Governor","South Moravian Region"),
  P("Radek Šťastný","Director","Wine Fund of the Czech Republic"),
  P("Magdalena Auer","Member","Provincial Government of Lower Austria"),
  P("Florian Weinzierl","Managing Director",W),
  P("Lenka Vávrová","manager","Moravian Wine Cluster"),
  P("Sabine Gruber-Lechner","financial manager",W),
  P("Pavel Horák","scientific lead","Mendel University in Brno"),
  P("Tereza Novotná","communication","JIC"),
  P("Robert Herbst","Photo credits",None)],
 [O(W), O("Höhere Bundeslehranstalt und Bundesamt für Wein- und Obstbau Klosterneuburg"),
  O("ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"), O("Moravian Wine Cluster"),
  O("Mendel University in Brno"), O("Faculty of Horticulture"), O("South Moravian Innovation Centre","JIC"),
  O("Landwirtschaftskammer Niederösterreich"), O("Wine Fund of the Czech Republic"), O("South Moravian Region"),
  O("Joint Secretariat"), O("Provincial Government of Lower Austria"), O("European Union")],
 [E("kick-off meeting","2035-03-14",None,"Poysdorf","Austria"),
  E("cross-border field days",None,None,None,None),
  E("mid-term conference","2035-11-09","2035-11-10","Mikulov","Czechia"),
  E("Digital vineyards without borders","2037-05-19",None,"Poysdorf","Austria"),
  E("joint annual meeting","2038-03",None,"Valtice","Czechia")],
 ["2028/2034","2034-07-01/2037-06-30","2037-07-14","2037-06-30","2035-03-14","2035-11-09/2035-11-10","2037-05-19","2042","2037/2038","2038-03"],
 RS+LL, "2037-07-14")
