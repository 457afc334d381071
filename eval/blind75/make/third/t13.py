from mk import W
N=None
K='Klyngen for Bæredygtigt Byggeri'; D='Denmark'; G='Greece'; B='Belgium'
W('cce-wg-circular-construction-calendar-2035','cce-wg-circular-construction-calendar-2035.txt','2034-12-12',
[('Henriette Sønderskov','Managing Director',K),('Pavol Hudák','Innovation Manager','Slovak Construction Cluster'),
 ('Maëlle Fournier-Dubois','Policy Officer','CCE'),('Vasilis Karamanlis','Rapporteur for the Board','University of Thessaly')],
[('Construction Clusters Europe','CCE'),('Working Group 3','WG3'),('CCE Board',N),(K,N),('Slovak Construction Cluster','Slovenský stavebný klaster'),
 ('University of Thessaly',N),('VIA University College',N),('Danish Board of Business Development',N),('European Commission',N),
 ('Central Greece Building Materials Cluster','Stereá Build'),('Region of Central Greece',N),('Committee of the Regions',N),
 ('Plataforma para a Construção Sustentável',N),('Latvian Wood Construction Cluster','Latvijas Koka būvniecības klasteris')],
[('Online kick-off','2035-01-18','2035-01-18',N,N),('WG3 meeting in Horsens','2035-03-07','2035-03-08','Horsens',D),
 ('workshop "Pre-demolition audits: one template for Europe?"','2035-03-07','2035-03-07','Horsens',D),
 ('site visit to the transformation of the former Horsens State Prison workshops','2035-03-07','2035-03-07','Horsens',D),
 ('working dinner','2035-03-07','2035-03-07','Horsens',D),('Online meeting (No. 3)','2035-05-15','2035-05-15',N,N),
 ('WG3 meeting in Lamia','2035-06-26','2035-06-27','Lamia',G),('visit to two lime and stone producers in the Spercheios valley','2035-06-26','2035-06-26',N,G),
 ('round table with the Region of Central Greece','2035-06-26','2035-06-26','Lamia',G),
 ('study visit to the restoration site of the old market hall in Lamia','2035-06-27','2035-06-27','Lamia',G),
 ('Online meeting (No. 5)','2035-09-11','2035-09-11',N,N),('WG3 meeting (Brussels)','2035-10-17','2035-10-17','Brussels',B),
 ('CCE Annual Forum','2035-10-17','2035-10-18','Brussels',B),('launch of the Component Reuse Guide','2035-10-17','2035-10-17','Brussels',B),
 ('Forum reception','2035-10-17','2035-10-17','Brussels',B),('CCE General Assembly','2035-10-18','2035-10-18','Brussels',B),
 ('Online closing meeting','2035-12-05','2035-12-05',N,N)],
['2034-12-12','2035','2034-11','2027','2034/2036','2035-01-18','2035-03-07/2035-03-08','2035-05-15','2035-06-26/2035-06-27','2035-09-11',
 '2035-10-17/2035-10-18','2035-10-17','2035-10-18','2035-12-05','2035-02-14','2035-06-05','2035-04-30','2035-08-31','2035-05-31','2035-11-30','2036'])
