from w import w
E='Energiklyngen Rogaland SA'
w('g07_rogaland_energiklynge_arsmote_protokoll','g07_rogaland_energiklynge_arsmote_protokoll.txt',None,
[('Kristin Aarsland Haugen','daglig leder',E),('Ole Martin Tjelta','økonomiansvarlig',E),('Torbjørn Egeland','Styreleder',E),
('Ingrid Sømme Bergesen','Advokat','Advokatfirmaet Sømme & Ree AS'),('Guro Vik Larsen','Styremedlem','Sandnes Subsea AS'),('Ahmad Rahimi',None,'Karmøy Hydrogen AS'),
('Henrik Mjølsnes','statsautorisert revisor','Sandvik Revisjon AS'),('Marit Øvrebø Tjøtta','Styreleder','Equinor ASA'),('Sverre Hetland','leder',None),
('Tor-Arne Skadberg','Nestleder','Universitetet i Stavanger'),('Jolanta Kowalczyk-Berg','Styremedlem','NORCE Norwegian Research Centre AS'),
('Einar Fjelde','Styremedlem','Haugesund Offshore Service AS'),('Siri Bø Nesheim','Varamedlem','Stavanger kommune'),('Lise Aanestad',None,None),('Øyvind Gjerde',None,None)],
[(E,None),('Advokatfirmaet Sømme & Ree AS',None),('Sandnes Subsea AS',None),('Karmøy Hydrogen AS',None),('Sandvik Revisjon AS',None),('Equinor ASA',None),
('Universitetet i Stavanger',None),('NORCE Norwegian Research Centre AS',None),('Haugesund Offshore Service AS',None),('Stavanger kommune',None)],
[('ÅRSMØTE 2035','2035-04-24','2035-04-24','Stavanger','Norway'),('Energiomstilling Vest','2034-09-12','2034-09-13','Haugesund','Norway'),
('studieturen til Aberdeen','2035-06-09','2035-06-11','Aberdeen','United Kingdom'),('medlemsmøtet om havvind','2035-05-29','2035-05-29',None,None),
('Neste årsmøte','2036-04','2036-04',None,None)],
['2035-04-24','2035-03-20','2034','2034-06','2034-09-12/2034-09-13','2036','2037','2036/2040','2036-01-01','2035-06-09/2035-06-11','2035-05-29','2036-04'],
['Årsberetningen','Regnskapet','Kontingenten','Strategi 2036','Revisor Sandvik'])
