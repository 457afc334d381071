from w import W
L='Loire Pharma Valley'
W('14_save_the_date_forum_pharma_loire','14_save_the_date_forum_pharma_loire.eml',
[('François Bonneau-Lefèvre','President','Regional Council of Centre-Val de Loire'),('Hélène Marchand-Petit','President',L),
 ('Isabel Echeverría Zubiri','CEO','Biobasque'),('Camille Rousseau-Delaunay','Events Officer',L)],
[(L,None),("Dev'Up Centre-Val de Loire",None),('Université de Tours',None),('Regional Council of Centre-Val de Loire',None),('Biobasque',None)],
[('Forum Loire Pharma & Biotech 2036','2036-10-07','2036-10-08','Tours','France'),
 ('B2B meetings','2036-10-08','2036-10-08','Tours','France'),
 ('company visits','2036-10-08','2036-10-08',None,'France'),
 ('Forum dinner','2036-10-07','2036-10-07','Tours','France'),
 ('second edition','2034-10-10','2034-10-10',None,None)],
['2036-04-15','2036-10-07/2036-10-08','2036-10-07','2036-10-08','2036-05-20','2036-06-30','2036-09-12','2034-10-10'], pub='2036-04-15')
