from mk import save
T = '''Etna Microelectronics Cluster | News

Sicilian chipmakers take a joint pavilion to SEMICON Europa 2034

Catania, 8 October 2034 – For the third time, the Etna Microelectronics Cluster (EMC) will
organise a Sicilian pavilion at SEMICON Europa, which takes place at Messe München from 12 to
15 November 2034. Sixteen members will exhibit on 210 square metres in hall C1, and the
cluster has booked a meeting area for up to 60 pre-arranged B2B meetings with buyers from the
automotive and power electronics industries.

"Three years ago we went to Munich with four companies and a roll-up banner," recalled
Salvatore Privitera, president of EMC and general manager of SiCarbide Sud S.r.l. "Today the
Sicilian silicon-carbide supply chain is something buyers come looking for."

The pavilion is co-funded by the Sicilian Region's Department of Productive Activities and by
ICE – Italian Trade Agency. On 13 November at 16:00 the cluster will hold a networking
reception on the stand with the Dresden chip suppliers' network
Elbsilizium e.V., with which EMC signed a cooperation agreement in May 2034.

Visitors can also meet researchers from the University of Catania and the CNR Institute for
Microelectronics and Microsystems (CNR-IMM), who will present results of the SICWAFER pilot
line on 14 November in the TechARENA.

Exhibitors on the Sicilian pavilion (stand C1-520):

- SiCarbide Sud S.r.l. (Catania) – silicon-carbide epitaxy services
- Lavica Semiconductors S.p.A. (Catania) – power modules for electric vehicles
- Zafferana Test S.r.l. (Acireale) – wafer-level reliability testing
- Nebrodi Photonics S.r.l. (Messina) – optical inspection systems
- Cleanpath (Syracuse) – cleanroom consumables and gowning
- Ortigia Design House S.r.l.s. (Syracuse) – analogue and mixed-signal IC design
- Quarzia S.r.l. (Palermo) – quartz and ceramic parts for process tools
- Simeto Automation S.p.A. (Paternò) – wafer handling robots
- Ionika (Catania) – ion implantation maintenance and spare
'''
save('emc-news-semicon-europa-2034-pavilion.txt', T, '2034-10-08',
 [("Salvatore Privitera","president","EMC")],
 [("Etna Microelectronics Cluster","EMC"),("SiCarbide Sud S.r.l.",None),("Sicilian Region",None),
  ("Department of Productive Activities",None),("ICE – Italian Trade Agency","ICE"),("Elbsilizium e.V.",None),
  ("University of Catania",None),("CNR Institute for Microelectronics and Microsystems","CNR-IMM"),
  ("Lavica Semiconductors S.p.A.",None),("Zafferana Test S.r.l.",None),("Nebrodi Photonics S.r.l.",None),("Cleanpath",None),
  ("Ortigia Design House S.r.l.s.",None),("Quarzia S.r.l.",None),("Simeto Automation S.p.A.",None),("Ionika",None)],
 [("SEMICON Europa","2034-11-12","2034-11-15","Munich","Germany"),
  ("networking reception","2034-11-13","2034-11-13","Munich","Germany"),
  ("presentation of results of the SICWAFER pilot line","2034-11-14","2034-11-14","Munich","Germany")],
 ["2034-10-08","2034-11-12/2034-11-15","2034-11-13","2034-05","2034-11-14"],
 [])
