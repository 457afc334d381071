import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('nordic-baltic-cluster-association-position-paper-2037','nordic-baltic-cluster-association-position-paper-2037.md','2037-03-15',
[("Liisa Tammsaar",N,"Tallinn Smart City Cluster"),("Jonas Ravn-Sørensen",N,"Danish Food Cluster"),("Aušra Vaitkevičiūtė",N,"Lithuanian Laser and Engineering Technology Cluster"),
("Ville-Pekka Heinonen",N,"Turku Marine Industry Cluster"),("Birgitta Åkesson-Lund","President","NBCA"),("Kaja Põder","MEP",N),("Märt Kivisild","Secretary General","NBCA")],
[("Nordic-Baltic Cluster Association","NBCA"),("Enterprise Estonia",N),("Tallinn Smart City Cluster",N),("Danish Food Cluster",N),("Lithuanian Laser and Engineering Technology Cluster",N),
("Turku Marine Industry Cluster",N),("European Commission",N),("European Cluster Collaboration Platform",N),("European Parliament",N),("Clusters Norway",N),("Cluster Excellence Denmark",N)],
[("annual forum","2036-11-05","2036-11-06","Klaipėda","Lithuania"),("European Cluster Conference","2037-05-25","2037-05-27","Brussels","Belgium"),
("breakfast meeting","2037-04-21","2037-04-21",N,N)],
["2037-03-15","2027","2037-01","2036-11-05/2036-11-06","2037","2035","2034","2037-05-25/2037-05-27","2037-04-21"],
["A European cluster programme with its own budget line in the next Multiannual Financial Framework, open to clusters of all sizes",
"Multi-year funding for cluster organisations, with performance agreements of at least four years instead of one-off project grants",
"Simpler rules for small partnerships: lump sums and a two-stage application for consortia of fewer than five partners",
"A seat for cluster organisations in the governance of the smart specialisation strategies of their regions",
"Recognition of cluster managers as a profession, with a European training standard and mobility grants",
"Open access for cluster members to the European testing and experimentation facilities at reduced rates"])
