from w import W
L='Lapland Arctic Industry Cluster'
S='Arctic Industry & Cluster Summit'
W('arctic-cluster-summit-2036-speakers',
[("Anna-Kaisa Ylitalo","Cluster Manager",L),("Mika Riipi-Hannula","Regional Mayor","Regional Council of Lapland"),("Ingrid Lindqvist Åström","Director, Regional Services","Business Finland"),
("Karl-Heinz Wolff","Head of Raw Materials Unit","Fraunhofer Institute for Ceramic Technologies and Systems IKTS"),("Sara Nilsson-Pekkari","Process Manager","Norrbotten Mining & Metals Cluster"),
("Ola Bjørnstad","Chief Executive Officer","Arctic Cluster Tromsø AS"),("Elisabeth de la Cour","Policy Officer, Clusters and Industrial Ecosystems","DG GROW"),
("Tuomo Kantola","Senior Vice President, Nordic Operations","Tornio Stainless Oyj"),("Aleksandra Nowicka-Berg","Managing Director","Kemi Digipolis Oy"),
("Pekka Ojanperä","Rector","Lapland University of Applied Sciences"),("Heidi Guttorm","Senior Advisor, Sámi Business Development","Sámi Education Institute"),
("Jonas van Leeuwen","Investment Director","Nordic Green Industry Fund"),("Marja-Liisa Kaakinen","Cluster Coordinator",L),("Ruslan Tereshchenko","Innovation Manager","Enterprise Europe Network Finland")],
[(L,"LAIC"),("Regional Council of Lapland",None),("Business Finland",None),("Norrbotten Mining & Metals Cluster",None),("Enterprise Europe Network Finland",None),
("Fraunhofer Institute for Ceramic Technologies and Systems IKTS",None),("Arctic Cluster Tromsø AS",None),("European Commission",None),("DG GROW",None),
("Tornio Stainless Oyj",None),("Kemi Digipolis Oy",None),("Lapland University of Applied Sciences",None),("Sámi Education Institute",None),("Nordic Green Industry Fund",None)],
[(S+" 2036","2036-06-09","2036-06-11","Rovaniemi","Finland"),("opening plenary","2036-06-09","2036-06-09","Rovaniemi","Finland"),("welcome reception","2036-06-09","2036-06-09","Rovaniemi","Finland"),
("workshops A–D","2036-06-10","2036-06-10","Rovaniemi","Finland"),("B2B matchmaking","2036-06-10","2036-06-10","Rovaniemi","Finland"),("summit dinner","2036-06-10","2036-06-10","Rovaniemi","Finland"),
("site visits","2036-06-11","2036-06-11",None,"Finland"),(S+" (2030 edition)","2030","2030","Luleå","Sweden"),(S+" (2032 edition)","2032","2032","Tromsø","Norway"),
(S+" (2034 edition)","2034","2034","Oulu","Finland"),("fifth edition","2038","2038","Kiruna","Sweden")],
["2036-06-09/2036-06-11","2030","2032","2034","2038","2036-06-09","2036-06-10","2036-06-11","2036-05-15","2031"],
["Northern industrial investments need cluster-led supplier programmes from day one","Housing, schools and services decide whether skilled people stay in the north","Cross-border cooperation in the Barents region must be simplified for small companies"])
