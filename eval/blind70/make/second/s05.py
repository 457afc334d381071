from w import W
A="South-East Regional Development Agency"; L="Lower Danube Maritime Cluster"; U="Dunărea de Jos University of Galați"
W("lower-danube-shipbuilding-cluster-study-summary","lower-danube-shipbuilding-cluster-study-summary.md",
[("Alina-Mihaela ZAHARIA","team leader","Danubius Economic Research S.R.L."),("Costel Bratu",None,"Danubius Economic Research S.R.L."),
("Ionuț Stăncescu",None,"Danubius Economic Research S.R.L."),("Lina van Oostveen","external expert",None),
("Luminița Gheorghiu-Negrea","director","Smart Specialisation Office"),("Radu Popovici","manager",L),
("Luminița Mihăilescu","Director General","ADR Sud-Est"),("Mihai Dobrescu","President",L),("Andreea Iordache","Press",None)],
[(A,"ADR Sud-Est"),("Danubius Economic Research S.R.L.",None),("Faculty of Naval Architecture",None),(U,None),(L,"LDMC"),("Smart Specialisation Office",None),
("Vard Tulcea",None),("Șantierul Naval Brăila S.A.",None),("Romanian Naval Authority","ANR"),("Galați Chamber of Commerce, Industry and Agriculture",None),
("Romanian Cluster Association","CLUSTERO")],
[("validation workshop","2035-05-20","2035-05-20","Galați","Romania"),("validation workshop","2035-06-17","2035-06-17","Brăila","Romania"),
("Lower Danube Shipbuilding Days","2034-09","2034-09",None,None),("presentation of the study","2035-10-09","2035-10-09","Brăila","Romania"),
("follow-up workshop on the training centre","2035-11-26","2035-11-26","Galați","Romania"),("general assembly","2036-01","2036-01",None,None)],
["2035-10-09","2033","2035/2041","2025/2034","2035-05-20","2035-06-17","2025","2040","2034-09","2036","2035-11-26","2036/2040","2036-01"],
["1","2","3","4","5","6","7","8","9","10"],pub="2035-10-09")
