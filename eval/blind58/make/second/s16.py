from w import W
N=None
C="Balearic Islands Energy and Sustainability Cluster"; B="Business Center Bornholm"; DG="Directorate-General for Energy Transition and Climate Change"
W("balearic_cluster_study_visit_bornholm_blog","balearic_cluster_study_visit_bornholm_blog.md","2037-06-08",
[("Joana Ferrer i Pons","Innovation Manager",C),("Mette Kofoed-Larsen","director",B),
 ("Jens Holm Nielsen","mayor","Regional Municipality of Bornholm"),("Miquel Àngel Coll Serra","president",C),
 ("Søren Ipsen","Plant manager","Bornholms Energi & Forsyning A/S"),("Laura Sastre-Vidal",N,"University of the Balearic Islands"),
 ("Jacob Østergaard-Friis","Researcher",N),("Line Mortensen","Communication officer","BOFA"),
 ("Anders Ravn-Jørgensen","Head of sustainability","Destination Bornholm"),("Catalina Bauzà",N,"Hotels Mar Blava S.A."),
 ("Tomàs Riera","cluster manager",C),("Inger Marie Bech",N,"Royal Danish Embassy in Madrid"),
 ("Pere Joan Mas","Director-General for Energy Transition and Climate Change",DG),("Xisco Oliver",N,N)],
[(C,"CBES"),(B,N),(DG,N),("Regional Municipality of Bornholm",N),("Coll Enginyeria S.L.",N),("Bornholms Energi & Forsyning A/S","BEOF"),
 ("University of the Balearic Islands","UIB"),("Bornholm Energy Lab",N),("Technical University of Denmark","DTU"),("BOFA",N),
 ("Destination Bornholm",N),("Hotels Mar Blava S.A.",N),("Cluster of Islands Energy Network","CIEN"),("Royal Danish Embassy in Madrid",N)],
[("study visit to Bornholm","2037-06-02","2037-06-05",N,"Denmark"),
 ("Balearic Energy Transition Forum 2037","2037-11-11","2037-11-12","Palma","Spain")],
["2037-06-08","2037-06-02/2037-06-05","2008","2032","2031","2037-11-11/2037-11-12","2037-09-30","2037-06-09","2037-06-10","2037-11"],
["Local ownership of renewable energy creates acceptance; Mallorca should test community wind and solar projects",
 "A small island can be a test lab for big companies – if someone coordinates the tests",
 "District heating is possible in a mild climate if it is combined with cooling for hotels",
 "Tourism certification must be simple, or hotels will not use it"])
