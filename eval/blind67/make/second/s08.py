import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('south-bohemia-energy-cluster-newsletter-2035-09','south-bohemia-energy-cluster-newsletter-2035-09.eml','2035-09-04',
[("Kateřina Dvořáková","Executive Director","South Bohemian Energy Cluster"),("Tereza Nováková",N,N),("Jakub Šimánek",N,N),("Pavel Hromádko","director","Teplárna Písek, a.s."),
("Martin Sedláček","Deputy Minister of Industry and Trade",N),("Ursula Brandstätter-Moser",N,"Energy Agency of Upper Austria"),("Ondřej Kubíček","chairman","Union of Towns and Municipalities of the Czech Republic"),
("Florian Aichinger","Project Manager Energy","Business Upper Austria – OÖ Wirtschaftsagentur GmbH"),("Josef Krejčí","Board chairman",N),("Lucie Marešová",N,N)],
[("South Bohemian Energy Cluster","JEK"),("University of South Bohemia",N),("Czech Technical University in Prague",N),("Energy Agency of Upper Austria",N),("E.ON Distribuce",N),
("Solární parky Šumava s.r.o.",N),("Teplárna Písek, a.s.",N),("Union of Towns and Municipalities of the Czech Republic",N),("Business Upper Austria – OÖ Wirtschaftsagentur GmbH",N),
("Cleantech-Cluster",N),("European Cluster Excellence Initiative",N),("Enviroprojekt Tábor s.r.o.",N),("Vltava Storage Systems",N),("CzechInvest",N),("Clarion Congress Hotel",N)],
[("summer school on local energy communities","2035-08-25","2035-08-29","České Budějovice","Czech Republic"),("Energy communities in practice","2035-10-18","2035-10-18","České Budějovice","Czech Republic"),
("online information session on the hydrogen call","2035-09-26","2035-09-26",N,N),("cross-border hydrogen matchmaking","2035-11-06","2035-11-06","Freistadt","Austria"),
("board meeting","2035-08-30","2035-08-30",N,N),("CzechInvest start-up competition","2035-06","2035-06","Brno","Czech Republic"),
("Working group on heat networks","2035-09-12","2035-09-12","České Budějovice","Czech Republic"),("Breakfast with members","2035-10-03","2035-10-03","Tábor","Czech Republic"),
("Study trip to energy communities in Bavaria","2035-12-04","2035-12-06",N,"Germany")],
["2035-09-04","2035-09","2035-08-25/2035-08-29","2035-10-18","2035-10-10","2035-08-31","2035-09-17","2036-01-15","2035-09-26","2035-11-06","2035-08-30","2036","2035-06","2040","2035-10","2035-12","2035-09-12","2035-10-03","2035-12-04/2035-12-06"],
[])
