from w import W
N=None
W("molise_call_cluster_projects_2036","molise_call_cluster_projects_2036.txt","2036-03-12",
[("Rosaria D'ALESSANDRO","Regional Councillor for Productive Activities",N),
 ("Vincenzo Di Iorio","Director","Department for Economic Development and Innovation"),
 ("Fabrizio Colavita","head of the Incentives Unit","Sviluppo Italia Molise"),
 ("Maria Grazia Tartaglia","President","Molise Agrifood Cluster"),
 ("Luca De Santis","Cluster manager","CTMAM"),
 ("Ilaria Pietrangelo",N,"Regional Legal Service")],
[("Molise Region","REGIONE MOLISE"),("Department for Economic Development and Innovation",N),("Sviluppo Italia Molise S.p.A.","SIM"),
 ("Molise Agrifood Cluster","MAC"),("Cluster Tecnologico Molisano dell'Automotive e della Meccanica","CTMAM"),("Molise Green Building Cluster",N),
 ("Cluster Turismo e Cultura del Molise","CTCM"),("Incentives Unit",N),("Regional Legal Service",N),("Agency for Territorial Cohesion",N)],
[("info day","2036-03-24","2036-03-24","Campobasso","Italy"),
 ("second online session","2036-04-14","2036-04-14",N,N)],
["2036-03-03","2036-03-10","2028/2034","2035/2040","2036-03-17","2036-04-30","2036-05-28","2036-09-30","2036-12-01","2038-11-30","2036-03-24","2036-03-20","2036-04-14","2036-03-12"])
