from w import w
F='France'; L="Loire Pharma Valley"
w('14', pub="2036-04-15", P=[("François Bonneau-Lefèvre","président","conseil régional du Centre-Val de Loire"),("Hélène Marchand-Petit","présidente",L),
("Isabel Echeverría Zubiri","directrice générale","Biobasque"),("Camille Rousseau-Delaunay","Chargée d'événements",L)],
O=[(L,None),("Dev'Up Centre-Val de Loire",None),("Université de Tours",None),("conseil régional du Centre-Val de Loire",None),("Biobasque",None)],
E=[("Forum Loire Pharma & Biotech 2036","2036-10-07","2036-10-08","Tours",F),("rendez-vous d'affaires pré-programmés","2036-10-08",None,"Tours",F),
("visites de sites industriels","2036-10-08",None,None,F),("dîner du Forum","2036-10-07",None,None,F),("second edition","2034-10-10",None,None,None)],
D=["2036-04-15","2036-10-07/2036-10-08","2036-10-08","2036-10-07","2036-05-20","2036-06-30","2036-09-12","2034-10-10"])
