from w import W
V='East Bohemian Rail Technology Cluster'
W('press-release_new-managing-director_rail-cluster-pardubice','press-release_new-managing-director_rail-cluster-pardubice.txt','2034-01-12',
[('Lenka Vavřičková','Managing Director',V),('Tomáš Dvořák',None,V),('Pavel Hruška','Chairman of the Board',V),
('Jiří Novotný','Deputy Managing Director',V),('Kateřina Šťastná','project manager',V),('Radka Bartošová','Vice-Chair',V),
('Martin Kříž',None,'University of Pardubice'),('Zdeněk Pokorný',None,'Pardubice Region'),('Stefan Hoffmann-Richter',None,'Stadler Rail Czech s.r.o.')],
[(V,'VKKT'),('University of Pardubice',None),('Jan Perner Transport Faculty',None),('Škoda Transportation a.s.',None),
('Technology Agency of the Czech Republic','TA ČR'),('CZ LOKO Servis s.r.o.',None),("Europe's Rail Joint Undertaking",None),
('Czech Technical University in Prague',None),('Pardubice Region',None),('Department of Regional Development',None),
('National Cluster Association','NCA'),('DT – Výhybkárna a strojírna, a.s.',None),('Stadler Rail Czech s.r.o.',None)],
[('Rail Business Day Pardubice','2034-04-16','2034-04-17','Pardubice','Czech Republic'),
('General Assembly','2034-03-26','2034-03-26','Pardubice','Czech Republic')],
['2034-01-12','2034-03-01','2021','2034-02','2029','2033-09','2033-11','2034-01-09','2024','2028','2034-04-16/2034-04-17','2034-03-26','2034-02-01','2032/2035'])
