from w import W
S='SAAC'
W('shannon-aviation-cluster-working-groups',
[("Siobhán Ní Bhriain","Chair","Shannon Lessors Group DAC"),("Declan Hartigan","Co-chair","Kemmy Business School"),("Aoife Carmody","Secretary",S),
("Marek Zieliński","Chair","Atlantic Airframe Services Ltd"),("Gráinne O'Sullivan-Reidy","Co-chair","Technological University of the Shannon: Midlands Midwest"),("Eoin Kiely","Secretary",S),
("Hannah van den Broek","Chair","GreenWing Fuels Ireland Ltd"),("Ciarán Mac Giolla Phádraig","Co-chair","Bernal Institute"),("Tadhg Ó Conchúir","Chair","Shannon Group plc"),
("Priya Raghunathan","Co-chair","Lero – the Research Ireland Centre for Software"),("Michelle Dooley-Barrett","Chair","Mid-West Aero Components Ltd"),
("Pádraig Hennessy","Co-chair","Limerick and Clare Education and Training Board"),("Róisín Keane","Secretary",S),("Lukas Berger-Ní Mhurchú","Chair","Burren Orbital Ltd"),
("Emer Lyons","Co-chair","Irish Centre for High-End Computing"),("Fionnuala Brennan","cluster manager",S),("Conor McNamara","chair","Shannon Group plc"),
("Gillian Moloney","Regional Development Executive","Enterprise Ireland"),("Derek Quinlan-Walsh","Chief Executive","Shannon Chamber"),
("Niamh Fitzgerald","programme manager","Sustainable Energy Authority of Ireland"),("Brendan Ó hAodha",None,None)],
[("Shannon Aviation & Aerospace Cluster","SAAC"),("Shannon Lessors Group DAC",None),("Kemmy Business School",None),("University of Limerick",None),("Atlantic Airframe Services Ltd",None),
("Technological University of the Shannon: Midlands Midwest","TUS"),("Shannon Airport",None),("GreenWing Fuels Ireland Ltd",None),("Bernal Institute",None),("Shannon Group plc",None),
("Lero – the Research Ireland Centre for Software",None),("Mid-West Aero Components Ltd",None),("Limerick and Clare Education and Training Board","LCETB"),("Burren Orbital Ltd",None),
("Irish Centre for High-End Computing","ICHEC"),("European Space Agency",None),("Enterprise Ireland",None),("Shannon Chamber",None),("Hamburg Aviation",None),
("Sustainable Energy Authority of Ireland","SEAI"),("Dublin Airport",None)],
[("first council meeting","2036-02-05","2036-02-05",None,None),("SAAC Members' Forum","2036-03-26","2036-03-26","Limerick","Ireland"),
("joint session of the Sustainable Aviation Fuels and MRO groups","2036-05-14","2036-05-15","Hamburg","Germany")],
["2036-01-12","2036/2037","2036-01-08","2036-02-05","2036-03-26","2036-05-14/2036-05-15","2032","2035-12","2034/2035","2035","2035-09","2035-12-03"])
