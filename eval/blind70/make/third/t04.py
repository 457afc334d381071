from w import W
ORI="Observatoire régional de l’industrie"; E="Elastopôle Auvergne"
W("clermont-mobility-rubber-cluster-policy-brief-2035","clermont-mobility-rubber-cluster-policy-brief-2035.pdf","2035-03-17",
[("Hélène Chabrol-Vidal","head of studies",ORI),("Benoît de La Tour d’Auvergne","senior economist",ORI),("Jens-Uwe Hackländer",None,"Fraunhofer Institute for Structural Durability and System Reliability"),
 ("Sandrine Morel-Ducros","Vice-President for Industry","Auvergne-Rhône-Alpes Region"),("Jean-Baptiste Fayolle","President",E),("Anne-Sophie Mallet-Koenig","director",E),
 ("Yannick Boudet","Policy Brief series editor",ORI)],
[(ORI,"ORI"),("Fraunhofer Institute for Structural Durability and System Reliability","LBF"),(E,None),("Auvergne-Rhône-Alpes Region",None),("Economic Development Committee",None),
 ("Michelin",None),("European Union",None),("Clermont Auvergne University","UCA"),("SIGMA Clermont",None),("Business Upper Austria",None),("Rectorat of Clermont-Ferrand",None),("Banque de France",None)],
[("Economic Development Committee meeting","2035-04-02","2035-04-02",None,None),("Elastopôle annual meeting","2035-06-12","2035-06-12","Clermont-Ferrand","France"),("round table",None,None,None,None)],
["2035-03","2035-03-17","2034-09/2035-02","2036","2035-04-02","2035-06-12","2030","2034","2036/2040","2035","2035-05"],["Set up","Make skills","Give cluster","Open the test","Measure"])
