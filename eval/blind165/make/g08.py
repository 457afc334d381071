from h import *
F = 'g08_zamora_dehesa_study_visit_lessons.txt'
assert [wd(2036,3,d) for d in (4,5,6)]==['Tuesday','Wednesday','Thursday']
T = """STUDY VISIT REPORT
Rural bioeconomy clusters in the province of Zamora (Castilla y León, Spain)
4–6 March 2036

Interregional learning visit of the RURALBIO network
Report prepared by the host, the Fundación Zamora Bioeconomía (FZB), and the network secretariat
Date of report: 20 March 2036

PURPOSE
The visit looked at how a sparsely populated province with an ageing population organises its farmers, foresters and small food firms around shared processing, and what partners from other rural regions can take home.

PARTICIPANTS
Nineteen participants from six regions took part:
- Fundación Zamora Bioeconomía (Spain) – host
- Diputación de Zamora (Spain)
- Agência de Desenvolvimento Regional do Alto Tâmega (Portugal)
- Regional Council of Central Ostrobothnia (Finland)
- Latgale Planning Region (Latvia)
- Consorzio per lo Sviluppo delle Aree Interne della Basilicata (Italy)
- Podlaska Fundacja Rozwoju Regionalnego (Poland)

PROGRAMME AND WHAT WE SAW

Tuesday 4 March 2036 – Zamora
14:00 Welcome at the Diputación de Zamora by Francisco José Requejo Rodríguez, President of the provincial council
15:00 Presentation of the Zamora bioeconomy strategy 2034–2040 by Lucía Martín Bermejo, managing director of FZB
17:00 Walk through the old town and the cathedral quarter
20:30 Welcome dinner

Wednesday 5 March 2036 – Sayago and Aliste
09:00 Visit to the cheese cooperative Quesos del Duero S. Coop. in Fermoselle; talk by its chair, Tomás Alonso Prieto, on how 140 sheep farmers moved from selling milk to selling cheese
12:30 Visit to a pilot biomass heating network in Alcañices, run by the municipality with the energy agency EREN
16:00 Meeting with the Local Action Group ADRI Palomares and young farmers
20:00 Dinner with the producers in Bermillo de Sayago

Thursday 6 March 2036 – Zamora
09:30 Exchange workshop: each region presented one good practice
12:00 Lessons learnt session, moderated by Dr Kaisa Rautio (Regional Council of Central Ostrobothnia)
13:30 Closing lunch and departure

THE GOOD PRACTICES DISCUSSED
The Portuguese partners presented the Alto Tâmega chestnut value chain; the Finnish delegation the wood-based construction cluster in Kokkola; the Latvian partners the Latgale dairy processing incubator in Rēzekne; the Italian partners the aromatic plants district in the Val d'Agri; and the Polish partners the honey producers' group in Sejny.

LESSONS LEARNT
At the closing session the participants agreed on the following lessons for their own regions:
- A cooperative that controls processing keeps young farmers in the area better than any subsidy for farm investment
- Small biomass heating networks succeed when the municipality is both the owner and the first customer
- A provincial foundation can act as a cluster manager in a region too thin for a classical cluster association
- Good practices travel best when the visit includes the people who failed first, not only the success stories
- Cross-border links (here with Trás-os-Montes) should be part of the strategy, not an afterthought

WHAT HAPPENS NEXT
The Latvian partners invited the network to the next study visit in Rēzekne in September 2036. The secretariat will prepare a joint policy brief on rural bioeconomy clusters for the network's final conference in Brussels, planned for March 2037.

Quotes
"I came to see cheese and I go home with an idea for our forests," said Jānis Kalniņš, development specialist at the Latgale Planning Region.
"Zamora has shown that depopulation is not destiny," added Marta Dziedzic of Podlaska Fundacja Rozwoju Regionalnego.

Contact: Lucía Martín Bermejo, Fundación Zamora Bioeconomía, Plaza de Viriato s/n, 49001 Zamora – info@fzb.example.es
Photos: © FZB / Álvaro Centeno
"""
write(F, T)
Z="Fundación Zamora Bioeconomía"
gold(F,
 [P("Francisco José Requejo Rodríguez","President of the provincial council","Diputación de Zamora"),
  P("Lucía Martín Bermejo","managing director",Z), P("Tomás Alonso Prieto","chair","Quesos del Duero S. Coop."),
  P("Kaisa Rautio",None,"Regional Council of Central Ostrobothnia"),
  P("Jānis Kalniņš","development specialist","Latgale Planning Region"),
  P("Marta Dziedzic",None,"Podlaska Fundacja Rozwoju Regionalnego"), P("Álvaro Centeno",None,None)],
 [O(Z,"FZB"), O("Diputación de Zamora"), O("Agência de Desenvolvimento Regional do Alto Tâmega"),
  O("Regional Council of Central Ostrobothnia"), O("Latgale Planning Region"),
  O("Consorzio per lo Sviluppo delle Aree Interne della Basilicata"), O("Podlaska Fundacja Rozwoju Regionalnego"),
  O("Quesos del Duero S. Coop."), O("EREN"), O("ADRI Palomares"), O("RURALBIO")],
 [E("Interregional learning visit of the RURALBIO network","2036-03-04","2036-03-06","Zamora","Spain"),
  E("Walk through the old town and the cathedral quarter","2036-03-04",None,"Zamora","Spain"),
  E("Welcome dinner","2036-03-04",None,"Zamora","Spain"),
  E("Visit to the cheese cooperative Quesos del Duero S. Coop.","2036-03-05",None,"Fermoselle","Spain"),
  E("Visit to a pilot biomass heating network","2036-03-05",None,"Alcañices","Spain"),
  E("Meeting with the Local Action Group ADRI Palomares and young farmers","2036-03-05",None,None,"Spain"),
  E("Dinner with the producers","2036-03-05",None,"Bermillo de Sayago","Spain"),
  E("Exchange workshop","2036-03-06",None,"Zamora","Spain"),
  E("study visit","2036-09",None,"Rēzekne","Latvia"),
  E("final conference","2037-03",None,"Brussels","Belgium")],
 ["2036-03-04/2036-03-06","2036-03-20","2036-03-04","2034/2040","2036-03-05","2036-03-06","2036-09","2037-03"],
 ["A cooperative that controls processing keeps young farmers in the area better than any subsidy for farm investment",
  "Small biomass heating networks succeed when the municipality is both the owner and the first customer",
  "A provincial foundation can act as a cluster manager in a region too thin for a classical cluster association",
  "Good practices travel best when the visit includes the people who failed first, not only the success stories",
  "Cross-border links (here with Trás-os-Montes) should be part of the strategy, not an afterthought"],
 pub="2036-03-20")
