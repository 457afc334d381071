from w import w
w('g06_nordjylland_pilotprojekt_slutrapport','g06_nordjylland_pilotprojekt_slutrapport.md','2036-01-30',
[('Mette Kjærgaard Østergaard','chefkonsulent','MARCOD Nordjylland'),('Jens-Peter Lund','havnedirektør','Hirtshals Havn'),('Camilla Refsgaard Nielsen','erhvervsminister',None)],
[('MARCOD Nordjylland – Maritimt Klyngesamarbejde',None),('Hirtshals Havn',None),('Aalborg Universitet',None),('Frederikshavn Havn A/S',None),('Skagen Havn',None),
('Danmarks Erhvervsfremmebestyrelse',None),('Region Nordjylland',None),('Nordrevision Statsautoriseret Revisionspartnerselskab',None),('Kattegat Marine ApS',None),('MARLOG',None),('Danske Havne',None)],
[('afsluttende konference','2035-11-27','2035-11-27','Aalborg','Denmark'),('Danske Havnes årsmøde','2036-05-14','2036-05-14','Esbjerg','Denmark')],
['2033/2035','2036-01-30','2033-03-01/2035-12-31','2035-11-27','2034','2035-12','2036','2036-05-14'],
['Havnene skal','Små virksomheder','Tidsplaner','Fælles data','Samarbejdet'])
