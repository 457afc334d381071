from w import W
D='Dél-dunántúli Egészségipari Klaszter Egyesület'
W('06_kozgyulesi_meghivo','06_kozgyulesi_meghivo.eml',
[('Kovácsné Szabó Erika','elnök',D),('Fekete Gábor','gazdasági vezető',D),('Tóth-Várhelyi Anna','a Felügyelő Bizottság elnöke',D),
 ('Horváth Bence','elnöke',None),('Molnár Péter',None,'BioMedical Kft.'),('Lakatos Zsófia',None,'Pécsi Tudományegyetem'),
 ('Kiss-Rajki Dávid',None,'MedTech Dél Zrt.'),('Szűcs Eszter',None,'Pécs Megyei Jogú Város Önkormányzata'),
 ('Wolfgang Strasser','ügyvezetője','Human.technology Styria GmbH'),
 ('Bánfalvi Noémi','főosztályvezetője','Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal'),
 ('Varga Lilla','klasztermenedzser-asszisztens',D)],
[(D,'DEKE'),('Pécsi Tudományegyetem',None),('Szentágothai János Kutatóközpont',None),('BioMedical Kft.',None),('MedTech Dél Zrt.',None),
 ('Pécs Megyei Jogú Város Önkormányzata',None),('Human.technology Styria GmbH',None),
 ('Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal','NKFIH')],
[('éves rendes közgyűlés','2035-05-24','2035-05-24','Pécs','Hungary'),
 ('Egészségipari innováció a Dél-Dunántúlon','2035-05-24','2035-05-24','Pécs','Hungary'),
 ('közgyűlési vacsora','2035-05-24','2035-05-24','Pécs','Hungary'),
 ('tavalyi közgyűlés','2034-05-25','2034-05-25',None,None)],
['2035-05-24','2035-05-02','2034','2035','2035/2039','2035-05-17','2035-05-10','2035-04-10','2034-05-25'], pub='2035-05-02')
