from w import W
N=None
M="Ministry of Economy and Labour"; S="Sector for Industrial Policy and Competitiveness"
W("north_macedonia_ministry_decision_cluster_funding_2033","north_macedonia_ministry_decision_cluster_funding_2033.txt","2033-06-20",
[("Biljana Stojanovska-Trajkovska","Head of the Sector for Industrial Policy and Competitiveness",S),
 ("Arben Rexhepi","Adviser","Cluster Unit"),("Vesna Nikolovska",N,"Ss. Cyril and Methodius University in Skopje"),
 ("Goran Petreski",N,"Economic Chamber of North Macedonia"),("Mirjana Janevska",N,"Fund for Innovation and Technology Development"),
 ("Ilir Demiri","MINISTER",M)],
[(M,N),(S,N),("Cluster Unit",N),("Macedonian ICT Cluster","MASIT Cluster"),("Automotive Cluster of North Macedonia","ACM"),
 ('Textile and Fashion Cluster "Štip Moda"',N),("Wine Cluster Tikveš",N),("Pelagonija Agribusiness Cluster",N),("Ohrid Tourism Cluster",N),
 ("Construction Materials Cluster Kumanovo",N),('Cluster of Renewable Energy Sources "SONCE"',N),("Furniture Cluster of the Southwest Region",N),
 ('Organic Food Cluster "Eko Polog"',N),("Stone Processing Cluster Prilep",N),('Honey Producers\' Cluster "Medena" Veles',N),
 ("State Commission for Decision-Making in Administrative Procedures and Employment Procedures in Second Instance",N),
 ("Faculty of Economics – Skopje",N),("Ss. Cyril and Methodius University in Skopje",N),("Economic Chamber of North Macedonia",N),
 ("Fund for Innovation and Technology Development","FITD"),("Sector for Financial Affairs",N)],
[("Evaluation Committee meeting","2033-05-23","2033-05-23",N,N),("Evaluation Committee meeting","2033-06-06","2033-06-06",N,N),
 ("Evaluation Committee meeting","2033-06-13","2033-06-13",N,N),
 ("meeting for all beneficiaries","2033-07-04","2033-07-04","Skopje","North Macedonia")],
["2033-06-20","2033","2033-06-13","2033-01-01/2033-12-31","2033-03-14","2034-01-31","2033-07-15","2033-07-04","2033-03-14/2033-04-28",
 "2033-05-03","2033-05-23","2033-06-06","2032","2030/2040"])
