from w import W
A="AgriNamur – Pôle agro-alimentaire de Namur ASBL"
W("namur-agrifood-cluster-peer-review-summary-2035","namur-agrifood-cluster-peer-review-summary-2035.txt","2035-04-30",
[("Sanne Wolters-de Groot","managing director","Food Valley NL"),("Koen Vanhaverbeke","cluster manager","Flanders' FOOD"),("Theresa Gruber-Lindlbauer",None,"Lebensmittel-Cluster Niederösterreich"),
 ("Luc Delvaux","policy expert","Université de Liège"),("Céline Mathieu-Dardenne","director","AgriNamur"),("Philippe Gillard","chair of the board","AgriNamur"),
 ("Nadia El Amrani","project manager","AgriNamur"),("Grégoire Lambotte","project manager","AgriNamur"),("Hanneke Smit-Verbruggen","programme coordinator","ClusterWerk Benelux")],
[(A,None),("CLUSTER PEERS",None),("ClusterWerk Benelux",None),("European Secretariat for Cluster Analysis","ESCA"),("Food Valley NL",None),("Flanders' FOOD",None),
 ("Lebensmittel-Cluster Niederösterreich",None),("Université de Liège",None),("HEC Liège",None),("Biscuiterie Gillard SA",None),("Namur Innovation Park",None),
 ("Brasserie du Bocq SA",None),("Les Jardins de Meuse SCRL",None),("Service public de Wallonie Économie, Emploi, Recherche","SPW EER"),("Bureau Économique de la Province de Namur","BEP"),
 ("University of Namur",None)],
[("peer review visit","2035-03-27","2035-03-28","Namur","Belgium"),("Company visits","2035-03-27","2035-03-27",None,"Belgium"),("Dinner with members","2035-03-27","2035-03-27","Namur","Belgium"),
 ("Focus group with eight SME members","2035-03-28","2035-03-28","Namur","Belgium"),("Feedback session","2035-03-28","2035-03-28","Namur","Belgium"),
 ("CLUSTER PEERS network meeting","2035-10-18","2035-10-18","Eindhoven","Netherlands"),("reciprocal visit","2036","2036",None,None)],
["2035-03-27/2035-03-28","2035-03-27","2035-03-28","2035-04-30","2032","2033/2037","2035-06","2035-10-18","2036","2030","2035-04-29"],list("12345678"))
