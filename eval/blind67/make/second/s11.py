import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('corsica-blue-economy-workshop-report','corsica-blue-economy-workshop-report.html','2032-05-06',
[("Jean-Dominique Santoni-Luciani","President","Pôle Mer Corse"),("Marie-Antoinette Casanova","Executive Councillor in charge of the economy","Collectivité de Corse"),
("Paolo Mereu",N,"Sardegna Blue Growth"),("Pierre-Louis Filippi","director of the port of Porto-Vecchio",N),("Sabrina Orsini-Delacroix",N,"Insula Conseil"),
("Anna-Maria Pieri","project officer BLUE-LINK","Pôle Mer Corse")],
[("Pôle Mer Corse",N),("Università di Corsica Pasquale Paoli",N),("Collectivité de Corse",N),("Sardegna Blue Growth",N),("Stella Mare",N),("Insula Conseil",N),
("Agence de Développement Économique de la Corse",N)],
[("Blue economy and innovation in Corsica – what companies need","2032-04-22","2032-04-22","Corte","France"),("project meeting","2032-06-10","2032-06-11","Livorno","Italy"),
("Mediterranean Blue Economy Forum","2032-10","2032-10","Marseille","France"),("open day at the Stella Mare platform","2032-05-28","2032-05-28","Biguglia","France")],
["2032-05-06","2032-04-22","2032-06-10/2032-06-11","2032-10","2032-05-28","2032"],
["a single contact point for companies at the Agence de Développement Économique de la Corse","a pooled fund for prototypes of marine equipment",
"a yearly meeting of the Corsican, Sardinian and Tuscan maritime clusters","a shared register of the skills available in the fishing and boating trades",
"a simplified procedure for sea-based test sites"])
