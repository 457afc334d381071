from h import *
F = 'g13_ptuj_study_visit_paphos_programme.txt'
assert [wd(2040,5,d) for d in (14,15,16)]==['Monday','Tuesday','Wednesday'] and wd(2040,4,27)=='Friday' and wd(2040,9,24)=='Monday'
T = """STUDY VISIT PROGRAMME
Paphos Agrifood Cluster delegation to Ptuj and Podravje (Slovenia)
14-16 May 2040

Hosted by: Podravje Agri-Food Cluster (Grozd živilstva Podravje, GŽP) and the Regional Development Centre Ptuj (RRC Ptuj)
Version of 27 April 2040 - subject to change

Background
The visit is part of the twinning between the two clusters agreed at the European Cluster Conference in Brussels in 2039. The Cypriot delegation (14 people: cluster staff, producers of halloumi, carob products and wine, and a representative of the Paphos District Chamber of Commerce and Industry) wants to learn how Podravje organised short supply chains, protected designations of origin and joint marketing of small producers. Interpretation Slovenian-English is provided throughout. Both clusters hope that the visit will also prepare a joint application for a small-scale partnership project, in which Cypriot and Slovenian producers would test common packaging and an online shop for regional specialities from the two regions. Producers in the delegation have been asked to bring samples and price lists.

Delegation leaders:
- Andreas Charalambous-Pittas, President, Paphos Agrifood Cluster
- Eleni Georgiou, Cluster Manager, Paphos Agrifood Cluster
Host contacts:
- Mojca Kovačič Zorko, Cluster Coordinator, GŽP (+386 2 000 00 00)
- Matej Šuštar, Head of Rural Development, RRC Ptuj

================================================================
MONDAY 14 MAY 2040 - PTUJ
================================================================
10:30  Arrival at Ljubljana airport, transfer by minibus to Ptuj (approx. 2 h)
13:00  Lunch at the Ptuj Wine Cellar (Ptujska klet), with a short history of the cellar
14:30  Welcome at Ptuj Town Hall
       Dr Nuška Gajšek, Mayor of the Municipality of Ptuj
       Matej Šuštar, RRC Ptuj: "Podravje in figures - farms, food processors, tourism"
15:30  Presentation of the Podravje Agri-Food Cluster and its 46 members
       Mojca Kovačič Zorko, GŽP
16:30  Walk through the old town and the Saturday farmers' market site
19:30  Welcome dinner hosted by GŽP, Gostilna Ribič, Ptuj

================================================================
TUESDAY 15 MAY 2040 - FIELD VISITS
================================================================
08:30  Departure from the hotel
09:00  Company visit: Perutnina Ptuj (poultry processing), with a presentation on traceability
       by Janez Vidovič-Horvat, Quality Director
11:00  Visit to the Haloze hills: family wine estate Kmetija Kelenc and a short course
       on protected designation of origin, by Tina Pristovnik of the Chamber of Agriculture
       and Forestry of Slovenia, Ptuj institute
13:00  Farm lunch in Haloze
15:00  Visit to the Short Supply Chain Hub in Kidričevo, a cooperative warehouse shared
       by 28 small producers, presented by its manager Dragan Petrović
18:00  Free evening

================================================================
WEDNESDAY 16 MAY 2040 - MARIBOR
================================================================
09:00  Workshop at the University of Maribor, Faculty of Agriculture and Life Sciences
       (Pivola): "Joint marketing for small producers - what works?"
       Moderated by Prof. Dr. Andrej Lešnik
       Short inputs from both clusters, then work in mixed groups
12:00  Signing of the cooperation memorandum between the Paphos Agrifood Cluster and GŽP
12:30  Closing lunch
14:00  Transfer to Ljubljana airport; departure 18:20

----------------------------------------------------------------
PRACTICAL NOTES
Accommodation: Hotel Mitra, Ptuj (3 nights, 13-16 May).
Dress: comfortable shoes for field visits; the Haloze roads are steep.
Costs: travel and accommodation are covered by each participant; the programme, local
transport and meals are offered by the hosts.
Insurance: participants are responsible for their own travel insurance.

Return visit: a Podravje delegation is invited to Paphos for the Cyprus Agrifood Days
on 24-26 September 2040. The return visit programme will be agreed at the workshop in
Maribor.

Prepared by Mojca Kovačič Zorko, GŽP, in cooperation with Eleni Georgiou.
"""
write(F, T)
PA="Paphos Agrifood Cluster"; G="Podravje Agri-Food Cluster"
gold(F,
 [P("Andreas Charalambous-Pittas","President",PA),
  P("Eleni Georgiou","Cluster Manager",PA),
  P("Mojca Kovačič Zorko","Cluster Coordinator","GŽP"),
  P("Matej Šuštar","Head of Rural Development","RRC Ptuj"),
  P("Nuška Gajšek","Mayor","Municipality of Ptuj"),
  P("Janez Vidovič-Horvat","Quality Director","Perutnina Ptuj"),
  P("Tina Pristovnik",None,"Chamber of Agriculture and Forestry of Slovenia"),
  P("Dragan Petrović","manager","Short Supply Chain Hub"),
  P("Andrej Lešnik",None,None)],
 [O(PA), O(G,"GŽP"), O("Regional Development Centre Ptuj","RRC Ptuj"),
  O("Paphos District Chamber of Commerce and Industry"), O("Municipality of Ptuj"),
  O("Perutnina Ptuj"), O("Kmetija Kelenc"), O("Chamber of Agriculture and Forestry of Slovenia"),
  O("Short Supply Chain Hub"), O("University of Maribor"), O("Faculty of Agriculture and Life Sciences")],
 [E("Paphos Agrifood Cluster delegation to Ptuj and Podravje","2040-05-14","2040-05-16","Ptuj","Slovenia"),
  E("European Cluster Conference","2039",None,"Brussels","Belgium"),
  E("Welcome at Ptuj Town Hall","2040-05-14",None,"Ptuj","Slovenia"),
  E("Welcome dinner","2040-05-14",None,"Ptuj","Slovenia"),
  E("Company visit: Perutnina Ptuj","2040-05-15",None,None,"Slovenia"),
  E("Visit to the Haloze hills","2040-05-15",None,None,"Slovenia"),
  E("Visit to the Short Supply Chain Hub in Kidričevo","2040-05-15",None,"Kidričevo","Slovenia"),
  E("Workshop at the University of Maribor","2040-05-16",None,"Maribor","Slovenia"),
  E("Cyprus Agrifood Days","2040-09-24","2040-09-26","Paphos","Cyprus")],
 ["2040-05-14/2040-05-16","2040-04-27","2039","2040-05-14","2040-05-15","2040-05-16","2040-05-13/2040-05-16","2040-09-24/2040-09-26"],
 [], pub="2040-04-27")
