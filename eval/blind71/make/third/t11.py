from w import w
B='Belgium'; G='Ghent'
w('11', P=[("Katrien Van den Bossche","CEO","Catalisti"),("Wim Van Damme-Coppens","chairman","Flanders Biobased Valley"),("Joana Mendes da Costa","managing director","Ghent Bio-Economy Pilot Plant"),
("Eva-Maria Schütte",None,"Wageningen University & Research"),("Koen Vanhoutte",None,"Bio-based Industries Consortium"),("Lieve D'hondt",None,"PMV"),
("Bart Verstraeten",None,"Enterprise Europe Network Flanders"),("Nathalie Goossens","event manager","Catalisti")],
O=[("Catalisti",None),("Flanders Biobased Valley",None),("Enterprise Europe Network Flanders",None),("VLAIO",None),("Bio-based Industries Consortium","BIC"),("Ghent Bio-Economy Pilot Plant",None),
("Wageningen University & Research",None),("PMV",None),("Flemish Government",None),("City of Ghent",None)],
E=[("Bio-Based Matchmaking Ghent 2035","2035-11-21","2035-11-22",G,B),("previous edition","2034-11-23",None,"Antwerp",B),("Biorefineries in the Port Regions","2035-11-21",None,G,B),
("B2B meetings","2035-11-21","2035-11-22",G,B),("Networking reception","2035-11-21",None,G,B),("Site visit to the Ghent Bio-Economy Pilot Plant and the North Sea Port biorefinery area","2035-11-22",None,G,B),
("Closing lunch","2035-11-22",None,G,B)],
D=["2035-11-21/2035-11-22","2034-11-23","2035-11-21","2035-11-22","2035-10-24","2035-11-07","2035-11-14","2035-11-19"])
