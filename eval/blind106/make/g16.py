from h import *
F = 'g16_pomurje_policy_lab_outcomes.html'
assert wd(2041,4,11)=='Thursday' and wd(2041,4,12)=='Friday' and wd(2041,10,17)=='Thursday'
TK = ["Cross-border value chains with Austria, Hungary and Croatia are the region's most realistic path to growth",
 "Regional vouchers work best when a cluster helps SMEs prepare the application",
 "Geothermal heat should be treated as an industrial asset, not only as a tourism resource",
 "Young people stay when companies offer them projects, not just jobs",
 "Clusters should report their results with the same five indicators across Slovenia"]
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster Policy Lab 2041 – outcomes | Pomurje Technology Park</title></head>
<body>
<div class="cookie-consent">We use cookies to give you the best experience. <a href="/en/cookies">Settings</a> <button>Accept</button></div>
<header><a href="/en" class="logo">Pomurje Technology Park · Pomurski tehnološki park</a>
<nav><a href="/en">Home</a> <a href="/en/about">About</a> <a href="/en/clusters">Clusters</a> <a href="/en/incubator">Incubator</a> <a href="/en/events" class="active">Events</a> <a href="/en/news">News</a> <a href="/en/contact">Contact</a> <a href="/sl">SLO</a></nav></header>
<main>
<p class="breadcrumb">Home / Events / Cluster Policy Lab / 2041</p>
<h1>Cluster Policy Lab 2041: five takeaways from Murska Sobota</h1>
<p class="meta">Posted on 24 April 2041 by Nina Kuhar · Photos: Boštjan Horvat</p>

<p>The third edition of the Cluster Policy Lab took place on Thursday 11 and Friday 12 April 2041 at the Pomurje Technology Park in Murska Sobota. Over two days, 134 participants from cluster organisations, ministries, regional development agencies, universities and companies from Slovenia, Austria, Hungary and Croatia discussed how clusters in rural border regions can help their members grow. The Lab is organised every year by the Pomurje Technology Park together with the Slovenian Enterprise Fund (SPS) and the Regional Development Agency Mura (RRA Mura).</p>

<p>The Lab was opened by Dr. Tadeja Rudolf Kranjec, Director of the Pomurje Technology Park, and by Aleš Cantarutti-Vrbnjak, State Secretary at the Ministry of the Economy, Tourism and Sport. In his address, the State Secretary announced that the ministry will publish a new call for cluster development in autumn 2041 with a budget of €6 million.</p>

<h2>Programme</h2>
<table class="programme">
<tr><th colspan="2">Thursday 11 April</th></tr>
<tr><td>09:30</td><td>Welcome and opening</td></tr>
<tr><td>10:00</td><td>Keynote: "Border regions as laboratories" – Prof. Dr. Ágnes Szabó-Kovács, University of Pécs</td></tr>
<tr><td>11:00</td><td>Panel: Value chains across the Mura – with Pannon Food Cluster, Steirischer Lebensmittelcluster and Međimurje Wood Cluster</td></tr>
<tr><td>14:00</td><td>Working groups: vouchers, skills, energy, indicators</td></tr>
<tr><td>18:30</td><td>Study visit to the geothermal greenhouses of Ocean Orchids d.o.o., Dobrovnik</td></tr>
<tr><td>20:00</td><td>Networking dinner at Vinarium Lendava</td></tr>
<tr><th colspan="2">Friday 12 April</th></tr>
<tr><td>09:00</td><td>Working groups report back</td></tr>
<tr><td>10:30</td><td>Round table: What should the next cluster programme fund?</td></tr>
<tr><td>12:00</td><td>Conclusions and close</td></tr>
</table>

<h2>What we heard</h2>
<p>In her keynote, Prof. Szabó-Kovács showed that companies in the Mura–Drava border area trade far less with each other than companies of the same size elsewhere in the EU, mainly because of language and different regulations. Klemen Potočnik, head of the cluster team at the Slovenian Enterprise Fund, presented the results of the voucher scheme: 412 vouchers since 2038, but only a quarter of them in eastern Slovenia.</p>

<p>The working group on energy, chaired by Marjeta Vogrinčič of the Energy Agency of Pomurje, proposed a regional map of geothermal heat available for industry. The group on indicators, led by Dr. Jure Mlakar of the University of Maribor, tested a set of five common indicators that all Slovenian clusters could use in their annual reports.</p>

<p>"For the first time, our clusters sat at one table with their colleagues from Graz, Pécs and Čakovec and found that they have the same problems," said Nina Kuhar, cluster manager at the Pomurje Technology Park. "Next year we want to leave with joint projects, not only joint conclusions."</p>

<p>The round table on Friday brought together Dr. Tadeja Rudolf Kranjec, Klemen Potočnik, Gregor Šantl of the Chamber of Commerce and Industry of Slovenia and Helmut Pongratz, managing director of the Steirischer Lebensmittelcluster. The speakers agreed that the next national cluster programme should fund fewer but longer projects, and that cross-border activities should be eligible without a separate Interreg application. Helmut Pongratz pointed out that Styrian clusters receive basic funding for five years at a time, which allows them to keep experienced staff. Participants also asked for a simpler reporting system: several cluster managers said that they spend up to a fifth of their working time on reports to different funders. The organisers promised to pass this request to the ministry in writing.</p>

<h2>Five takeaways</h2>
<ol>
{chr(10).join('<li>'+x+'</li>' for x in TK)}
</ol>

<h2>Next edition</h2>
<p>The fourth Cluster Policy Lab will take place in spring 2042 in Lendava. Before that, the partners will meet at the Slovenian Cluster Day on 17 October 2041 in Ljubljana, where the common indicators will be presented to the Ministry of the Economy, Tourism and Sport.</p>

<h2>Downloads</h2>
<ul><li><a href="#">Presentations (ZIP, 48 MB)</a></li><li><a href="#">Working group notes (PDF)</a></li><li><a href="#">Photo gallery</a></li></ul>

<aside class="editions"><h3>All editions</h3>
<ul><li><a href="/en/events/policy-lab-2041">2041 – Murska Sobota: Border regions and value chains</a></li>
<li><a href="/en/events/policy-lab-2040">2040 – Gornja Radgona: Clusters and the green transition</a></li>
<li><a href="/en/events/policy-lab-2039">2039 – Murska Sobota: Measuring cluster impact</a></li></ul></aside>

<aside class="contact"><h3>Contact</h3>
<p>Nina Kuhar, cluster manager<br>Pomurje Technology Park, Plese 9, 9000 Murska Sobota, Slovenia<br>nina.kuhar@ptp.example.si · +386 2 000 00 00</p></aside>
<p class="share">Share on <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a></p>
</main>
<footer><p>Pomurje Technology Park · © 2041 · <a href="/en/privacy">Privacy policy</a> · <a href="/en/impressum">Legal notice</a></p>
<p>The Cluster Policy Lab 2041 was co-financed by the Republic of Slovenia and the European Union from the European Regional Development Fund.</p></footer>
</body></html>
"""
write(F, T)
PTP = "Pomurje Technology Park"
gold(F,
 [P("Nina Kuhar","cluster manager",PTP),
  P("Boštjan Horvat","Photos",None),
  P("Tadeja Rudolf Kranjec","Director",PTP),
  P("Aleš Cantarutti-Vrbnjak","State Secretary","Ministry of the Economy, Tourism and Sport"),
  P("Ágnes Szabó-Kovács",None,"University of Pécs"),
  P("Klemen Potočnik","head of the cluster team","Slovenian Enterprise Fund"),
  P("Marjeta Vogrinčič",None,"Energy Agency of Pomurje"),
  P("Gregor Šantl",None,"Chamber of Commerce and Industry of Slovenia"),
  P("Helmut Pongratz","managing director","Steirischer Lebensmittelcluster"),
  P("Jure Mlakar",None,"University of Maribor")],
 [O(PTP), O("Slovenian Enterprise Fund","SPS"), O("Regional Development Agency Mura","RRA Mura"),
  O("Ministry of the Economy, Tourism and Sport"), O("University of Pécs"), O("Pannon Food Cluster"),
  O("Steirischer Lebensmittelcluster"), O("Međimurje Wood Cluster"), O("Ocean Orchids d.o.o."),
  O("Energy Agency of Pomurje"), O("University of Maribor"), O("Chamber of Commerce and Industry of Slovenia"), O("European Union")],
 [E("Cluster Policy Lab 2041","2041-04-11","2041-04-12","Murska Sobota","Slovenia"),
  E("Study visit to the geothermal greenhouses of Ocean Orchids d.o.o.","2041-04-11",None,"Dobrovnik","Slovenia"),
  E("Networking dinner","2041-04-11",None,"Lendava","Slovenia"),
  E("Cluster Policy Lab","2042",None,"Lendava","Slovenia"),
  E("Slovenian Cluster Day","2041-10-17",None,"Ljubljana","Slovenia"),
  E("Cluster Policy Lab","2040",None,"Gornja Radgona","Slovenia"),
  E("Cluster Policy Lab","2039",None,"Murska Sobota","Slovenia")],
 ["2041-04-24","2041-04-11/2041-04-12","2041","2041-04-11","2041-04-12","2038","2042","2041-10-17","2040","2039"],
 TK, "2041-04-24")
