from w import *
C="Cluster Bois-Forêt Corse"; S="Consorzio Legno Sardegna"; H="Holzcluster Kärnten"
W("change-of-contact_corsica-wood-cluster","change-of-contact_corsica-wood-cluster.eml","2034-02-21",
[P("Laurent Ceccaldi","Senior Project Manager",C),P("Francesca Murgia","Project Coordinator",S),P("Tobias Gruber",None,H),
 P("Marie-Ange Santucci-Orsini","Project Manager",C),P("Jean-Toussaint Leca","administrative and financial officer",C),P("Pascale Giudicelli",None,C),
 P("Antoine Mariani",None,C),P("Dominique Paoli","director",C),P("Giovanni Pinna","president",S),P("Martina Sechi","intern",S),
 P("Verena Pichler-Steiner",None,H),P("Jordi Vilanova i Puig",None,"Centre de Ciència i Tecnologia Forestal de Catalunya")],
[O(C,"CBFC"),O("Office de l'Environnement de la Corse","OEC"),O("Lycée agricole de Borgo"),O(S),O(H),O("Centre de Ciència i Tecnologia Forestal de Catalunya","CTFC")],
[E("partner meeting","2033-10","2033-10","Sassari","Italy"),E("partner meeting (Bastia)","2034-04-19","2034-04-20","Bastia","France"),
 E("final conference","2035-10-15","2035-10-15","Cagliari","Italy")],
["2034-02-21","2034-03-06","2029","2033-10","2034-04-19/2034-04-20","2034-03-03","2034-02-16","2034-04-20","2035-10-15"])
