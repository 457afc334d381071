from w import *
M="Messinia Agrifood Cluster"; R="Region of Peloponnese"
W("PAIF2034_speakers","PAIF2034_speakers.pdf",None,
[P("Panagiotis Nikolakopoulos","Regional Governor",R),P("Eleni Papadimitriou-Kostaki","President",M),P("Ioannis Markantonatos","Rector","University of the Peloponnese"),
 P("Marta Wiśniewska-Kowal","Head of Unit","DG AGRI"),P("Georgios Tsiamis","CEO","Kalamata Gold S.A."),P("Chiara Dell’Acqua","Research Director","Consiglio per la ricerca in agricoltura"),
 P("Antonio Ruiz de la Fuente","Managing Director","Clúster Oleícola de Jaén"),P("Dimitra Karali","Head of Irrigation Projects","ELGO-DIMITRA"),P("Yossi Ben-Haim","Founder","AquaSense Ltd"),
 P("Sophie van der Linden","Senior Adviser","Wageningen University & Research"),P("Nikos Alexiou","CTO","Agrodata IKE"),P("Anna-Lena zu Bentheim","Programme Manager","EIT Food"),
 P("Stavros Lykos","cluster manager",M),P("Maria Androutsou","Director for Exports","Enterprise Greece"),P("Kenji Watanabe","Buyer","Marutoku Trading Co., Ltd."),
 P("Ilias Georgakopoulos","President","Chamber of Messinia"),P("Vasiliki Drosou","Deputy Regional Governor for Agriculture",R),
 P("Thomas Müller-Kranz","Director","European Cluster Collaboration Platform"),P("Katerina Vlachou","journalist","ERT Kalamata"),
 P("Christos Bouras","innovation manager",M),P("Aikaterini Petropoulou","project officer for internationalisation",M)],
[O(M,"MAC"),O(R),O("University of the Peloponnese"),O("DG AGRI"),O("European Commission"),O("Kalamata Gold S.A."),O("Consiglio per la ricerca in agricoltura","CREA"),
 O("Clúster Oleícola de Jaén"),O("ELGO-DIMITRA"),O("AquaSense Ltd"),O("Wageningen University & Research"),O("Agrodata IKE"),O("EIT Food"),O("Enterprise Greece"),
 O("Marutoku Trading Co., Ltd."),O("Chamber of Messinia"),O("European Cluster Collaboration Platform"),O("ERT Kalamata"),O("Enterprise Europe Network Greece")],
[E("Peloponnese Agrifood Innovation Forum 2034","2034-10-18","2034-10-19","Kalamata","Greece"),E("B2B matchmaking","2034-10-18","2034-10-18","Kalamata","Greece"),
 E("Study visit to olive mills in the Messinian plain","2034-10-20","2034-10-20",None,"Greece"),
 E("Peloponnese Agrifood Innovation Forum (2028)","2028","2028","Kalamata","Greece"),E("Peloponnese Agrifood Innovation Forum (2030)","2030","2030","Sparta","Greece"),
 E("Peloponnese Agrifood Innovation Forum (2032)","2032","2032","Nafplio","Greece")],
["2034-10-18/2034-10-19","2034-10-02","2034-10-11","2034-10-18","2034-10-20","2028","2030","2032"])
