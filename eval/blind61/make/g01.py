from common import *
F = 'b61_01_watercampus_outcome.html'
KM = ["Water technology clusters should be treated as infrastructure for the energy transition, not as a sectoral niche",
 "Regions bordering the Wadden Sea need a shared testing zone for brackish-water desalination and salt-tolerant crops",
 "Public procurement of innovation remains the fastest route to market for small water-technology firms",
 "Skills programmes must be co-designed with companies, vocational schools and universities from the first year",
 "The next edition should add a dedicated session for investors and for cluster managers from outside the EU"]
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report – North Sea Water Cluster Days 2033 | Wetterkluster Fryslân</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits and improve this site. <a href="/privacy">Privacy statement</a> <button>Accept all</button> <button>Only necessary</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About the cluster</a></li><li><a href="/members">Members</a></li><li><a href="/events">Events</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main>
<p class="breadcrumb">Home › Events › Reports › North Sea Water Cluster Days 2033</p>
<h1>Outcome report: North Sea Water Cluster Days 2033</h1>
<p class="meta">Published 21 October 2033 · Reading time 6 min · Share: LinkedIn | X | E-mail</p>
<p>The fourth North Sea Water Cluster Days took place in Leeuwarden on 11 and 12 October 2033, hosted by Wetterkluster Fryslân at the WaterCampus building on the Stationsweg. Over two days, 312 participants from eleven countries discussed how the water-technology industry around the southern North Sea can grow while coastal provinces face salinisation, drought summers and higher energy prices. The programme combined plenary debates, six parallel sessions, a matchmaking area with 140 pre-booked meetings and site visits to the pilot plant of Noordwater B.V. in Harlingen.</p>
<p>The event was opened by Sjoukje de Vries-Hoekstra, deputy of the Province of Fryslân responsible for economy and innovation, who recalled that the first edition in 2027 had gathered barely eighty people in a rented hall. She was followed by Dr. Pieter van der Meulen, managing director of Wetterkluster Fryslân, who presented the cluster's new strategy 2033–2037 and its three missions: clean water for industry, water and energy, and salt-tolerant agriculture.</p>
<h2>Plenary: a water cluster as energy infrastructure</h2>
<p>In the opening plenary, Margit Sørensen of the Danish Water Technology Alliance argued that electrolysers, data centres and hydrogen valleys all depend on large volumes of demineralised water, and that cluster organisations are the only actors able to bring the municipal utilities and the industrial users to the same table. Prof. Dr.-Ing. Hendrik ZU LÖWENSTEIN from the Hochschule Emden/Leer described the experience of East Frisia, where three utilities now share one monitoring platform. The panel was moderated by Aoife Ní Chonaill, policy officer at the European Commission's Directorate-General for Environment (DG ENV).</p>
<h2>Parallel sessions</h2>
<p>The six parallel sessions covered desalination of brackish groundwater, nutrient recovery, the skills gap, circular packaging for the dairy industry, digital twins of polder systems and access to finance. In the finance session, Luc Vanhoutte of the European Investment Bank explained that most projects presented to the bank are still too small for direct lending and should be bundled. Femke Bosma, innovation advisor at the Noordelijke Ontwikkelingsmaatschappij (NOM), presented the regional proof-of-concept scheme, which closed its second round on 30 September 2033.</p>
<p>The skills session, chaired by Jelle Terpstra of NHL Stenden University of Applied Sciences, heard that vacancies for process operators in the northern Netherlands have doubled since 2030. Students from the Friesland College presented a serious game on water treatment that was developed with four member companies.</p>
<h2>Matchmaking and site visits</h2>
<p>The matchmaking area was busier than in any previous edition. According to the organisers, 61% of the 140 pre-booked meetings were between companies from different countries, and 23 follow-up meetings had already been scheduled by the end of the second day. On the afternoon of 12 October, two buses took 85 participants to Harlingen, where Noordwater B.V. showed its pilot plant for the desalination of brackish groundwater for greenhouse horticulture. The plant, built with three member companies and the water company Vitens, has been running since the spring and supplies water to two growers at a cost that is close to that of tap water. A second group visited the testing facilities of Wetsus in Leeuwarden, where PhD researchers presented their work on membranes and electrochemical water treatment.</p>
<h2>Key messages</h2>
<p>The rapporteurs, Dr. Ingrid Aalders (University of Groningen) and Tomás Ferreira da Silva (Wetsus, European centre of excellence for sustainable water technology), summarised the two days in five key messages, which were presented at the closing plenary and endorsed by the steering committee:</p>
<ul>
""" + "".join(f"<li>{k}.</li>\n" for k in KM) + f"""</ul>
<h2>What happens next</h2>
<p>The steering committee will turn the key messages into a joint statement to be presented at the Interreg North Sea annual event in Bremen in March 2034. The cluster also confirmed that the fifth edition will take place in Emden on 9–10 October 2034, co-organised with the Ems-Dollart water network. Presentations and photos are available in the members' area; the recording of the plenary can be viewed on the cluster's video channel.</p>
<p>Wetterkluster Fryslân thanks its sponsors Vitens, Noordwater B.V. and Rabobank Leeuwarden-Noord West Friesland, and the 48 volunteers who made the event possible.</p>
<p class="contact">Press contact: Anneke Wijbenga, communications officer, press@wetterkluster.frl</p>
</main>
<footer><p>© 2033 Wetterkluster Fryslân · Stationsweg 2a · Leeuwarden · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/newsletter">Subscribe to the newsletter</a></p></footer>
</body></html>
"""
write_text(F, html)
gold(F, [
 P("Sjoukje de Vries-Hoekstra", "deputy", "Province of Fryslân"),
 P("Pieter van der Meulen", "managing director", "Wetterkluster Fryslân"),
 P("Margit Sørensen", None, "Danish Water Technology Alliance"),
 P("Hendrik ZU LÖWENSTEIN", None, "Hochschule Emden/Leer"),
 P("Aoife Ní Chonaill", "policy officer", "Directorate-General for Environment"),
 P("Luc Vanhoutte", None, "European Investment Bank"),
 P("Femke Bosma", "innovation advisor", "Noordelijke Ontwikkelingsmaatschappij"),
 P("Jelle Terpstra", None, "NHL Stenden University of Applied Sciences"),
 P("Ingrid Aalders", "rapporteur", "University of Groningen"),
 P("Tomás Ferreira da Silva", "rapporteur", "Wetsus"),
 P("Anneke Wijbenga", "communications officer", "Wetterkluster Fryslân"),
],[
 O("Wetterkluster Fryslân"), O("Noordwater B.V."), O("Province of Fryslân"), O("Danish Water Technology Alliance"),
 O("Hochschule Emden/Leer"), O("European Commission"), O("Directorate-General for Environment", "DG ENV"),
 O("European Investment Bank"), O("Noordelijke Ontwikkelingsmaatschappij", "NOM"),
 O("NHL Stenden University of Applied Sciences"), O("Friesland College"), O("University of Groningen"),
 O("Wetsus"), O("Ems-Dollart water network"), O("Vitens"), O("Rabobank Leeuwarden-Noord West Friesland"),
],[
 E("North Sea Water Cluster Days 2033", "2033-10-11", "2033-10-12", "Leeuwarden", "Netherlands"),
 E("North Sea Water Cluster Days (first edition)", "2027", None, None, None),
 E("Interreg North Sea annual event", "2034-03", None, "Bremen", "Germany"),
 E("North Sea Water Cluster Days (2034 edition)", "2034-10-09", "2034-10-10", "Emden", "Germany"),
],["2033-10-21","2033-10-11/2033-10-12","2027","2033/2037","2033-09-30","2030","2033-10-12","2034-03","2034-10-09/2034-10-10"],
 KM, pub="2033-10-21")
