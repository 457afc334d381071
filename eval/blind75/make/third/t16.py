from mk import W
N=None
T='Trás-os-Montes Olive Oil Cluster'; A='AICEP Portugal Global'; SP='São Paulo'; BH='Belo Horizonte'; BR='Brazil'
W('linkedin-post-olive-oil-mission-brazil-2035','linkedin-post-olive-oil-mission-brazil-2035.txt',N,
[('Carolina Morais Teixeira','Cluster Manager',T),('Fernando Lobo-Xavier','Consul General','Consulate General of Portugal in São Paulo'),
 ('Mariana Tavares Albuquerque','sommelier',N),('Ricardo Faria Nunes','Trade Commissioner',A),('Elena Martínez de la Fuente','Secretary-General','Olive Clusters Europe'),
 ('Teresa Pinto-Correia','President',T),('João Pedro Vilar','Export Manager','Quinta do Romeu'),('Ana Beatriz Rocha Lima','Buyer','Empório Paulista Gourmet Ltda.'),
 ('Luís Miguel Carrapatoso','Head of Internationalisation','NERBA – Associação Empresarial do Distrito de Bragança')],
[(T,N),('Azeites Vale do Tua',N),('Cooperativa de Olivicultores de Murça',N),('Quinta do Romeu',N),('Consulate General of Portugal in São Paulo',N),(A,N),
 ('Enterprise Europe Network',N),('Federation of Industries of the State of Minas Gerais','FIEMG'),('Polytechnic Institute of Bragança','IPB'),
 ('Municipality of Mirandela',N),('Portuguese-Brazilian Chamber of Commerce','Câmara Portuguesa de Comércio no Brasil'),('Olive Clusters Europe',N),
 ('Empório Paulista Gourmet Ltda.',N),('Associação Empresarial do Distrito de Bragança','NERBA')],
[('business mission to São Paulo and Belo Horizonte','2035-03-19','2035-03-23',SP+', '+BH,BR),
 ('welcome reception at the Consulate General of Portugal in São Paulo','2035-03-19','2035-03-19',SP,BR),
 ('B2B meetings with importers and distributors','2035-03-20','2035-03-20',SP,BR),('Expo Azeite Brasil','2035-03-21','2035-03-21',SP,BR),
 ('tasting masterclass for chefs','2035-03-21','2035-03-21',SP,BR),('round table at the Federation of Industries of the State of Minas Gerais','2035-03-22','2035-03-22',BH,BR),
 ('visit to the Mercado Central','2035-03-23','2035-03-23',BH,BR),("members' webinar",'2035-04-26','2035-04-26',N,N),
 ('summit in Mirandela','2034-11','2034-11','Mirandela','Portugal')],
['2035-03-19/2035-03-23','2029','2035-03-19','2035-03-20','2035-03-21','2035-03-22','2035-03-23','2035-02-09','2035-03','2034-11','2035-04-26'])
