from h import *
F = 'g01_pori_port_energy_conference_outcomes.html'
assert wd(2037,3,18)=='Wednesday' and wd(2037,3,19)=='Thursday' and wd(2037,4,22)=='Wednesday' and wd(2037,10,7)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report: Satakunta Port Energy Conference 2037 | Satakunta Energy Cluster</title></head>
<body>
<div id="cookies">This site uses cookies for statistics. <a href="/privacy">Read more</a> <button>OK</button> <button>Decline</button></div>
<header><a class="logo" href="/">SEC – Satakunta Energy Cluster</a>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/publications" class="active">Publications</a> | <a href="/events">Events</a> | <a href="/fi">Suomeksi</a></nav></header>
<main>
<p class="crumbs">Home / Publications / Outcome reports</p>
<h1>Ports as energy hubs: outcome report of the Satakunta Port Energy Conference 2037</h1>
<p class="byline">Published 22 April 2037 · by Henna Lindroos, communications manager · Reading time 6 min</p>
<p>The third Satakunta Port Energy Conference brought 312 participants from eleven countries to the Promenadi Hall in Pori on Wednesday 18 and Thursday 19 March 2037. It was organised by the Satakunta Energy Cluster (SEC) together with Prizztech Oy, the regional development company, and the Port of Pori Ltd, with support from the Regional Council of Satakunta. This report summarises the discussions and the conclusions agreed by the steering group on 2 April 2037.</p>
<h2>Who spoke</h2>
<p>The conference was opened by Mayor of Pori Jarkko Heikkilä-Rauta and by Dr Sanna Koivisto, cluster manager of SEC. The opening keynote was given by Matthias Oberdorfer, Head of Unit for Energy-Intensive Industries at the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), who presented the Commission's view of ports as "the plug sockets of the green industrial transition". Ministerial adviser Liisa Haapakoski of the Ministry of Economic Affairs and Employment described the national hydrogen valley programme, while Ana Beatriz Quintela, CEO of the Port of Sines Authority (APS), and Per-Olof Nyström, Director of Strategy at Ports of Stockholm AB, compared the business models of their harbours. The industrial panel was chaired by Professor Ville Tarkiainen of Tampere University, Pori Campus, with speakers from Fortum Power and Heat Oy, Boliden Harjavalta Oy, Wärtsilä Finland Oy and the start-up Aallokko Marine Hydrogen Oy.</p>
<p>On the second day, three parallel workshops discussed grid connection, skills and permitting. The workshop on skills was led by Satakunta University of Applied Sciences (SAMK) and the Finnish Maritime Cluster Association. A site visit to the Tahkoluoto offshore wind area and the port's new electrolyser plot closed the programme on Thursday afternoon, followed by the conference dinner at Yyteri Beach Hotel.</p>
<h2>The conference in figures</h2>
<p>Of the 312 participants, 41 per cent came from companies, 23 per cent from public authorities, 19 per cent from universities and research organisations and the rest from clusters, investors and the media. Some 140 bilateral meetings were arranged through the conference app, and the exhibition area hosted 26 stands. In the feedback survey, answered by 118 participants, 87 per cent rated the conference good or very good, while several respondents asked for more time for questions from the floor and for a stronger presence of Swedish ports.</p>
<h2>Main conclusions</h2>
<p>The steering group drew the following conclusions from the two days:</p>
<ol>
<li>Ports of the Bothnian Sea will become the main connection points between offshore wind, hydrogen production and energy-intensive industry, and should be planned as energy hubs rather than as transport terminals only.</li>
<li>Grid capacity, not the availability of investors, is today the main bottleneck: at least 1.8 GW of new connections are needed in Satakunta before 2040.</li>
<li>Permitting of industrial projects in port areas takes on average 31 months, more than twice the time investors consider acceptable.</li>
<li>The region lacks around 900 technicians and engineers for electrolysis, power electronics and offshore maintenance.</li>
<li>Cooperation between ports on the Finnish and Swedish coasts is still weak compared with the North Sea.</li>
</ol>
<h2>Recommendations</h2>
<p>Building on these conclusions, participants recommend that:</p>
<ul>
<li>the Regional Council of Satakunta prepares a joint port energy masterplan with the ports of Pori and Rauma by the end of 2038;</li>
<li>national authorities introduce a single permitting desk for energy projects in port areas, with a binding deadline of 12 months;</li>
<li>SEC and SAMK launch a vocational pathway for hydrogen technicians from the autumn semester of 2037;</li>
<li>the cluster applies, together with partners in Västerbotten and Ostrobothnia, for a cross-border project on Bothnian port hubs under the next Interreg Aurora call;</li>
<li>the European Commission considers port energy hubs as a category of their own in the revision of the trans-European energy infrastructure guidelines.</li>
</ul>
<h2>Next steps</h2>
<p>A follow-up webinar on the permitting desk will take place on Wednesday 7 October 2037, and the fourth edition of the conference is planned for March 2038 in Rauma. The presentations can be downloaded from the conference page until 30 June 2037. Questions about the report can be sent to the cluster office.</p>
<blockquote>"The message from Pori is clear: the energy transition will be decided in our ports, and ports cannot do it alone," said cluster chair Mikko Järvelä, CEO of Porin Energia Oy.</blockquote>
<p class="photo">Photo: Juho Salmenkivi / Satakunta Energy Cluster</p>
<p class="tags">Tags: ports, hydrogen, offshore wind, skills, outcome report</p>
<p class="share">Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a> <a href="#">Print</a></p>
<aside><h3>Related</h3><ul><li><a href="#">Outcome report 2036: Green steel and the Bothnian corridor</a></li><li><a href="#">Call for speakers, Port Energy Conference 2038</a></li><li><a href="#">Member survey 2036 – results</a></li></ul></aside>
</main>
<footer><p>Satakunta Energy Cluster · c/o Prizztech Oy · Tiedepuisto 4, 28600 Pori, Finland · info@sec-cluster.example.fi</p><p>© 2037 SEC · <a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Henna Lindroos","communications manager","Satakunta Energy Cluster"),
  P("Jarkko Heikkilä-Rauta","Mayor of Pori",None),
  P("Sanna Koivisto","cluster manager","SEC"),
  P("Matthias Oberdorfer","Head of Unit for Energy-Intensive Industries","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Liisa Haapakoski","Ministerial adviser","Ministry of Economic Affairs and Employment"),
  P("Ana Beatriz Quintela","CEO","Port of Sines Authority"),
  P("Per-Olof Nyström","Director of Strategy","Ports of Stockholm AB"),
  P("Ville Tarkiainen","Professor","Tampere University, Pori Campus"),
  P("Mikko Järvelä","cluster chair","Satakunta Energy Cluster"),
  P("Juho Salmenkivi",None,"Satakunta Energy Cluster")],
 [O("Satakunta Energy Cluster","SEC"), O("Prizztech Oy"), O("Port of Pori Ltd"), O("Regional Council of Satakunta"),
  O("European Commission"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Ministry of Economic Affairs and Employment"), O("Port of Sines Authority","APS"), O("Ports of Stockholm AB"),
  O("Tampere University, Pori Campus"), O("Fortum Power and Heat Oy"), O("Boliden Harjavalta Oy"), O("Wärtsilä Finland Oy"),
  O("Aallokko Marine Hydrogen Oy"), O("Satakunta University of Applied Sciences","SAMK"), O("Finnish Maritime Cluster Association"),
  O("Porin Energia Oy")],
 [E("Satakunta Port Energy Conference 2037","2037-03-18","2037-03-19","Pori","Finland"),
  E("site visit to the Tahkoluoto offshore wind area","2037-03-19",None,"Pori","Finland"),
  E("conference dinner","2037-03-19",None,None,None),
  E("webinar on the permitting desk","2037-10-07",None,None,None),
  E("Satakunta Port Energy Conference (fourth edition)","2038-03",None,"Rauma","Finland")],
 ["2037-04-22","2037-03-18/2037-03-19","2037-04-02","2040","2038","2037","2037-10-07","2038-03","2037-06-30"],
 ["Ports of the Bothnian Sea will become the main connection points between offshore wind, hydrogen production and energy-intensive industry, and should be planned as energy hubs rather than as transport terminals only",
  "Grid capacity, not the availability of investors, is today the main bottleneck: at least 1.8 GW of new connections are needed in Satakunta before 2040",
  "Permitting of industrial projects in port areas takes on average 31 months, more than twice the time investors consider acceptable",
  "The region lacks around 900 technicians and engineers for electrolysis, power electronics and offshore maintenance",
  "Cooperation between ports on the Finnish and Swedish coasts is still weak compared with the North Sea",
  "the Regional Council of Satakunta prepares a joint port energy masterplan with the ports of Pori and Rauma by the end of 2038",
  "national authorities introduce a single permitting desk for energy projects in port areas, with a binding deadline of 12 months",
  "SEC and SAMK launch a vocational pathway for hydrogen technicians from the autumn semester of 2037",
  "the cluster applies, together with partners in Västerbotten and Ostrobothnia, for a cross-border project on Bothnian port hubs under the next Interreg Aurora call",
  "the European Commission considers port energy hubs as a category of their own in the revision of the trans-European energy infrastructure guidelines"],
 "2037-04-22")
