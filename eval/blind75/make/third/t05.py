from mk import W
N=None
C='CABI'; P='Portugal'
W('agrobeira-2034-encontros-b2b','agrobeira-2034-encontros-b2b.txt','2034-07-04',
[('Sérgio Costa','Presidente da Câmara Municipal da Guarda','Câmara Municipal da Guarda'),('Maria do Carmo Saraiva Pinto','Presidente da Direção',C),
 ('Jean-Paul Hoffmann-Tavares',N,'Chambre de Commerce Luxembourg'),('Rita Fonseca Barreto','moderadora','Instituto Politécnico da Guarda'),
 ('Carlos Mendes Aleixo','participante','Transportes Beira Alta, Lda.'),('Alberto Gómez Sanz','participante','Clúster Agroalimentario de Castilla y León – Vitartis'),
 ('Helena Quaresma','participante','IAPMEI'),('Joaquim Ferrão Lopes','sócio-gerente','Fumeiro da Raia, Lda.'),('Inês Pacheco Vaz','gestora de projetos',C),
 ('Rui Monteiro Gaspar',N,'Enterprise Europe Network Portugal')],
[('Cluster Agroindustrial da Beira Interior',C),('Associação Empresarial da Região da Guarda','NERGA'),('Enterprise Europe Network Portugal',N),
 ('Câmara Municipal da Guarda',N),('Chambre de Commerce Luxembourg',N),('Associação Nacional de Criadores de Ovinos Serra da Estrela','ANCOSE'),
 ('Queijaria Vale do Mondego',N),('Instituto Politécnico da Guarda',N),('Transportes Beira Alta, Lda.',N),('Clúster Agroalimentario de Castilla y León','Vitartis'),
 ('IAPMEI',N),('Fumeiro da Raia, Lda.',N),('Polska Agencja Inwestycji i Handlu','PAIH'),('União Europeia',N)],
[('AgroBeira 2034','2034-10-12','2034-10-15','Guarda',P),('Encontros de Negócios B2B','2034-10-12','2034-10-13','Guarda',P),
 ('Almoço de trabalho','2034-10-12','2034-10-12','Guarda',P),('Prova de queijos da Serra da Estrela','2034-10-12','2034-10-12','Guarda',P),
 ('Visita à Queijaria Vale do Mondego','2034-10-13','2034-10-13','Gonçalo',P),('Mesa-redonda "Logística partilhada para pequenos produtores"','2034-10-13','2034-10-13','Guarda',P),
 ('Encontros de Negócios B2B (2033 edition)','2033-10-05','2033-10-06',N,N)],
['2034-10-12/2034-10-15','2034-07-04','2034-10-12/2034-10-13','2034-09-28','2034-10-09','2034-10-11','2034-10-12','2034-10-13','2033-10-05/2033-10-06','2019','2034'])
