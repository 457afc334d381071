from h import *
F = 'g14_blyth_conference_speakers.html'
assert wd(2037,10,6)=='Tuesday' and wd(2037,10,7)=='Wednesday' and wd(2037,10,5)=='Monday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Speakers | North East Offshore Energy Cluster Conference 2037</title></head>
<body>
<div class="banner">Early-bird tickets end on 31 August 2037 · <a href="/tickets">Book now</a></div>
<header><p class="logo">NEOEC – North East Offshore Energy Cluster</p>
<nav><a href="/">Home</a> · <a href="/conference">Conference 2037</a> · <a href="/speakers">Speakers</a> · <a href="/programme">Programme</a> · <a href="/venue">Venue &amp; travel</a> · <a href="/sponsors">Sponsors</a></nav></header>
<main>
<h1>Speakers</h1>
<p>The sixth annual conference of the North East Offshore Energy Cluster takes place on Tuesday 6 and Wednesday 7 October 2037 at the Port of Blyth's Wind Innovation Hall, Northumberland. Around 400 delegates from supply-chain companies, developers, ports and universities are expected.</p>

<h2>Keynote speakers</h2>

<div class="speaker"><h3>Dame Fiona McAllister</h3>
<p class="role">Chair, Offshore Renewable Energy Catapult</p>
<p>Fiona spent twenty years in the oil and gas industry in Aberdeen before moving into offshore wind in 2024. She was Chief Executive of the Scottish supply-chain body Energy Skills Partnership from 2029 to 2034 and has chaired the Catapult since 2035. She opens the conference on Tuesday at 09:30.</p></div>

<div class="speaker"><h3>Lars-Erik Holmqvist</h3>
<p class="role">Head of Supply Chain Development, Vattenfall Wind Power</p>
<p>A Swedish engineer based in Hamburg, Lars-Erik leads the company's work with local suppliers in the North Sea countries. He will talk about what developers expect from regional clusters in the 2040s.</p></div>

<h2>Speakers</h2>

<div class="speaker"><h3>Dr. Kwame Asante-Boateng</h3>
<p class="role">Reader in Marine Engineering, Newcastle University</p>
<p>Kwame leads the university's research on floating foundations and coordinates the skills work package of the cluster's training alliance.</p></div>

<div class="speaker"><h3>Hélène Dubois-Marchetti</h3>
<p class="role">Director, Pôle Mer Bretagne Atlantique</p>
<p>Hélène heads the French maritime competitiveness cluster in Brest. She will present the Franco-British cluster partnership signed in Brest in March 2037.</p></div>

<div class="speaker"><h3>Jan ter Horst</h3>
<p class="role">Programme Manager, Offshore Wind Innovators (Den Helder)</p>
<p>Jan runs the Dutch accelerator for offshore start-ups and has mentored more than 60 companies since 2031.</p></div>

<div class="speaker"><h3>Councillor Gemma Wardle</h3>
<p class="role">Cabinet Member for Inclusive Economy, Northumberland County Council</p>
<p>Gemma represents Cowpen ward in Blyth and leads the council's work on skills and jobs in the energy sector. Before her election she taught engineering at a further education college in Ashington for eleven years.</p></div>

<div class="speaker"><h3>Rory Fairbairn</h3>
<p class="role">Cluster Manager, NEOEC</p>
<p>Rory joined the cluster as manager in January 2036 from the North East Local Enterprise Partnership. He hosts both days.</p></div>

<h2>Programme at a glance</h2>
<p><strong>Tuesday 6 October</strong></p>
<ul>
<li>08:30 Registration and coffee</li>
<li>09:30 Welcome – Rory Fairbairn; keynote – Dame Fiona McAllister</li>
<li>10:30 Panel: Can the North East keep its supply chain? – with Jan ter Horst, Dr. Kwame Asante-Boateng and Councillor Gemma Wardle, moderated by Priya Raman (BBC Look North)</li>
<li>12:00 Lunch and exhibition</li>
<li>13:30 Meet-the-buyer session with developers (pre-booked B2B meetings)</li>
<li>19:00 Conference dinner at Seaton Delaval Hall, with the NEOEC Supply Chain Awards</li>
</ul>
<p><strong>Wednesday 7 October</strong></p>
<ul>
<li>09:00 Keynote – Lars-Erik Holmqvist</li>
<li>10:00 International clusters session – Hélène Dubois-Marchetti and guests</li>
<li>12:30 Close</li>
<li>13:30 Site visit to the Offshore Renewable Energy Catapult's blade test facility</li>
</ul>

<h2>Previous conferences</h2>
<p>2036 Newcastle upon Tyne · 2035 Sunderland · 2034 Blyth · 2033 Hartlepool · 2032 Gateshead</p>

<p>The day before the conference, on Monday 5 October, the cluster's board meeting takes place in Blyth, and members can join an evening networking reception at the Blyth Quay Club from 18:00.</p>

<h2>Become a speaker</h2>
<p>We still have slots for short company pitches on Wednesday morning. Send a 150-word summary to Amira Haddad, Events Coordinator, by 15 August 2037.</p>
<p><a href="/programme">Full programme</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</main>
<footer><p>North East Offshore Energy Cluster Ltd · Commissioners Quay, Blyth NE24 0AA · Company no. 00000000 · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
C="North East Offshore Energy Cluster Ltd"
gold(F,
 [P("Fiona McAllister","Chair","Offshore Renewable Energy Catapult"),
  P("Lars-Erik Holmqvist","Head of Supply Chain Development","Vattenfall Wind Power"),
  P("Kwame Asante-Boateng","Reader in Marine Engineering","Newcastle University"),
  P("Hélène Dubois-Marchetti","Director","Pôle Mer Bretagne Atlantique"),
  P("Jan ter Horst","Programme Manager","Offshore Wind Innovators"),
  P("Gemma Wardle","Cabinet Member for Inclusive Economy","Northumberland County Council"),
  P("Rory Fairbairn","Cluster Manager",C),
  P("Priya Raman",None,"BBC Look North"),
  P("Amira Haddad","Events Coordinator",C)],
 [O(C,"NEOEC"), O("Offshore Renewable Energy Catapult"), O("Energy Skills Partnership"), O("Vattenfall Wind Power"),
  O("Newcastle University"), O("Pôle Mer Bretagne Atlantique"), O("Offshore Wind Innovators"),
  O("Northumberland County Council"), O("North East Local Enterprise Partnership"), O("BBC Look North")],
 [E("North East Offshore Energy Cluster Conference 2037","2037-10-06","2037-10-07","Blyth","United Kingdom"),
  E("Meet-the-buyer session","2037-10-06",None,"Blyth","United Kingdom"),
  E("NEOEC Supply Chain Awards","2037-10-06",None,None,None),
  E("Site visit to the Offshore Renewable Energy Catapult's blade test facility","2037-10-07",None,None,None),
  E("North East Offshore Energy Cluster Conference (2036)","2036",None,"Newcastle upon Tyne","United Kingdom"),
  E("North East Offshore Energy Cluster Conference (2035)","2035",None,"Sunderland","United Kingdom"),
  E("North East Offshore Energy Cluster Conference (2034)","2034",None,"Blyth","United Kingdom"),
  E("North East Offshore Energy Cluster Conference (2033)","2033",None,"Hartlepool","United Kingdom"),
  E("North East Offshore Energy Cluster Conference (2032)","2032",None,"Gateshead","United Kingdom"),
  E("board meeting","2037-10-05",None,"Blyth","United Kingdom"),
  E("networking reception","2037-10-05",None,"Blyth","United Kingdom")],
 ["2037-08-31","2037-10-06/2037-10-07","2024","2029/2034","2035","2037-03","2031","2036-01","2037-10-06","2037-10-07",
  "2036","2034","2033","2032","2037-10-05","2037-08-15"],
 [], pub=None)
