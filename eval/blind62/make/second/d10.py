from w import w
w("lleida-agrotech-call-for-proposals-2034","lleida-agrotech-call-for-proposals-2034.txt","2034-01-12",
[("Montserrat Farré i Bosch","President","Agrotech Lleida Cluster"),("Jordi Vilalta Roca","Innovation Manager","Agrotech Lleida Cluster"),
("Núria Gómez-Pedrós",None,"ACCIÓ"),("Pau Segarra",None,"Institute of Agrifood Research and Technology"),("Anna-Lena Brückner",None,"FruitBotics S.L."),
("Gerhard van der Meulen","chair","Wageningen University & Research")],
[("Agrotech Lleida Cluster","ATL"),("Diputació de Lleida",None),("ACCIÓ",None),("University of Lleida","UdL"),("Institute of Agrifood Research and Technology","IRTA"),
("Fruitcentre",None),("Parc Científic i Tecnològic Agroalimentari de Lleida","PCiTAL"),("FruitBotics S.L.",None),("Wageningen University & Research",None)],
[("Info day","2034-02-02","2034-02-02","Lleida","Spain"),("Matchmaking session for partners","2034-02-16","2034-02-16",None,None)],
["2034-01-12","2031","2032","2033","2033-01-01","2034-01-15","2034-02-02","2034-02-16","2034-03-01","2034-04-12","2034-04/2034-05","2034-06-15","2034-09-01","2035-08-31"])
