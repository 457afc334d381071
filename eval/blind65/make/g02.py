"""02: a matchmaking event page (HTML: cookie bar, nav, registration box, footer) of a Cornwall marine and offshore cluster:
a B2B meetings day in Falmouth, a company visit and a networking dinner."""
from h import *
W1 = wd(2033, 10, 5); W2 = wd(2033, 10, 6)
html_ = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Celtic Sea Offshore Matchmaking 2033 | Kernow Marine &amp; Offshore Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to understand how visitors use this site and to remember your settings.
<a href="/privacy">Read our cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/" class="logo">KMOC</a>
<nav><ul><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li>
<li><a href="/events" class="active">Events</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/events">Events</a> › Celtic Sea Offshore Matchmaking 2033</div>
<main>
<h1>Celtic Sea Offshore Matchmaking 2033</h1>
<p class="meta">{W1} 5 – {W2} 6 October 2033 · Falmouth and Truro, Cornwall · English</p>
<p>Floating offshore wind in the Celtic Sea is moving from plans to orders. The Kernow Marine &amp; Offshore Cluster (KMOC)
invites suppliers, developers, ports and research teams from Cornwall, Wales, Ireland and Brittany to two days of pre-arranged
meetings, a visit to a fabrication yard and an evening to meet in person. The event is the third of its kind after Brest
(2031) and Milford Haven (2032).</p>
<p>The matchmaking is organised together with Marine Energy Wales, Pôle Mer Bretagne Atlantique and the Irish Maritime and
Energy Resource Cluster (IMERC), with the support of Enterprise Europe Network South West and Cornwall Council.</p>
<h2>Programme</h2>
<h3>Day 1 – {W1} 5 October 2033, Falmouth, National Maritime Museum Cornwall</h3>
<ul>
<li>08:30 Registration and coffee</li>
<li>09:15 Welcome by Dr. Morwenna Trevithick, Cluster Director, Kernow Marine &amp; Offshore Cluster</li>
<li>09:30 Keynote: “From lease to first steel – what buyers need from the supply chain”, Niamh Fitzgerald-Hayes, Head of Procurement, Celtic Sea Floating Wind Ltd</li>
<li>10:15 Pitch session: twelve suppliers in three minutes each</li>
<li>11:00 – 17:00 B2B meetings (20-minute slots, booked in advance on the matchmaking platform)</li>
<li>13:00 Lunch and exhibition</li>
<li>19:00 Networking dinner at the Greenbank Hotel, Falmouth (registration required, places limited to 120)</li>
</ul>
<h3>Day 2 – {W2} 6 October 2033, Truro and Falmouth Docks</h3>
<ul>
<li>09:00 Company visit to A&amp;P Falmouth (shipyard and mooring fabrication hall); safety shoes provided</li>
<li>11:30 Round table “Ports as hubs for floating wind”, moderated by Yann Le Gall, Project Manager, Pôle Mer Bretagne Atlantique, with Siân Prys-Davies (Marine Energy Wales) and Ciarán Mac Giolla Phádraig (IMERC)</li>
<li>12:45 Closing and lunch at Truro and Penwith College</li>
</ul>
<h2>Who should take part?</h2>
<p>Manufacturers of mooring and anchoring systems, cable and electrical suppliers, vessel operators, survey companies,
engineering consultancies, ports and universities. Buyers from developer consortia will publish their needs on the
platform from 1 September 2033 so that meetings can be requested with a purpose.</p>
<p>Last year in Milford Haven, 146 participants from four countries held 312 meetings. Eighteen of the 2032 participants
reported supply contracts or joint bids within six months.</p>
<h2>Buyers confirmed so far</h2>
<p>Four developer consortia and two tier-one contractors have confirmed that their procurement teams will hold meetings on
Day 1: Celtic Sea Floating Wind Ltd, Gwynt Glas Offshore, Bretagne Flottant SAS, Atlantic Array Partners, Harland Ocean
Structures and Kerntech Moorings. Each buyer will take up to sixteen meetings. Suppliers are asked to prepare a one-page
capability statement and to state in their profile whether they already hold offshore certification. A short guide to
writing a good profile is sent with the confirmation e-mail.</p>
<h2>Practical information</h2>
<p>Participation is free of charge for SMEs; large companies pay GBP 150. The dinner costs GBP 45 and is booked with your
registration. Travel grants of up to EUR 400 are available for Breton and Irish SMEs through the organisers in those regions.
The nearest airport is Newquay; a shuttle runs from Truro station to Falmouth on both mornings.</p>
<p>Questions about the B2B platform: Tamsin Rowe, Events Officer, KMOC (events@kmoc.org.uk, +44 1872 555 019).</p>
<aside class="registration">
<h2>Register now</h2>
<p><strong>Registration deadline:</strong> 21 September 2033</p>
<p><strong>Meeting requests open:</strong> 22 September 2033</p>
<p><strong>Meeting requests close:</strong> 3 October 2033, 12:00</p>
<p><a class="button" href="https://celtic-sea-offshore-2033.b2match.io">Register on the platform</a></p>
<p>Already registered? <a href="/login">Log in</a> to update your profile.</p>
</aside>
<div class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></div>
</main>
<footer><p>Kernow Marine &amp; Offshore Cluster CIC · Pool Innovation Centre, Trevenson Road, Pool, Redruth TR15 3PL ·
Company no. 12345678</p>
<p>The cluster is part-funded by the Shared Prosperity Fund. © 2033 KMOC · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
fn = 'blind65_02_celtic_sea_matchmaking.html'
write(fn, html_)
K = "Kernow Marine & Offshore Cluster"
gold(fn,
 [P("Morwenna Trevithick", "Cluster Director", K), P("Niamh Fitzgerald-Hayes", "Head of Procurement", "Celtic Sea Floating Wind Ltd"),
  P("Yann Le Gall", "Project Manager", "Pôle Mer Bretagne Atlantique"), P("Siân Prys-Davies", None, "Marine Energy Wales"),
  P("Ciarán Mac Giolla Phádraig", None, "IMERC"), P("Tamsin Rowe", "Events Officer", "KMOC")],
 [O(K, "KMOC"), O("Marine Energy Wales"), O("Pôle Mer Bretagne Atlantique"), O("Irish Maritime and Energy Resource Cluster", "IMERC"),
  O("Enterprise Europe Network South West"), O("Cornwall Council"), O("Celtic Sea Floating Wind Ltd"),
  O("A&P Falmouth"), O("Truro and Penwith College"),
  O("Gwynt Glas Offshore"), O("Bretagne Flottant SAS"), O("Atlantic Array Partners"), O("Harland Ocean Structures"), O("Kerntech Moorings")],
 [E("Celtic Sea Offshore Matchmaking 2033", "2033-10-05", "2033-10-06", "Falmouth, Truro", "United Kingdom"),
  E("B2B meetings", "2033-10-05", "2033-10-05", "Falmouth", "United Kingdom"),
  E("Networking dinner", "2033-10-05", "2033-10-05", "Falmouth", "United Kingdom"),
  E("Company visit to A&P Falmouth", "2033-10-06", "2033-10-06", "Falmouth", "United Kingdom"),
  E("Celtic Sea Offshore Matchmaking (2031 edition)", "2031", "2031", "Brest", "France"),
  E("Celtic Sea Offshore Matchmaking (2032 edition)", "2032", "2032", "Milford Haven", "United Kingdom")],
 ["2033-10-05/2033-10-06", "2033-10-05", "2033-10-06", "2031", "2032", "2033-09-01", "2033-09-21", "2033-09-22", "2033-10-03", "2033"])
