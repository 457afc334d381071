from w import w
A='Arctic Testing Cluster Lapland'
w('g05_lapland_arctic_testing_workshop_report','g05_lapland_arctic_testing_workshop_report.txt','2035-03-02',
[('Aino Kettunen-Larsen','Cluster Coordinator',A),('Pieter-Jan van der Heijden','Senior Consultant','Nordregio Advisory Ltd'),('Markku Alatalo','Chair of the Board',A),
('Hanna-Riikka Peltonen',None,'Business Finland'),('Lars-Erik Nyström','CEO','Arjeplog Test Services AB'),('Elina Saarenpää-Holm',None,'University of Oulu')],
[(A,None),('Regional Council of Lapland',None),('Business Finland',None),('Lapland University of Applied Sciences','Lapland UAS'),('University of Oulu',None),
('Nordregio Advisory Ltd',None),('Arjeplog Test Services AB',None)],
[('"Who pays for the cold?" – Shared test infrastructure for vehicle and equipment testing in Lapland','2035-02-20','2035-02-20','Rovaniemi','Finland'),
('Board meeting','2035-03-19','2035-03-19',None,None),('Working group on data rules: first meeting','2035-04','2035-04',None,None),
("cluster's summer seminar",'2035-06-11','2035-06-11','Ivalo','Finland')],
['2035-02-20','2035-03-02','2033/2034','2040','2035-01','2035','2035-03-19','2035-04','2035-06-11'],
['the cluster will commission','any shared','the cluster will draft'])
