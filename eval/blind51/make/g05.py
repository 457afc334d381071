from h import *
T = """COMUNICADO DE IMPRENSA / PRESS RELEASE
Ponta Delgada, 2 de outubro de 2034

PAVILHÃO DOS AÇORES REGRESSA AO SIAL PARIS COM 14 EMPRESAS
AZORES PAVILION BACK AT SIAL PARIS WITH 14 COMPANIES

[PT]
O Cluster Agroalimentar dos Açores (CAA) vai organizar, pela terceira vez, o Pavilhão dos Açores no SIAL Paris, que decorre de 15 a 19 de outubro de 2034 no Parc des Expositions de Paris-Nord Villepinte. O pavilhão, com 220 m² no Hall 5, reúne 14 empresas das ilhas de São Miguel, Terceira, Pico, Faial e São Jorge, dos setores dos laticínios, conservas de peixe, chá, ananás e carne.

A participação é cofinanciada pelo programa Açores 2030 e apoiada pela Secretaria Regional do Mar e das Pescas e pela Câmara de Comércio e Indústria de Ponta Delgada (CCIPD).

«O SIAL é a montra de que precisamos para mostrar que os Açores não são só paisagem», afirma Rui Medeiros Furtado, presidente da direção do CAA. «Em 2032 trouxemos de Paris contactos com 40 importadores; este ano queremos fechar contratos.»

Empresas expositoras: Lacticínios Vale das Furnas, Lda.; Conservas Atlântida Pico, S.A.; Chá Serra Verde, Lda.; Ananás da Lagoa Cooperativa; Carnes Ilha Terceira, S.A.; Queijaria São Jorge Fajã, Lda.; Pescatlântico Açores, Lda.; e mais sete empresas.

Eventos no stand:
• 15 de outubro, 16h00 – Receção de abertura com a Secretária Regional, Dra. Beatriz Vasconcelos Amaral
• 16 de outubro, 11h00 – Prova de queijo de São Jorge DOP, conduzida pelo mestre queijeiro Manuel Jorge Silveira
• 17 de outubro, 14h30 – Encontros B2B com importadores franceses, organizados com a Enterprise Europe Network Açores
• 18 de outubro, 10h00 – Apresentação do estudo «Mercado francês para produtos insulares»

[EN]
The Azores Agri-food Cluster (Cluster Agroalimentar dos Açores, CAA) will run the Azores Pavilion at SIAL Paris for the third time. The fair takes place from 15 to 19 October 2034 at Paris-Nord Villepinte. The 220 m² pavilion in Hall 5 brings together 14 companies from São Miguel, Terceira, Pico, Faial and São Jorge, covering dairy, canned fish, tea, pineapple and beef.

Participation is co-funded by the Açores 2030 programme and supported by the Regional Secretariat for the Sea and Fisheries and the Ponta Delgada Chamber of Commerce and Industry (CCIPD).

"SIAL is the shop window we need to show that the Azores are not just landscape," says Rui Medeiros Furtado, chair of the CAA board. "In 2032 we came back from Paris with contacts to 40 importers; this year we want to sign contracts."

Events at the stand:
• 15 October, 4 pm – Opening reception with the Regional Secretary, Beatriz Vasconcelos Amaral
• 16 October, 11 am – Tasting of São Jorge PDO cheese, led by master cheesemaker Manuel Jorge Silveira
• 17 October, 2.30 pm – B2B meetings with French importers, organised with Enterprise Europe Network Azores
• 18 October, 10 am – Presentation of the study "The French market for island products" by Dr. Sofia Ávila Raposo, University of the Azores

The Azores also announced that the pavilion will travel on to Anuga in Cologne (9–13 October 2035) and, for the first time, to Gulfood in Dubai in February 2036.

Previous participations: SIAL Paris 2030 (8 companies), SIAL Paris 2032 (11 companies), Summer Fancy Food Show, New York, June 2033.

Notas para os editores / Notes to editors
O CAA foi fundado em 2016 e reúne 62 associados. / CAA was founded in 2016 and has 62 members.
Contacto / Contact: Inês Cabral Tavares, comunicação / communications, imprensa@caa-acores.example, +351 296 000 000
"""
write("CAA_press-release_SIAL-Paris-2034_PT-EN.txt", T, "2034-10-02",
 [P("Rui Medeiros Furtado","presidente da direção","CAA"),
  P("Beatriz Vasconcelos Amaral","Secretária Regional",None),
  P("Manuel Jorge Silveira","mestre queijeiro",None),
  P("Sofia Ávila Raposo",None,"University of the Azores"),
  P("Inês Cabral Tavares","comunicação",None)],
 [O("Cluster Agroalimentar dos Açores","CAA"),O("Secretaria Regional do Mar e das Pescas"),
  O("Câmara de Comércio e Indústria de Ponta Delgada","CCIPD"),O("Lacticínios Vale das Furnas, Lda."),O("Conservas Atlântida Pico, S.A."),
  O("Chá Serra Verde, Lda."),O("Ananás da Lagoa Cooperativa"),O("Carnes Ilha Terceira, S.A."),O("Queijaria São Jorge Fajã, Lda."),
  O("Pescatlântico Açores, Lda."),O("Enterprise Europe Network Açores"),O("University of the Azores")],
 [E("SIAL Paris","2034-10-15","2034-10-19","Paris","France"),
  E("Anuga","2035-10-09","2035-10-13","Cologne","Germany"),
  E("Gulfood","2036-02","2036-02","Dubai","United Arab Emirates"),
  E("SIAL Paris 2030","2030","2030","Paris","France"),
  E("SIAL Paris 2032","2032","2032","Paris","France"),
  E("Summer Fancy Food Show","2033-06","2033-06","New York","United States")],
 ["2034-10-02","2034-10-15/2034-10-19","2032","2034-10-15","2034-10-16","2034-10-17","2034-10-18","2035-10-09/2035-10-13",
  "2036-02","2033-06","2016"])
