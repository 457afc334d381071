from h import *
F = 'ourense-foro-termalismo-innovacion-2035.txt'
T = """Inicio > Axenda > Foro Termalismo e Innovación 2035

FORO TERMALISMO E INNOVACIÓN 2035
"Auga, saúde e territorio"
Ourense, 12 e 13 de xuño de 2035 · Centro Cultural Marcos Valcárcel

Publicado o 3 de abril de 2035 · Área de Eventos do Clúster Termal de Galicia

O Clúster Termal de Galicia (CTG), en colaboración coa Deputación Provincial de Ourense, o Concello de Ourense e a Universidade de Vigo, organiza a cuarta edición do Foro Termalismo e Innovación, o encontro de referencia do sector das augas mineromedicinais e do turismo de saúde no noroeste peninsular. Nesta edición o foro centrarase na relación entre a auga termal, a saúde das persoas maiores e a fixación de poboación no rural.

Ourense é a provincia con máis mananciais termais de Galicia e unha das que máis envellece de Europa. "Queremos demostrar que o termalismo pode ser unha industria de innovación e de emprego cualificado, e non só un recurso turístico", explica a presidenta do clúster, Dna. Rosa María Outeiriño Pazos, directora do balneario Augas Santas de Pantón.

PROGRAMA

Martes, 12 de xuño de 2035

09:00 Acreditacións e café
09:30 Inauguración institucional
      - Luis Manuel Baltar-Mosquera, presidente da Deputación Provincial de Ourense
      - Ana Belén Fernández-Taboada, alcaldesa de Ourense
      - María Xosé Lorenzo Barreiro, directora xeral de Turismo de Galicia (Xunta de Galicia)
10:15 Conferencia inaugural: "O termalismo social en Europa: leccións de Francia e Hungría"
      Prof. Dr. Jean-Baptiste Charrier-Lacoste, Université Clermont Auvergne, e Dra. Zsófia Kovács-Nagy, Hungarian Spa Association
11:15 Mesa redonda: "Auga e saúde: que di a evidencia científica?"
      Modera: Dra. Iria Feijoo Vázquez, investigadora do grupo de Hidroloxía Médica da Universidade de Santiago de Compostela (USC)
      Participan: Dr. Carlos Vázquez Outomuro (Servizo Galego de Saúde, SERGAS), Mónica Giráldez Rañal (Balneario de Cortegada) e Pedro Nunes Carvalho (Termas de Chaves, Portugal)
13:30 Xantar de traballo nas Burgas
16:00 Obradoiros paralelos
      A. Dixitalización dos balnearios pequenos (con Galicia Dixital e a Axencia para a Modernización Tecnolóxica de Galicia, AMTEGA)
      B. Novos produtos: cosmética e alimentación con auga termal (con Lóstrego Cosmética S.L.)
      C. Financiamento europeo para proxectos de turismo de saúde (con Enterprise Europe Network Galicia)
19:30 Visita guiada á ruta termal do Miño, desde o Muíño da Veiga ata Outariz
21:00 Cea do foro e entrega do Premio Galicia Termal 2035 no Pazo de Vilanova

Mércores, 13 de xuño de 2035

09:30 Presentación do estudo "O impacto económico do termalismo en Ourense 2025–2034", elaborado polo Instituto de Estudos Territoriais da Universidade de Vigo, por Dr. Xoán Carlos Rei-Martínez
10:30 Mesa de clústeres europeos: "Rede de rexións termais"
      - Giulia Montanari (Distretto Termale dell'Emilia-Romagna)
      - Dr. Ulrich von Hohenberg (Heilbäderverband Baden-Württemberg)
      - Andrea Kollár (Pannon Termal Klaszter, Hungría)
      - José Carlos Portela Araújo (Associação das Termas de Portugal)
12:00 Encontros B2B entre empresas do sector, axencias de viaxes e aseguradoras
13:30 Conclusións e clausura, a cargo do xerente do clúster, Breogán Canedo Lamas

INFORMACIÓN PRÁCTICA

Inscrición: gratuíta para socios do clúster e estudantes; 60 euros para o resto. Prazo ata o 30 de maio de 2035. A cea do foro ten un custo adicional de 45 euros. As prazas dos obradoiros son limitadas a 40 persoas por obradoiro.

Idiomas: galego, castelán e inglés, con tradución simultánea na sesión plenaria.

Aloxamento: o clúster ten un acordo con tres hoteis da cidade e cos balnearios de Laias e Arnoia para os participantes que cheguen o día 11 de xuño.

EDICIÓNS ANTERIORES

O foro celebrouse por primeira vez en 2029 en Ourense. En 2031 trasladouse a Mondariz e en 2033 celebrouse en Ourense con máis de 280 participantes. A seguinte edición terá lugar en 2037 en Chaves (Portugal), en colaboración coa Eurocidade Chaves-Verín.

PATROCINADORES E COLABORADORES

O foro conta co apoio da Deputación Provincial de Ourense, da Axencia Galega de Innovación (GAIN), de Abanca e da Fundación Paideia. Colaboran tamén a Cámara de Comercio de Ourense e a Confederación Empresarial de Ourense (CEO), así como o Campus da Auga da Universidade de Vigo, que acolle desde 2032 o primeiro máster en xestión termal de Galicia.

Para máis información poden contactar coa secretaría técnica do foro, Noa Domínguez Carballo, no teléfono 988 00 00 00 ou no correo foro@clustertermal.example. Os relatorios e as fotografías da edición de 2033 están dispoñibles na sección de arquivo da nosa web, onde tamén se pode consultar a declaración final aprobada polos participantes, que pedía á Xunta de Galicia un plan específico de termalismo social e unha liña de axudas para a rehabilitación dos balnearios históricos de"""
write(F, T)
CT='Clúster Termal de Galicia'; DO='Deputación Provincial de Ourense'; UV='Universidade de Vigo'
gold(F,
 [P('Rosa María Outeiriño Pazos','presidenta',CT), P('Luis Manuel Baltar-Mosquera','presidente',DO), P('Ana Belén Fernández-Taboada','alcaldesa de Ourense',None),
  P('María Xosé Lorenzo Barreiro','directora xeral de Turismo de Galicia','Xunta de Galicia'), P('Jean-Baptiste Charrier-Lacoste',None,'Université Clermont Auvergne'),
  P('Zsófia Kovács-Nagy',None,'Hungarian Spa Association'), P('Iria Feijoo Vázquez','investigadora','Universidade de Santiago de Compostela'),
  P('Carlos Vázquez Outomuro',None,'Servizo Galego de Saúde'), P('Mónica Giráldez Rañal',None,'Balneario de Cortegada'), P('Pedro Nunes Carvalho',None,'Termas de Chaves'),
  P('Xoán Carlos Rei-Martínez',None,'Instituto de Estudos Territoriais'), P('Giulia Montanari',None,"Distretto Termale dell'Emilia-Romagna"),
  P('Ulrich von Hohenberg',None,'Heilbäderverband Baden-Württemberg'), P('Andrea Kollár',None,'Pannon Termal Klaszter'), P('José Carlos Portela Araújo',None,'Associação das Termas de Portugal'),
  P('Breogán Canedo Lamas','xerente',CT), P('Noa Domínguez Carballo','secretaría técnica do foro',None)],
 [O(CT,'CTG'), O(DO), O('Concello de Ourense'), O(UV), O('Augas Santas de Pantón'), O('Xunta de Galicia'), O('Université Clermont Auvergne'), O('Hungarian Spa Association'),
  O('Hidroloxía Médica'), O('Universidade de Santiago de Compostela','USC'), O('Servizo Galego de Saúde','SERGAS'), O('Balneario de Cortegada'), O('Termas de Chaves'),
  O('Galicia Dixital'), O('Axencia para a Modernización Tecnolóxica de Galicia','AMTEGA'), O('Lóstrego Cosmética S.L.'), O('Enterprise Europe Network Galicia'),
  O('Instituto de Estudos Territoriais'), O("Distretto Termale dell'Emilia-Romagna"), O('Heilbäderverband Baden-Württemberg'), O('Pannon Termal Klaszter'),
  O('Associação das Termas de Portugal'), O('Eurocidade Chaves-Verín'), O('Axencia Galega de Innovación','GAIN'), O('Abanca'), O('Fundación Paideia'),
  O('Cámara de Comercio de Ourense'), O('Confederación Empresarial de Ourense','CEO'), O('Campus da Auga')],
 [E('Foro Termalismo e Innovación 2035','2035-06-12','2035-06-13','Ourense','Spain'), E('Obradoiros paralelos','2035-06-12','2035-06-12','Ourense','Spain'),
  E('Visita guiada á ruta termal do Miño','2035-06-12','2035-06-12','Ourense','Spain'), E('Cea do foro e entrega do Premio Galicia Termal 2035','2035-06-12','2035-06-12','Ourense','Spain'),
  E('Mesa de clústeres europeos: "Rede de rexións termais"','2035-06-13','2035-06-13','Ourense','Spain'), E('Encontros B2B','2035-06-13','2035-06-13','Ourense','Spain'),
  E('Foro Termalismo e Innovación (2029 edition)','2029','2029','Ourense','Spain'), E('Foro Termalismo e Innovación (2031 edition)','2031','2031','Mondariz','Spain'),
  E('Foro Termalismo e Innovación (2033 edition)','2033','2033','Ourense','Spain'), E('Foro Termalismo e Innovación (2037 edition)','2037','2037','Chaves','Portugal')],
 ['2035-06-12/2035-06-13','2035-04-03','2035-06-12','2035-06-13','2025/2034','2035-05-30','2035-06-11','2029','2031','2033','2037','2032'], pub='2035-04-03')
