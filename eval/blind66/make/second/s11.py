from w import W
W('trieste-maritime-cluster-member-directory','trieste-maritime-cluster-member-directory.html',None,
[('Paolo Zorzenon','technical director','Adriatica Ship Design S.r.l.'),('Marta Furlan-Kobal','owner','Officine Meccaniche Isontine S.n.c.'),
('Elena de Banfield','head of innovation','Lloyd Triestino Logistica S.p.A.'),('Chiara Vascotto','membership officer','mare FVG')],
[('mare FVG – Cluster Marittimo del Friuli Venezia Giulia','mare FVG'),('Adriatica Ship Design S.r.l.',None),('Cantiere Navale Muggia S.p.A.',None),('Porto Digitale Trieste S.c.a r.l.',None),
('Lagunare Coatings S.r.l.',None),('Officine Meccaniche Isontine S.n.c.',None),('Nautilus Sensing S.r.l. SB',None),('University of Trieste',None),
('Cooperativa Ormeggiatori del Golfo Soc. Coop.',None),('Blue Energy Koper d.o.o.',None),('Istituto Tecnico Nautico “Tomaso di Savoia”',None),('Consorzio Energia Alto Adriatico',None),
('Fincarena Service S.r.l.',None),('Lloyd Triestino Logistica S.p.A.',None),('Autonomous Region of Friuli Venezia Giulia',None),
('Italian Maritime Technology Cluster (Cluster Tecnologico Nazionale Trasporti Marittimi)',None)],
[('board meeting','2034-05-14','2034-05-14',None,None),('board meeting','2034-07-09','2034-07-09',None,None),("members' meeting",'2034-04-26','2034-04-26','Trieste','Italy'),
('visit to the new shore-power installation','2034-04-26','2034-04-26','Trieste','Italy')],
['2031','2030','2032','2033','2029','2034','2034-05-14','2034-07-09','2034-04-26','2034-04-02','2034-03-12','2034-02-27','2034-02-05'])
