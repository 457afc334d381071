from mk import W
N=None
E='EISMEA'
W('info-day-euroclusters-resilience-call-2035','info-day-euroclusters-resilience-call-2035.md','2034-12-05',
[('Maria-Luísa Cabral Mendes','Head of Department I – Single Market Programme',E),
 ('Hubert Gambs-Lindner','Director for Industrial Transformation and Advanced Value Chains','DG GROW'),
 ('Kateřina Dvořáková','Project Adviser','EISMEA Unit I.02'),('Jean-Marc Delacroix-Wéber','Financial Officer',E),
 ('Anna-Lena Bergström','team leader','ECCP'),('Francisco Javier Ortiz de Zárate','managing director','Basque Aerospace Cluster HEGAN'),
 ('Agata Wiśniewska-Kowal','Eurocluster coordinator','Mazovia Cluster ICT'),('Gergő Szalay','project manager','Pannon Wood and Furniture Cluster'),
 ("Nuala O'Donovan-Keane",'head of innovation services','Irish Medtech Cluster'),('Stefanos Triantafyllou','independent expert and evaluator',N),
 ('Leonie Verhaegen',N,'Enterprise Europe Network Brussels')],
[('European Innovation Council and SMEs Executive Agency',E),('EISMEA, Unit I.02',N),('EISMEA Unit I.02',N),
 ('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'),('European Commission',N),
 ('European Cluster Collaboration Platform','ECCP'),('Enterprise Europe Network',N),('Basque Aerospace Cluster HEGAN',N),('Mazovia Cluster ICT',N),
 ('Pannon Wood and Furniture Cluster',N),('Irish Medtech Cluster',N),('Agência Nacional de Inovação','ANI'),('Romanian Cluster Association','ClusteRo'),
 ('Danish Board of Business Development',N),('Enterprise Europe Network Brussels',N)],
[('Info day: "Euroclusters for Resilience" – call 2035','2035-01-16','2035-01-16','Brussels','Belgium'),
 ('Matchmaking session','2035-01-16','2035-01-16','Brussels','Belgium'),
 ('Partner-search matchmaking (online follow-up)','2035-01-30','2035-02-02',N,N),
 ('national satellite event (Agência Nacional de Inovação)','2035-01-16','2035-01-16','Lisbon','Portugal'),
 ('national satellite event (Romanian Cluster Association)','2035-01-16','2035-01-16','Bucharest','Romania'),
 ('national satellite event (Danish Board of Business Development)','2035-01-16','2035-01-16','Copenhagen','Denmark')],
['2035-01-16','2034-12-05','2035-01-09','2035-01-30/2035-02-02','2035-04-24','2035-09','2035-12','2036-01-01','2022/2025','2035-01-12','2035-01-10'])
