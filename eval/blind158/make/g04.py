from h import *
F = 'g04_sardinia_blue_economy_forum_report-pdf.txt'
assert wd(2040,10,9)=='Tuesday' and wd(2040,10,10)=='Wednesday'
H="Sardinia Blue Economy Forum 2040 – Outcome report                     Sardegna Ricerche"
T = H+"""

OUTCOME REPORT
Sardinia Blue Economy Forum 2040
Oristano, 9–10 October 2040

Prepared by the cluster team of Sardegna Ricerche with the Sardinian Aquaculture Cluster (SAC) and the
Marine Technologies Cluster of Sardinia
Published: 28 November 2040

1. Introduction

The third Sardinia Blue Economy Forum was held on Tuesday 9 and Wednesday 10 October 2040
at the Hospitalis Sancti Antoni in Oristano. It brought together 246 participants from 19 coun-
tries: cluster managers, fish farmers, boat builders, port authorities, researchers and public
officials. The forum is organised every two years by Sardegna Ricerche, the regional agency for
research and innovation, on behalf of the Autonomous Region of Sardinia.

Earlier editions were held in Cagliari (2036) and Olbia (2038). This edition moved to Oris-
tano to put the lagoons of the Sinis peninsula and their fishing cooperatives at the centre of
the debate.

The forum was opened by Giovanna Porcu, Regional Councillor for Productive Activities, and by
the Mayor of Oristano, Efisio Murgia. The keynote was given by Dr Henrik Aas Lindqvist, Head
of Unit for Blue Economy Innovation at the European Climate, Infrastructure and Environment
Executive Agency (CINEA).

2. Programme in brief

Day 1 opened with a plenary on the state of the blue economy in the western Mediterranean,
followed by four parallel workshops. In the afternoon 138 B2B meetings took place between
companies from Sardinia, Corsica, the Balearic Islands and Tunisia, facilitated by the
Enterprise Europe Network ELSE consortium. In the evening the participants were invited to a
dinner at the fishermen's cooperative of Cabras.

Day 2 was dedicated to field visits: a boat visit to the mussel farms in the Gulf of Oris-
tano and a visit to the IMC – International Marine Centre in Torregrande, where Dr Paolo
Melis, director of the centre, showed the new hatchery for sea urchins.

--- page 1 of 3 ---

"""+H+"""

3. Key takeaways

The rapporteurs, Dr Laura Sechi (University of Sassari) and Matteo Carta (Marine Technologies
Cluster of Sardinia), summarised the discussions as follows:

- Small lagoon fisheries can only survive if cooperatives join forces in marketing and certi-
fication
- Clusters should act as a bridge between aquaculture farms and the boat-building industry,
which still works in separate circles
- Access to finance for blue start-ups remains the main bottleneck in the islands of the
western Mediterranean
- Port authorities need to be members of the clusters, not just guests at their events
- Skills for the blue economy must be taught in vocational schools close to the coast, not
only at universities

4. Follow-up

Participants agreed to set up a working group of Mediterranean island clusters, to be launched
at the European Maritime Day in Bremerhaven in May 2041. The Sardinian Aquaculture Cluster
will coordinate it together with the Pôle Mer Méditerranée (France) and the Balearic
Marine Cluster (Spain). Bilateral follow-up meetings with the Tunisian partners will be held
online in the first quarter of 2041.

Anna Maria Deiana, manager of the Sardinian Aquaculture Cluster, said: "For the first time
we had fishermen from Cabras and engineers from Genoa at the same table. That alone was worth
the forum."

5. Figures

246 participants, 19 countries, 42 speakers (21 women), 138 B2B meetings, 2 field visits,
participant satisfaction 4.4 out of 5.

--- page 2 of 3 ---

"""+H+"""

6. Next edition

The fourth Sardinia Blue Economy Forum will take place in autumn 2042. Regions that wish to
co-host parallel sessions may contact the organisers.

Contact: Sardegna Ricerche, Cluster and Networks Unit, Pula (CA) · Roberta Piras, project
officer · cluster@sardegnaricerche.example.it

This report was produced with the support of the Regional Programme ERDF Sardinia 2035–2041.

--- page 3 of 3 ---
"""
write(F, T)
SR="Sardegna Ricerche"
gold(F,
 [P("Giovanna Porcu","Regional Councillor for Productive Activities",None),
  P("Efisio Murgia","Mayor of Oristano",None),
  P("Henrik Aas Lindqvist","Head of Unit for Blue Economy Innovation","European Climate, Infrastructure and Environment Executive Agency"),
  P("Paolo Melis","director","IMC – International Marine Centre"),
  P("Laura Sechi","rapporteur","University of Sassari"),
  P("Matteo Carta","rapporteur","Marine Technologies Cluster of Sardinia"),
  P("Anna Maria Deiana","manager","Sardinian Aquaculture Cluster"),
  P("Roberta Piras","project officer",SR)],
 [O(SR), O("Sardinian Aquaculture Cluster","SAC"), O("Marine Technologies Cluster of Sardinia"),
  O("Autonomous Region of Sardinia"), O("European Climate, Infrastructure and Environment Executive Agency","CINEA"),
  O("Enterprise Europe Network ELSE consortium"), O("fishermen's cooperative of Cabras"),
  O("IMC – International Marine Centre","IMC"), O("University of Sassari"), O("Pôle Mer Méditerranée"),
  O("Balearic Marine Cluster"), O("Cluster and Networks Unit")],
 [E("Sardinia Blue Economy Forum 2040","2040-10-09","2040-10-10","Oristano","Italy"),
  E("Sardinia Blue Economy Forum","2036",None,"Cagliari","Italy"),
  E("Sardinia Blue Economy Forum","2038",None,"Olbia","Italy"),
  E("parallel workshops","2040-10-09",None,"Oristano","Italy"),
  E("B2B meetings","2040-10-09",None,"Oristano","Italy"),
  E("dinner at the fishermen's cooperative of Cabras","2040-10-09",None,"Cabras","Italy"),
  E("boat visit to the mussel farms in the Gulf of Oristano","2040-10-10",None,"Oristano","Italy"),
  E("visit to the IMC – International Marine Centre","2040-10-10",None,"Torregrande","Italy"),
  E("European Maritime Day","2041-05",None,"Bremerhaven","Germany"),
  E("Bilateral follow-up meetings","2041",None,None,None),
  E("Sardinia Blue Economy Forum","2042",None,None,None)],
 ["2040-10-09/2040-10-10","2040-11-28","2036","2038","2041-05","2041","2042","2035/2041"],
 ["Small lagoon fisheries can only survive if cooperatives join forces in marketing and certi-\nfication",
  "Clusters should act as a bridge between aquaculture farms and the boat-building industry,\nwhich still works in separate circles",
  "Access to finance for blue start-ups remains the main bottleneck in the islands of the\nwestern Mediterranean",
  "Port authorities need to be members of the clusters, not just guests at their events",
  "Skills for the blue economy must be taught in vocational schools close to the coast, not\nonly at universities"],
 pub="2040-11-28")
