from w import w
M='Malta'; C="Malta Maritime Cluster"
w('12', pub="2036-01-15", P=[("Karl Agius Ferrante","Chief Executive Officer",C),("Maria Azzopardi-Spiteri","chair of the jury","University of Malta"),
("Joseph Borg Cardona","Director General","Transport Malta"),("Elena Rossi-Cutajar","Head of Research and Innovation Programmes","MCST"),
("Javier Martínez de la Fuente","Director","Opentop"),("Leah Micallef","founder","Harbourlytics Ltd"),("Chris Grech Sant","Parliamentary Secretary for Maritime Affairs",None),
("Rebecca Zammit",None,"Malta Enterprise"),("Daniela Vella Bonnici","Events Coordinator",C)],
O=[(C,None),("Malta Council for Science and Technology","MCST"),("Transport Malta",None),("University of Malta",None),("Infrastructure Malta",None),("Port of Valencia",None),("Opentop",None),
("Enemalta plc",None),("Malta Freeport Terminals Ltd",None),("Department of Geosciences",None),("Valenciaport Foundation",None),("Harbourlytics Ltd",None),("Malta Enterprise",None)],
E=[("Blue Port Hackathon 2036","2036-03-14","2036-03-16","Marsa",M),("Team formation and dinner","2036-03-14",None,"Marsa",M),("Workshop on pitching","2036-03-15",None,"Marsa",M),
("Award ceremony","2036-03-16",None,"Marsa",M),("closing reception","2036-03-16",None,"Marsa",M),("first Blue Port Hackathon","2035-03-09","2035-03-11",None,None),
("study trip to Valenciaport","2036-05",None,None,None)],
D=["2036-01-15","2036-03-14/2036-03-16","2036-05","2036-03-14","2036-03-15","2036-03-16","2035-03-09/2035-03-11","2036-02-20","2036-03-02","2036-03-05"])
