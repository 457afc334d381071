from h import *
F = 'g14_cesena_interreg_peer_review.md'
assert wd(2037,9,16)=='Wednesday' and wd(2037,9,17)=='Thursday' and wd(2037,9,18)=='Friday' and wd(2037,10,8)=='Thursday'
T = """# Peer review report: agri-tech clusters in Romagna

**Interreg Europe Policy Learning Platform · Peer review No. 61 · Cesena (Italy), 16–18 September 2037**
Report published 29 September 2037 · Author: Dr. Lorenzo Baccarini-Weiss, Thematic Expert, Research and Innovation

---

## Background

In spring 2037 the Emilia-Romagna Region asked the Policy Learning Platform for a peer review of its support to agri-tech clusters in Romagna, focusing on how the clusters reach small farms and food processors in the hills around Cesena and Forlì. The request came from the Directorate-General for Knowledge Economy, Labour and Enterprise of the Region and was supported by ART-ER, the regional attractiveness and innovation agency.

The host team was led by Giulia Montanari-Ferri, Head of the Innovation Ecosystems Unit at ART-ER, and by Paolo Zavatta, director of the cluster Clust-ER Agrifood.

## The peers

Five peers from four countries took part:

- Anneke van der Plas-Hoekstra, Province of Gelderland (Netherlands), policy advisor for agrifood
- Mateusz Żak, Lubelskie Agri-Food Cluster, Lublin (Poland)
- Inés Valdivia Roca, Agencia de Desarrollo Económico de La Rioja (ADER), Logroño (Spain)
- Kristiina Mägi-Laur, Tartu Science Park Foundation (Estonia)
- Dr. Florian Zehetbauer, Business Upper Austria – OÖ Wirtschaftsagentur GmbH, Linz (Austria)

## Programme

**Wednesday 16 September** – 14:00 arrival and briefing of the peers; 16:30 visit to the Cesena fruit and vegetable market and the packing cooperative Apofruit Italia; 20:00 dinner with the host team.

**Thursday 17 September** – 09:00–13:00 interviews with 18 stakeholders at the Tecnopolo di Forlì-Cesena (companies, University of Bologna – Campus of Cesena, farmers' organisations, the Chamber of Commerce of Romagna); 14:30 field visit to two hill farms using sensor-based irrigation in Mercato Saraceno; 18:00 internal discussion of the peers.

**Friday 18 September** – 09:30 presentation of the preliminary recommendations to the Region; 11:30 public feedback session with 40 stakeholders; 13:00 close.

## What works

The peers found a dense ecosystem: a technopole, a university campus with a food science department, a strong cooperative sector and a cluster organisation with 180 members. Cooperatives act as an effective channel to reach thousands of small growers, and the Region's calls for collaborative research projects are well known among larger firms.

## What could work better

Small farms in the hills rarely take part in the cluster's activities: only 6 % of the cluster members are farms with fewer than ten employees. Support is fragmented between the Region, the Chamber of Commerce and several agricultural advisory services, and companies struggle to know where to start.

## Key takeaways

The peers' main takeaways for the Emilia-Romagna Region:

1. Create a single entry point for agri-tech support in Romagna, run jointly by ART-ER and the Chamber of Commerce
2. Use the cooperatives as intermediaries for innovation vouchers aimed at farms with fewer than ten employees
3. Open the Tecnopolo's demonstration field to farmers' groups once a month
4. Link the cluster's activities to the Interreg Europe network of agri-tech regions, starting with a study visit to Gelderland

## Next steps

The Region will present its follow-up at the meeting of the regional stakeholder group on 8 October 2037 (Thursday) in Bologna. A follow-up interview with the peers is planned for spring 2038.

*Quote from the feedback session:* "We knew we had a problem with small farms; the peers showed us that the solution is already in our cooperatives," said Barbara Lucchi-Hahn, regional councillor for economic development.

---

[Policy Learning Platform](/) · [All peer reviews](/peer-reviews) · [Request a peer review](/request) · Co-funded by the European Union
"""
write(F, T)
AR="ART-ER"
gold(F,
 [P("Lorenzo Baccarini-Weiss","Thematic Expert, Research and Innovation","Interreg Europe Policy Learning Platform"),
  P("Giulia Montanari-Ferri","Head of the Innovation Ecosystems Unit",AR),
  P("Paolo Zavatta","director","Clust-ER Agrifood"),
  P("Anneke van der Plas-Hoekstra","policy advisor for agrifood","Province of Gelderland"),
  P("Mateusz Żak",None,"Lubelskie Agri-Food Cluster"),
  P("Inés Valdivia Roca",None,"Agencia de Desarrollo Económico de La Rioja"),
  P("Kristiina Mägi-Laur",None,"Tartu Science Park Foundation"),
  P("Florian Zehetbauer",None,"Business Upper Austria – OÖ Wirtschaftsagentur GmbH"),
  P("Barbara Lucchi-Hahn","regional councillor for economic development",None)],
 [O("Interreg Europe Policy Learning Platform"), O("Emilia-Romagna Region"),
  O("Directorate-General for Knowledge Economy, Labour and Enterprise"), O(AR), O("Innovation Ecosystems Unit"),
  O("Clust-ER Agrifood"), O("Province of Gelderland"), O("Lubelskie Agri-Food Cluster"),
  O("Agencia de Desarrollo Económico de La Rioja","ADER"), O("Tartu Science Park Foundation"),
  O("Business Upper Austria – OÖ Wirtschaftsagentur GmbH"), O("Apofruit Italia"),
  O("University of Bologna"), O("Campus of Cesena"), O("Chamber of Commerce of Romagna")],
 [E("Peer review No. 61","2037-09-16","2037-09-18","Cesena","Italy"),
  E("visit to the Cesena fruit and vegetable market","2037-09-16",None,"Cesena","Italy"),
  E("dinner with the host team","2037-09-16",None,"Cesena","Italy"),
  E("field visit","2037-09-17",None,"Mercato Saraceno","Italy"),
  E("public feedback session","2037-09-18",None,"Cesena","Italy"),
  E("meeting of the regional stakeholder group","2037-10-08",None,"Bologna","Italy")],
 ["2037-09-16/2037-09-18","2037-09-29","2037","2037-09-16","2037-09-17","2037-09-18","2037-10-08","2038"],
 ["Create a single entry point for agri-tech support in Romagna, run jointly by ART-ER and the Chamber of Commerce",
  "Use the cooperatives as intermediaries for innovation vouchers aimed at farms with fewer than ten employees",
  "Open the Tecnopolo's demonstration field to farmers' groups once a month",
  "Link the cluster's activities to the Interreg Europe network of agri-tech regions, starting with a study visit to Gelderland"],
 pub="2037-09-29")
