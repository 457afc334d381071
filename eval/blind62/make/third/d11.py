from w import W
N=None
W("gelderland-foodvalley-project-coordinator-meetings","gelderland-foodvalley-project-coordinator-meetings.eml","2034-02-13",
[("Joost Verhoeven","Project Coordinator","Foodvalley NL"),("Femke van 't Hoen",N,"Foodvalley NL"),("Bas Nijenhuis",N,"Wageningen Economic Research"),
 ("Katarzyna Wójcik-Dąbrowska","Project Manager","Lublin Food Cluster"),("Álvaro Sánchez de la Peña",N,"Murcia Agrifood Cluster"),("Mette Kjærgaard Poulsen",N,"Food Cluster Sønderjylland"),
 ("Andrzej Kowalik","president","Lublin Food Cluster")],
[("Foodvalley NL",),("Lublin Food Cluster","LFC"),("Murcia Agrifood Cluster",),("Wageningen Economic Research",),("Food Cluster Sønderjylland",),
 ("European Innovation Council and SMEs Executive Agency","EISMEA"),("Lublin Science and Technology Park",),("Bakalland",)],
[("kick-off","2034-02-07","2034-02-08","Ede","Netherlands"),("Steering Committee","2034-03-21","2034-03-21",N,N),("Work package leaders' call","2034-04-04",N,N,N),
 ("Second consortium meeting","2034-06-13","2034-06-14","Lublin","Poland"),("Study visit to the Murcia Agrifood Cluster","2034-10-10","2034-10-12","Murcia","Spain"),
 ("Third consortium meeting and mid-term review","2035-01","2035-01","Ede","Netherlands")],
["2034-02-13","2034-02-17","2034-03-21","2034-04-04","2034-06-13/2034-06-14","2034-10-10/2034-10-12","2035-01","2034-02-24","2034-03-03","2034-03-31","2034-05-15","2034-04-30","2034-05","2034-06-30","2035-01-31","2034-02-01","2034-02-09","2034-02-07/2034-02-08","2034-06"])
