from w import W
E='Ekonomikas ministrija'
W('em-gov-lv_preses-relize_klasteru-programma-2034','em-gov-lv_preses-relize_klasteru-programma-2034.html','2034-03-06',
[('Evita Kalniņa-Rudzīte','ekonomikas ministre',E),
('Juris Ziediņš','valsts sekretārs',E),
('Inese Vanaga-Krūze','direktore',E),
('Kārlis Balodis-Bērziņš','direktors','LIAA'),
('Ilze Bērziņa-Kalniņa','klastera vadītāja','Kurzemes Jūras tehnoloģiju klasteris'),
('Andris Rozenbergs','valdes priekšsēdētājs','Latvijas Klasteru tīkla'),
('Sanda Liepiņa','Komunikācijas nodaļas vadītāja',E)],
[('Latvijas Republikas Ekonomikas ministrija',None),('Latvijas Investīciju un attīstības aģentūra','LIAA'),
('Centrālo finanšu un līgumu aģentūru','CFLA'),('Inovācijas un tehnoloģiju departamenta',None),
('Kurzemes Jūras tehnoloģiju klasteris',None),('Zemgales agrotehnoloģiju un pārtikas klasteris',None),('Latvijas Klasteru tīkla',None),
('Ministru kabinets',None),('Komunikācijas nodaļas',None)],
[('Pirmais seminārs','2034-03-22','2034-03-22','Rīgā','Latvia'),
('reģionālie semināri','2034-03-28','2034-03-28','Liepājā','Latvia'),
('reģionālie semināri','2034-03-30','2034-03-30','Jelgavā','Latvia')],
['2034-03-06','2034-04-04/2034-05-15','2038-03-31','2034-03-22','2034-03-28','2034-03-30','2016/2023','2024/2030','2034-02-27','2034','2035'])
