from w import w
M="MetaIndustry4"
w('07', pub="2036-05-08", P=[("Lucía Fernández-Quirós","project officer",M),("Borja Fernández Llaneza","Regional Minister for Science, Enterprise, Training and Employment","Principality of Asturias"),
("Marta Álvarez-Cienfuegos","President",M),("Ángel Menéndez Rubiera","head of decarbonisation projects","ArcelorMittal España"),("Thomas Kleinschmidt",None,"Wasserstoff-Cluster Saar"),
("Paz Rodríguez","director","Asturian Energy Cluster"),("Jean-Baptiste Lefebvre",None,"Pôle Métallurgie Hauts-de-France"),("Inés Suárez",None,"Centro Tecnológico IDONIAL"),
("Agnieszka Wróblewska",None,"Silesian Metal Cluster"),("Niels-Ove Petersen",None,"DG GROW"),("Iván G. Martínez",None,M)],
O=[("Asturias Metal Cluster",M),("Fundación para el Fomento en Asturias de la Investigación Científica Aplicada y la Tecnología","FICYT"),("European Hydrogen Valleys Partnership",None),
("Principality of Asturias",None),("ArcelorMittal España",None),("Wasserstoff-Cluster Saar",None),("Asturian Energy Cluster",None),("Pôle Métallurgie Hauts-de-France",None),
("Centro Tecnológico IDONIAL","IDONIAL"),("Silesian Metal Cluster",None),("IDEPA",None),("European Commission",None),("DG GROW",None)],
E=[("Green steel and hydrogen valleys – what role for clusters?","2036-04-24",None,"Gijón","Spain"),("online session","2036-06",None,None,None),("general assembly","2036-10-15",None,None,None)],
D=["2036-04-24","2036-05-08","2030/2040","2033","2037","2036-10-15","2036-06","2036-06-30"],
K=["Clusters should map their members' exposure to the steel transition now, before the investment decisions, and share the map with the regional government and the steelmaker",
"A joint supplier development programme for hydrogen-ready manufacturing should be launched by MetaIndustry4 and the Asturian Energy Cluster, building on the Dunkirk experience",
"Training for hydrogen-service welding and inspection must start in 2037 at the latest, through a partnership between the clusters, IDONIAL and the vocational schools of Gijón and Avilés"])
