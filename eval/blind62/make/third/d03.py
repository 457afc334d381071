from w import W
N=None
A="Agrotech Lleida Cluster"
W("lleida-agrotech-call-for-proposals-2034","lleida-agrotech-call-for-proposals-2034.txt","2034-01-12",
[("Montserrat Farré i Bosch","President",A),("Jordi Vilalta Roca","Innovation Manager",A),("Núria Gómez-Pedrós",N,"ACCIÓ"),("Pau Segarra",N,"IRTA"),("Anna-Lena Brückner",N,"FruitBotics S.L."),
 ("Gerhard van der Meulen",N,"Wageningen University & Research")],
[(A,"ATL"),("Diputació de Lleida",),("ACCIÓ",),("University of Lleida","UdL"),("Institute of Agrifood Research and Technology","IRTA"),("Fruitcentre",),
 ("Parc Científic i Tecnològic Agroalimentari de Lleida","PCiTAL"),("FruitBotics S.L.",),("Wageningen University & Research",)],
[("Info day","2034-02-02","2034-02-02","Lleida","Spain"),("Matchmaking session for partners","2034-02-16","2034-02-16",N,N)],
["2034-01-12","2031","2032","2033","2033-01-01","2034-01-15","2034-02-02","2034-02-16","2034-03-01","2034-04-12","2034-04/2034-05","2034-06-15","2034-09-01","2035-08-31"])
