from mk import W
N=None
O='Olive Clusters Europe'; T='Trás-os-Montes Olive Oil Cluster'; P='Portugal'; M='Mirandela'
W('mirandela-olive-oil-cluster-summit-2034-news','mirandela-olive-oil-cluster-summit-2034-news.txt','2034-11-14',
[('Rui Cambeta',N,O),('Júlia Rodrigues Sampaio','Mayor of Mirandela',N),('Teresa Pinto-Correia','President',T),
 ('Sandra Bettencourt Matos','journalist','Público'),('Manuel Jesús Ruiz-Castillo',N,'University of Jaén'),
 ('José Pedro Salema',N,'Associação de Regantes da Vilariça'),('Antonella Greco',N,'Olio di Puglia'),
 ('Kostas Papadakis',N,'Union of Agricultural Cooperatives of Messara'),('Inês Vieira Boavida',N,'Casa Transmontana de Azeites, Lda.'),
 ('Álvaro Fernández-Lorca','economist','Cajamar Agrifood Research'),('Filipa Correia Gaspar','oil sommelier',N),
 ('Elena Martínez de la Fuente','secretary-general',O),('Giorgos Tzanakis','chair','Elaiourgiki Kriti'),('Miguel Guerreiro Dias',N,N)],
[(O,N),(T,'Cluster do Azeite de Trás-os-Montes'),('Oleum Andalucía',N),('Público',N),('University of Jaén',N),('Associação de Regantes da Vilariça',N),
 ('Olio di Puglia',N),('Union of Agricultural Cooperatives of Messara',N),('Casa Transmontana de Azeites, Lda.',N),('Cajamar Agrifood Research',N),
 ('Cooperativa Agrícola dos Olivicultores de Valpaços',N),('European Commission',N),('Directorate-General for Agriculture and Rural Development','DG AGRI'),
 ('Elaiourgiki Kriti',N),('Polytechnic Institute of Bragança','IPB'),('Municipality of Mirandela',N)],
[('Iberian Olive Oil Cluster Summit','2034-11-09','2034-11-10',M,P),
 ('visit to the Cooperativa Agrícola dos Olivicultores de Valpaços olive mill','2034-11-10','2034-11-10',N,P),
 ('B2B meetings','2034-11-10','2034-11-10',M,P),('tasting of this year\'s first oils','2034-11-10','2034-11-10',M,P),
 ('Iberian Olive Oil Cluster Summit (second)','2035-11-14','2035-11-15','Jaén','Spain')],
['2034-11-14','2034-11-09/2034-11-10','2030','2035-01','2035-11-14/2035-11-15','2034-10-03','2034-09-12'],
['Water has to be planned at the level of the whole basin, not farm by farm: clusters should help growers agree on shares in dry years before a drought starts',
 'Prices will stay volatile, so mills and growers need longer contracts and joint storage to even out the bad years',
 'The sector will only have a future if young people can make a living from it; training, land access and housing for seasonal workers must be treated together'])
