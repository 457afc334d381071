from w import w
H='Hungary'; D_="Dél-dunántúli Egészségipari Klaszter Egyesület"
w('06', pub="2035-05-02", P=[("Kovácsné Szabó Erika","elnök",D_),("Fekete Gábor","gazdasági vezető",None),("Tóth-Várhelyi Anna","elnöke","Felügyelő Bizottság"),
("Horváth Bence","elnöke","Jelölőbizottság"),("Molnár Péter",None,"BioMedical Kft."),("Lakatos Zsófia",None,"Pécsi Tudományegyetem"),("Kiss-Rajki Dávid",None,"MedTech Dél Zrt."),
("Szűcs Eszter",None,"Pécs Megyei Jogú Város Önkormányzata"),("Wolfgang Strasser","ügyvezetője","Human.technology Styria GmbH"),
("Bánfalvi Noémi","főosztályvezetője","Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal"),("Varga Lilla","klasztermenedzser-asszisztens",None)],
O=[(D_,"DEKE"),("Pécsi Tudományegyetem",None),("Felügyelő Bizottság",None),("Jelölőbizottság",None),("BioMedical Kft.",None),("MedTech Dél Zrt.",None),
("Pécs Megyei Jogú Város Önkormányzata",None),("Human.technology Styria GmbH",None),("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal","NKFIH")],
E=[("éves rendes közgyűlés","2035-05-24",None,"Pécs",H),("Egészségipari innováció a Dél-Dunántúlon","2035-05-24",None,"Pécs",H),
("közgyűlési vacsorára","2035-05-24",None,"Pécs",H),("tavalyi közgyűlésen","2034-05-25",None,None,None)],
D=["2035-05-24","2035-05-02","2034","2035/2039","2035-05-17","2035-05-10","2035-04-10","2034-05-25"])
