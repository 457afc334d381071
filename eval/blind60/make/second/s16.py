from w import W
F='Flevoland AgriFood & Water Cluster'
W('flevoland-agrifood-cluster-contacts',
[("Willemijn Bakker-Postma","Cluster Director",F),("Joost van 't Hof","Deputy Director / Finance",F),("Fatima El Idrissi","Programme Manager Water",F),
("Sven de Groot","Programme Manager Protein Transition",F),("Magdalena Krawczyk","International Project Manager",F),("Thijs Visser","Business Developer",F),
("Annelies de Vries-Kamphuis","Events and Communication Officer",F),("Bram Oosterhuis","Office Manager",F),
("Gerrit Jan Brouwer","Chair","Brouwer Akkerbouw B.V."),("Ingrid Verhoeven","Vice-Chair","Wageningen University & Research"),("Mehmet Yilmaz","Treasurer","Lelystad FoodTech B.V."),
("Karin Zwart","Board Member","Waterschap Zuiderzeeland"),("Pieter-Jan Hoekstra","Board Member","Aeres University of Applied Sciences"),("Liesbeth ter Horst","Board Member","Horizon Flevoland"),
("Marco Dijkstra","Senior Policy Advisor Economy","Province of Flevoland"),("Sanne Mulder","Advisor Cluster Programmes","Netherlands Enterprise Agency"),
("Jeroen Kramer","Business Adviser, Agrifood","Enterprise Europe Network Netherlands"),("Anouk Lambregts","Programme Lead Regional Partnerships","Foodvalley NL"),
("Hendrik Mastenbroek","Director","Water Alliance"),("Luisa Fernández-Ortega","Cluster Liaison Officer","European Cluster Collaboration Platform"),("Ruud Schippers",None,"Water Alliance")],
[(F,"FAWC"),("Brouwer Akkerbouw B.V.",None),("Wageningen University & Research",None),("Lelystad FoodTech B.V.",None),("Waterschap Zuiderzeeland",None),
("Aeres University of Applied Sciences",None),("Horizon Flevoland",None),("Province of Flevoland",None),("Netherlands Enterprise Agency","RVO"),("Enterprise Europe Network Netherlands",None),
("Foodvalley NL",None),("Water Alliance",None),("European Cluster Collaboration Platform",None)],
[("Water Reuse Field Day","2037-09-24","2037-09-24","Biddinghuizen","Netherlands"),("Protein Transition Pitch Night","2037-10-14","2037-10-14","Lelystad","Netherlands"),
("FAWC Members' Meeting 2037","2037-11-26","2037-11-26","Lelystad","Netherlands"),("Study trip to the Almería greenhouse cluster","2038-02-09","2038-02-12",None,"Spain")],
["2037-09-01","2036/2040","2037-12-22/2038-01-02","2037-09-24","2037-10-14","2037-11-26","2038","2038-02-09/2038-02-12","2037-07-01","2037-08","2037-12-31"])
