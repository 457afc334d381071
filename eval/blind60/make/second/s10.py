from w import W
L='Limburg Energy Cluster'
W('limburg-energy-cluster-new-contact',
[("Pieter De Smedt","Head of Strategy and Public Affairs",L),("Sofie Vanderhaegen","contact person",L),("Evangelia Papathanasiou",None,"Region of Central Macedonia"),
("Karel Wouters","Finance Officer","LEC"),("Ines Gomes da Silva","Communication Officer","LEC"),("Bart Claessens","director","LEC"),
("Eleni Karamanli","Cluster Manager","Central Macedonia Energy Cluster"),("Stavros Kalaitzidis","president","Central Macedonia Energy Cluster")],
[("Limburg Energy Cluster vzw","LEC"),("HEATSHARE consortium",None),("Region of Central Macedonia",None),("Province of Limburg",None),("European Cluster Collaboration Platform",None),
("Flux50",None),("Central Macedonia Energy Cluster",None),("Directorate of Development Planning",None),("Flemish Energy and Climate Agency","VEKA")],
[("study visit","2035-04-14","2035-04-15",None,"Belgium"),("Steering Committee meeting","2035-03-19","2035-03-19",None,None),("partner meeting",None,None,"Hasselt","Belgium")],
["2035-03-02","2035-02-20","2030","2035-04-14/2035-04-15","2035-03-19","2032","2035-02-09","2035-04-13","2035-04"], pub="2035-02-20")
