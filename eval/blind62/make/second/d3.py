from w import w
w("dalarna-steel-cluster-invitation-hydrogen-workshop","dalarna-steel-cluster-invitation-hydrogen-workshop.docx","2034-02-06",
[("Ulrika Hedström-Berg","Cluster Manager","Dalarna Steel & Metals Cluster"),("Per-Olof Lindgren","Head of Sustainability","SSAB Borlänge"),
("Katharina Oberländer-Nyström",None,"Dalarna University"),("Mikael Dahl",None,"Ludvika Maskin AB"),("Aino Heikkilä",None,"Avesta Industriservice AB"),
("Jorge de la Fuente",None,"Hydrox Nordic AB"),("Sara Ljungqvist","moderator","Dalarna Steel & Metals Cluster"),("Henrik Falk",None,"Swedish Energy Agency"),
("Malin Eriksson",None,"Region Dalarna"),("Lars-Erik van der Berg","Chair of the DSMC board","Dalarna Steel & Metals Cluster")],
[("Dalarna Steel & Metals Cluster","DSMC"),("Region Dalarna",None),("Swedish Energy Agency","Energimyndigheten"),("Dalarna University",None),
("SSAB Borlänge",None),("Ludvika Maskin AB",None),("Avesta Industriservice AB",None),("Hydrox Nordic AB",None)],
[("Fossil-free steel – hydrogen, electricity and skills for Dalarna's metal industry","2034-03-15","2034-03-15","Borlänge","Sweden"),
("first Green Steel Dalarna workshop","2033-09-14","2033-09-14","Avesta","Sweden"),("second Green Steel Dalarna workshop","2033-11-23","2033-11-23","Ludvika","Sweden"),
("fourth Green Steel Dalarna workshop","2034-09","2034-09","Falun","Sweden")],
["2034-02-06","2034-03-15","2035","2033-09-14","2033-11-23","2036","2040","2034-03-08","2034-03-29","2034-09","2012","2033/2035"])
