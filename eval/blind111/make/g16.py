from h import *
F = 'g16_burgos_ministerial_press.html'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,11)=='Monday' and wd(2041,3,13)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press release – Informal meeting of industry ministers, Burgos – Spanish Presidency of the Council of the EU</title></head>
<body>
<div class="cookie-consent">This website uses its own and third-party cookies. <a href="/cookies">Cookie policy</a> <button>Accept</button> <button>Reject</button> <button>Configure</button></div>
<header><div class="logo">Spanish Presidency of the Council of the European Union · January–June 2041</div>
<nav><a href="/en">Home</a> <a href="/en/presidency">The Presidency</a> <a href="/en/calendar">Calendar</a> <a href="/en/news">News</a> <a href="/en/press">Press room</a> <a href="/en/media">Media library</a> | <a href="/es">ES</a> <a href="/en">EN</a> <a href="/fr">FR</a></nav></header>
<main>
<p class="crumbs">Home &gt; Press room &gt; Press releases</p>
<article>
<p class="kicker">Press release · Competitiveness (Industry) · 12 February 2041</p>
<h1>EU industry ministers in Burgos agree joint statement on clusters and industrial ecosystems</h1>
<p class="lead">Ministers call for clusters to be recognised as delivery partners of EU industrial policy and ask the Commission to present proposals before the end of 2041.</p>

<p><strong>Burgos, 12 February 2041.</strong> Ministers and state secretaries responsible for industry from the 27 Member States met today at the Forum Evolución in Burgos for the informal meeting of industry ministers organised by the Spanish Presidency of the Council of the European Union. The meeting was chaired by Ana Belén Ortega Ruiz, Spain's Minister for Industry and Tourism, and attended by Executive Vice-President of the European Commission Jacques Marnier, responsible for industrial strategy.</p>

<p>The meeting was preceded on Monday 11 February by a visit to the Burgos agri-food and automotive cluster companies and by a working dinner hosted by the President of the Junta de Castilla y León, Luis Fernando Olmedo, at the Monastery of San Juan. Representatives of the European Clusters Alliance (ECA), BusinessEurope and SMEunited were invited to the morning session.</p>

<h2>Two working sessions</h2>
<p>The first session, "Clusters as engines of competitiveness", was opened by a presentation by Carmen Villarreal, director of the Spanish cluster association FENAEIC (Federación Nacional de Agrupaciones Empresariales Innovadoras y Clusters). She showed that the 214 innovative business groupings registered in Spain bring together more than 11,000 companies. The second session, over lunch, was dedicated to the resilience of supply chains and the role of regions, with an input from Marta Urquiza, Regional Minister for Economy of the Basque Government, and Bruno Haslinger, Managing Director of the Upper Austrian business agency Business Upper Austria.</p>

<p>Several ministers stressed the situation of their own countries. The Polish state secretary for development, Tomasz Gajewski, asked that cluster support remain open to regions on the eastern border, while the Finnish minister of economic affairs, Outi Lehtonen, proposed that the cluster observatory be run together with the Joint Research Centre. Several delegations from smaller Member States insisted that cluster support should not become a new layer of rules and that national cluster programmes must keep their flexibility. The discussion also touched on access to finance, with several ministers calling for the European Investment Bank Group to open dedicated windows for cluster-led investment projects.</p>

<p>"Clusters are where industrial policy meets the real economy. Today 27 ministers have said with one voice that Europe must invest in them for the long term," said Minister Ana Belén Ortega Ruiz at the closing press conference.</p>

<p>Executive Vice-President Jacques Marnier welcomed the statement: "The Commission will take it fully into account in the review of the cluster policy framework and in our proposals for the next budget."</p>

<p>The Belgian deputy prime minister, Koen Vandamme, speaking for the trio of presidencies, announced that the conclusions would be carried forward to the Competitiveness Council on 13 March 2041 in Brussels.</p>

<h2>Joint statement of Burgos – main outcomes</h2>
<p>The ministers:</p>
<ul>
<li>recognise clusters as key intermediaries between industry, research and public authorities in all 14 industrial ecosystems</li>
<li>invite the Commission to present, before the end of 2041, a proposal for a simplified EU framework for cluster support</li>
<li>call for stable, multi-annual funding for cross-border cluster cooperation in the next multiannual financial framework</li>
<li>ask the Commission and Member States to involve clusters in the implementation of the Net-Zero Industry and Critical Raw Materials Acts</li>
<li>support the creation of a European cluster observatory with comparable data across Member States</li>
<li>agree to hold a high-level meeting on clusters under each Council presidency</li>
</ul>

<h2>Background</h2>
<p>Informal meetings of ministers do not adopt formal decisions; their outcomes feed into the work of the Council. Previous informal meetings of industry ministers dealt with clusters in Bruges (February 2036), Lisbon (April 2038) and Vilnius (October 2039). The Spanish Presidency runs from 1 January to 30 June 2041 and has made the competitiveness of SMEs and regions one of its four priorities.</p>

<p>Photos and video of the meeting are available in the <a href="/en/media">media library</a> (photos: Lucía Marcos / Spanish Presidency). Accreditation for the Competitiveness Council remains open until 6 March 2041.</p>

<div class="contact"><h3>Press contact</h3>
<p>Javier Montes Lozano, Spokesperson, Ministry of Industry and Tourism · prensa@mintur.example · +34 91 000 1234</p>
<p>Iris Van Acker, Press Officer, Permanent Representation of Spain to the EU · +32 2 000 5566</p></div>

<p class="share">Share: <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">E-mail</a></p>
</article>
<aside><h3>Related</h3>
<ul><li><a href="#">Programme of the informal meeting (PDF)</a></li>
<li><a href="#">Presidency calendar: February 2041</a></li>
<li><a href="#">Informal meeting of research ministers, Salamanca, 27–28 February 2041</a></li></ul></aside>
</main>
<footer>Spanish Presidency of the Council of the European Union · Legal notice · Accessibility · Privacy · Cookie settings</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Ana Belén Ortega Ruiz","Minister for Industry and Tourism"),
  P("Jacques Marnier","Executive Vice-President","European Commission"),
  P("Luis Fernando Olmedo","President","Junta de Castilla y León"),
  P("Carmen Villarreal","director","FENAEIC"),
  P("Marta Urquiza","Regional Minister for Economy","Basque Government"),
  P("Bruno Haslinger","Managing Director","Business Upper Austria"),
  P("Koen Vandamme","deputy prime minister"),
  P("Tomasz Gajewski","state secretary for development"), P("Outi Lehtonen","minister of economic affairs"),
  P("Lucía Marcos",None,"Spanish Presidency"),
  P("Javier Montes Lozano","Spokesperson","Ministry of Industry and Tourism"),
  P("Iris Van Acker","Press Officer","Permanent Representation of Spain to the EU")],
 [O("Spanish Presidency of the Council of the European Union"), O("Council of the European Union"),
  O("European Commission"), O("Junta de Castilla y León"), O("European Clusters Alliance","ECA"),
  O("BusinessEurope"), O("SMEunited"),
  O("Federación Nacional de Agrupaciones Empresariales Innovadoras y Clusters","FENAEIC"),
  O("Basque Government"), O("Business Upper Austria"), O("Ministry of Industry and Tourism"),
  O("Permanent Representation of Spain to the EU"), O("Joint Research Centre"), O("European Investment Bank Group")],
 [E("informal meeting of industry ministers","2041-02-12",None,"Burgos","Spain"),
  E("visit to the Burgos agri-food and automotive cluster companies","2041-02-11",None,"Burgos","Spain"),
  E("working dinner","2041-02-11",None,"Burgos","Spain"),
  E("closing press conference","2041-02-12",None,"Burgos","Spain"),
  E("Competitiveness Council","2041-03-13",None,"Brussels","Belgium"),
  E("informal meeting of industry ministers (Bruges)","2036-02",None,"Bruges","Belgium"),
  E("informal meeting of industry ministers (Lisbon)","2038-04",None,"Lisbon","Portugal"),
  E("informal meeting of industry ministers (Vilnius)","2039-10",None,"Vilnius","Lithuania"),
  E("Informal meeting of research ministers","2041-02-27","2041-02-28","Salamanca","Spain")],
 ["2041-01/2041-06","2041-02-12","2041","2041-02-11","2041-03-13","2036-02","2038-04","2039-10","2041-01-01/2041-06-30","2041-03-06","2041-02","2041-02-27/2041-02-28"],
 ["recognise clusters as key intermediaries between industry, research and public authorities in all 14 industrial ecosystems",
  "invite the Commission to present, before the end of 2041, a proposal for a simplified EU framework for cluster support",
  "call for stable, multi-annual funding for cross-border cluster cooperation in the next multiannual financial framework",
  "ask the Commission and Member States to involve clusters in the implementation of the Net-Zero Industry and Critical Raw Materials Acts",
  "support the creation of a European cluster observatory with comparable data across Member States",
  "agree to hold a high-level meeting on clusters under each Council presidency"],
 pub="2041-02-12")
