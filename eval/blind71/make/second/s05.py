from w import W
M='Moravský plastový klastr, z. s.'
W('05_vyzva_spolecna_expozice_fakuma','05_vyzva_spolecna_expozice_fakuma.txt',
[('Radek Šimčík','předseda správní rady','Moravského plastového klastru'),
 ('Ulrike Brenninkmeyer','jednatelka','Kunststoff-Cluster Baden-Württemberg'),
 ('Jana Pospíšilová',None,'PLASTFORM Vizovice, s.r.o.'),
 ('Lenka Vaňková','manažerka pro mezinárodní spolupráci',M),('Tomáš Hrabal','výkonný ředitel',M)],
[(M,None),('Agenturou CzechTrade',None),('Zlínským krajem',None),('Kunststoff-Cluster Baden-Württemberg',None),
 ('Bavorského klastru plastů',None),('ZF Friedrichshafen AG',None),('PLASTFORM Vizovice, s.r.o.',None)],
[('FAKUMA 2034','2034-10-17','2034-10-21','Friedrichshafen','Germany'),
 ('Plasty bez hranic','2034-10-18','2034-10-18','Friedrichshafen','Germany'),
 ('exkurze do závodu společnosti ZF Friedrichshafen AG','2034-10-19','2034-10-19','Friedrichshafen','Germany'),
 ('FAKUMA 2033','2033','2033',None,None),
 ('online informační schůzka','2034-04-11','2034-04-11',None,None)],
['2034-03-20','2034-10-17/2034-10-21','2033','2034-10-18','2034-10-19','2034-04-30','2034-05-12','2034-06-15','2034-09-05','2034-10-16','2034-06','2034-04-11'], pub='2034-03-20')
