from w import W
N=None
K="Klaster metaloprerađivačke industrije Međimurja"
W("medimurje_klaster_hannover_messe_2034_hr","medimurje_klaster_hannover_messe_2034_hr.txt","2034-05-05",
[("Ivana Hranjec","voditeljica projekata",K),("Matija Posavec-Horvat","župan","Međimurska županija"),
 ("Andreja Kovačević Šimić","veleposlanica",N),("Damir Vrbanec","predsjednik",K),
 ("Snježana Toplek-Baranašić","Voditeljica Klastera",K),("Kristijan Lisjak","Direktor","Robo-Weld j.d.o.o."),
 ("Zvonimir Kovač","prodekan za suradnju s gospodarstvom","Međimursko veleučilište u Čakovcu"),
 ("Helmut Brandstätter","direktor","Cluster Mechatronik & Automation e.V."),
 ("Irena Šantek",N,"Hrvatska gospodarska komora"),("Martina Vugrinec","novinarka","Radio Međimurje")],
[(K,"KMIM"),("Međimurska županija",N),("Hrvatska gospodarska komora","HGK"),("Hrvatska agencija za malo gospodarstvo, inovacije i investicije","HAMAG-BICRO"),
 ("Metal-Mont d.o.o.",N),("Preciz Tehnika d.o.o.",N),("Lakirnica Novak d.o.o.",N),("Termo-Sustavi Međimurje d.o.o.",N),("Robo-Weld j.d.o.o.",N),
 ("Hidromat d.d.",N),("Tehnološki park Čakovec d.o.o.","TPC"),("Međimursko veleučilište u Čakovcu","MEV"),("Enterprise Europe Network Hrvatska",N),
 ("Schweißtechnik Oberland GmbH",N),("Cluster Mechatronik & Automation e.V.",N),("Županijska komora Čakovec",N),("Radio Međimurje",N),
 ("Sennebogen Maschinenfabrik GmbH",N)],
[("Hannover Messe 2034","2034-04-24","2034-04-28","Hannoveru","Germany"),
 ("Croatian Metal Industry Day","2034-04-25","2034-04-25","Hannoveru","Germany"),
 ("visit to Sennebogen Maschinenfabrik","2034-04-27","2034-04-27","Straubingu","Germany"),
 ("sjednica Upravnog odbora","2034-05-16","2034-05-16","Čakovcu","Croatia"),
 ("EuroBLECH","2036-10-20","2036-10-23","Hannoveru","Germany"),
 ("Međunarodni obrtnički i poduzetnički sajam","2034-09","2034-09","Celju","Slovenia"),
 ("Intertool","2034-03","2034-03","Beču","Austria"),
 ("Godišnja skupština Klastera","2034-02","2034-02",N,N)],
["2034-05-05","2034-04-24/2034-04-28","2029","2034","2034-04-25","2034-05-16","2036-10-20/2036-10-23","2034-09","2034-06-15","2034-03","2034-02"])
