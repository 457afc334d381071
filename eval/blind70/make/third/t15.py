from w import W
C="OWL Digital Industry Cluster e.V."
W("paderborn-digital-industry-cluster-new-members-press-release","paderborn-digital-industry-cluster-new-members-press-release.txt","2035-01-22",
[("Amelie Strathmann-Yilmaz","independent consultant for functional safety",None),("Carsten Overbeck","chair of the Board",C),("Sabine Kötter-Nolte","Cluster manager",C),
 ("Joost van den Akker-Bos","managing director","Twente Automation Hub B.V."),("Rūta Kazlauskienė","CEO","UAB Baltic Motion Control"),("Axel Martens","Chief Executive","IHK Lippe zu Detmold"),
 ("Jutta Hallenberg","vice-chair",C),("Moritz Schnieder-Hagedorn",None,C)],
[(C,"OWL DIC"),("Heinz Nixdorf Institute",None),("Kinemi Robotics GmbH",None),("Teutoburger Präzisionsteile GmbH & Co. KG",None),("Lippe Smart Grid eG",None),("Datawerk Bielefeld AG",None),
 ("Bünder Steuerungsbau Kramer OHG",None),("Weserbergland Campus",None),("Technische Hochschule OWL",None),("IHK Lippe zu Detmold",None),("Kreis Gütersloh",None),("Economic Development Department",None),
 ("Twente Automation Hub B.V.",None),("UAB Baltic Motion Control",None),("Overbeck Antriebe GmbH",None),("Paderborn University",None),("Bielefeld University of Applied Sciences",None),
 ("Ministry for Economic Affairs, Industry, Climate Action and Energy","MWIKE")],
[("Board meeting","2035-01-15","2035-01-15","Paderborn","Germany"),("New Members' Breakfast","2035-02-12","2035-02-12","Paderborn","Germany"),
 ("OWL Digital Industry Day","2035-03-26","2035-03-26","Bielefeld","Germany"),("Hannover Messe","2035-04-20","2035-04-24","Hannover","Germany")],
["2035-01-22","2035-01-15","2035-04-30","2035-02-12","2035-03-26","2035-04","2035-04-20/2035-04-24","2034","2029","2033-06"],[])
