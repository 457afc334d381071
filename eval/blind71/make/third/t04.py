from w import w
S='Sweden'; F="Fiberdalen Värmland"; K='Karlstads universitet'
w('04', pub="2035-06-15", P=[("Anna-Karin Löfgren","landshövding i Värmlands län",None),("Johan Bergkvist","vd",F),
("Ingrid Sahlström",None,K),("Mikael Åström","hållbarhetschef","Stora Enso Skoghall"),("Katarzyna Nowak-Berg",None,"RISE Research Institutes of Sweden"),
("Henrik Ljungqvist","förpackningsansvarig","Systembolaget"),("Marie-Claire Dubois",None,"Confederation of European Paper Industries"),
("Lars-Erik Nordmark",None,"Energimyndigheten"),("Sigrid Haugland",None,"Treklyngen"),("Elin Håkansson",None,K),("Päivi Lahtinen",None,None),
("Gunnar Ekdahl",None,None),("Sanna Öberg","evenemangsansvarig",None)],
O=[(F,None),(K,None),("Region Värmland",None),("Stora Enso Skoghall",None),("RISE Research Institutes of Sweden",None),("Systembolaget",None),
("Confederation of European Paper Industries","CEPI"),("Energimyndigheten",None),("Treklyngen",None),("Arvika kommun",None),("Kymi Cluster",None),("Svenska Bioekonomikluster",None),("Valmet",None)],
E=[("Fiberdagarna 2035","2035-09-18","2035-09-19","Karlstad",S),("Fiberdagarnas middag","2035-09-18",None,"Karlstad",S),
("Årets fiberinnovation","2035-09-18",None,"Karlstad",S),("studiebesök","2035-09-19",None,"Grums, Karlstad",S),("affärsmöten","2035-09-19",None,"Karlstad",S),
("Fiberdagarna 2034","2034-09-19","2034-09-20","Karlstad",S),("Fiberdagarna 2033","2033-09-20","2033-09-21","Arvika",S),
("Fiberdagarna 2032","2032-09-21","2032-09-22","Karlstad",S),("Fiberdagarna 2031","2031-09-18",None,"Karlstad",S),("Fiberdagarna 2030","2030-09-19",None,None,None),
("Fiberdagarna 2029","2029-09-20",None,"Karlstad",S),("Fiberdagarna 2036","2036-09-16","2036-09-17","Karlstad",S)],
D=["2035-06-15","2029","2035-09-18/2035-09-19","2035-09-18","2035-09-19","2035-08-31","2034-09-19/2034-09-20","2033-09-20/2033-09-21","2032-09-21/2032-09-22","2031-09-18","2030-09-19","2029-09-20","2036-09-16/2036-09-17"])
