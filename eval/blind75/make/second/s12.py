from mk import build
build('mirandela-olive-oil-cluster-summit-2034-news','mirandela-olive-oil-cluster-summit-2034-news.txt','2034-11-14', """
Rui Cambeta||Olive Clusters Europe
Júlia Rodrigues Sampaio|Mayor of Mirandela|
Teresa Pinto-Correia|President|Trás-os-Montes Olive Oil Cluster
Sandra Bettencourt Matos|journalist|Público
Manuel Jesús Ruiz-Castillo||University of Jaén
José Pedro Salema||Associação de Regantes da Vilariça
Antonella Greco||Olio di Puglia
Kostas Papadakis||Union of Agricultural Cooperatives of Messara
Inês Vieira Boavida||Casa Transmontana de Azeites, Lda.
Álvaro Fernández-Lorca|economist|Cajamar Agrifood Research
Filipa Correia Gaspar|oil sommelier|
Elena Martínez de la Fuente|secretary-general|Olive Clusters Europe
Giorgos Tzanakis|chair|Elaiourgiki Kriti
Miguel Guerreiro Dias||
""","""
Olive Clusters Europe
Trás-os-Montes Olive Oil Cluster
Oleum Andalucía
Público
University of Jaén
Associação de Regantes da Vilariça
Olio di Puglia
Union of Agricultural Cooperatives of Messara
Casa Transmontana de Azeites, Lda.
Cajamar Agrifood Research
Cooperativa Agrícola dos Olivicultores de Valpaços
European Commission
Directorate-General for Agriculture and Rural Development|DG AGRI
Elaiourgiki Kriti
Polytechnic Institute of Bragança|IPB
Municipality of Mirandela
""","""
Iberian Olive Oil Cluster Summit|2034-11-09|2034-11-10|Mirandela|Portugal
visit to the Cooperativa Agrícola dos Olivicultores de Valpaços olive mill|2034-11-10|2034-11-10||Portugal
visit to a terraced grove at Vilas Boas|2034-11-10|2034-11-10|Vilas Boas|Portugal
B2B meetings|2034-11-10|2034-11-10|Mirandela|Portugal
tasting of this year's first oils|2034-11-10|2034-11-10|Mirandela|Portugal
Iberian Olive Oil Cluster Summit (second)|2035-11-14|2035-11-15|Jaén|Spain
""","2034-11-14 2034-11-09/2034-11-10 2030 2035-01 2035-11-14/2035-11-15 2034-10-03 2034-09-12","""
Water has to be planned at the level of the whole basin, not farm by farm: clusters should help growers agree on shares in dry years before a drought starts
Prices will stay volatile, so mills and growers need longer contracts and joint storage to even out the bad years
The sector will only have a future if young people can make a living from it; training, land access and housing for seasonal workers must be treated together
""")
