from h import *
F = 'g16_luebeck_medtech_summit_2042.html'
assert wd(2042,9,16)=='Tuesday' and wd(2042,9,17)=='Wednesday' and wd(2042,9,18)=='Thursday' and wd(2042,7,1)=='Tuesday' and wd(2042,8,15)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lübeck MedTech Summit 2042 | Baltic MedTech Cluster</title></head>
<body>
<div class="consent">We use cookies for statistics and embedded videos. <a href="/datenschutz">Privacy policy</a> <button>Accept</button> <button>Only necessary</button></div>
<header><p class="logo">Baltic MedTech Cluster Lübeck e.V.</p>
<nav><a href="/">Home</a> · <a href="/cluster">Cluster</a> · <a href="/members">Members</a> · <a href="/summit" class="active">Summit</a> · <a href="/jobs">Jobs</a> · <a href="/de">Deutsch</a></nav></header>
<main>
<h1>Lübeck MedTech Summit 2042</h1>
<p class="sub">8th edition · 16–17 September 2042 · MUK – Musik- und Kongresshalle Lübeck</p>
<p>Two days on the future of medical devices in Northern Europe: regulation, hospital procurement, AI diagnostics and the next generation of start-ups. Organised by the Baltic MedTech Cluster Lübeck e.V. (BMCL) together with the University of Lübeck and the Fraunhofer Research Institution for Individualized and Cell-Based Medical Engineering (Fraunhofer IMTE).</p>
<p><strong>Early-bird tickets</strong> until Tuesday 1 July 2042. Registration closes on Friday 15 August 2042. <a href="/summit/tickets">Get your ticket</a></p>

<h2>Why attend?</h2>
<p>The summit has become the meeting place of the medical technology community between Hamburg, Copenhagen and Gdańsk. Last year more than 400 participants from eleven countries came to Lübeck: manufacturers large and small, hospital buyers, notified bodies, investors and researchers. This year's focus is on how European rules for medical devices, health data and artificial intelligence fit together, and on what small companies need in order to bring a product to market in several countries at once. All sessions are held in English. Exhibition stands for cluster members start at 950 euros; a limited number of free places is reserved for start-ups younger than three years.</p>

<h2>Programme</h2>
<h3>Tuesday, 16 September 2042</h3>
<table>
<tr><td>09:00</td><td>Registration and coffee</td></tr>
<tr><td>10:00</td><td>Opening: Jan Lindemann-Osei, Chairman of the Board, BMCL; Prof. Dr. Friederike Haselhorst, President, University of Lübeck</td></tr>
<tr><td>10:30</td><td>Keynote: "MDR ten years on – what have we learnt?" – Dr. Ivana Horvatinčić, Head of Unit, Health Technology and Cosmetics, European Commission, DG SANTE</td></tr>
<tr><td>11:15</td><td>Panel: Hospital procurement and innovation – with Mikkel Østergaard (Region Hovedstaden), Dr. Anja Brömmelkamp (UKSH University Hospital Schleswig-Holstein) and Piotr Grabowski-Lenz (Medicalgorithmics S.A.)</td></tr>
<tr><td>12:30</td><td>Lunch and exhibition</td></tr>
<tr><td>14:00</td><td>Parallel sessions: A – AI in diagnostics; B – Sterilisation and sustainability; C – Funding for start-ups</td></tr>
<tr><td>16:30</td><td>Start-up pitch competition – Baltic MedTech Award 2042</td></tr>
<tr><td>19:00</td><td>Summit dinner at the Schiffergesellschaft, with the award ceremony of the Baltic MedTech Award</td></tr>
</table>
<h3>Wednesday, 17 September 2042</h3>
<table>
<tr><td>08:30</td><td>Site visits (choose one): Drägerwerk AG &amp; Co. KGaA · Fraunhofer IMTE labs · Lübeck Innovation Campus</td></tr>
<tr><td>11:00</td><td>B2B meetings, organised with Enterprise Europe Network Hamburg – Schleswig-Holstein</td></tr>
<tr><td>13:00</td><td>Closing remarks and lunch</td></tr>
</table>
<p>Satellite event: the Nordic-Baltic regulatory affairs workshop of the cluster's working group will take place on Thursday 18 September 2042 at the cluster office (members only).</p>

<h2>Past editions</h2>
<ul>
<li>2041 – 7th edition, 17–18 September 2041, Lübeck (410 participants)</li>
<li>2040 – 6th edition, 20 September 2040, Lübeck, held together with the Digital Health Days of the Life Science Nord cluster</li>
<li>2039 – 5th edition, Kiel, hosted by Kiel University</li>
<li>2035–2038 – first four editions, all in Lübeck</li>
</ul>
<p>Each edition closes with a short list of recommendations to the cluster's members and to the state government; the recommendations of the 2041 edition dealt with clinical evaluation capacity and with shared test labs for small manufacturers. Read the <a href="/summit/2041-report">2041 summit report</a>.</p>

<h2>Contact</h2>
<p>Summit team: Leonie Ahrens-Kowalczyk, Event Manager, BMCL · summit@bmcl.example.de · +49 451 000 000</p>
<p>Share: <a href="#">LinkedIn</a> · <a href="#">Mastodon</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Baltic MedTech Cluster Lübeck e.V. · Maria-Goeppert-Straße 1, 23562 Lübeck · Registered association, Amtsgericht Lübeck VR 0000</p>
<p>Supported by the State of Schleswig-Holstein. © 2042 BMCL · <a href="/impressum">Imprint</a> · <a href="/datenschutz">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
B="Baltic MedTech Cluster Lübeck e.V."
gold(F,
 [P("Jan Lindemann-Osei","Chairman of the Board","BMCL"),
  P("Friederike Haselhorst","President","University of Lübeck"),
  P("Ivana Horvatinčić","Head of Unit, Health Technology and Cosmetics","DG SANTE"),
  P("Mikkel Østergaard",None,"Region Hovedstaden"),
  P("Anja Brömmelkamp",None,"UKSH University Hospital Schleswig-Holstein"),
  P("Piotr Grabowski-Lenz",None,"Medicalgorithmics S.A."),
  P("Leonie Ahrens-Kowalczyk","Event Manager","BMCL")],
 [O(B,"BMCL"), O("University of Lübeck"),
  O("Fraunhofer Research Institution for Individualized and Cell-Based Medical Engineering","Fraunhofer IMTE"),
  O("European Commission"), O("DG SANTE"), O("Region Hovedstaden"), O("UKSH University Hospital Schleswig-Holstein"),
  O("Medicalgorithmics S.A."), O("Drägerwerk AG & Co. KGaA"), O("Enterprise Europe Network Hamburg – Schleswig-Holstein"),
  O("Life Science Nord"), O("Kiel University"), O("State of Schleswig-Holstein"), O("Amtsgericht Lübeck")],
 [E("Lübeck MedTech Summit 2042","2042-09-16","2042-09-17","Lübeck","Germany"),
  E("Summit dinner","2042-09-16",None,"Lübeck","Germany"),
  E("award ceremony of the Baltic MedTech Award","2042-09-16",None,"Lübeck","Germany"),
  E("Site visits","2042-09-17",None,"Lübeck","Germany"),
  E("B2B meetings","2042-09-17",None,"Lübeck","Germany"),
  E("Nordic-Baltic regulatory affairs workshop","2042-09-18",None,None,None),
  E("Lübeck MedTech Summit (7th edition)","2041-09-17","2041-09-18","Lübeck","Germany"),
  E("Lübeck MedTech Summit (6th edition)","2040-09-20",None,"Lübeck","Germany"),
  E("Digital Health Days","2040-09-20",None,"Lübeck","Germany"),
  E("Lübeck MedTech Summit (5th edition)","2039",None,"Kiel","Germany")],
 ["2042-09-16/2042-09-17","2042-07-01","2042-08-15","2042-09-16","2042-09-17","2042-09-18","2041","2041-09-17/2041-09-18",
  "2040","2040-09-20","2039","2035/2038"],
 [])
