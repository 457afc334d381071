from w import w
F='Finland'; P_="Puuklusteri Pohjois-Karjala"
w('08', pub="2032-02-05", P=[("Tuomas Kärkkäinen","klusterijohtaja",P_),("Riikka Heiskanen-Lindholm","tutkimusjohtaja","Itä-Suomen yliopisto"),
("Jussi Ojala","Arkkitehti SAFA","Arkkitehtitoimisto Ojala & Vornanen Oy"),("Beate Hinterleitner",None,"proHolz Tirol"),("Mikko Räsänen","tuotantopäällikkö","Karelia Elementti Oy"),
("Sari Pölönen","viestintäpäällikkö","Business Joensuu Oy"),("Antti Lappalainen","Paloinsinööri","VTT"),("Katharina Mayr-Oberhuber",None,"Holzforschung Austria"),
("Heli Turunen",None,"Sahateollisuus ry"),("Pekka Nevalainen",None,"Nevalaisen Saha Oy"),("Laura Hyvärinen","projektipäällikkö",None)],
O=[(x,None) for x in [P_,"Business Joensuu Oy","Itä-Suomen yliopisto","Arkkitehtitoimisto Ojala & Vornanen Oy","proHolz Tirol","Karelia Elementti Oy","VTT","Holzforschung Austria","Sahateollisuus ry","Nevalaisen Saha Oy","Pohjois-Karjalan maakuntaliitto"]],
E=[("Puu rakentaa #4: Puukerrostalot ja hiilijalanjälki – mitä uusi rakentamislaki vaatii?","2032-02-03",None,None,None),
("Puu rakentaa #5: Paloturvallinen puukerrostalo","2032-03-09",None,None,None),("Puu rakentaa #6: Pienet sahat ja ympäristöselosteet","2032-04-13",None,None,None),
("Puu rakentaa LIVE: Kevätseminaari ja tehdasvierailu","2032-05-11",None,"Joensuu",F),("tehdasvierailu","2032-05-11",None,None,None),
("Puu rakentaa #3: Puurakentamisen julkiset hankinnat","2031-12-02",None,None,None),("Puu rakentaa #2: Hirsirakentamisen vientimarkkinat","2031-11-04",None,None,None),
("Puu rakentaa #1: Teollinen puurakentaminen Pohjois-Karjalassa","2031-10-07",None,None,None)],
D=["2032-02-05","2032-02-03","2032-02","2029","2032-03-09","2032-04-13","2032-05-11","2032-03","2032-04-30","2031-12-02","2031-11-04","2031-10-07"])
