import sys; sys.path.insert(0,'/work/wt/blind81/eval/blind81/make/second/tools'); from w import *
T='Textiles Creuse Innovation'; F='France'; A='Aubusson Textile Innovation Days'
W('g15_creuse_textile_innovation_days_2035','.md','2035-03-12',[
P('Valérie Desroches-Lamy','President',T),P('Emmanuel Thévenot','Mayor of Aubusson'),P('Hélène de La Vergne-Castaing','Director','Cité internationale de la tapisserie'),
P('Jean-Marc Pradeau',None,'Laines du Plateau SARL'),P('Fiona MacLeod-Grant',None,'Harris Tweed Authority'),P('Paolo Ferraris',None,'Città Studi Biella'),
P('Sophie Nguyen-Arnaud','Workshop lead','Atelier Numérique Jacquard SAS'),P('Kees van Dongen','Workshop lead','Acoustic Weave B.V.'),P('Marta Sousa Lobo','Workshop lead','CITEVE'),
P('Antoine Rivière-Blanchard',None,'Bpifrance'),P('Claire Besson',None,'AD Nouvelle-Aquitaine'),P('Bernard Aupetit','managing director','Filature de la Creuse'),
P('Isabelle Marchand-Roux','Jury chair','ENSAD Limoges'),P('Lucie Faure-Bonnaud','events manager',T)],
[O(T),O('Cité internationale de la tapisserie'),O('Creuse Chamber of Commerce and Industry','CCI Creuse'),O('Laines du Plateau SARL'),O('Harris Tweed Authority'),O('Città Studi Biella'),
O('Atelier Numérique Jacquard SAS'),O('Acoustic Weave B.V.'),O('CITEVE'),O('Ateliers Pinton'),O('Atelier Le Bihan-Morel'),O('Enterprise Europe Network Nouvelle-Aquitaine'),O('Bpifrance'),
O('AD Nouvelle-Aquitaine'),O('Filature de la Creuse'),O('ENSAD Limoges'),O('Feutres du Thaurion'),O('Lycée des métiers du bâtiment'),O('Nouvelle-Aquitaine Region'),O('Creuse Department'),
O('Communauté de communes Creuse Grand Sud'),O('Techtera'),O('Up-Tex'),O('Scottish Textiles and Leather Association')],
[E(A+' 2035','2035-09-18','2035-09-19','Aubusson',F),E('Visits to tapestry workshops','2035-09-18','2035-09-18','Aubusson',F),E('Cluster dinner','2035-09-18','2035-09-18','Aubusson',F),
E('B2B meetings','2035-09-19','2035-09-19','Guéret',F),E('Site visit: Filature de la Creuse','2035-09-19','2035-09-19','Felletin',F),E('presentation of the Creuse Textile Prize','2035-09-19','2035-09-19','Guéret',F),
E(A+' (1st edition)','2032-10-14','2032-10-14','Aubusson',F),E(A+' (2nd edition)','2033-09-26','2033-09-27','Felletin',F),E(A+' (3rd edition)','2034-09-25','2034-09-26','Guéret',F)],
['2035-09-18/2035-09-19','2034','2035-09-18','2035-09-19','2035-06-30','2035-07-15','2032-10-14','2033-09-26/2033-09-27','2034-09-25/2034-09-26','2035-09-07','2035-09-10','2035-08-15','2035-03-12','2035-05-02'])
S='Smart Production Cluster Vorarlberg'; AT='Austria'
W('g16_dornbirn_data_sharing_workshop_report','.txt','2035-06-04',[
P('Lea Fitz-Grabher','project manager',S),P('Markus Dietrich-Lenz','cluster manager',S),P('Sabine Hämmerle','Head of the Research Centre for Digital Factory Vorarlberg','FH Vorarlberg'),
P('Stefan Mätzler','Head of Digitalisation','Alpla Werke Alwin Lehner GmbH & Co KG'),P('Corinne Büchel-Ospelt','CEO','Büchel Präzision AG'),P('Tobias Kessler-Wohlgenannt','lawyer','Kessler & Partner Rechtsanwälte'),
P('Nina Oberholzer','project manager','Switzerland Innovation Park Ost'),P('Darko Todorović',None,'WISTO')],
[O(S),O('WISTO – Wirtschafts-Standort Vorarlberg GmbH','WISTO'),O('FH Vorarlberg University of Applied Sciences','FH Vorarlberg'),O('Research Centre for Digital Factory Vorarlberg'),
O('Alpla Werke Alwin Lehner GmbH & Co KG'),O('Büchel Präzision AG'),O('Kessler & Partner Rechtsanwälte'),O('Switzerland Innovation Park Ost'),O('Austrian Federal Economic Chamber','WKÖ'),
O('Vorarlberg Chamber of Commerce'),O('Ostschweizer Digitalisierungsnetzwerk')],
[E("Sharing production data along the supply chain – what works, what doesn't",'2035-05-22','2035-05-22','Dornbirn',AT),E('tour of the Digital Factory lab','2035-05-22','2035-05-22','Dornbirn',AT),
E('Vorarlberg Industry 4.0 Day','2035-11-13','2035-11-13','Dornbirn',AT),E('joint session with the Swiss cluster Ostschweizer Digitalisierungsnetzwerk','2036','2036','St. Gallen','Switzerland')],
['2035-05-22','2035-06-04','2035','2035-09','2035-06-30','2035-11-13','2036'],
['Start with one use case that brings value to both sides, such as reject reduction or energy reporting, not with a platform',
'Agree on data ownership, purpose and deletion in writing before any data flows','Small suppliers gain bargaining power when they negotiate data clauses together through the cluster',
'Energy and carbon data are the easiest entry point; process know-how needs stronger protection','Existing standards such as OPC UA are good enough to begin; waiting for a complete data space is a mistake',
'Companies need a named person responsible for data sharing, even in a firm of twenty people',
'the cluster should publish a short guide with the WKÖ model clauses, adapted to the typical supplier relationships in the region',
'the cluster should set up a pilot group of five to eight SMEs that share energy data with two large customers, with support from FH Vorarlberg',
'the cluster should offer a training day on data contracts for managing directors in autumn 2035'])
