from mk import build
build('agrobeira-2034-encontros-b2b','agrobeira-2034-encontros-b2b.txt','2034-07-04', """
Sérgio Costa|Presidente da Câmara Municipal da Guarda|Câmara Municipal da Guarda
Maria do Carmo Saraiva Pinto|Presidente da Direção|CABI
Jean-Paul Hoffmann-Tavares||Chambre de Commerce Luxembourg
Rita Fonseca Barreto|moderadora|Instituto Politécnico da Guarda
Carlos Mendes Aleixo||Transportes Beira Alta, Lda.
Alberto Gómez Sanz||Clúster Agroalimentario de Castilla y León – Vitartis
Helena Quaresma||IAPMEI
Joaquim Ferrão Lopes|sócio-gerente|Fumeiro da Raia, Lda.
Inês Pacheco Vaz|gestora de projetos|CABI
Rui Monteiro Gaspar||Enterprise Europe Network Portugal
""","""
Cluster Agroindustrial da Beira Interior|CABI
NERGA – Associação Empresarial da Região da Guarda|NERGA
Enterprise Europe Network Portugal
Câmara Municipal da Guarda
Chambre de Commerce Luxembourg
Associação Nacional de Criadores de Ovinos Serra da Estrela|ANCOSE
Queijaria Vale do Mondego
Instituto Politécnico da Guarda
Transportes Beira Alta, Lda.
Clúster Agroalimentario de Castilla y León – Vitartis
IAPMEI
Fumeiro da Raia, Lda.
Polska Agencja Inwestycji i Handlu|PAIH
""","""
AgroBeira 2034|2034-10-12|2034-10-15|Guarda|Portugal
Encontros de Negócios B2B|2034-10-12|2034-10-13|Guarda|Portugal
Almoço de trabalho|2034-10-12|2034-10-12|Guarda|Portugal
Prova de queijos da Serra da Estrela|2034-10-12|2034-10-12|Guarda|Portugal
Visita à Queijaria Vale do Mondego|2034-10-13|2034-10-13|Gonçalo|Portugal
Mesa-redonda "Logística partilhada para pequenos produtores"|2034-10-13|2034-10-13|Guarda|Portugal
Encontros de Negócios B2B (2033 edition)|2033-10-05|2033-10-06||
""","2034-10-12/2034-10-15 2034-07-04 2034-10-12/2034-10-13 2034-09-28 2034-10-09 2034-10-11 2034-10-12 2034-10-13 2033-10-05/2033-10-06 2033 2019 2034")
