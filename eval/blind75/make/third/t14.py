from mk import W
N=None
B='Brønnøy marine næringsklynge'; NF='Nordland fylkeskommune'; NO='Norway'; BS='Brønnøysund'; S='Arctic Industry Clusters Summit'
W('arctic-industry-clusters-summit-2034-sett-av-datoen','arctic-industry-clusters-summit-2034-sett-av-datoen.html','2034-03-03',
[('Anne-Cathrine Lie Solbakken','fylkesrådsleder',NF),('Eirik Fagerli','ordfører','Brønnøy kommune'),('Tor Arne Strømsnes','professor','Nord universitet'),
 ('Karoline Hegge-Mathisen','Ordstyrer','NRK Nordland'),('Lena Marklund-Åström','klusterchef','Skellefteå Industrial Cluster'),
 ('Jukka Heikkilä','toimitusjohtaja','Oulu Mining Cluster'),('Guðrún Sigurðardóttir','framkvæmdastjóri','Sjávarklasinn'),
 ('Jan-Willem van Bergen','Policy Officer','DG GROW'),('Siri Hatlevoll Ravnå','Prosjektleder',B),('Ole-Johan Tverå','kommunikasjonsrådgiver',NF)],
[(B,N),(NF,N),('Brønnøy kommune',N),('Nord universitet',N),('Innovasjon Norge',N),('Fakultet for biovitenskap og akvakultur',N),('Brønnøy Kalk AS',N),
 ('Marine Harvest Nordland',N),('NRK Nordland',N),('Skellefteå Industrial Cluster',N),('Oulu Mining Cluster',N),('Sjávarklasinn',N),('Europakommisjonen',N),
 ('DG GROW',N),('Arctic Industry Clusters',N),('Hurtigruten',N)],
[(S+' 2034','2034-09-19','2034-09-20',BS,NO),('Bedriftsbesøk hos Brønnøy Kalk AS og Marine Harvest Nordland','2034-09-19','2034-09-19',BS,NO),
 ('Konferansemiddag','2034-09-19','2034-09-19',BS,NO),('B2B-møter','2034-09-20','2034-09-20',BS,NO),
 (S+' (2032 edition)','2032-09-14','2032-09-15','Sandnessjøen',NO),(S+' (2033 edition)','2033-09-12','2033-09-13','Vega',NO),
 (S+' (2035 edition)','2035','2035','Skellefteå','Sweden')],
['2034-09-19/2034-09-20','2034-03-03','2034','2034-06','2031','2032-09-14/2032-09-15','2033','2033-09-12/2033-09-13','2035','2034-05-02','2034-09-01',
 '2034-04-15','2034-08-15','2034-09-19','2034-09-20'])
