from h import *
F = 'g15_chemnitz_textile_newsletter.html'
assert wd(2034,11,8)=='Wednesday' and wd(2034,11,22)=='Wednesday' and wd(2034,12,7)=='Thursday' and wd(2034,10,17)=='Tuesday' and wd(2034,10,19)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SaxTex Newsletter 11/2034 – Saxon Technical Textiles Network</title></head>
<body style="font-family:Arial">
<table width="640" align="center"><tr><td>
<p style="font-size:11px">Trouble viewing this e-mail? <a href="#">Open in browser</a> | <a href="#">Deutsche Version</a></p>
<h1>SaxTex Newsletter · November 2034</h1>
<p><em>Saxon Technical Textiles Network (SaxTex) · Issue 11/2034 · 14 November 2034</em></p>

<h2>Dear members and friends of SaxTex,</h2>
<p>Autumn was dominated by one question: how do textile SMEs in Saxony stay competitive with energy prices still twice as high as before the crisis? Our members' survey (response rate 47%) shows that 62% have postponed investments. At the same time, the orders for medical and protective textiles keep growing. In this issue we report on our mission to Biella, the 7th Textile Innovation Day and the new board. We also thank all members who took part in the survey. Enjoy reading!<br>
<strong>Dr. Ulrike Reichenbach-Tran</strong>, Managing Director</p>

<h2>News from the network</h2>
<h3>New board elected</h3>
<p>The members' meeting on Wednesday 8 November 2034 in Chemnitz elected a new board for the period 2034–2037. Chairman is <strong>Holger Weißflog</strong> (managing director of Erzgebirgische Spitzen- und Bandweberei GmbH, Annaberg-Buchholz); his deputy is <strong>Prof. Dr. Dominika Szymańska</strong> from the Institute of Textile Machinery and High Performance Material Technology (ITM) at TU Dresden. The former chairman, Reinhard Oehme, stays on as a board member. The meeting also approved the accounts and agreed to set up a working group on energy costs, open to all members.</p>

<h3>Mission to Biella: lessons learnt</h3>
<p>From 17 to 19 October 2034 a delegation of 14 SaxTex members travelled to Piedmont. Hosts were the textile innovation hub Città Studi Biella and the wool cluster Pointex. On Thursday 19 October the programme included a visit to the wool mill Lanificio Vitale Barberis Canonico in Pratrivero, where the group saw how a family company with more than three centuries of history combines digital looms with traditional finishing. Delegation leader <strong>Konrad Baumgärtel</strong>, SaxTex project manager, listed the lessons learnt:</p>
<ol>
<li>Italian mills use their own history as a brand; Saxon firms with 150 years of tradition hardly mention it</li>
<li>Shared testing laboratories lower costs for small companies</li>
<li>Regional training schools are financed jointly by the companies</li>
</ol>

<h3>Member news in brief</h3>
<ul>
<li><strong>Vogtland Vliesstoffe GmbH</strong> (Plauen) has received an order for filter media worth 3.8 million euros.</li>
<li><strong>Sächsisches Textilforschungsinstitut e.V. (STFI)</strong> opened its new recycling technical centre in Chemnitz; director <strong>Dr. Andreas Wünsche</strong> expects the first industrial trials in early 2035.</li>
<li><strong>Westsächsische Hochschule Zwickau</strong> has a new professor for textile design: <strong>Maja Hoffmann-Lindqvist</strong>.</li>
<li>The Saxon State Ministry for Economic Affairs, Labour and Transport (SMWA) extended its support for the network until 2037.</li>
</ul>

<h2>Events</h2>
<h3>7th Textile Innovation Day – Chemnitz, 22 November 2034</h3>
<p>Our flagship event returns to the Industriemuseum Chemnitz. Programme highlights: 09:30 opening by State Secretary <strong>Katrin Neubauer</strong> (SMWA); 10:00 keynote "Textiles for the circular economy" by <strong>Dr. Jana Vondráčková</strong>, CLUTEX – Klastr technické textilie (Liberec); 13:00 company pitches; 15:30 guided tour of the museum's historic looms; 17:30 award of the Saxon Textile Prize. Earlier editions: 6th Textile Innovation Day (Plauen, 2033), 5th Textile Innovation Day (Zwickau, 2032).</p>
<p>Registration: <a href="#">saxtex.example.de/tid2034</a> · deadline 17 November 2034</p>

<h3>Further dates</h3>
<table border="1" cellpadding="3">
<tr><td>07.12.2034</td><td>Webinar: EU funding for textile recycling</td><td>online</td></tr>
<tr><td>09.–12.01.2035</td><td>Heimtextil – SaxTex shared stand</td><td>Frankfurt am Main</td></tr>
<tr><td>March 2035</td><td>Members' get-together</td><td>Zwickau</td></tr>
</table>

<hr>
<p style="font-size:11px">Saxon Technical Textiles Network (SaxTex) c/o Technologie-Centrum Chemnitz · Annaberger Str. 00 · 09125 Chemnitz · newsletter@saxtex.example.de<br>
The network is funded by the Free State of Saxony. <a href="#">Unsubscribe</a> · <a href="#">Imprint</a> · <a href="#">Data protection</a></p>
</td></tr></table>
</body></html>
"""
write(F, T)
S="Saxon Technical Textiles Network"
gold(F,
 [P("Ulrike Reichenbach-Tran","Managing Director",S),
  P("Holger Weißflog","Chairman",S),
  P("Dominika Szymańska","deputy",S),
  P("Reinhard Oehme","board member",S),
  P("Konrad Baumgärtel","project manager",S),
  P("Andreas Wünsche","director","Sächsisches Textilforschungsinstitut e.V."),
  P("Maja Hoffmann-Lindqvist","professor for textile design","Westsächsische Hochschule Zwickau"),
  P("Katrin Neubauer","State Secretary","SMWA"),
  P("Jana Vondráčková",None,"CLUTEX – Klastr technické textilie")],
 [O(S,"SaxTex"), O("Erzgebirgische Spitzen- und Bandweberei GmbH"), O("Institute of Textile Machinery and High Performance Material Technology","ITM"),
  O("TU Dresden"), O("Città Studi Biella"), O("Pointex"), O("Lanificio Vitale Barberis Canonico"), O("Vogtland Vliesstoffe GmbH"),
  O("Sächsisches Textilforschungsinstitut e.V.","STFI"), O("Westsächsische Hochschule Zwickau"),
  O("Saxon State Ministry for Economic Affairs, Labour and Transport","SMWA"), O("CLUTEX – Klastr technické textilie"),
  O("Technologie-Centrum Chemnitz"), O("Free State of Saxony")],
 [E("members' meeting","2034-11-08",None,"Chemnitz","Germany"),
  E("Mission to Biella","2034-10-17","2034-10-19","Biella","Italy"),
  E("visit to the wool mill Lanificio Vitale Barberis Canonico","2034-10-19",None,"Pratrivero","Italy"),
  E("7th Textile Innovation Day","2034-11-22",None,"Chemnitz","Germany"),
  E("guided tour of the museum's historic looms","2034-11-22",None,"Chemnitz","Germany"),
  E("award of the Saxon Textile Prize","2034-11-22",None,"Chemnitz","Germany"),
  E("6th Textile Innovation Day","2033",None,"Plauen","Germany"),
  E("5th Textile Innovation Day","2032",None,"Zwickau","Germany"),
  E("Webinar: EU funding for textile recycling","2034-12-07",None,None,None),
  E("Heimtextil","2035-01-09","2035-01-12","Frankfurt am Main","Germany"),
  E("Members' get-together","2035-03",None,"Zwickau","Germany")],
 ["2034-11","2034-11-14","2034-11-08","2034/2037","2034-10-17/2034-10-19","2034-10-19","2035","2037","2034-11-22","2033","2032",
  "2034-11-17","2034-12-07","2035-01-09/2035-01-12","2035-03"],
 ["Italian mills use their own history as a brand; Saxon firms with 150 years of tradition hardly mention it",
  "Shared testing laboratories lower costs for small companies",
  "Regional training schools are financed jointly by the companies"],
 pub="2034-11-14")
