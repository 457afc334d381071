from w import W
A="Atlantic Outermost Regions Cluster Network"
W("outermost","2037-03-09",[("Leonor Medeiros da Câmara","President","Azores Sea Cluster"),("Yeray González Trujillo","President","Canary Islands Renewable Energy Cluster"),
("Duarte Freitas Gouveia","Chair","Madeira Innovation Cluster"),("Ana Sofia Bettencourt","network coordinator",A),("Elisa Ferreira-Lobo","Commissioner",None),("Pablo Hernández Alemán","MEP",None),
("Carmen Ruiz de Armas","Managing Director","Tenerife Space and Astrophysics Cluster"),("Paulo Sousa Melo","President","Açores Agri-Food Cluster"),("Marta Nóbrega Ferreira","Director","Madeira Tourism Technology Cluster"),
("Rui Ávila Pacheco","President","Azores Chamber of Commerce and Industry")],
[(A,"AORCN"),("Steering Committee",),("Azores Sea Cluster","Cluster do Mar dos Açores"),("Madeira Innovation Cluster","Associação Cluster Inovação da Madeira"),("Canary Islands Renewable Energy Cluster","CERCA"),
("Regional Development Agency of the Azores","ARDA"),("European Commission",),("European Parliament",),("Council",),("Committee on Regional Development","REGI"),("Tenerife Space and Astrophysics Cluster",),
("Açores Agri-Food Cluster","Cluster Agroalimentar dos Açores"),("Madeira Tourism Technology Cluster",),("Azores Chamber of Commerce and Industry","CCIA")],
[("Outermost Regions Forum","2036-11-16","2036-11-17","Brussels","Belgium"),("breakfast meeting","2037-04-21","2037-04-21","Brussels","Belgium"),
("Conference of Presidents of the Outermost Regions","2037-09","2037-09","Las Palmas de Gran Canaria","Spain")],
["2037-03-09","2032","2036/2037","2034","2030/2036","2038","2036-11-16/2036-11-17","2037-04-21","2037-09","2037-04-30"],
["Keep a dedicated budget line for outermost regions in the next cohesion policy. The specific allocation must be maintained at least at its current level in real terms and must remain accessible to cluster organisations, not only to public bodies",
"Compensate the extra cost of transport for SMEs. The POSEI-type compensation that exists for agriculture should be extended to manufacturing and digital SMEs shipping goods to and from the continent",
"Open the Single Market Programme's cluster calls to single-region consortia from outermost regions. The rule that requires partners from three Member States makes participation almost impossible for an island cluster with no neighbour within 1,000 kilometres",
"Raise the State aid ceilings for investment in outermost regions under the General Block Exemption Regulation by ten percentage points for energy storage and desalination projects",
"Recognise outermost regions as testbeds. The Commission should reserve at least 5 % of the budget of the European innovation partnerships for pilot projects located in outermost regions",
"Involve cluster organisations in the design of the post-2035 Strategy for the Outermost Regions, through a permanent consultation group meeting at least twice a year"])
S="Salamanca Biotech Cluster"
W("salamanca","2034-03-14",[("Rocío Arroyo Gil","Cluster Manager",S),("Beatriz Sánchez-Hernández","CEO","Genómica Charra S.L."),("Ignacio Martín Rivas","plant manager","Biofermentos del Tormes S.A."),
("Sara Pérez de Ayala","co-founder","Lacto-Innova Castilla S.L.U."),("Kasper Holm-Jensen","country manager","NordBio Analytics ApS"),("Juan Carlos Hidalgo Pastor","Managing director","Vitalgen Farma S.A."),
("María Dolores Ortega Calvo",None,None),("Carlos Fernández Carriedo","regional minister for the economy","Junta de Castilla y León"),("Elena Bravo Sendín","general manager","Envases Sostenibles Ledesma S.L."),
("Luis Miguel Hernández-Cabrera","representative of large companies",S),("Anna-Lena Weißmüller",None,None),("Pablo Iglesias Sanz","project officer",S),("Helena Kowalska",None,"European Food Safety Authority")],
[(S,"BIOSAL"),("Genómica Charra S.L.",),("University of Salamanca",),("Biofermentos del Tormes S.A.",),("Lacto-Innova Castilla S.L.U.",),("NordBio Analytics ApS",),("Vitalgen Farma S.A.",),
("Centre for the Development of Industrial Technology","CDTI"),("Institute of Functional Biology and Genomics","IBFG"),("Quesos Artesanos de la Sierra S.L.",),("BioAgro Duero S.Coop.",),("Junta de Castilla y León",),
("Envases Sostenibles Ledesma S.L.",),("Portugal Foods",),("European Food Safety Authority","EFSA"),("Castilla y León Health Cluster",)],
[("Board meeting","2034-02-27","2034-02-27",None,None),("regional innovation prize","2034-03-09","2034-03-09","Valladolid","Spain"),("Regulatory pathways for novel foods","2034-03-23","2034-03-23",None,None),
("General Assembly","2034-04-20","2034-04-20","Salamanca","Spain"),("networking lunch","2034-04-20","2034-04-20","Salamanca","Spain"),("BIOSPAIN 2034","2034-05-16","2034-05-18","Barcelona","Spain")],
["2034-03-14","2034-03","2034-04-17","2034-02-27","2035","2034-03-09","2034-03-01","2034-03-23","2034-04-20","2034-05-16/2034-05-18","2034-02-14","2034-03-31"],[])
D="Directorate-General for Innovation"
rows=[("Clúster de Automoción de Navarra","ACAN","Iñaki Goñi Zabalza"),("Clúster Agroalimentario de Navarra","NAGRIFOOD","Amaia Arbizu Echeverría"),("Asociación Clúster de Energías Renovables de Navarra","ENERNA","Javier Urdiáin Lacasta"),
("Clúster de Salud de Navarra","NAVARRABIOMED Cluster","Idoia Arrarás Lekuona"),("Asociación Navarra de Industrias de la Madera","ADEMAN Cluster","Koldo Mendiburu Ezkurra"),("Clúster TIC de Navarra",None,"Beatriz Ollo Sagüés"),
("Clúster de Turismo Sostenible del Pirineo Navarro",None,"Mikel Iriarte Oroz"),("Clúster de Maquinaria Agrícola del Ebro","MAQEBRO","Fermín Pérez-Ilzarbe"),("Asociación Clúster de Vino de Navarra",None,"Carmen Sádaba de Miguel"),
("Clúster de Industrias Creativas de Navarra","CREANA","Ane Bengoetxea Lizarraga"),("Clúster de Logística del Corredor del Ebro","LOGEBRO","Raúl Martínez de Morentin"),("Clúster de Hidrógeno Verde de Navarra","H2NA","Elena Garde Jiménez")]
W("navarre","2035-07-08",[("Patxi Elizalde Arraiza","Director-General for Innovation",D),("Jon Ander Etxeberria Aguirre",None,None)]+[(r[2],"Cluster manager",r[0]) for r in rows]+
[("Álvaro Sanz Irigoyen",None,"Clúster TIC de Navarra"),("Maite Lacasia Gorriz","Head of service","Cluster Policy Service")],
[("Government of Navarre",),("Department of Economic and Business Development",),(D,),("Ministry of Industry and Tourism",),("Navarre Business Development Agency","SODENA"),("Navarre Technology Centres Network",),
("Public University of Navarre","UPNA")]+[(r[0],r[1]) for r in rows]+[("Navarre Footwear and Leather Cluster",),("Asociación Clúster de Economía Circular de Navarra","ECONAV"),("Cluster Policy Service",)],
[("committee meeting","2035-06-12","2035-06-12",None,None),("Annual meeting of Navarre cluster managers","2035-09-24","2035-09-24","Pamplona","Spain")],
["2035-06-30","2035-07-08","2030-09-18","2035","2031-06-14","2031-09-27","2032-01-18","2032-05-09","2033-02-22","2034-03-15","2034-11-07","2034-12-31","2035-06-12","2035/2039","2035-04-01","2035-05-20","2035-03-03","2035-10","2034",
"2035-01-15","2035-02-28","2035-05-05","2036-01","2035-09-24"],
["All registered clusters meet the minimum requirements, but four of them depend on regional funds for more than 60 % of their budget and must diversify their income before the next renewal",
"Cooperation between clusters has improved: nine joint projects between two or more Navarre clusters were started in 2034",
"Participation in European projects remains low; only three clusters took part in projects under the Single Market Programme or Interreg Europe",
"The new hydrogen and creative industries clusters should be accompanied with a mentoring scheme by the more established clusters"])
B="Baltic Offshore & Maritime Cluster"
W("szczecin","2036-02-02",[("Zbigniew Kamiński","First Vice-President",B),("Monika Szulc-Bergmann","President",B),("Tadeusz Graczyk","Vice-President",B),("Justyna Wójcik-Lange","Treasurer",B),
("Henning Carstensen","Member",B),("Krystyna Nowak-Zych",None,"West Pomeranian University of Technology"),("Bartosz Lewandowski","Managing Director",B),("Agnieszka Maj","Head of Member Services",B),
("Marian Kowalczyk","founding President","ZKM"),("Olga Kaczmarek-Rehn","Deputy Marshal","West Pomeranian Voivodeship Marshal's Office"),("Kacper Nowicki",None,None)],
[("West Pomeranian Maritime Cluster","ZKM"),("Szczecin Offshore Wind Cluster","SOWC"),(B,"BOMC"),("Gryfia Shipbuilding S.A.",),("Baltic Foundations Sp. z o.o.",),("Maritime University of Szczecin",),
("Port Services Świnoujście Sp. z o.o.",),("Stralsund Offshore Logistics GmbH",),("Supervisory Committee",),("West Pomeranian University of Technology","ZUT"),("Maritime Technology Centre",),
("West Pomeranian Voivodeship Marshal's Office",),("Wardyński Nord Sp.k.",),("Pomorskie Doradztwo Sp. z o.o.",),("Polish Wind Energy Association","PSEW")],
[("joint meeting","2036-01-29","2036-01-29","Szczecin","Poland"),("working group","2034-11-14","2034-11-14",None,None),("Baltic Offshore Supply Chain Day","2036-03-12","2036-03-12","Szczecin","Poland")],
["2036-02-02","2036-01-29","2036-03-01","2036/2039","2039","2036-02-15","2011/2020","2034-11-14","2035-09","2036-03-12"],
["Bring at least 30 West Pomeranian suppliers into the supply chains of the Baltic offshore wind farms by 2039",
"Create a joint training centre for welders, riggers and service technicians with the Maritime University of Szczecin",
"Represent members in the planning of the installation port in Świnoujście and of the deep-water container terminal",
"Build a cross-border partnership with the clusters of Mecklenburg-Western Pomerania and Scania",
"Offer one membership fee structure and one set of services from 1 March 2036"])
