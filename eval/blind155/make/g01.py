from h import *
F = 'g01_polesine_bioeconomy_forum_outcomes.html'
assert wd(2038,10,14)=='Thursday' and wd(2038,10,15)=='Friday' and wd(2039,3,9)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report: Polesine Bioeconomy Forum 2038 | Consorzio Delta Bioeconomia</title></head>
<body>
<div class="cookie-bar">We use technical and analytics cookies. By continuing to browse you accept our <a href="/cookie-policy">cookie policy</a>. <button>OK</button> <button>Settings</button></div>
<header><a class="logo" href="/">Consorzio Delta Bioeconomia</a>
<nav><a href="/en/">Home</a> · <a href="/en/cluster">The cluster</a> · <a href="/en/members">Members</a> · <a href="/en/projects">Projects</a> · <a href="/en/news">News</a> · <a href="/en/forum">Forum</a> · <a href="/it/">IT</a></nav></header>
<main>
<p class="crumbs">Home › News › Reports</p>
<h1>Outcome report: Polesine Bioeconomy Forum 2038</h1>
<p class="byline">By Giulia Marangon, communications officer · Rovigo, 22 October 2038 · 6 min read</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">Email</a></p>

<p>More than 240 participants from nine countries came to Rovigo on Thursday 14 and Friday 15 October 2038 for the fourth Polesine Bioeconomy Forum, organised by the Consorzio Delta Bioeconomia (CDB) together with the University of Padua and the Chamber of Commerce of Venezia Rovigo. The forum looked at how the low-lying farmland between the Adige and the Po can turn rice straw, sugar-beet pulp and reed from the delta into materials and energy without competing with food.</p>

<p>The opening session was chaired by Tommaso BELLINAZZI, president of the consortium, who reminded the audience that the Polesine lost almost a fifth of its manufacturing jobs between 2008 and 2020. "We are not asking for a rescue. We are asking for a place in the value chains that Europe says it wants to build," he said. Federica Zanellato, regional councillor responsible for economic development of the Veneto Region, presented the regional bioeconomy roadmap 2037–2042, and Dr. Henrik Vestergaard (Bio Base Nord, Denmark) gave the keynote "Straw is the new oil – or is it?".</p>

<h2>Programme in brief</h2>
<ul>
<li>Thursday, 09:30 – Opening and keynote, Sala degli Arazzi, Palazzo Roncale</li>
<li>Thursday, 14:00 – Parallel workshops: biorefineries; biobased packaging; skills for the delta</li>
<li>Thursday, 19:30 – Forum dinner at the Tenuta Ca' Vendramin, Taglio di Po</li>
<li>Friday, 09:00 – Investors' round table with the European Investment Bank</li>
<li>Friday, 11:30 – B2B meetings (62 meetings booked)</li>
<li>Friday, 14:30 – Site visit to the Adria biorefinery pilot plant of Polesine Green Chemicals S.r.l.</li>
</ul>

<p>The workshops were led by Prof. Chiara Lodi Fè of the University of Padua, by Matteo Ruzza, innovation manager at Polesine Green Chemicals, and by Anna-Lena Wieczorek of the Bioeconomy Cluster Lower Silesia (Poland). Speakers from the European Commission's Directorate-General for Research and Innovation (DG RTD) and from the Circular Bio-based Europe Joint Undertaking (CBE JU) explained the funding routes open to small producers.</p>

<h2>Key takeaways</h2>
<p>The organisers summarised the two days in five points:</p>
<ol>
<li>Residual biomass in the Polesine is abundant but scattered; without shared collection and storage it will not reach industrial scale</li>
<li>Farmers must be partners in the value chain, not only suppliers of raw material</li>
<li>Pilot plants need a second round of public money to cross the gap to the first commercial plant</li>
<li>Technicians for biorefineries are already scarce and the regional vocational schools should open a dedicated course</li>
<li>Cooperation with other delta and wetland regions in Europe is more useful than competition for the same investors</li>
</ol>

<h2>Past editions</h2>
<p>2032 – Adria, 8–9 November<br>
2034 – Rovigo, 16–17 October<br>
2036 – Porto Tolle, 13–14 October<br>
2038 – Rovigo, 14–15 October</p>

<h2>What comes next</h2>
<p>A follow-up meeting of the workshop on biobased packaging will take place on Wednesday 9 March 2039 in Padua. The consortium will also publish a short position paper on biomass logistics before the end of 2038. Presentations and photos are available in the members' area.</p>

<p class="contact">Press contact: Giulia Marangon, comunicazione@deltabioeconomia.example.it</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">Email</a></p>
<p class="tags">Tags: bioeconomy · forum · Polesine · biorefineries</p>
</main>
<footer><p>Consorzio Delta Bioeconomia · Viale Porta Adige 45, 45100 Rovigo (RO) · VAT IT00000000000</p>
<p>© 2038 CDB · <a href="/privacy">Privacy</a> · <a href="/cookie-policy">Cookies</a> · <a href="/en/contact">Contact</a></p></footer>
</body></html>
"""
write(F, T)
C = "Consorzio Delta Bioeconomia"
gold(F,
 [P("Giulia Marangon","communications officer",C),
  P("Tommaso BELLINAZZI","president",C),
  P("Federica Zanellato","regional councillor responsible for economic development","Veneto Region"),
  P("Henrik Vestergaard",None,"Bio Base Nord"),
  P("Chiara Lodi Fè",None,"University of Padua"),
  P("Matteo Ruzza","innovation manager","Polesine Green Chemicals"),
  P("Anna-Lena Wieczorek",None,"Bioeconomy Cluster Lower Silesia")],
 [O(C,"CDB"), O("University of Padua"), O("Chamber of Commerce of Venezia Rovigo"), O("Veneto Region"),
  O("Bio Base Nord"), O("European Investment Bank"), O("Polesine Green Chemicals S.r.l."),
  O("Bioeconomy Cluster Lower Silesia"), O("European Commission"),
  O("Directorate-General for Research and Innovation","DG RTD"),
  O("Circular Bio-based Europe Joint Undertaking","CBE JU")],
 [E("Polesine Bioeconomy Forum 2038","2038-10-14","2038-10-15","Rovigo","Italy"),
  E("Straw is the new oil – or is it?","2038-10-14",None,"Rovigo","Italy"),
  E("Parallel workshops","2038-10-14",None,"Rovigo","Italy"),
  E("Forum dinner","2038-10-14",None,"Taglio di Po","Italy"),
  E("B2B meetings","2038-10-15",None,"Rovigo","Italy"),
  E("Site visit to the Adria biorefinery pilot plant","2038-10-15",None,"Adria","Italy"),
  E("Polesine Bioeconomy Forum","2032-11-08","2032-11-09","Adria","Italy"),
  E("Polesine Bioeconomy Forum","2034-10-16","2034-10-17","Rovigo","Italy"),
  E("Polesine Bioeconomy Forum","2036-10-13","2036-10-14","Porto Tolle","Italy"),
  E("follow-up meeting of the workshop on biobased packaging","2039-03-09",None,"Padua","Italy")],
 ["2038-10-22","2038-10-14/2038-10-15","2008/2020","2037/2042","2032-11-08/2032-11-09","2034-10-16/2034-10-17",
  "2036-10-13/2036-10-14","2039-03-09","2038"],
 ["Residual biomass in the Polesine is abundant but scattered; without shared collection and storage it will not reach industrial scale",
  "Farmers must be partners in the value chain, not only suppliers of raw material",
  "Pilot plants need a second round of public money to cross the gap to the first commercial plant",
  "Technicians for biorefineries are already scarce and the regional vocational schools should open a dedicated course",
  "Cooperation with other delta and wetland regions in Europe is more useful than competition for the same investors"],
 pub="2038-10-22")
