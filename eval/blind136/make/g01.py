from h import *
F = 'g01_nijmegen_medtech_newsletter.html'
assert wd(2038,3,4)=='Thursday' and wd(2038,3,18)=='Thursday' and wd(2038,4,22)=='Thursday' and wd(2038,5,12)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Member News – March 2038 | Rijnwaal MedTech Cluster</title></head>
<body>
<div class="cookie-bar">We use functional and analytical cookies. <a href="/privacy">Privacy statement</a> <button>OK</button></div>
<header><a class="logo" href="/">Rijnwaal MedTech Cluster</a>
<nav><a href="/">Home</a> · <a href="/members">Members</a> · <a href="/news">News</a> · <a href="/agenda">Agenda</a> · <a href="/join">Become a member</a> · <a href="/contact">Contact</a> · <a href="/login">Member login</a></nav></header>
<main>
<p class="crumbs">Home / News / Newsletter</p>
<h1>Member News – March 2038</h1>
<p class="byline">Newsletter no. 27 · sent 9 March 2038 · edited by Floor van der Heijden</p>

<p>Dear members, spring has arrived in the Waal valley and so has a crowded agenda. Below you will find the news from our member companies, a look back at the Health Tech Breakfast and three dates to keep free.</p>

<h2>From the cluster office</h2>
<p>The general assembly of Thursday 4 March 2038 at the Novio Tech Campus approved the annual accounts for 2037 and the work plan 2038–2040. Members re-elected Marten Oosterhuis (CEO, Sensilab B.V.) as chair of the board and elected two new board members: Dr. Yasmin El Idrissi, head of the innovation office of Radboudumc, and Tomasz Wierzbicki, managing director of the contract manufacturer Precimold Nederland B.V. in Wijchen. Treasurer Inge ten Brink-Hol (Stichting Regionale Zorginnovatie) stays on for a second term.</p>
<p>Cluster manager Joost Kamerbeek thanked the departing board member Hendrik-Jan Smeets, who served on the board since 2031. <a href="/news/general-assembly-2038">Read more</a></p>

<h2>Member news</h2>
<h3>Sensilab opens test line</h3>
<p>Sensilab B.V. has opened a pilot production line for wearable ECG patches in Nijmegen. The line was co-financed by Oost NL and will also be available to other cluster members for small series. <a href="/news/sensilab">Read more</a></p>
<h3>New member: OrthoPrint</h3>
<p>We welcome OrthoPrint, a start-up from Arnhem that designs 3D-printed orthopaedic insoles. Founder Lotte Verbruggen studied at HAN University of Applied Sciences and previously worked for Össur in Eindhoven. <a href="/news/orthoprint">Read more</a></p>
<h3>Precimold certified</h3>
<p>Precimold Nederland B.V. obtained ISO 13485 certification for its clean room in February. The company now supplies moulded parts to three medical device makers in Germany.</p>

<h2>Looking back: Health Tech Breakfast #12</h2>
<p>Some 60 members and guests joined the twelfth Health Tech Breakfast on 24 February 2038 at the Radboudumc Innovation Space. Speakers were Prof. Anneke Roelofs-Dijkstra (Radboud University) on home monitoring for heart failure and Maarten de Gooijer, procurement lead at the regional hospital group Rijnstate. The breakfast ended with an open discussion on what hospitals need from suppliers.</p>
<p>Key takeaways from the breakfast:</p>
<ul>
<li>Hospitals want suppliers to show clinical evidence earlier, before a pilot starts</li>
<li>Small companies should join forces when they answer a tender</li>
<li>Data interoperability is now a condition in most procurement procedures</li>
</ul>
<p><a href="/news/breakfast-12">Photos and slides</a></p>

<h2>Save the date</h2>
<ul>
<li><strong>Thursday 18 March 2038, 15:00–17:30</strong> – Workshop "MDR for beginners", cluster office, Nijmegen. Trainer: Sven Achterberg, regulatory consultant.</li>
<li><strong>Thursday 22 April 2038</strong> – Company visit to Philips in Best, with a tour of the image-guided therapy plant. Bus leaves Nijmegen at 08:15.</li>
<li><strong>Wednesday 12 May 2038</strong> – Cluster delegation to the MedTech Meeting Point in Düsseldorf, together with the NRW medical technology network MedTech.NRW. Registration closes on 16 April.</li>
<li><strong>9–11 November 2038</strong> – MEDICA 2038, Düsseldorf: joint cluster stand, places still available.</li>
</ul>

<h2>Calls and opportunities</h2>
<p>The province of Gelderland (Provincie Gelderland) has opened its MIT feasibility vouchers for 2038; the deadline is 30 April 2038. The Enterprise Europe Network Netherlands can help members find partners for a Eurostars application. Ask Joost for details.</p>

<p class="share">Share: <a href="#">LinkedIn</a> | <a href="#">E-mail</a> | <a href="#">Print</a></p>
</main>
<footer><p>Rijnwaal MedTech Cluster – Vereniging Rijnwaal MedTech, Toernooiveld 100, Nijmegen · KvK 00000000</p>
<p>You receive this newsletter as a member or contact of the cluster. <a href="/unsubscribe">Unsubscribe</a> · © 2038</p></footer>
</body></html>
"""
write(F, T)
C = "Rijnwaal MedTech Cluster"
gold(F,
 [P("Floor van der Heijden", None, None),
  P("Marten Oosterhuis", "chair of the board", C),
  P("Yasmin El Idrissi", "board member", C),
  P("Tomasz Wierzbicki", "board member", C),
  P("Inge ten Brink-Hol", "Treasurer", C),
  P("Joost Kamerbeek", "Cluster manager", C),
  P("Hendrik-Jan Smeets", "board member", C),
  P("Lotte Verbruggen", "Founder", "OrthoPrint"),
  P("Anneke Roelofs-Dijkstra", None, "Radboud University"),
  P("Maarten de Gooijer", "procurement lead", "Rijnstate"),
  P("Sven Achterberg", "regulatory consultant", None)],
 [O(C), O("Sensilab B.V."), O("Radboudumc"), O("Precimold Nederland B.V."),
  O("Stichting Regionale Zorginnovatie"), O("Oost NL"), O("OrthoPrint"), O("HAN University of Applied Sciences"),
  O("Össur"), O("Radboud University"), O("Rijnstate"), O("Philips"), O("MedTech.NRW"), O("Provincie Gelderland"),
  O("Enterprise Europe Network Netherlands")],
 [E("general assembly", "2038-03-04", None, None, None),
  E("Health Tech Breakfast #12", "2038-02-24", None, None, None),
  E("Workshop \"MDR for beginners\"", "2038-03-18", None, "Nijmegen", "Netherlands"),
  E("Company visit to Philips", "2038-04-22", None, "Best", "Netherlands"),
  E("MedTech Meeting Point", "2038-05-12", None, "Düsseldorf", "Germany"),
  E("MEDICA 2038", "2038-11-09", "2038-11-11", "Düsseldorf", "Germany")],
 ["2038-03", "2038-03-09", "2038-03-04", "2037", "2038/2040", "2031", "2038-02", "2038-02-24", "2038-03-18", "2038-04-22",
  "2038-05-12", "2038-04-16", "2038-11-09/2038-11-11", "2038", "2038-04-30"],
 ["Hospitals want suppliers to show clinical evidence earlier, before a pilot starts",
  "Small companies should join forces when they answer a tender",
  "Data interoperability is now a condition in most procurement procedures"],
 pub="2038-03-09")
