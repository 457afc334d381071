import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('webinar-recap-cluster-membership-models','webinar-recap-cluster-membership-models.html','2031-02-20',
[("Kristīne Ozoliņa-Berga",N,N),("Henrik Lindqvist","CEO","Västerbotten Wood Cluster"),("Aistė Jankauskienė","director","Kaunas Mechatronics Cluster"),
("Matthias Oberhauser",N,"Clusterplattform Österreich"),("Pēteris Kalniņš","senior trainer","Cluster Academy")],
[("Cluster Academy Baltic–Nordic",N),("Västerbotten Wood Cluster",N),("Kaunas Mechatronics Cluster",N),("Clusterplattform Österreich",N),("Lower Austrian Plastics Cluster",N),
("European Secretariat for Cluster Analysis","ESCA"),("Vinnova",N),("Latvian Investment and Development Agency","LIAA"),("Business Sweden",N)],
[("Who pays for the cluster? Membership models after the end of start-up funding","2031-02-13","2031-02-13",N,N),
("Measuring impact without drowning in indicators","2031-03-13","2031-03-13",N,N),("spring in-person training for cluster managers","2031-05-21","2031-05-23","Riga","Latvia")],
["2031-02-20","2031-02-13","2029","2031-03-13","2031-05-21/2031-05-23","2030-12-19","2031-01-24","2031"],
["First, members pay for services they can name, not for belonging","Second, public funding works best as a bridge, not as a foundation",
"Finally, the cluster manager's time is the scarcest resource of all"])
