from h import *
F = 'g16_norrbotten_webinar_recap_green_steel.html'
assert wd(2039,4,26)=='Tuesday' and wd(2039,2,22)=='Tuesday' and wd(2039,3,22)=='Tuesday' and wd(2039,1,25)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Recap: Suppliers for green steel – what buyers expect | Arctic Industry Cluster Norrbotten</title></head>
<body>
<div class="cookie">This website uses cookies. Read more in our <a href="/integritet">privacy policy</a>. <button>Accept</button> <button>Decline</button></div>
<header><a class="logo" href="/">Arctic Industry Cluster Norrbotten</a>
<nav><a href="/">Start</a> <a href="/om-oss">About us</a> <a href="/medlemmar">Members</a> <a href="/projekt">Projects</a> <a href="/kalender">Calendar</a> <a href="/nyheter" class="active">News</a> <a href="/kontakt">Contact</a> <a href="/sv">Svenska</a></nav></header>
<main>
<p class="crumbs">Start › News › Webinar recaps</p>
<article>
<p class="meta">Published 24 February 2039 · Text: Linnea Öberg · Photo: screenshot from the webinar</p>
<h1>Recap: "Suppliers for green steel – what buyers expect"</h1>
<p class="lead">More than 230 participants from 11 countries joined the second webinar in our spring series "Arctic Transition Talks" on Tuesday 22 February 2039. The topic: how local suppliers can win contracts from the new fossil-free steel, battery and hydrogen plants in Norrbotten.</p>

<h2>Speakers</h2>
<ul>
<li><strong>Erik Lindqvist</strong>, Head of Local Procurement, Hybrit Development AB</li>
<li><strong>Maria Johansson Kero</strong>, Supplier Development Manager, Stegra AB</li>
<li><strong>Dr. Anders Nilsson</strong>, Professor of Industrial Marketing, Luleå University of Technology (LTU)</li>
<li><strong>Päivi Rautio</strong>, Business Development Manager, Business Oulu</li>
<li>Moderator: <strong>Johan Strömbäck</strong>, Cluster Manager, Arctic Industry Cluster Norrbotten</li>
</ul>

<h2>What was said</h2>
<p>Johan Strömbäck opened by recalling that investments of more than SEK 400 billion have been announced in Norrbotten and Västerbotten since 2020, and that the region will need some 25,000 new workers by 2040. "The plants will be built anyway. The question is how much of the work will go to firms from here," he said.</p>
<p>Erik Lindqvist described how Hybrit now buys maintenance, transport and catering services from 140 suppliers, of which 62 are based in the county. The company wants to reduce the number of direct contracts and work with fewer, larger suppliers. "Small firms should join forces, in consortia or through the cluster," he advised. Suppliers must show their carbon footprint from 2040, he added.</p>
<p>Maria Johansson Kero presented Stegra's supplier portal and the requirements for safety certification. Several participants asked about payment times; she confirmed that Stegra pays small suppliers within 30 days.</p>
<p>Dr. Anders Nilsson shared results of an LTU study of 180 suppliers in Luleå, Boden and Piteå. Only a third of them have ever bid for a contract worth more than SEK 5 million, and most lack staff for tenders. He argued that regional support should focus on bid-writing and on certification, not only on training of workers.</p>
<p>Päivi Rautio told how Oulu in Finland prepared its supplier base when large pulp and battery investments arrived. Business Oulu ran a "supplier school" for 120 small firms over two years and set up a joint bidding office with the Oulu Chamber of Commerce.</p>

<h2>Key takeaways</h2>
<ul>
<li>Large buyers want fewer, larger suppliers: small firms should form consortia to stay in the game</li>
<li>Safety and quality certification is the entry ticket, and it takes at least a year to obtain</li>
<li>From 2040 suppliers will be asked for their carbon footprint, so start measuring now</li>
<li>Bid-writing capacity, not technical skill, is the main weakness of local suppliers</li>
<li>Cross-border cooperation with Finnish suppliers can fill gaps, as Oulu's supplier school shows</li>
</ul>

<h2>What the cluster will do</h2>
<p>Following the webinar, the cluster will start a pilot "consortium desk" in March that helps groups of three to six member firms to bid together for maintenance and logistics contracts. Four groups have already shown interest. The cluster will also ask Region Norrbotten to fund a bid-writing course modelled on the Oulu supplier school, so that the first firms can be trained before the large tenders of the autumn.</p>

<h2>Questions from the chat</h2>
<p>Fifty-three questions were asked in the chat. Many concerned public procurement by the municipalities, which was outside the scope of the webinar; the cluster will come back to this in the May edition. A recording of the full webinar is available to members, and the slides can be downloaded below.</p>
<p>The cluster's procurement adviser, Sara Henriksson, offers free one-to-one sessions for members who want to prepare for their first large tender. Book a time at <a href="#">this link</a>.</p>

<h2>Arctic Transition Talks – spring 2039</h2>
<table>
<tr><th>Date</th><th>Topic</th><th>Status</th></tr>
<tr><td>Tue 25 January 2039</td><td>Housing and skills: can the region grow fast enough?</td><td><a href="#">Recap</a></td></tr>
<tr><td>Tue 22 February 2039</td><td>Suppliers for green steel – what buyers expect</td><td>This recap</td></tr>
<tr><td>Tue 22 March 2039</td><td>Hydrogen valleys: lessons from Groningen and Aragón</td><td><a href="#">Register</a></td></tr>
<tr><td>Tue 26 April 2039</td><td>Digital twins in mining and steel</td><td>Registration opens soon</td></tr>
<tr><td>May 2039 (date tbc)</td><td>Public procurement for local suppliers</td><td>–</td></tr>
</table>
<p>All webinars start at 09:00 CET and last 75 minutes. They are free of charge and held in English. The series is organised with Region Norrbotten and the Swedish Agency for Economic and Regional Growth (Tillväxtverket).</p>
<p>Downloads: <a href="#">Slides – Lindqvist (PDF)</a> · <a href="#">Slides – Nilsson (PDF)</a> · <a href="#">Slides – Rautio (PDF)</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
</article>
<aside><h3>Contact</h3><p>Linnea Öberg, Communications Officer<br>linnea.oberg@arcticindustry.example.se<br>+46 920 00 00 00</p>
<h3>Next events</h3><ul><li>22 March 2039 – Arctic Transition Talks #3</li><li>5–6 April 2039 – Supplier Day Norrbotten, Luleå</li></ul></aside>
</main>
<footer><p>Arctic Industry Cluster Norrbotten ek. för. · Aurorum 1, 977 75 Luleå · Org.nr 000000-0000</p>
<p>Part-financed by the European Regional Development Fund · <a href="/tillganglighet">Accessibility</a> · <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
A = "Arctic Industry Cluster Norrbotten"
gold(F,
 [P("Linnea Öberg","Communications Officer",A), P("Erik Lindqvist","Head of Local Procurement","Hybrit Development AB"),
  P("Maria Johansson Kero","Supplier Development Manager","Stegra AB"),
  P("Anders Nilsson","Professor of Industrial Marketing","Luleå University of Technology"),
  P("Päivi Rautio","Business Development Manager","Business Oulu"), P("Johan Strömbäck","Cluster Manager",A),
  P("Sara Henriksson","procurement adviser",A)],
 [O(A), O("Hybrit Development AB"), O("Stegra AB"), O("Luleå University of Technology","LTU"), O("Business Oulu"),
  O("Oulu Chamber of Commerce"), O("Region Norrbotten"), O("Swedish Agency for Economic and Regional Growth","Tillväxtverket")],
 [E("Suppliers for green steel – what buyers expect","2039-02-22",None,None,None),
  E("Housing and skills: can the region grow fast enough?","2039-01-25",None,None,None),
  E("Hydrogen valleys: lessons from Groningen and Aragón","2039-03-22",None,None,None),
  E("Digital twins in mining and steel","2039-04-26",None,None,None),
  E("Public procurement for local suppliers","2039-05",None,None,None),
  E("Supplier Day Norrbotten","2039-04-05","2039-04-06","Luleå","Sweden")],
 ["2039-02-24","2039-02-22","2020","2040","2039-01-25","2039-03-22","2039-04-26","2039-05","2039-04-05/2039-04-06","2039-03","2039"],
 ["Large buyers want fewer, larger suppliers: small firms should form consortia to stay in the game",
  "Safety and quality certification is the entry ticket, and it takes at least a year to obtain",
  "From 2040 suppliers will be asked for their carbon footprint, so start measuring now",
  "Bid-writing capacity, not technical skill, is the main weakness of local suppliers",
  "Cross-border cooperation with Finnish suppliers can fill gaps, as Oulu's supplier school shows"],
 "2039-02-24")
