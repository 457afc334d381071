from w import W
N=None
G="Gozo Blue Economy Cluster"
W("gozo-maritime-cluster-annual-report-2034-pdf","gozo-maritime-cluster-annual-report-2034-pdf.txt",N,
[("Roberta Xuereb-Camilleri","Cluster Manager",G),("Joseph Milligan-Attard","Chair","Gozo Aquaculture Ltd"),("Carmelo Grech","Vice-Chair","Mġarr Marine Services Ltd"),
 ("Denise Farrugia Bonello","Treasurer","Bank of Valletta"),("Karl-Heinz Obermaier","Member","Blue Lagoon Dive Centre Ltd"),("Maria Concetta Azzopardi","Member","University of Malta Gozo Campus"),
 ("Paul Vella","auditor",N),("Rita Sciberras","auditor",N),("Elena Papadopoulou-Marks",N,"Hellenic Centre for Marine Research"),("Jean-Luc Buttigieg","Project Officer",G)],
[(G,),("Gozo Regional Development Authority","GRDA"),("Ministry for Gozo and Planning",),("Gozo Aquaculture Ltd",),("Mġarr Marine Services Ltd",),("Bank of Valletta",),
 ("Blue Lagoon Dive Centre Ltd",),("University of Malta Gozo Campus",),("Malta Enterprise",),("Hellenic Centre for Marine Research",),("Balearic Islands Marine Technology Cluster","BIMTEC"),
 ("European Secretariat for Cluster Analysis",),("Malta Marittima Agency",),("Malta Chamber of Commerce, Enterprise and Industry",)],
[("General Assembly","2035-02-27","2035-02-27",N,N),("General Assembly","2034-03-14","2034-03-14",N,N),("Blue Economy Breakfast","2034-01-25","2034-01-25","Victoria","Malta"),
 ("\"Fish to Fork\" workshop","2034-04-18","2034-04-18","Xewkija","Malta"),("Gozo Blue Economy Forum 2034","2034-10-09","2034-10-10",N,"Malta"),
 ("Study visit to the Sicilian aquaculture district","2034-05-20","2034-05-22","Marsala","Italy"),("Gozo Blue Economy Forum","2035-10-08","2035-10-09","Victoria","Malta")],
["2034","2035-02-27","2034-03-14","2034-01-25","2034-04-18","2034-10-09/2034-10-10","2034-05-20/2034-05-22","2034/2036","2033/2035","2034-06-01","2034-12-31","2034-11","2035","2036","2034-12-12","2035-10-08/2035-10-09"],
["Extend the cluster to the marine renewable energy sector","Open a joint test site for aquaculture feed in Mġarr ix-Xini","Apply for the Silver Label by the end of 2036","Strengthen links with the Malta Marittima Agency and the Malta Chamber of Commerce, Enterprise and Industry"])
