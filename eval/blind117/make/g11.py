from h import *
F = 'g11_danube_agrifood_clusters_workshop-pdf.txt'
assert wd(2037,9,29)=='Tuesday' and wd(2037,9,30)=='Wednesday' and wd(2037,11,12)=='Thursday'
T = """Danube Agrifood Clusters Network (DACN)
Workshop Report No. 4/2037

CLUSTERS ACROSS THE RIVER:
SHORT FOOD SUPPLY CHAINS IN THE
DANUBE REGION

Novi Sad, Serbia, 29–30 September 2037

Prepared by: Vojvodina Agrifood Cluster (VAC) and the
DACN secretariat at Business Upper Austria – OÖ Wirtschafts-
agentur GmbH, Linz
Date of issue: 19 October 2037


DACN Workshop Report 4/2037                                   1

1. Background

The Danube Agrifood Clusters Network brings together 23 cluster
organisations from nine countries of the EU Strategy for the Danube
Region (EUSDR). It was set up in 2034 under Priority Area 8 (compe-
titiveness of enterprises) and meets twice a year. The fourth the-
matic workshop was hosted by the Vojvodina Agrifood Cluster in
Novi Sad and co-organised with the Provincial Secretariat for
Economy and Tourism of the Autonomous Province of Vojvodina. It
was attended by 71 participants: cluster managers, food producers,
retail buyers, researchers and regional officials.

The workshop was opened by Milena Stojanović-Berger, Provincial
Secretary for Economy and Tourism, and by Dr. Florian
Aigner-Hofstätter, coordinator of the network at Business Upper
Austria.
Gergely Pap, representing the EUSDR Priority Area 8 coordinators
at the Hungarian Ministry of National Economy, presented the new
Danube cluster support scheme.

2. Programme

Tuesday, 29 September 2037
09:30  Opening and welcome
10:00  Keynote: "Why short chains need clusters" – Prof. Dr.
       Radmila Kovačević, University of Novi Sad, Faculty of
       Agriculture
11:15  Session 1: Regional food brands and public procurement
       (schools, hospitals)
14:00  Session 2: Logistics hubs for small producers – cases from
       Styria, South Transdanubia and Vojvodina
16:30  Matchmaking between producers and buyers (42 meetings)
19:30  Dinner at the Petrovaradin Fortress

DACN Workshop Report 4/2037                                   2

Wednesday, 30 September 2037
09:00  Field visit to the Agroklaster Bačka food hub in Bački
       Petrovac
12:00  DACN members' meeting (closed)
13:30  End of workshop

3. Main findings

Participants identified a number of obstacles and good practices.
The main findings of the workshop are:

- Small producers in all participating regions lose most of their
  margin in transport; shared logistics hubs run by clusters cut
  delivery costs by a quarter in the Styrian example
- Public kitchens are the most stable customers for short chains,
  but tender rules in most countries still favour the lowest price
- Regional quality labels work only where a cluster or agency
  actively manages them and checks the members
- Cross-border sales between neighbouring Danube regions remain
  rare, mainly because of veterinary and customs formalities for
  non-EU countries

4. Recommendations to the EUSDR Priority Area 8

- Support a pilot of two cross-border logistics hubs, one on the
  Serbian-Hungarian and one on the Romanian-Bulgarian border
- Publish a guide to green public food procurement in the languages
  of the Danube region
- Include short food supply chains in the next Danube Region
  programme call for cluster cooperation

DACN Workshop Report 4/2037                                   3

5. Members' meeting

At the closed members' meeting the network elected Ana Marija
Horvat-Kos (Slavonian Food Cluster, Osijek) as chair for 2038–
2039 and admitted two new members: the Dolj Agrifood Cluster
(Craiova) and the Moldovan association AgroInovare. The next the-
matic workshop will take place in Craiova in spring 2038; a web-
inar on veterinary rules for cross-border trade is planned for
Thursday, 12 November 2037.

Previous workshops of the network:
1. Linz, March 2036 – Digital marketing for food SMEs
2. Pécs, October 2036 – Skills in food processing
3. Plovdiv, April 2037 – Water and climate risks in agriculture

Contact: Luka Petrović, project officer, Vojvodina Agrifood
Cluster, office@vac.example.rs

DACN Workshop Report 4/2037                                   4
"""
write(F, T)
V="Vojvodina Agrifood Cluster"; DN="Danube Agrifood Clusters Network"
gold(F,
 [P("Milena Stojanović-Berger","Provincial Secretary for Economy and Tourism","Provincial Secretariat for Economy and Tourism of the Autonomous Province of Vojvodina"),
  P("Florian Aigner-Hofstätter","coordinator of the network","Business Upper Austria"),
  P("Gergely Pap",None,"Hungarian Ministry of National Economy"),
  P("Radmila Kovačević",None,"University of Novi Sad"),
  P("Ana Marija Horvat-Kos","chair",DN),
  P("Luka Petrović","project officer",V)],
 [O(DN,"DACN"), O(V,"VAC"), O("Business Upper Austria"), O("Provincial Secretariat for Economy and Tourism of the Autonomous Province of Vojvodina"),
  O("Hungarian Ministry of National Economy"), O("University of Novi Sad"), O("Faculty of Agriculture"),
  O("Agroklaster Bačka"), O("Slavonian Food Cluster"), O("Dolj Agrifood Cluster"), O("AgroInovare")],
 [E("CLUSTERS ACROSS THE RIVER: SHORT FOOD SUPPLY CHAINS IN THE DANUBE REGION","2037-09-29","2037-09-30","Novi Sad","Serbia"),
  E("Matchmaking between producers and buyers","2037-09-29",None,"Novi Sad","Serbia"),
  E("Dinner at the Petrovaradin Fortress","2037-09-29",None,"Novi Sad","Serbia"),
  E("Field visit to the Agroklaster Bačka food hub","2037-09-30",None,"Bački Petrovac","Serbia"),
  E("DACN members' meeting","2037-09-30",None,"Novi Sad","Serbia"),
  E("thematic workshop","2038",None,"Craiova","Romania"),
  E("webinar on veterinary rules for cross-border trade","2037-11-12",None,None,None),
  E("Digital marketing for food SMEs","2036-03",None,"Linz","Austria"),
  E("Skills in food processing","2036-10",None,"Pécs","Hungary"),
  E("Water and climate risks in agriculture","2037-04",None,"Plovdiv","Bulgaria")],
 ["2037-09-29/2037-09-30","2037-10-19","2034","2037-09-29","2037-09-30","2038/2039","2038","2037-11-12","2036-03","2036-10","2037-04"],
 ["Small producers in all participating regions lose most of their margin in transport; shared logistics hubs run by clusters cut delivery costs by a quarter in the Styrian example",
  "Public kitchens are the most stable customers for short chains, but tender rules in most countries still favour the lowest price",
  "Regional quality labels work only where a cluster or agency actively manages them and checks the members",
  "Cross-border sales between neighbouring Danube regions remain rare, mainly because of veterinary and customs formalities for non-EU countries",
  "Support a pilot of two cross-border logistics hubs, one on the Serbian-Hungarian and one on the Romanian-Bulgarian border",
  "Publish a guide to green public food procurement in the languages of the Danube region",
  "Include short food supply chains in the next Danube Region programme call for cluster cooperation"],
 pub="2037-10-19")
