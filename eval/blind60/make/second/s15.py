from w import W
D='Dél-Dunántúli Egészségipari Klaszter'
Z='Klaster zdravstvenog turizma Slavonije'
W('baranya-egeszsegipari-klaszter-hirek-hu',
[("Szalai Dorottya",None,None),("Bárány-Tóth Eszter Zsófia","klasztermenedzser",D),("Kránitz Gábor","innovációs igazgató","Baranya Megyei Kereskedelmi és Iparkamara"),
("Kovácsné Szép Ildikó","elnök",D),("Takács-Fehér Botond","alelnök","MediPannon Kft."),("Horváth Ágnes","alelnök","Baranya Megyei Önkormányzat"),
("Schmidt Ferenc","elnökségi tag","Dentaltech Siklós Zrt."),("Nagy-Várkonyi Réka","elnökségi tag","BioPécs Nonprofit Kft."),("Péterffy Attila","polgármester","Pécs Megyei Jogú Város"),
("Wagner Márton","klaszterpolitikai főosztályvezető","Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal"),("Ivana Matić-Horvat","elnök",Z),("Domagoj Kralj","klasztermenedzser",Z),
("Lakatos-Pintér Zoltán","klinikaigazgató","PTE Ortopédiai Klinika")],
[(D,"DDEK"),("Pécsi Tudományegyetem","PTE"),("Szentágothai János Kutatóközpont",None),("Baranya Megyei Kereskedelmi és Iparkamara","BKIK"),("PTE Klinikai Központ",None),
("MediPannon Kft.",None),("Baranya Megyei Önkormányzat",None),("Dentaltech Siklós Zrt.",None),("BioPécs Nonprofit Kft.",None),("Pécs Megyei Jogú Város",None),
("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal","NKFIH"),("Somogyi Rehab Kft.",None),("TolnaMed Bt.",None),("Duna-Med Egyesület",None),("Okos Kórház Alapítvány",None),
(Z,None),("Human.technology Styria",None),("PTE Ortopédiai Klinika",None)],
[("éves rendes közgyűlés","2035-05-14","2035-05-14","Pécs","Hungary"),("elnökségi ülés","2035-04-28","2035-04-28",None,None),("közös szakmai nap","2035-10-09","2035-10-09","Eszék","Croatia"),
("Közép-európai Egészségipari Napok","2035-06-11","2035-06-12","Graz","Austria"),("klaszterfórum","2035-09-18","2035-09-18","Kaposvár","Hungary")],
["2035-05-16","2035-05-14","2034","2035/2037","2035-04-28","2035-06-01","2027","2034-11","2036","2035","2035-10-09","2035-06-11/2035-06-12","2035-09-18","2034-11-22","2034-03-06"], pub="2035-05-16")
