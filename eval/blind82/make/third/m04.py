from w import w
Q='Quaternaire Alentejo – Consultoria e Estudos, Lda.'
w('g04_alentejo_agroindustria_avaliacao_intercalar','g04_alentejo_agroindustria_avaliacao_intercalar.docx','2034-11-07',
[('Inês Carvalho Mendonça','coordenadora',Q),('Rui Paulo Sequeira',None,Q),('Marta Gonçalves dos Santos',None,Q),
('Joaquim Mestre Valadas','administrador','Herdade do Peral Alto, S.A.'),('Sofia Ramalho Pinto','diretora executiva','PIAA')],
[('Associação Polo de Inovação Agroalimentar do Alentejo','PIAA'),(Q,None),('Comissão de Coordenação e Desenvolvimento Regional do Alentejo','CCDR Alentejo'),
('Universidade de Évora',None),('Instituto Politécnico de Beja',None),('Centro de Biotecnologia Agrícola e Agro-Alimentar do Alentejo','CEBAL'),
('Herdade do Peral Alto, S.A.',None),('AICEP Portugal Global',None)],
[('seminário com os associados','2034-10-02','2034-10-02','Beja','Portugal'),('Assembleia Geral do PIAA','2034-12-12','2034-12-12','Évora','Portugal')],
['2034-11-07','2032/2036','2032-01/2034-06','2034-10-02','2034-06-30','2036','2034-06','2035','2034-12-12'],
['O PIAA consolidou','Os associados inquiridos','O PIAA cumpre','A componente','A dependência','A comunicação','Criar um','Rever as','Aumentar','Realizar metade','Publicar'])
