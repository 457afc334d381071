import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('limburg-logistics-cluster-newsletter-2032-03','limburg-logistics-cluster-newsletter-2032-03.pdf',N,
[("Griet Vanhoudt","Managing Director","Limburg Logistics Cluster"),("Pieter-Jan de Smedt","Keynote speaker","Port of Antwerp-Bruges"),
("Samira El Idrissi","logistics director","Ter Beke Foods"),("Bart Claes",N,"ABVV Limburg"),("Katrien Moons",N,"VDAB Limburg"),("Wim Heusschen","CEO","H.Essers"),
("Liesbeth Verhaegen",N,"Hasselt University"),("Annemarie Hoogstraten-Kerckhoffs",N,"Province of Limburg"),("Youssef Aït-Benali","project manager",N),
("Lotte Ramaekers","Third-generation owner","Vervoer Ramaekers BV"),("Jonas Vandereyken","communication officer",N),("Eline Bosmans",N,N)],
[("Limburg Logistics Cluster vzw",N),("Port of Antwerp-Bruges",N),("Ter Beke Foods",N),("Voka – Kamer van Koophandel Limburg",N),("Brightlands Smart Services Campus",N),
("Chamber of Commerce Aachen","IHK Aachen"),("Transport Janssens-Wouters NV",N),("ABVV Limburg",N),("VDAB Limburg",N),("H.Essers",N),("Hasselt University",N),
("Fluvius",N),("Province of Limburg",N),("Vervoer Ramaekers BV",N),("Flemish Agency for Innovation and Entrepreneurship","VLAIO"),("POM Limburg",N)],
[("annual members day","2032-02-12","2032-02-12","Genk","Belgium"),("kick-off meeting","2032-01-27","2032-01-27","Maastricht","Netherlands"),
("Webinar: customs after the new EU tariff code","2032-04-02","2032-04-02",N,N),("Site visit to the trimodal terminal in Beringen","2032-04-23","2032-04-23","Beringen","Belgium"),
("Warehouse Automation Day","2032-05-19","2032-05-19","Hasselt","Belgium"),("Transport Logistic fair","2032-06-08","2032-06-10","Munich","Germany"),
("Cluster night and summer barbecue","2032-09-16","2032-09-16","Bokrijk","Belgium")],
["2032-03","2032-01","2032-02-12","2032-01-01","2032","2032-04-02","2032-04-23","2032-05-19","2032-06-08/2032-06-10","2032-09-16","2029/2031","2032/2035","2032-01-27","1974","2028","2032-06","2032-05-20","2032-05"],
[])
