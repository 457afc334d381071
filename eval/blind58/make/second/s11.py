from w import W
N=None
K="Kainuu Wood Cluster"; A="Arctic Timber Cluster Norway"
W("kainuu_project_coordinator_meeting_dates","kainuu_project_coordinator_meeting_dates.eml","2036-01-28",
[("Riikka Heikkinen-Ojala","Project Coordinator",K),("Johan Nyström",N,"Luleå University of Technology"),
 ("Antti Keränen",N,K),("Mervi Tolonen",N,"Kajaani University of Applied Sciences"),("Sofia Lindgren-Pekkala",N,"Norrbotten Wood Network"),
 ("Kristian Ødegård","Senior Adviser",A),("Elle Márjá Somby",N,"Sámi Business Association Sápmi Ealáhus"),
 ("Helena Rautio","project officer","Joint Secretariat"),("Mikael Sundqvist",N,N),("Ingrid Haugland","managing director",A)],
[(K,N),("Kajaani University of Applied Sciences","KAMK"),("Kuhmo Oy",N),("Puu-Kainuu Oy",N),("Luleå University of Technology","LTU"),
 ("Norrbotten Wood Network",N),(A,"ATCN"),("Sámi Business Association Sápmi Ealáhus",N),("Joint Secretariat",N),("Regional Council of Lapland",N)],
[("online call","2036-01-22","2036-01-22",N,N),("Steering Group meeting","2036-02-19","2036-02-19",N,N),
 ("Partner meeting and study visit","2036-03-24","2036-03-26","Kajaani","Finland"),
 ('Workshop "Residual wood streams"',"2036-05-12","2036-05-12","Luleå","Sweden"),
 ("Final conference of the first project phase","2036-09-16","2036-09-17","Tromsø","Norway"),
 ("board meeting","2036-02-04","2036-02-04",N,N)],
["2036-01-28","2036-02/2036-09","2036-01-22","2036-02-06","2036-02-19","2036-03-24/2036-03-26","2036-05-12","2036-09-16/2036-09-17",
 "2036-02-13","2036-03-31","2036-04","2036-04-30","2036-02-28","2036","2036-01-15","2036-03-25","2036-01-23","2036-02-04","2037"])
