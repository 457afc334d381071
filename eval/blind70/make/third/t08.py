from w import W
C="ClusterAllianz Hessen e.V."
W("hessian-cluster-alliance-position-paper-cohesion-2035","hessian-cluster-alliance-position-paper-cohesion-2035.html","2034-11-16",
[("Friederike von Bodelschwingh","chair",C),("Kemal Aydın-Schäfer","vice-chair",C),("Matthias Oberhessen","head of the Cluster Policy Unit","Hessian Ministry of Economics, Energy, Transport and Housing"),
 ("Elif Kaya-Brandt","managing director","MoVe Nordhessen"),("Jonas Riedesel","policy officer",C)],
[(C,None),("MoVe Nordhessen",None),("deENet",None),("Frankfurt Biotech Alliance",None),("House of Logistics and Mobility","HOLM"),("University of Kassel",None),
 ("European Commission",None),("Hessian Ministry of Economics, Energy, Transport and Housing","HMWEVW"),("Cluster Policy Unit",None),("Hessian state government",None),
 ("Federal Government",None),("European Cluster Collaboration Platform","ECCP"),("ThEGA",None),("Mobility Cluster of Lower Saxony",None),("European Parliament",None)],
[("members' meeting","2034-11-16","2034-11-16","Kassel","Germany"),("European Cluster Conference","2035-03-10","2035-03-11","Brussels","Belgium"),
 ("breakfast meeting","2035-02-03","2035-02-03","Wiesbaden","Germany")],
["2034-11-16","2034-11-14","2027","2035-01-31","2034-09","2034","2035-03-10/2035-03-11","2035-02-03","2035-01-15"],["1","2","3","4","5","6"])
