from w import w
N='Netherlands'; C="Chemelot Cluster Foundation"
w('03', P=[("Maarten Schoenmakers","Managing Director",C),("Marleen Ramaekers","Gedeputeerde","Province of Limburg"),
("Clemens von Ahlen",None,"RWTH Aachen University"),("Els Vandersmissen","regional director","essenscia Limburg"),
("Jörg Kessler","head of site development","Chemiepark Knapsack business association"),("Ana Ribeiro-Lindqvist","senior advisor for industrial clusters","Port of Antwerp-Bruges"),
("Thijs de Groot","chief operating officer","Sitech Services B.V."),("Hanna Willems","associate professor","Maastricht University"),
("Kenji Watanabe","director of recycling technologies","Mitsubishi Chemical Europe GmbH"),("Pieter Claes","sector consultant for the process industry","VDAB"),
("Sandra Offermanns",None,"IHK Aachen"),("Lotte Hendrikx","event coordinator",C)],
O=[(x,None) for x in [C,"essenscia Limburg","Chemiepark Knapsack business association","Province of Limburg","Euregio Meuse-Rhine","RWTH Aachen University","Port of Antwerp-Bruges","Sitech Services B.V.","Maastricht University","Aachen-Maastricht Institute for Biobased Materials","Mitsubishi Chemical Europe GmbH","VDAB","IHK Aachen"]],
E=[("Euregional Chemistry Cluster Day 2035","2035-06-14",None,"Geleen",N),("Site visit: the Chemelot circular hub","2035-06-14",None,"Geleen",N),
("Networking drinks at the Brightlands Hub","2035-06-14",None,"Geleen",N),("fifth edition","2034-06-16",None,"Leverkusen","Germany")],
D=["2035-06-14","2035-06-01","2034-06-16","2031"])
