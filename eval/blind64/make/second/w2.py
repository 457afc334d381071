from w1h import *
C="Corsica Blue Economy Cluster"
W("interview-founder-corsica-blue-economy-cluster","interview-founder-corsica-blue-economy-cluster.md","2034-09-21",
[P("Marie-Ange Santoni-Casanova","founder",C),P("Tomás Ó Laoire","editor","Cluster Voices"),P("Jean-Baptiste Orsini","president",C),
 P("Antoine Luciani",None,"University of Corsica Pasquale Paoli"),P("Paul-Henri Vincentelli",None,"Corsica Marine Services SARL"),P("Lucie Ferrandi","cluster manager",C),
 P("Dominique Paoli-Marchetti","cluster manager",C),P("Sébastien Mattei","manager",C),P("Xavier Bartoli","director","Corsican Development Agency"),
 P("Giovanna Pinna","manages","Sardinian Blue Growth Cluster")],
[O(C,"CEBC"),O("Aquacorsa SARL"),O("Ostréiculture de Diana SAS"),O("Corsica Marine Services SARL"),O("University of Corsica Pasquale Paoli"),
 O("Chamber of Commerce and Industry of Upper Corsica"),O("Stella Mare"),O("Corsican Environment Office"),O("Collectivity of Corsica"),O("Corsican Development Agency","ADEC"),
 O("Sardinian Blue Growth Cluster"),O("Tuscan Maritime Technology District"),O("Orsini Chantier Naval SAS"),O("France Clusters"),O("Cluster Voices"),O("Mediterranean Cluster Forum")],
[E("meeting","2025-11-14","2025-11-14","Bastia","France"),E("general assembly","2034-06-12","2034-06-12"),
 E("Mediterranean Aquaculture Prize","2034-12-04","2034-12-04","Sète","France"),E("fifth Corsica Blue Days","2034-09-11","2034-09-13","Bastia","France")],
["2034-09-21","2026","2034-06","2025","2025-11-14","2026-03-03","2028","2029/2033","2034-01","2031","2027","2030","2034-06-12","2034-07","2034-12-04","2034-09-11/2034-09-13"],[])
J="WinterTech Jämtland"
W("jamtland-wintertech-cluster-about","jamtland-wintertech-cluster-about.html",None,
[P("Lars-Erik Holmström","chair",J),P("Karolina Sjödin","coordinator",J),P("Per-Olof Wikström","Head of Business Development","Region Jämtland Härjedalen"),
 P("Annelie Forsberg-Mäkinen","CEO","Nordic Test Arenas AB"),P("Emil Ödmark","Cluster manager",J),P("Kerstin Öhlund","chair",J),P("Thomas Bergkvist-Lind","chair",J),
 P("Sara Nilsson-Tuoma","chair",J),P("Jonas Lidén","Deputy manager and head of the test arena",J),P("Federica Rossi-Hellgren",None,J)],
[O(J),O("Mid Sweden University"),O("Sports Tech Research Centre"),O("Östersund Municipality"),O("Region Jämtland Härjedalen"),O("Peak Innovation AB"),O("Åre Skidutrustning AB"),
 O("Snowmaking Nordic AB"),O("Frösö Textil AB"),O("Jämtlands Sparbank"),O("Swedish Cluster Network"),O("Swedish Olympic Committee"),O("Nordic Test Arenas AB"),O("Vinnova"),
 O("Fjällräven International AB"),O("Sámi Outdoor Design AB")],
[E("Biathlon World Championships","2008","2008","Östersund","Sweden"),E("Winter Tech Challenge","2018","2022"),E("WinterTech Summit","2034-09-17","2034-09-18","Östersund","Sweden")],
["2009/2013","2008","2009-09-16","2011","2013/2022","2013","2015","2017","2021","2018/2022","2022","2026","2032/2036","2013/2020","2020/2028","2028","2009/2015","2015/2024","2024/2030","2030","2034-04-24","2034-09","2034-09-17/2034-09-18","2034-06-01"],[])
