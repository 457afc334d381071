from w import *
K="Kurzeme Maritime Technology Cluster"
W("team_kurzeme-maritime-technology-cluster","team_kurzeme-maritime-technology-cluster.html",None,
[P("Ilze Bērziņa-Kalniņa","Cluster Manager",K),P("Mārtiņš Ozoliņš","Deputy Cluster Manager",K),P("Aleksandrs Petrovs","Senior Technology Adviser",K),
 P("Kristīne Jansone","Internationalisation Manager",K),P("Edgars Kļaviņš","project coordinator",K),P("Laura Freimane","Communication and Events Officer",K),
 P("Oskars Vītols","Finance and Administration",K),P("Sanita Roze","Skills Programme Manager",K),P("Jānis Kalējs","Chairman of the Board",K),
 P("Inga Šmite","Deputy Chair",K),P("Valdis Grīnbergs","treasurer",K),P("Agnese Lūsēna",None,"Liepāja Maritime College"),
 P("Henrik Aagaard",None,"Nordvind Logistics Latvia SIA"),P("Raimonds Zariņš","honorary member",K),P("Dace Liepiņa","Chair of the Advisory Council","University of Latvia")],
[O(K,"KMTC"),O("Liepāja Maritime College"),O("Ministry of Economics"),O("Investment and Development Agency of Latvia","LIAA"),O("Riga Technical University"),
 O("Enterprise Europe Network Latvia"),O("Port of Liepāja"),O("Ventspils Freeport Authority"),O("Ventspils University of Applied Sciences"),
 O("Tosmares kuģubūvētava"),O("Baltic Port Services SIA"),O("Ventspils Ship Repair SIA"),O("Nordvind Logistics Latvia SIA"),O("University of Latvia"),
 O("Liepāja City Council"),O("Kurzeme Planning Region"),O("Liepāja University")],
[],["2019","2033-01","2033-04-27","2033/2035","2019/2033","2034-08-31","2034-03-01","2034-02-15"])
