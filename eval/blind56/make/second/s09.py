from w import W
M='Maritimes Cluster Mecklenburg-Vorpommern e.V.'
W('in-memoriam_klaus-dieter-wendland','in-memoriam_klaus-dieter-wendland.html','2036-01-15',
[('Klaus-Dieter Wendland','honorary chairman',M),
('Heiko Brandenburg','Managing Director',M),
('Christiane Möller-Sommerfeld','Chair of the Board',M),
('Reinhard Kowalczyk','Minister of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern',None),
('Ewa Szczepańska-Nowak','president','Pomeranian Maritime Cluster Foundation'),
('Rasmus Kjeldsen',None,'Blue Denmark'),
('Ingrid',None,None)],
[(M,None),('University of Rostock',None),('Warnowwerft',None),('German Maritime Clusters Network',None),
('European Network of Maritime Clusters','ENMC'),('Ostseewerft Möller GmbH & Co. KG',None),('Pomeranian Maritime Cluster Foundation',None),('Blue Denmark',None)],
[('Maritime Cluster Day 2035','2035-09-27','2035-09-27','Wismar','Germany'),
('memorial service','2036-01-26','2036-01-26','Rostock','Germany')],
['2036-01-15','1951/2036','2036-01-09','1951','1975','1990','1996/2008','2008','2008/2022','2016/2020','2014','2019','2035-09-27','2036-01-26','2036-01-31','2021','2022'])
