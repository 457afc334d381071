from h import *
F = 'g15_kokkola_chemistry_cluster_general_meeting.html'
assert wd(2041,4,11)=='Thursday' and wd(2041,3,26)=='Tuesday' and wd(2041,5,7)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>General Meeting 2041: new board and a stronger voice for small members – KIP Chemistry Cluster</title></head>
<body>
<header><div class="top">FI | SV | <b>EN</b> · <a href="/login">Extranet</a></div>
<p class="logo">KIP Chemistry Cluster ry</p>
<nav><a href="/">Home</a> <a href="/cluster">The cluster</a> <a href="/members">Members</a> <a href="/services">Services</a> <a href="/news">News</a> <a href="/calendar">Calendar</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumb">Home › News › General Meeting 2041</p>
<h1>General Meeting 2041: new board and a stronger voice for small members</h1>
<p class="byline">15.4.2041 · Text: Saara Kangas · Photo: Mikko Rahkola</p>

<p>The annual General Meeting of KIP Chemistry Cluster ry gathered 47 member representatives in Kokkola on Thursday 11 April 2041. The meeting was held at the Kokkola Industrial Park (KIP) visitor centre and online, and was chaired by attorney Henrik Sjöholm of Sjöholm &amp; Back Attorneys Ltd; Lotta Björkqvist of the cluster office acted as secretary.</p>

<p>The meeting approved the annual report and the financial statements for 2040 and discharged the board and the managing director from liability. Membership fees for 2042 remain unchanged.</p>
<p>The cluster now has 58 members: 21 large companies, 29 small and medium-sized enterprises, four education and research organisations and four public bodies. Five members joined during 2040, among them the engineering firm Pohjanmaan Prosessisuunnittelu Oy and the start-up Verdant Electrolytes Oy, which develops recycled electrolyte salts for lithium-ion batteries in the incubator of Centria.</p>

<h2>The new board</h2>
<p>The General Meeting elected the board for the term 2041–2043. Of the seven members, three represent companies with fewer than 50 employees – a change members had asked for at the autumn meeting.</p>
<table>
<tr><th>Office</th><th>Name</th><th>Organisation</th></tr>
<tr><td>Chair</td><td>Jukka-Pekka Niemelä</td><td>Boliden Kokkola Oy</td></tr>
<tr><td>Vice-Chair</td><td>Dr Anna-Karin Westerlund</td><td>Centria University of Applied Sciences</td></tr>
<tr><td>Member</td><td>Teemu Hautala</td><td>Freeport Cobalt Oy</td></tr>
<tr><td>Member</td><td>Lucía Fernández Ruiz</td><td>Keliber Technology Oy</td></tr>
<tr><td>Member</td><td>Ville Kärkkäinen</td><td>Kokkolan Kemiapalvelut Oy</td></tr>
<tr><td>Member</td><td>Noora Lassila</td><td>Hydrocell Nordic Oy</td></tr>
<tr><td>Member</td><td>Rasmus Ek</td><td>City of Kokkola</td></tr>
</table>
<p>Outgoing chair Markku Ylikangas, who led the board from 2035, was thanked for six years of work. "When I started, people asked what a chemistry cluster is for. Now they ask when the next joint project starts," he said.</p>

<h2>Decisions of the General Meeting</h2>
<ol>
<li>The action plan for 2041–2042 was approved, with battery chemicals, process safety training and industrial symbiosis as its three priorities</li>
<li>A small-company forum will be set up and will meet at least twice a year before board meetings</li>
<li>The cluster will apply for membership in the European Chemical Regions Network (ECRN)</li>
<li>The board was authorised to prepare a joint office with the Central Ostrobothnia development company KOSEK</li>
</ol>

<h2>Guest speech and visit</h2>
<p>In his guest speech, Director-General Olli Mäki-Rautila of the Ministry of Economic Affairs and Employment presented the national battery strategy. After the formal part, participants joined a guided tour of the new lithium hydroxide plant, followed by dinner at 18:00 at Restaurant Kaarlen Kellari in Kokkola.</p>

<h2>What's next</h2>
<p>The managing director of the cluster, Pia Rautio-Mendes, reminded members of the coming events:</p>
<ul>
<li>Process Safety Day – Tuesday 7 May 2041, Kokkola</li>
<li>Battery Chemicals Forum 2041 – 3–4 September 2041, Kokkola and Jakobstad</li>
<li>Autumn meeting of members – November 2041</li>
</ul>
<p>Earlier this spring the cluster organised a study trip to the chemical park of Stade in Germany (26–28 March 2041) for eleven members, together with Business Finland.</p>
<p class="tags">Tags: general meeting, board, members · <a href="/news">Back to news</a></p>
</main>
<footer><p>KIP Chemistry Cluster ry · Kemirantie 12, 67900 Kokkola · Business ID 0000000-0</p>
<p>The cluster's activities are co-funded by the Regional Council of Central Ostrobothnia. · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a></p></footer>
</body></html>
"""
write(F, T)
N="KIP Chemistry Cluster ry"
gold(F,
 [P("Saara Kangas",None,None), P("Mikko Rahkola",None,None),
  P("Henrik Sjöholm","attorney","Sjöholm & Back Attorneys Ltd"),
  P("Lotta Björkqvist","secretary",N),
  P("Jukka-Pekka Niemelä","Chair",N), P("Anna-Karin Westerlund","Vice-Chair",N),
  P("Teemu Hautala","Member",N), P("Lucía Fernández Ruiz","Member",N), P("Ville Kärkkäinen","Member",N),
  P("Noora Lassila","Member",N), P("Rasmus Ek","Member",N),
  P("Markku Ylikangas","Outgoing chair",N),
  P("Olli Mäki-Rautila","Director-General","Ministry of Economic Affairs and Employment"),
  P("Pia Rautio-Mendes","managing director",N)],
 [O(N), O("Sjöholm & Back Attorneys Ltd"), O("Boliden Kokkola Oy"), O("Centria University of Applied Sciences"),
  O("Freeport Cobalt Oy"), O("Pohjanmaan Prosessisuunnittelu Oy"), O("Verdant Electrolytes Oy"), O("Keliber Technology Oy"), O("Kokkolan Kemiapalvelut Oy"), O("Hydrocell Nordic Oy"),
  O("City of Kokkola"), O("European Chemical Regions Network","ECRN"), O("KOSEK"),
  O("Ministry of Economic Affairs and Employment"), O("Business Finland"), O("Regional Council of Central Ostrobothnia")],
 [E("General Meeting","2041-04-11",None,"Kokkola","Finland"),
  E("autumn meeting",None,None,None,None),
  E("guided tour of the new lithium hydroxide plant","2041-04-11",None,"Kokkola","Finland"),
  E("dinner","2041-04-11",None,"Kokkola","Finland"),
  E("Process Safety Day","2041-05-07",None,"Kokkola","Finland"),
  E("Battery Chemicals Forum 2041","2041-09-03","2041-09-04","Kokkola, Jakobstad","Finland"),
  E("Autumn meeting of members","2041-11",None,None,None),
  E("study trip to the chemical park of Stade","2041-03-26","2041-03-28","Stade","Germany")],
 ["2041-04-15","2041-04-11","2040","2042","2041/2043","2035","2041/2042","2041-05-07","2041-09-03/2041-09-04","2041-11",
  "2041-03-26/2041-03-28"],
 ["The action plan for 2041–2042 was approved, with battery chemicals, process safety training and industrial symbiosis as its three priorities",
  "A small-company forum will be set up and will meet at least twice a year before board meetings",
  "The cluster will apply for membership in the European Chemical Regions Network (ECRN)",
  "The board was authorised to prepare a joint office with the Central Ostrobothnia development company KOSEK"],
 pub="2041-04-15")
