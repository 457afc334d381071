from h import *
F = 'g01_belfast_advanced_manufacturing_forum_outcomes.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report: Northern Ireland Advanced Manufacturing Forum 2034 | AMNI Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to make this site work and to understand how it is used. <a href="#">Accept all</a> <a href="#">Only necessary</a> <a href="#">Cookie policy</a></div>
<header><a href="/" class="logo">AMNI</a>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/insights">Insights</a> | <a href="/events">Events</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home › Insights › Reports</p>
<h1>Forum outcome report: what 240 manufacturers told us in Belfast</h1>
<p class="meta">Published 21 June 2034 · by Siobhán McAleese, Policy and Insight Lead · 6 min read</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a> · <a href="#">Copy link</a></p>
<p>The Northern Ireland Advanced Manufacturing Forum 2034 took place on 6–7 June 2034 at the Titanic Belfast conference centre. Organised by Advanced Manufacturing Northern Ireland (AMNI) with Invest Northern Ireland and the Department for the Economy, the forum brought together 240 participants from 170 organisations, among them 118 small and medium-sized manufacturers, four universities and further-education colleges, and delegations from the Border Midlands Engineering Cluster and from Scotland's National Manufacturing Institute.</p>
<p>The forum was opened by Dr. Ciarán Ó Dónaill, Chair of AMNI and Managing Director of Lagan Precision Components Ltd, and by Gillian Hutchinson-Reid, Director of Business Growth at Invest Northern Ireland. The keynote, on productivity in supply chains, was given by Prof. Dr.-Ing. Annette zu Solms-Wendt of the Fraunhofer Institute for Production Technology IPT in Aachen.</p>
<h2>How the two days worked</h2>
<p>Day 1 was devoted to four workshops: automation for small firms, skills and apprenticeships, low-carbon production, and access to export markets. Each workshop was chaired by a member company and reported back to the plenary. Day 2 opened with a panel on the region's place in UK and all-island supply chains, moderated by Ruairí Devlin, Chief Executive of AMNI. The panel brought together Mairéad NIC GIOLLA PHÁDRAIG (Ulster University), Thomas Craig-Patterson (Craig Engineering Group plc), Dr. Nkechi Okonjo-Bell (Queen's University Belfast) and Tadeusz Wiśniewski (Ballymena Composites Ltd).</p>
<p>In the afternoon of Day 2, 64 companies took part in site visits to three member plants in Lisburn, Ballymena and Newry. The forum closed with the presentation of the AMNI Supply Chain Awards.</p>
<h2>Key messages</h2>
<p>The key messages below were drafted by the rapporteurs and agreed by the forum's steering group on 14 June 2034.</p>
<ul>
<li>Automation is no longer optional for small manufacturers, but most of them need hands-on help to choose the first project rather than more general awareness events.</li>
<li>Skills shortages in maintenance, welding and controls engineering are the single biggest brake on growth and must be tackled together with the further-education colleges.</li>
<li>Customers in the aerospace and energy supply chains will ask for verified carbon data from 2036 onward, and suppliers that start measuring now will keep their contracts.</li>
<li>All-island cooperation with clusters in the Border Midlands works best when it is built around concrete joint bids, not memoranda.</li>
<li>Public support should be simpler: one entry point, shorter application forms and decisions within eight weeks.</li>
<li>The cluster should measure its own impact every year and publish the results to its members.</li>
</ul>
<h2>What happens next</h2>
<p>The steering group will turn the key messages into AMNI's action plan for 2035–2037, which will be presented to the members at the Annual General Meeting on 26 September 2034 in Craigavon. A follow-up webinar on carbon data for suppliers is planned for 18 October 2034, led by Orla Feeney of the Carbon Trust.</p>
<p>Members who want to join one of the working groups formed at the forum can write to Niamh O'Hare-Lindqvist, Membership Manager, at members@amni.example.org.</p>
<h2>Thanks</h2>
<p>The forum was supported by Invest Northern Ireland, the Department for the Economy and the Belfast Harbour Commissioners. We thank the workshop chairs, the rapporteurs and the 31 volunteers from member companies who hosted visitors and ran the registration desk.</p>
<p class="related">Related: <a href="#">Forum 2033 report</a> · <a href="#">Skills survey 2034</a> · <a href="#">Join AMNI</a></p>
</main>
<footer><p>&copy; 2034 Advanced Manufacturing Northern Ireland Ltd, a company limited by guarantee registered in Northern Ireland (NI000000). 2 Queen's Road, Belfast BT3 9DT. <a href="#">Privacy</a> · <a href="#">Accessibility</a> · <a href="#">Terms</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Siobhán McAleese","Policy and Insight Lead","Advanced Manufacturing Northern Ireland"),
  P("Ciarán Ó Dónaill","Chair of AMNI","AMNI"),
  P("Gillian Hutchinson-Reid","Director of Business Growth","Invest Northern Ireland"),
  P("Annette zu Solms-Wendt",None,"Fraunhofer Institute for Production Technology IPT"),
  P("Ruairí Devlin","Chief Executive","AMNI"),
  P("Mairéad NIC GIOLLA PHÁDRAIG",None,"Ulster University"),
  P("Thomas Craig-Patterson",None,"Craig Engineering Group plc"),
  P("Nkechi Okonjo-Bell",None,"Queen's University Belfast"),
  P("Tadeusz Wiśniewski",None,"Ballymena Composites Ltd"),
  P("Orla Feeney",None,"Carbon Trust"),
  P("Niamh O'Hare-Lindqvist","Membership Manager",None)],
 [O("Advanced Manufacturing Northern Ireland","AMNI"), O("Invest Northern Ireland"), O("Department for the Economy"),
  O("Border Midlands Engineering Cluster"), O("National Manufacturing Institute"), O("Lagan Precision Components Ltd"),
  O("Fraunhofer Institute for Production Technology IPT"), O("Ulster University"), O("Craig Engineering Group plc"),
  O("Queen's University Belfast"), O("Ballymena Composites Ltd"), O("Carbon Trust"), O("Belfast Harbour Commissioners")],
 [E("Northern Ireland Advanced Manufacturing Forum 2034","2034-06-06","2034-06-07","Belfast","United Kingdom"),
  E("site visits","2034-06-07",None,"Lisburn, Ballymena, Newry","United Kingdom"),
  E("AMNI Supply Chain Awards","2034-06-07",None,"Belfast","United Kingdom"),
  E("Annual General Meeting","2034-09-26",None,"Craigavon","United Kingdom"),
  E("webinar on carbon data for suppliers","2034-10-18")],
 ["2034-06-21","2034-06-06/2034-06-07","2034-06-14","2036","2035/2037","2034-09-26","2034-10-18"],
 ["Automation is no longer optional for small manufacturers, but most of them need hands-on help to choose the first project rather than more general awareness events",
  "Skills shortages in maintenance, welding and controls engineering are the single biggest brake on growth and must be tackled together with the further-education colleges",
  "Customers in the aerospace and energy supply chains will ask for verified carbon data from 2036 onward, and suppliers that start measuring now will keep their contracts",
  "All-island cooperation with clusters in the Border Midlands works best when it is built around concrete joint bids, not memoranda",
  "Public support should be simpler: one entry point, shorter application forms and decisions within eight weeks",
  "The cluster should measure its own impact every year and publish the results to its members"],
 pub="2034-06-21")
