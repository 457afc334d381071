from h import *
F = 'g15_turnhout_energy_cluster_events.html'
assert wd(2040,11,20)=='Tuesday' and wd(2040,11,21)=='Wednesday' and wd(2040,12,4)=='Tuesday' and wd(2041,1,15)=='Tuesday' and wd(2040,11,6)=='Tuesday' and wd(2041,2,5)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Kempen Energy Cluster</title></head>
<body>
<div id="cc">We use cookies to measure how our website is used. <a href="/en/cookies">Cookie policy</a> <button>Accept</button> <button>Decline</button></div>
<header><p class="brand">Kempen Energy Cluster vzw</p>
<nav><a href="/en">Home</a> | <a href="/en/about">About</a> | <a href="/en/members">Members</a> | <a href="/en/projects">Projects</a> | <a href="/en/events" class="active">Events</a> | <a href="/en/news">News</a> | <a href="/nl">NL</a> | <a href="/en">EN</a></nav></header>
<main>
<h1>Events</h1>
<p class="intro">Last updated: 6 November 2040. All events are in English and take place in the Kempen region unless stated otherwise. Members attend free of charge; non-members pay EUR 95 per event unless stated otherwise.</p>

<h2>Upcoming</h2>

<div class="event">
<h3>Kempen Energy Days 2040 – "Heat is the new power"</h3>
<p><strong>20–21 November 2040</strong> · Turnhout, De Warande cultural centre</p>
<p>The sixth edition of our yearly conference looks at industrial heat pumps, heat networks and the use of residual heat from the chemical plants of the Antwerp–Kempen axis. Keynote speakers: Sofie Vermeulen-Aerts, Flemish Minister for Economy, Innovation and Energy (tbc), and Prof. Dr. Ir. Wouter Debrabandere, KU Leuven.</p>
<p>Programme on day 1:</p>
<ul>
<li>10:00 – Opening by cluster chair Lieve Goossens-Peeters (Geel Energie NV)</li>
<li>11:30 – Panel: "Who pays for the heat network?" with Fluvius, VITO and the City of Turnhout</li>
<li>16:00 – Visit to the geothermal pilot plant at the VITO site in Mol (bus from the venue)</li>
<li>19:00 – Networking dinner</li>
</ul>
<p>Day 2 (21 November) is reserved for B2B meetings with suppliers from the Netherlands and Germany, organised with the Enterprise Europe Network Flanders. <a href="/en/events/ked-2040">Register</a></p>
</div>

<div class="event">
<h3>Webinar: The Flemish energy strategy for companies</h3>
<p><strong>Tuesday 4 December 2040, 12:00–13:00</strong> · online · in Dutch</p>
<p>Speaker: Karim El Amrani, policy advisor at the Flemish Energy and Climate Agency (VEKA). <a href="/en/events/webinar-veka">Register</a></p>
</div>

<div class="event">
<h3>New Year's reception and general assembly</h3>
<p><strong>Tuesday 15 January 2041</strong> · Geel, Thomas More University of Applied Sciences, Campus Geel</p>
<p>17:00 general assembly (members only), 18:30 New Year's reception. The assembly will elect two directors; candidacies by 31 December 2040.</p>
</div>

<div class="event">
<h3>Study trip to Denmark: district heating in Aarhus</h3>
<p><strong>Tuesday 5 – Thursday 7 February 2041</strong> · Aarhus and Silkeborg</p>
<p>With the Danish cluster Energy Cluster Denmark. Visits to AffaldVarme Aarhus and the Silkeborg solar heating plant. Maximum 20 participants; deadline for registration: 10 January 2041.</p>
<p>The programme was prepared with Jens Kjær Mortensen of Energy Cluster Denmark, who visited the Kempen in September. Participants travel by train via Hamburg; the cluster books a group ticket and shared hotel rooms in Aarhus. The trip is partly financed by the province, so the participation fee for members is limited to EUR 350, including two dinners and the local bus transfers.</p>
</div>

<h2>Past editions of the Kempen Energy Days</h2>
<table>
<tr><th>Edition</th><th>Date</th><th>Place</th><th>Theme</th><th>Participants</th></tr>
<tr><td>5th</td><td>15–16 November 2039</td><td>Geel</td><td>Hydrogen valleys</td><td>380</td></tr>
<tr><td>4th</td><td>24 November 2038</td><td>Mol</td><td>Nuclear, small and modular?</td><td>290</td></tr>
<tr><td>3rd</td><td>18 November 2037</td><td>Herentals</td><td>Energy communities</td><td>240</td></tr>
<tr><td>2nd</td><td>2036</td><td>Turnhout</td><td>Grid congestion</td><td>190</td></tr>
<tr><td>1st</td><td>2035</td><td>Turnhout</td><td>Launch of the cluster</td><td>120</td></tr>
</table>

<h2>Past events in 2040</h2>
<ul>
<li>16 October 2040 – Company visit to Umicore, Olen (42 participants)</li>
<li>12 June 2040 – Round table on grid connection delays with Elia and the Flemish regulator VREG</li>
<li>March 2040 – Joint mission with the Walloon cluster TWEED to the Energy Storage Europe fair in Düsseldorf</li>
</ul>
<p>Photos and presentations of past events are in the <a href="/en/members/library">member library</a>.</p>
<p>Questions? Contact our events coordinator Nele Van den Broeck-Jansen, events@kempenenergy.example.be, +32 14 00 00 00.</p>
</main>
<footer><p>Kempen Energy Cluster vzw · Grote Markt 1, 2300 Turnhout · Company number 0000.000.000</p>
<p>Supported by VLAIO (Flanders Innovation &amp; Entrepreneurship) and the Province of Antwerp. <a href="/en/privacy">Privacy</a> · <a href="/en/disclaimer">Disclaimer</a></p></footer>
</body></html>
"""
assert wd(2041,2,7)=='Thursday'
write(F, T)
C = "Kempen Energy Cluster vzw"
gold(F,
 [P("Sofie Vermeulen-Aerts", "Flemish Minister for Economy, Innovation and Energy", None),
  P("Wouter Debrabandere", None, "KU Leuven"),
  P("Lieve Goossens-Peeters", "cluster chair", C),
  P("Karim El Amrani", "policy advisor", "Flemish Energy and Climate Agency"),
  P("Nele Van den Broeck-Jansen", "events coordinator", C),
  P("Jens Kjær Mortensen", None, "Energy Cluster Denmark")],
 [O(C), O("KU Leuven"), O("Geel Energie NV"), O("Fluvius"), O("VITO"), O("City of Turnhout"),
  O("Enterprise Europe Network Flanders"), O("Flemish Energy and Climate Agency", "VEKA"),
  O("Thomas More University of Applied Sciences"), O("Energy Cluster Denmark"), O("AffaldVarme Aarhus"),
  O("Umicore"), O("Elia"), O("VREG"), O("TWEED"), O("Flanders Innovation & Entrepreneurship", "VLAIO"),
  O("Province of Antwerp")],
 [E("Kempen Energy Days 2040", "2040-11-20", "2040-11-21", "Turnhout", "Belgium"),
  E("Visit to the geothermal pilot plant at the VITO site in Mol", "2040-11-20", None, "Mol", "Belgium"),
  E("Networking dinner", "2040-11-20", None, "Turnhout", "Belgium"),
  E("B2B meetings", "2040-11-21", None, "Turnhout", "Belgium"),
  E("Webinar: The Flemish energy strategy for companies", "2040-12-04", None, None, None),
  E("New Year's reception", "2041-01-15", None, "Geel", "Belgium"),
  E("general assembly", "2041-01-15", None, "Geel", "Belgium"),
  E("Study trip to Denmark: district heating in Aarhus", "2041-02-05", "2041-02-07", "Aarhus, Silkeborg", "Denmark"),
  E("Kempen Energy Days (2039)", "2039-11-15", "2039-11-16", "Geel", "Belgium"),
  E("Kempen Energy Days (2038)", "2038-11-24", None, "Mol", "Belgium"),
  E("Kempen Energy Days (2037)", "2037-11-18", None, "Herentals", "Belgium"),
  E("Kempen Energy Days (2036)", "2036", None, "Turnhout", "Belgium"),
  E("Kempen Energy Days (2035)", "2035", None, "Turnhout", "Belgium"),
  E("Company visit to Umicore", "2040-10-16", None, "Olen", "Belgium"),
  E("Round table on grid connection delays", "2040-06-12", None, None, None),
  E("Joint mission", "2040-03", None, "Düsseldorf", "Germany"),
  E("Energy Storage Europe", "2040-03", None, "Düsseldorf", "Germany")],
 ["2040-11-06", "2040-11-20/2040-11-21", "2040-11-21", "2040-12-04", "2041-01-15", "2040-12-31",
  "2041-02-05/2041-02-07", "2041-01-10", "2039-11-15/2039-11-16", "2038-11-24", "2037-11-18", "2036", "2035",
  "2040", "2040-10-16", "2040-06-12", "2040-03", "2040-09"],
 [], pub="2040-11-06")
