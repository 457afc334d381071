from h import *
F = 'huelva-offshore-forum-2034-outcome-report.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report: Atlantic South Offshore Supply Chain Forum 2034 | Huelva Offshore Cluster</title></head>
<body>
<div class="cookies">This website uses cookies to measure traffic and remember your language. <a href="#">Accept</a> <a href="#">Reject</a> <a href="#">Settings</a></div>
<header><a href="/" class="logo">Huelva Offshore Cluster</a>
<nav><a href="/about">About</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/es">ES</a></nav></header>
<main>
<p class="crumbs">Home / News / Reports</p>
<h1>Outcome report: Atlantic South Offshore Supply Chain Forum 2034</h1>
<p class="meta">Published 4 April 2034 · Reports · 6 min read</p>
<p>The fourth Atlantic South Offshore Supply Chain Forum took place in Huelva on Tuesday 21 and Wednesday 22 March 2034, hosted by the Huelva Offshore Cluster (HOC) together with the Port Authority of Huelva and the Provincial Council of Huelva (Diputación de Huelva). Some 410 participants from eleven countries gathered in the Casa Colón congress centre to discuss how the ports and fabricators of south-western Spain can win a larger share of the floating offshore wind market in the Atlantic.</p>
<p>The forum was opened by Begoña Fernández-Cueto, President of the Huelva Offshore Cluster and managing director of Talleres Navales del Odiel S.A., and by the president of the Provincial Council, Juan Manuel Rodríguez Valdés. In his address the president recalled that the province's offshore strategy 2031–2036 foresees public investment of EUR 240 million in quays, laydown areas and skills centres.</p>
<p>The European perspective came from Dr. Annelies van der Berghe, Head of the Unit for Clean Energy Industries at the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), who presented the state of play of the Net-Zero industry agenda and the expected call for supply-chain pilots in autumn 2034. Jean-Baptiste LEROUX, secretary general of the Atlantic Wind Ports Alliance, compared port readiness in Brittany, Galicia, Huelva and the Algarve.</p>
<h2>Day one: ports, steel and floaters</h2>
<p>The first panel, moderated by Inés Álvarez-Pedrosa (HOC cluster manager), brought together Mikel Etxeberria Aranburu of Windar Atlántico S.L., Siobhán Ní Dhomhnaill of the Irish floating wind developer Gaoth Mara Teoranta and Prof. Dr.-Ing. Helmut zu Stolberg of the Fraunhofer Institute for Wind Energy Systems (Fraunhofer IWES). Speakers agreed that serial production of floaters will require sites with at least 20 hectares of laydown space and quays with a load capacity of 15 tonnes per square metre.</p>
<p>In the afternoon, 126 B2B meetings were held between fabricators and developers, organised with Enterprise Europe Network Andalucía. The day closed with a dinner offered by the Port Authority of Huelva at the Muelle del Tinto.</p>
<h2>Day two: skills and finance</h2>
<p>On Wednesday morning participants visited the new assembly quay at Punta del Sebo. The skills session presented the results of the first two years of the Escuela de Soldadura Offshore run by the University of Huelva and the vocational centre IES La Rábida. Marta Suárez Quirós, director of the school, reported that 212 welders had been certified since September 2032. The finance panel with the European Investment Bank (EIB) and Banco Sabadell discussed guarantees for small suppliers facing long contract cycles.</p>
<h2>Key messages</h2>
<ul>
<li>South-western Spanish ports must coordinate their investments instead of competing for the same floater projects; a joint port capacity map should be published by the end of 2034.</li>
<li>Small fabricators need access to working capital and guarantees to bid for contracts that last three to five years.</li>
<li>Welding, coating and mooring skills are the main bottleneck, and training capacity in Huelva should double by 2036.</li>
<li>Standardised floater designs would allow regional yards to move from prototypes to serial production.</li>
<li>Cluster organisations along the Atlantic arc should present a common position on local content rules to the European Commission.</li>
</ul>
<h2>Next steps</h2>
<p>The HOC board will discuss the follow-up at its meeting on 9 May 2034. The fifth edition of the forum will take place in Ayamonte in March 2035, with the Basque Energy Cluster as co-organiser. Presentations are available to members in the download area.</p>
<p class="author">Text: Communication team, Huelva Offshore Cluster. Photos: Lucía Menéndez Prieto.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Huelva Offshore Cluster · Muelle de Levante s/n, Edificio Puerto, 21001 Huelva</p><p>© 2034 Huelva Offshore Cluster · <a href="#">Legal notice</a> · <a href="#">Privacy</a> · <a href="#">Cookies</a></p></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Begoña Fernández-Cueto','President','Huelva Offshore Cluster'),
 P('Juan Manuel Rodríguez Valdés','president','Provincial Council'),
 P('Annelies van der Berghe','Head of the Unit for Clean Energy Industries','DG GROW'),
 P('Jean-Baptiste LEROUX','secretary general','Atlantic Wind Ports Alliance'),
 P('Inés Álvarez-Pedrosa','cluster manager','HOC'),
 P('Mikel Etxeberria Aranburu',None,'Windar Atlántico S.L.'),
 P('Siobhán Ní Dhomhnaill',None,'Gaoth Mara Teoranta'),
 P('Helmut zu Stolberg',None,'Fraunhofer Institute for Wind Energy Systems'),
 P('Marta Suárez Quirós','director','Escuela de Soldadura Offshore'),
 P('Lucía Menéndez Prieto',None,None)],
 [O('Huelva Offshore Cluster','HOC'), O('Port Authority of Huelva'), O('Provincial Council of Huelva','Diputación de Huelva'),
  O('Talleres Navales del Odiel S.A.'), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs",'DG GROW'),
  O('European Commission'), O('Atlantic Wind Ports Alliance'), O('Windar Atlántico S.L.'), O('Gaoth Mara Teoranta'),
  O('Fraunhofer Institute for Wind Energy Systems','Fraunhofer IWES'), O('Enterprise Europe Network Andalucía'),
  O('Escuela de Soldadura Offshore'), O('University of Huelva'), O('IES La Rábida'), O('European Investment Bank','EIB'),
  O('Banco Sabadell'), O('Basque Energy Cluster')],
 [E('Atlantic South Offshore Supply Chain Forum 2034','2034-03-21','2034-03-22','Huelva','Spain'),
  E('B2B meetings','2034-03-21','2034-03-21','Huelva','Spain'),
  E('dinner','2034-03-21','2034-03-21','Huelva','Spain'),
  E('visited the new assembly quay at Punta del Sebo','2034-03-22','2034-03-22','Huelva','Spain'),
  E('HOC board meeting','2034-05-09','2034-05-09',None,None),
  E('Atlantic South Offshore Supply Chain Forum (fifth edition)','2035-03','2035-03','Ayamonte','Spain')],
 ['2034-04-04','2034-03-21/2034-03-22','2031/2036','2034','2032-09','2036','2034-05-09','2035-03'],
 ['South-western Spanish ports must coordinate their investments instead of competing for the same floater projects; a joint port capacity map should be published by the end of 2034',
  'Small fabricators need access to working capital and guarantees to bid for contracts that last three to five years',
  'Welding, coating and mooring skills are the main bottleneck, and training capacity in Huelva should double by 2036',
  'Standardised floater designs would allow regional yards to move from prototypes to serial production',
  'Cluster organisations along the Atlantic arc should present a common position on local content rules to the European Commission'],
 pub='2034-04-04')
