from w import *
C='Cluster Legno Arredo Casa FVG'; I='Italy'; P_='Pordenone'
save('g13','2034-11-27',[
P('Franco Del Zotto','presidente',C),P('Giulia Tomasin','assessore regionale alle attività produttive',None),P('Alessandro Ciriani-Bortolin','sindaco',None),
P('Sara Battistella','coordinatrice','ITS Academy Nuove Tecnologie per il Made in Italy'),P('Elena Mazzolini',None,'Università degli Studi di Udine'),
P('Matteo Pitton','direttore',C),P('Chiara De Marchi',None,'Marchi&Partners S.r.l.'),P('Paolo Zanin','giornalista','Messaggero Veneto'),
P('Luca Bortolussi','direttore generale','Friulpannelli S.r.l.'),P('Marta Gerolin','responsabile sostenibilità','Cucine Livenza S.p.A.'),
P('Jean-Baptiste Moreau',None,'Xylofutur'),P('Ulrike Stampfl',None,'Holzcluster Salzburg GmbH')],[
O(C),O('Confindustria Alto Adriatico'),O('Consorzio per il Centro di Ricerca e Innovazione Tecnologica','CATAS S.p.A.'),O('Mobilificio Del Zotto S.p.A.'),
O('ITS Academy Nuove Tecnologie per il Made in Italy'),O('Università degli Studi di Udine'),O('Marchi&Partners S.r.l.'),O('Messaggero Veneto'),
O('Friulpannelli S.r.l.'),O('Cucine Livenza S.p.A.'),O('Xylofutur'),O('Holzcluster Salzburg GmbH'),O('Agenzia Lavoro & SviluppoImpresa'),
O('Regione Autonoma Friuli Venezia Giulia'),O('Rilegno Lab S.r.l.')],[
E('Abitare circolare – il legno-arredo del Friuli Venezia Giulia verso il 2040','2034-11-24',None,P_,I),
E('precedente edizione del convegno','2033-11-17',None,'Udine',I),E('tavola rotonda','2034-11-24',None,P_,I),
E('cerimonia di consegna del Premio “Design Circolare FVG 2034”','2034-11-24',None,P_,I)],
['2034-11-27','2034-11-24','2016','2033-11-17'],li('g13','Le proposte emerse'))
