from w import *
U="Ulster University"; UK="United Kingdom"
W("blind65_10_nicn_cluster_academy","blind65_10_nicn_cluster_academy.md",
[P("Siobhán McCann-Doherty","Senior Lecturer in Regional Economics",U),P("Conor Fitzsimons","Director","Northern Ireland Cluster Network"),P("Ulrike Meyer-Brandis",None,None),
 P("Aoife Gallagher",None,"Invest Northern Ireland"),P("Jan-Willem van den Akker","ESCA-certified benchmarking expert",None),
 P("Gráinne Ó Murchú-Lyttle","Pro-Vice-Chancellor (Enterprise)",U),P("Declan O'Hare",None,"Belfast Maritime Cluster"),P("Ruth Kennedy-Boyd",None,"Agri-Food Quality Network NI")],
[O("Northern Ireland Cluster Network","NICN"),O("Ulster University Business School"),O(U),O("Invest Northern Ireland"),O("Scottish Enterprise"),O("ESCA"),
 O("National Manufacturing Institute Scotland","NMIS"),O("Scottish Cluster Managers' Forum"),O("Belfast Maritime Cluster"),O("Agri-Food Quality Network NI"),O("Catalyst")],
[E("Cluster Management Academy 2034","2034-02-07","2034-09-21"),E("Module 1","2034-02-07","2034-02-08","Belfast",UK),E("Module 2","2034-03-14","2034-03-15","Belfast",UK),
 E("Module 3","2034-04-18","2034-04-19"),E("Module 4","2034-05-16","2034-05-17","Glasgow",UK),E("Module 5","2034-06-13","2034-06-14","Derry~Londonderry",UK),
 E("visit to the National Manufacturing Institute Scotland","2034-05-16",None,"Glasgow",UK),E("joint session","2034-05-16",None,"Glasgow",UK),
 E("Exam day","2034-06-29",None,"Belfast",UK),E("Certificate ceremony","2034-09-21",None,"Belfast",UK),E("Northern Ireland Cluster Conference 2034","2034-09-21",None,"Belfast",UK)],
["2033-12-15","2034-02-07/2034-02-08","2034-03-14/2034-03-15","2034-04-18/2034-04-19","2034-05-16/2034-05-17","2034-06-13/2034-06-14","2034-06-29","2034-06-16",
 "2034-09-14","2034-09-21","2029","2034-01-10","2034-01-11","2034-01-19"])
