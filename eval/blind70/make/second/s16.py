from w import W
MA='Managing Authority of the Regional Programme "Western Greece"'; U="University of Patras"; R="Region of Western Greece"
cl=[("Achaia Agri-Food Cluster","AgroAchaia","Georgios Michalopoulos"),("Mesolonghi Aquaculture Cluster",None,"Katerina Stamatopoulou-Vlachou"),
("Olympia Tourism Network",None,"Andreas Lambropoulos"),("Western Greece Building Materials Cluster",None,"Nikos Tsirigotis"),("Patras ICT Cluster","PatrasIQ","Sofia Economou"),
("Port of Patras Logistics Cluster",None,"Panagiotis De Santis-Kouris"),("Western Greece Health Tech Cluster",None,"Marianna Vassilaki")]
P=[("Eleni Papakonstantinou-Rizou",None,"Peloponnese Policy Analysts"),("Dimitrios Karagiannis",None,U),("Vasiliki Anagnostopoulou",None,U),
("Rolf van der Borght","external peer","KU Leuven")]+[(p,"Manager",c) for c,a,p in cl]+[("Ioannis Pappas-Dimou","Head of the Managing Authority",MA),
("Nektarios Farmakis-Alexiou","Regional Governor",R),("Chrysa Konstantinidou","contact person","Evaluation Unit")]
O=[(R,None),(MA,None),("Peloponnese Policy Analysts I.K.E.",None),(U,None),("Laboratory of Regional Development",None),("KU Leuven",None)]+[(c,a) for c,a,p in cl]+[
("Enterprise Europe Network Greece",None),("European Cluster Collaboration Platform",None),("Evaluation Unit",None)]
W("western-greece-cluster-programme-evaluation-summary-2036","western-greece-cluster-programme-evaluation-summary-2036.md",P,O,
[("focus group","2035-10-14","2035-10-14","Patras","Greece"),("focus group","2035-10-16","2035-10-16","Agrinio","Greece"),("Monitoring Committee meeting","2035-12-11","2035-12-11",None,None),
("Western Greece Innovation Forum","2036-03-20","2036-03-20","Patras","Greece")],
["2029/2034","2036-02-18","2036-03-04","2029","2034","2035-05","2035-10-14","2035-10-16","2035-12-11","2032","2035/2041","2036-02-25","2036-06","2036-03-20"],
[str(i) for i in range(10)],pub="2036-03-04")
