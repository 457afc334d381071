from w import W
N=None
O="Opole Agri-Food Cluster"
W("opole-food-cluster-newsletter-2034-04","opole-food-cluster-newsletter-2034-04.html",N,
[("Marta Wyrzykowska-Lis","Cluster Manager",O),("Tadeusz Grabowiecki",N,"Faculty of Production Engineering and Logistics"),("Helena Kowalczyk-Rauch",N,"Institute of Agrophysics of the Polish Academy of Sciences"),
 ("Bartosz Nowicki","Internationalisation Officer",O),("Agnieszka von Wittenburg-Mazur","Project Coordinator",O),("Łukasz Pietrzyk",N,O),("Ewa Ślęzak",N,N),("Jan-Hendrik de Vries",N,N),
 ("Krzysztof Malinowski",N,"Opolskie Opakowania S.A.")],
[(O,),("Opole University of Technology",),("Faculty of Production Engineering and Logistics",),("Institute of Agrophysics of the Polish Academy of Sciences",),("Piekarnia Złoty Kłos sp. z o.o.",),
 ("AgroSens Technologies sp. z o.o.",),("Spółdzielnia Mleczarska Głogówek",),("Opole Voivodeship Marshal's Office",),("Opole Regional Development Agency","ARRO"),("University of Opole",),("Opole Food Hub",),("Opolskie Opakowania S.A.",)],
[("Food Processing Technology Day","2034-04-18","2034-04-18","Opole","Poland"),("B2B breakfast","2034-05-09","2034-05-09","Nysa","Poland"),("working group on packaging","2034-03-21","2034-03-21",N,N),
 ("general assembly","2034-06-04","2034-06-04",N,N)],
["2034-04","2034-04-24","2034-04-18","2034-05-09","2034-04-02","2034","2034/2035","2034-04-30","2034-05-08","2034-05-01","2030/2033","2034-03-21","2035","2034-06","2034-06-04"],
["Create a common logistics hub for small producers in each county","Open public canteens in schools and hospitals to regional products","Offer joint labelling and traceability services through the cluster",
 "Train farmers in online sales and digital payment","Set up a regional fund for small processing equipment"])
