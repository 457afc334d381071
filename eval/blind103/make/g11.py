from h import *
F = 'g11_larnaca_water_forum_report-pdf.txt'
assert wd(2037,11,18)=='Wednesday' and wd(2037,11,19)=='Thursday' and wd(2037,12,14)=='Monday'
H = "Mediterranean Water-Tech Forum 2037 – Outcome report                      Cyprus Water Innovation Cluster"
T = f"""{H}

MEDITERRANEAN WATER-TECH FORUM 2037
Outcome report

Larnaca, Cyprus, 18–19 November 2037
Published by the Cyprus Water Innovation Cluster (CYWIC), 14 December 2037

Prepared by: Eleni Christodoulou, Cluster Analyst
Reviewed by: Andreas Georgiou-Pittas, Cluster Manager

1. Summary

The fifth Mediterranean Water-Tech Forum took place on 18 and 19 November 2037 at the Larnaca Marina Con-
ference Centre. It was organised by the Cyprus Water Innovation Cluster with the Water Development Depart-
ment of the Republic of Cyprus and the Cyprus Chamber of Commerce and Industry (CCCI), and co-hosted by
the Interreg MED project AQUAREUSE. The forum focused on desalination powered by renewable energy, the
reuse of treated wastewater in agriculture and the protection of coastal aquifers.

Facts and figures
  • 412 registered participants from 17 countries (2036: 318)
  • 46 speakers, 41% of them women
  • 9 sessions, 1 site visit, 1 start-up competition
  • 154 pre-arranged B2B meetings between 96 organisations
  • 22 exhibitors, of which 9 cluster members
  • 87% of respondents to the feedback survey rated the forum "good" or "excellent"

2. Opening and keynotes

The forum was opened by Costas Demetriades, Minister of Agriculture, Rural Development and Environment,
and by Maria Loizou-Hadjipetrou, President of the Cyprus Water Innovation Cluster. In her wel-
come address, the President recalled that the island's reservoirs stood at 19% of capacity in October
and that desalination now provides more than 80% of drinking water in the coastal cities.

The first keynote was given by Prof. Avner Ben-Zvi of the Technion – Israel Institute of Technology,
who presented the results of ten years of solar-powered brackish-water desalination in the Arava valley.
The second keynote, by Dr Pilar Navarro Esteve, Director of Innovation at the Spanish water utility Aguas
del Levante, described how Murcia reached a reuse rate of 98% of treated wastewater.

3. Sessions

Session A – "Energy for water" was chaired by Nikos Papadakis (Hellenic Desalination Association).
Speakers from the Electricity Authority of Cyprus (EAC), the Cyprus Institute and the Maltese company
AquaSol Ltd presented three models of coupling solar parks with reverse-osmosis plants.

Session B – "Water for farming" was moderated by Dr Stella Kyriacou (Agricultural Research Institute,
ARI). Farmers from Paphos and Kiti explained how the switch to recycled water changed their crops and
their costs.

Session C – "Aquifers and the sea" brought together hydrogeo-
logists from the Geological Survey Department, the University of Cyprus and the Institut de Recherche pour le Développement (IRD). The
session was recorded and is available on the cluster's channel.

{H}
                                                                                           page 2

Start-up competition. Eight start-ups pitched on the afternoon of 18 November. The jury, chaired by
Lina Haddad (Beirut Water Ventures), awarded the first prize of EUR 10,000 to HydroSense Cyprus Ltd
for its low-cost leak sensors; the audience prize went to the Greek team BrineMine P.C.

Site visit. On 19 November in the afternoon, 48 participants visited the Larnaca desalination plant and
the tertiary treatment plant of the Larnaca Sewerage and Drainage Board (LSDB).

Forum dinner. The forum dinner on the evening of 18 November at the Kition Castle restaurant was of-
fered by the Municipality of Larnaca. Mayor Panayiotis Zenonos welcomed the guests.

4. Key conclusions

The participants and the organisers agreed on the following conclusions:
  1. Desalination in the Mediterranean must be powered by renewable energy, or it will deepen the energy crisis it tries to solve.
  2. Treated wastewater should be treated as a resource and priced accordingly for farmers.
  3. Small islands need shared monitoring data on aquifers and sea-water intrusion.
  4. Clusters can speed up the uptake of water technology by linking utilities with start-ups in pilot projects.
  5. Regional and EU funding should support joint procurement of innovative solutions by small utilities.

5. Next steps

The cluster will present these conclusions at the Union for the Mediterranean ministerial meeting on
water in Amman in March 2038. A working group on water reuse, coordinated by Christos Antoniou
(CYWIC) and open to all members, will meet for the first time on 20 January 2038 in Nicosia.

The sixth Mediterranean Water-Tech Forum will be held in autumn 2038 in Valletta, Malta, in cooper-
ation with the Malta Water Cluster.

6. Acknowledgements

We thank our sponsors – Bank of Cyprus, Hellenic Bank and the Cyprus Research and Innovation Foundation
(RIF) – and the 35 volun-
teers from the Cyprus University of Technology (CUT).

Annex: list of speakers (extract)
Avner Ben-Zvi – Technion – Israel Institute of Technology
Pilar Navarro Esteve – Aguas del Levante
Nikos Papadakis – Hellenic Desalination Association
Stella Kyriacou – Agricultural Research Institute
Lina Haddad – Beirut Water Ventures
Michael Ioannou – Water Development Department
Rania Sabbagh – Cyprus Institute
Joseph Camilleri – AquaSol Ltd
[... the full list of 46 speakers is available on www.cywic.example.cy]

{H}
                                                                                           page 3
"""
write(F, T)
C = "Cyprus Water Innovation Cluster"
gold(F,
 [P("Eleni Christodoulou","Cluster Analyst","Cyprus Water Innovation Cluster"),
  P("Andreas Georgiou-Pittas","Cluster Manager","Cyprus Water Innovation Cluster"),
  P("Costas Demetriades","Minister of Agriculture, Rural Development and Environment",None),
  P("Maria Loizou-Hadjipetrou","President",C),
  P("Avner Ben-Zvi",None,"Technion – Israel Institute of Technology"),
  P("Pilar Navarro Esteve","Director of Innovation","Aguas del Levante"),
  P("Nikos Papadakis",None,"Hellenic Desalination Association"),
  P("Stella Kyriacou",None,"Agricultural Research Institute"),
  P("Lina Haddad",None,"Beirut Water Ventures"),
  P("Panayiotis Zenonos","Mayor","Municipality of Larnaca"),
  P("Christos Antoniou",None,"CYWIC"),
  P("Michael Ioannou",None,"Water Development Department"),
  P("Rania Sabbagh",None,"Cyprus Institute"),
  P("Joseph Camilleri",None,"AquaSol Ltd")],
 [O(C,"CYWIC"), O("Water Development Department"), O("Cyprus Chamber of Commerce and Industry","CCCI"),
  O("Technion – Israel Institute of Technology"), O("Aguas del Levante"), O("Hellenic Desalination Association"),
  O("Electricity Authority of Cyprus","EAC"), O("Cyprus Institute"), O("AquaSol Ltd"),
  O("Agricultural Research Institute","ARI"), O("Geological Survey Department"), O("University of Cyprus"),
  O("Institut de Recherche pour le Développement","IRD"), O("Beirut Water Ventures"), O("HydroSense Cyprus Ltd"),
  O("BrineMine P.C."), O("Larnaca Sewerage and Drainage Board","LSDB"), O("Municipality of Larnaca"),
  O("Union for the Mediterranean"), O("Malta Water Cluster"), O("Bank of Cyprus"), O("Hellenic Bank"), O("Cyprus Research and Innovation Foundation","RIF"),
  O("Cyprus University of Technology","CUT")],
 [E("Mediterranean Water-Tech Forum 2037","2037-11-18","2037-11-19","Larnaca","Cyprus"),
  E("Start-up competition","2037-11-18",None,"Larnaca","Cyprus"),
  E("Site visit","2037-11-19",None,"Larnaca","Cyprus"),
  E("Forum dinner","2037-11-18",None,"Larnaca","Cyprus"),
  E("Union for the Mediterranean ministerial meeting on water","2038-03",None,"Amman","Jordan"),
  E("working group on water reuse","2038-01-20",None,"Nicosia","Cyprus"),
  E("sixth Mediterranean Water-Tech Forum","2038",None,"Valletta","Malta")],
 ["2037-11-18/2037-11-19","2037-12-14","2036","2037-10","2037-11-18","2037-11-19","2038-03","2038-01-20","2038"],
 ["Desalination in the Mediterranean must be powered by renewable energy, or it will deepen the energy crisis it tries to solve",
  "Treated wastewater should be treated as a resource and priced accordingly for farmers",
  "Small islands need shared monitoring data on aquifers and sea-water intrusion",
  "Clusters can speed up the uptake of water technology by linking utilities with start-ups in pilot projects",
  "Regional and EU funding should support joint procurement of innovative solutions by small utilities"],
 pub="2037-12-14")
print(F, words(T))
