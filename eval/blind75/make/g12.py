from h import *
F = 'mirandela-olive-oil-cluster-summit-2034-news.txt'
T = """Olive Clusters Europe – News

Mirandela hosts first Iberian Olive Oil Cluster Summit: three takeaways on water, prices and young growers

14 November 2034 | News, Events | Reading time: 4 minutes

[Photo: Participants of the summit in the cloister of the Centro Cultural Municipal, Mirandela. Credit: Rui Cambeta / Olive Clusters Europe]

More than 230 growers, mill owners, researchers and regional officials from Portugal, Spain, Italy and Greece met in Mirandela on Thursday 9 and Friday 10 November 2034 for the first Iberian Olive Oil Cluster Summit. The event was organised by the Trás-os-Montes Olive Oil Cluster (Cluster do Azeite de Trás-os-Montes) together with the Andalusian olive cluster Oleum Andalucía and Olive Clusters Europe, the network of nineteen olive and olive oil clusters founded in Jaén in 2030.

The summit was opened by the Mayor of Mirandela, Júlia Rodrigues Sampaio, and by Prof. Dr. Teresa Pinto-Correia, President of the Trás-os-Montes Olive Oil Cluster, who reminded participants that the terraced groves of the Tua valley are among the oldest olive landscapes in Europe and now compete with intensive plantations in the south. "Our success has a price: water, labour and landscape are now under pressure at the same time," she said.

In the first panel, moderated by journalist Sandra Bettencourt Matos (Público), Dr. Manuel Jesús Ruiz-Castillo of the University of Jaén, José Pedro Salema of the irrigation association Associação de Regantes da Vilariça and Antonella Greco of the Apulian cluster Olio di Puglia discussed water allocation in dry years. The second panel, on market prices, brought together Kostas Papadakis (Union of Agricultural Cooperatives of Messara, Crete), Inês Vieira Boavida (Casa Transmontana de Azeites, Lda.) and the economist Dr. Álvaro Fernández-Lorca (Cajamar Agrifood Research).

On Friday morning participants visited the Cooperativa Agrícola dos Olivicultores de Valpaços olive mill and a terraced grove at Vilas Boas, and in the afternoon 64 B2B meetings were held between mills and equipment suppliers. The summit closed with a tasting of this year's first oils, guided by the Portuguese oil sommelier Filipa Correia Gaspar.

THREE TAKEAWAYS

1. Water has to be planned at the level of the whole basin, not farm by farm: clusters should help growers agree on shares in dry years before a drought starts.
2. Prices will stay volatile, so mills and growers need longer contracts and joint storage to even out the bad years.
3. The sector will only have a future if young people can make a living from it; training, land access and housing for seasonal workers must be treated together.

WHAT COMES NEXT

Olive Clusters Europe will publish a short policy paper based on the summit by the end of January 2035 and present it to the European Commission's Directorate-General for Agriculture and Rural Development (DG AGRI). Its secretary-general, Dr. Elena Martínez de la Fuente, announced that the second summit will take place in Jaén on 14–15 November 2035, hosted by Oleum Andalucía.

"We came here to compare notes and we leave with a common agenda," said Giorgos Tzanakis, chair of the Cretan cluster Elaiourgiki Kriti, who will lead a working group on prices until the Jaén meeting.

The summit was part of the project OLIVE-SHIFT, co-funded by the Interreg Sudoe Programme, and was supported by the Polytechnic Institute of Bragança (IPB) and the Municipality of Mirandela.

Presentations are available to registered participants in the members' area. More photos: gallery (credit: Rui Cambeta; drone shots: Miguel Guerreiro Dias).

Share: LinkedIn | X | Facebook | E-mail

Related news
- Olive Clusters Europe welcomes two new members from Greece (3 October 2034)
- Call for growers: pilot on deficit irrigation in the Douro Superior (12 September 2034)

Olive Clusters Europe · Rue du Trône 62, 1050 Brussels · Newsletter · Privacy · Cookies
"""
write(F, T)
gold(F, [P('Rui Cambeta',None,'Olive Clusters Europe'), P('Júlia Rodrigues Sampaio','Mayor of Mirandela',None),
 P('Teresa Pinto-Correia','President','Trás-os-Montes Olive Oil Cluster'),
 P('Sandra Bettencourt Matos','journalist','Público'),
 P('Manuel Jesús Ruiz-Castillo',None,'University of Jaén'), P('José Pedro Salema',None,'Associação de Regantes da Vilariça'),
 P('Antonella Greco',None,'Olio di Puglia'), P('Kostas Papadakis',None,'Union of Agricultural Cooperatives of Messara'),
 P('Inês Vieira Boavida',None,'Casa Transmontana de Azeites, Lda.'), P('Álvaro Fernández-Lorca','economist','Cajamar Agrifood Research'),
 P('Filipa Correia Gaspar','oil sommelier',None),
 P('Elena Martínez de la Fuente','secretary-general','Olive Clusters Europe'),
 P('Giorgos Tzanakis','chair','Elaiourgiki Kriti'), P('Miguel Guerreiro Dias',None,None)],
 [O('Olive Clusters Europe'), O('Trás-os-Montes Olive Oil Cluster','Cluster do Azeite de Trás-os-Montes'), O('Oleum Andalucía'),
  O('University of Jaén'), O('Associação de Regantes da Vilariça'), O('Olio di Puglia'), O('Union of Agricultural Cooperatives of Messara'),
  O('Casa Transmontana de Azeites, Lda.'), O('Cajamar Agrifood Research'), O('Público'), O('Cooperativa Agrícola dos Olivicultores de Valpaços'),
  O('European Commission'), O('Directorate-General for Agriculture and Rural Development','DG AGRI'),
  O('Elaiourgiki Kriti'), O('Polytechnic Institute of Bragança','IPB'), O('Municipality of Mirandela')],
 [E('Iberian Olive Oil Cluster Summit','2034-11-09','2034-11-10','Mirandela','Portugal'),
  E('visited the Cooperativa Agrícola dos Olivicultores de Valpaços olive mill','2034-11-10','2034-11-10',None,'Portugal'),
  E('B2B meetings','2034-11-10','2034-11-10','Mirandela','Portugal'),
  E("tasting of this year's first oils",'2034-11-10','2034-11-10','Mirandela','Portugal'),
  E('Iberian Olive Oil Cluster Summit (second)','2035-11-14','2035-11-15','Jaén','Spain')],
 ['2034-11-14','2034-11-09/2034-11-10','2030','2035-01','2035-11-14/2035-11-15','2034-10-03','2034-09-12'],
 ['Water has to be planned at the level of the whole basin, not farm by farm: clusters should help growers agree on shares in dry years before a drought starts',
  'Prices will stay volatile, so mills and growers need longer contracts and joint storage to even out the bad years',
  'The sector will only have a future if young people can make a living from it; training, land access and housing for seasonal workers must be treated together'],
 pub='2034-11-14')
