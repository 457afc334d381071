from w import W
N=None
W("dalarna-steel-cluster-invitation-hydrogen-workshop","dalarna-steel-cluster-invitation-hydrogen-workshop.docx","2034-02-06",
[("Ulrika Hedström-Berg","Cluster Manager","Dalarna Steel & Metals Cluster"),("Per-Olof Lindgren","Head of Sustainability","SSAB Borlänge"),
 ("Katharina Oberländer-Nyström",N,"Dalarna University"),("Mikael Dahl",N,"Ludvika Maskin AB"),("Aino Heikkilä",N,"Avesta Industriservice AB"),("Jorge de la Fuente",N,"Hydrox Nordic AB"),
 ("Sara Ljungqvist","moderator","DSMC"),("Henrik Falk",N,"Swedish Energy Agency"),("Malin Eriksson",N,"Region Dalarna"),("Lars-Erik van der Berg","Chair of the DSMC board","DSMC")],
[("Dalarna Steel & Metals Cluster","DSMC"),("Region Dalarna",),("Swedish Energy Agency",),("Dalarna University",),("SSAB Borlänge",),("Ludvika Maskin AB",),("Avesta Industriservice AB",),("Hydrox Nordic AB",)],
[("Workshop: Fossil-free steel – hydrogen, electricity and skills for Dalarna's metal industry","2034-03-15","2034-03-15","Borlänge","Sweden"),
 ("first workshop Green Steel Dalarna","2033-09-14","2033-09-14","Avesta","Sweden"),("second workshop","2033-11-23","2033-11-23","Ludvika","Sweden"),("fourth workshop","2034-09",N,"Falun","Sweden")],
["2034-02-06","2034-03-15","2035","2033-09-14","2033-11-23","2036","2040","2034-03-08","2034-03-29","2034-09","2012","2033/2035"])
