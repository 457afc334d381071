from w import W
N=None
C="Podlasie Agri-Machinery Cluster"
W("podlasie_cluster_newsletter_2035_04","podlasie_cluster_newsletter_2035_04.html",N,
[("Agnieszka Sokołowska-Wróbel","Cluster Manager",C),
 ("Marek Zalewski","Dean","Białystok University of Technology"),
 ("Tomasz Kalinowski","CEO","Metalplast Suwałki sp. z o.o."),
 ("Rūta Jankauskienė","sales director","UAB Agrotechnika Alytus"),
 ("Paweł Dąbrowski","project officer",C),
 ("Justyna Łapińska","assistant",C),
 ("Mikołaj Ostrowski","communication officer",C),
 ("Ewa Kozłowska",N,"Białystok University of Technology"),
 ("Jonas Petraitis",N,"Vytautas Magnus University")],
[(C,"PAMC"),("Białystok University of Technology","BUT"),("Faculty of Mechanical Engineering",N),("Metalplast Suwałki sp. z o.o.",N),
 ("AgroSense Analytics S.A.",N),("Hydraulika Narew Sp.j.",N),("UAB Agrotechnika Alytus",N),
 ("Lietuvos žemės ūkio technikos klasteris","LŽŪTK"),("Vytautas Magnus University Agriculture Academy",N),("Vytautas Magnus University",N),
 ("Marshal's Office of the Podlaskie Voivodeship",N),("Smart Specialisation Unit",N),("Regional Council",N)],
[("Podlasie AgriTech Days 2035","2035-06-12","2035-06-13","Białystok","Poland"),
 ("Board meeting","2035-03-27","2035-03-27",N,N),
 ("online info session","2035-05-08","2035-05-08",N,N),
 ("General Assembly of members","2035-05-22","2035-05-22","Białystok","Poland")],
["2035-04","2035-06-12/2035-06-13","2035-05-16","2035-06-06","2035-03-27","2035-05-02/2035-06-29","2035-05-08","2035-05-01","2035-03-20","2035-05-22","2035-06-29"])
