from s import *
PA="PACE Cluster"; LAB="LAB University of Applied Sciences"
W("Study-visit-programme_Messinia-delegation-Lahti_2034","Study-visit-programme_Messinia-delegation-Lahti_2034.docx",None,[
P("Dimitra Antonopoulou-Sfakianaki","Project Manager",PA),P("Jukka Heinonen-Laine","Cluster Manager","PHCE Cluster"),
P("Mari Lindroos","Head of Business Services","City of Lahti"),P("Ville Salminen","Development Manager","Päijät-Hämeen Jätehuolto Oy"),
P("Sari Koskinen","R&D Director","Labio Oy"),P("Kari-Pekka Hämäläinen","Principal Lecturer in Circular Economy",LAB),
P("Eleni Karamanou","Researcher","University of the Peloponnese"),P("Lauri Mäkelä","CEO","Sidestream Foods Oy"),
P("Anu Ojala-Rintala","Regional Development Director","Regional Council of Päijät-Häme"),P("Georgios Kalogeropoulos","Cluster Coordinator",PA),
P("Panagiotis Mavromatis","Owner","Mavromatis Olive Mill S.A."),P("Vasiliki Tzanetou","Quality Manager","Kalamata Olive Cooperative"),
P("Nikos Stathakis","Head of Environment","Municipality of Kalamata"),P("Christina Petropoulou","Advisor","Region of Peloponnese"),
P("Spyros Giannakopoulos","CEO","Messinian Compost Ltd"),P("Aino Virtanen","Project Coordinator",LAB)],
[O("Päijät-Häme Circular Economy Cluster","PHCE Cluster"),O(LAB),O("Peloponnese Agri-Food and Circular Economy Cluster",PA),O("City of Lahti"),
O("Lahti Science and Business Park"),O("Päijät-Hämeen Jätehuolto Oy"),O("Labio Oy"),O("University of the Peloponnese"),O("Sidestream Foods Oy"),
O("Business Finland"),O("Enterprise Europe Network Finland"),O("Regional Council of Päijät-Häme"),O("Mavromatis Olive Mill S.A."),O("Kalamata Olive Cooperative"),
O("Municipality of Kalamata"),O("Region of Peloponnese"),O("Directorate of Development Planning"),O("Messinian Compost Ltd")],
[E("Study visit of the Messinia circular-economy delegation to the Lahti region","2034-09-25","2034-09-28","Lahti","Finland"),
E("CIRCLE-FOOD study visit in Jaén","2034-02",None,"Jaén","Spain"),E("CIRCLE-FOOD study visit in Bari","2034-05",None,"Bari","Italy"),
E("Online preparatory meeting","2034-09-14"),E("Workshop: Olive-mill waste water – what can we learn from Finnish food side streams?","2034-09-27",None,"Lahti","Finland"),
E("Return visit of the Finnish partners to Kalamata","2035-05",None,"Kalamata","Greece"),E("Messinia Olive Days","2035-05",None,"Kalamata","Greece")],
["2034-09-25/2034-09-28","2034-09-11","2035-03","2019","2034-02","2034-05","2034-09-14","2034-09-18","2034-09-20","2034-09-25","2034-09-26","2034-09-27","2034-09-28","2035-05"])
