from w import W
N=None
K="Kempen Materials & Chemistry Cluster"
W("limburg-kempen-cluster-about-us","limburg-kempen-cluster-about-us.html",N,
[("Hilde Vandersmissen-Peeters","Chair",K),("Maarten van den Broek","Vice-Chair",K),("Rachid El Amrani","Treasurer",K),("Ann-Sofie Claes","Board member",K),
 ("Wolfgang Freiherr von Berchem","Board member",K),("Greet Janssens","Board member",K),("Pieter-Jan De Wachter","Board member",K),("Sanne Verhagen","Board member",K),
 ("Jozef Mertens","Honorary chair",K),("Liesbeth Wouters","Cluster Manager",K),("Kwame Mensah-Vos","Innovation Advisor",K),("Elif Yıldırım","Project Manager",K),("Tom Verbeeck","Communication and Events Officer",K)],
[(K,"KMCC"),("Flanders Innovation & Entrepreneurship","VLAIO"),("Catalisti",),("Brightlands Chemelot Campus",),("Thomas More University of Applied Sciences",),("VITO",),
 ("Ecolab Production Belgium BV",),("Kempen Polymers NV",),("Lommel Glass Recycling NV",),("Evonik Antwerpen NV",),("City of Geel",),("Brainport Development NV",),
 ("Nyrstar Balen NV",),("Umicore Olen NV",),("Sibelco Mol NV",),("Janssen Pharmaceutica NV",),("Plastiflex Group NV",),("Recyclix Kempen BV",),("Oostflakes BV",),("Coatinc Geel NV",),
 ("De Kempische Nijverheid bv",),("Amcor Flexibles Lommel NV",),("Hydrogen Mol Energy NV",),("KU Leuven Campus Geel",),("SCK CEN",),("Eindhoven University of Technology","TU/e"),
 ("Hasselt University","UHasselt"),("Province of Antwerp",),("Municipality of Mol",),("POM Antwerpen",),("Voka – Chamber of Commerce Kempen",),("ESCA",)],
[("General Assembly","2034-06-12","2034-06-12",N,N),("open networking evening","2034-11-23","2034-11-23","Geel","Belgium")],
["2026-10-01","2033/2037","2034/2037","2026/2031","2026","2028","2030","2032","2034-06-12","2035","2034-11-23"])
