from w import W
K='Karelia Wood & Bioeconomy Cluster'
W('karelia-bioeconomy-cluster-team',
[("Riikka Halonen-Virtanen","Cluster Manager",K),("Mikael Östman","Deputy Cluster Manager",K),("Aino Kettunen","Internationalisation Manager",K),
("Jean-Baptiste Moreau","Project Manager",K),("Tuomas Lehtovaara","Senior Advisor",K),("Katarzyna Wiśniewska-Holm","Innovation Manager",K),
("Olli Pesonen","Data and Digitalisation Specialist",K),("Hanna-Leena Rautiainen","Skills and Training Coordinator",K),("Sofia Ignatova","Communications Officer",K),
("Juha-Pekka Mönkkönen","Chair","Karelian Timber Frames Oy"),("Leena Saastamoinen","Vice-Chair","University of Eastern Finland"),
("Pertti Hyvönen","Managing Director","Joensuu Science Park Ltd"),("Marja van der Berg-Nieminen","Head of Sustainability","Pankaboard Oy"),
("Antti Korhonen","Development Director","Regional Council of North Karelia")],
[(K,"KWBC"),("Joensuu Science Park Ltd",None),("Natural Resources Institute Finland","Luke"),("Finnish Bioeconomy Cluster Network",None),
("European Forest-Based Sector Cluster Alliance",None),("Pankaboard Oy",None),("Enterprise Europe Network Finland",None),("Fibois Grand Est",None),
("University of Eastern Finland","UEF"),("Karelia University of Applied Sciences",None),("Riveria",None),("Karelian Timber Frames Oy",None),
("Regional Council of North Karelia",None),("European Union",None)],
[("Bio-based Breakfast",None,None,"Joensuu","Finland"),("steering group meeting","2033-11-17","2033-11-17",None,None),("steering group meeting","2034-02","2034-02",None,None)],
["2033-01-01","2031","2035","2033/2035","2033-11-17","2034-02","2035-12-31","2034-01-15","2033"])
