from h import *
F = 'g02_portalegre_cluster_nova_diretora.txt'
assert wd(2034,2,27)=='Monday' and wd(2034,3,1)=='Wednesday' and wd(2034,4,20)=='Thursday'
T = """COMUNICADO DE IMPRENSA
Para divulgação imediata

Portalegre, 27 de fevereiro de 2034

Marta Sofia Queiroz Bettencourt é a nova diretora executiva do Cluster AgroCork Alto Alentejo

A Direção da Associação Cluster AgroCork Alto Alentejo – Cortiça, Montado e Agroalimentar nomeou a Eng.ª Marta Sofia Queiroz Bettencourt como diretora executiva, com efeitos a 1 de março de 2034. A nova diretora sucede ao Eng.º António Manuel Sequeira Rosado, que liderou a equipa técnica do cluster desde a sua fundação, em 2026, e que se reforma no final deste mês.

A decisão foi tomada por unanimidade na reunião de Direção de 20 de fevereiro, após um processo de recrutamento aberto que recebeu 34 candidaturas de Portugal, Espanha e França.

Quem é a nova diretora executiva

Natural de Castelo de Vide, Marta Bettencourt, de 44 anos, é engenheira agrónoma pelo Instituto Superior de Agronomia da Universidade de Lisboa e mestre em Gestão da Inovação pela Universidade de Évora. Trabalhou onze anos na Corticeira do Caia, S.A., onde foi responsável pela certificação florestal e, depois, diretora de sustentabilidade. Desde 2031 era coordenadora do Centro de Competências do Sobreiro e da Cortiça de Ponte de Sor, onde conduziu o programa de monitorização da seca nos montados do Norte Alentejano.

«Recebo uma organização sólida, com 112 associados e uma reputação construída com muito trabalho», afirmou a nova diretora executiva. «As prioridades para os próximos três anos são claras: levar a inovação às pequenas explorações, valorizar os subprodutos da cortiça e do olival e abrir mercados para os nossos produtos com marca de origem.»

Um agradecimento a António Rosado

O presidente da Direção, Dr. Joaquim Pedro Falcão Miranda, administrador da Olivais do Sever – Sociedade Agrícola, Lda., agradeceu publicamente ao diretor cessante. «O Eng.º António Rosado pegou num projeto com seis empresas e um computador emprestado e deixa-nos um cluster reconhecido pelo Ministério da Economia e pela Comissão de Coordenação e Desenvolvimento Regional do Alentejo. Em nome de todos os associados, o nosso muito obrigado.»

Sob a direção de António Rosado, o cluster obteve o reconhecimento formal como Cluster de Competitividade em 2029, coordenou três projetos europeus e organizou oito edições do Fórum do Montado, o encontro anual do setor em Portalegre. O antigo diretor continuará ligado ao cluster como membro do Conselho Consultivo.

Também a Vice-Presidente da Comissão de Coordenação e Desenvolvimento Regional do Alentejo (CCDR Alentejo), Dr.ª Inês Vaz Pestana, deixou uma palavra ao antigo diretor: «Foi um parceiro exigente e leal. O Alto Alentejo deve-lhe muito.»

Transição e equipa

Durante o mês de março, António Rosado e Marta Bettencourt trabalharão em conjunto na passagem de pastas. A equipa técnica mantém-se: Rui Filipe Caldeira (gestor de projetos), Ana Beatriz Nunes da Cunha (comunicação e eventos) e Sérgio Mendonça Tavares (apoio às empresas e internacionalização).

A primeira iniciativa pública da nova diretora será a apresentação do plano de atividades na Assembleia Geral de associados, marcada para quinta-feira, 20 de abril de 2034, às 15h00, no auditório do Instituto Politécnico de Portalegre. A 9.ª edição do Fórum do Montado decorrerá em Portalegre de 12 a 14 de outubro de 2034.

Sobre o Cluster AgroCork Alto Alentejo

A Associação Cluster AgroCork Alto Alentejo é uma associação privada sem fins lucrativos fundada em 2026, com sede em Portalegre. Reúne 112 associados – produtores florestais, empresas corticeiras, lagares, queijarias, instituições de ensino superior e centros de investigação –, entre os quais o Instituto Politécnico de Portalegre, a Universidade de Évora, a Associação de Produtores Florestais do Norte Alentejano (APFNA) e a Câmara Municipal de Portalegre. O cluster integra a rede europeia de clusters agroalimentares AgriFood Clusters Alliance e participa na Estratégia Regional de Especialização Inteligente do Alentejo 2028–2034.

Contacto para a imprensa:
Ana Beatriz Nunes da Cunha
Comunicação e Eventos
Cluster AgroCork Alto Alentejo
Rua de Elvas, 18 – 7300-126 Portalegre
Tel.: +351 245 000 118
imprensa@agrocork-altoalentejo.example.pt

Notas aos editores:
– Fotografias da nova diretora executiva (créditos: Cluster AgroCork / Luís Pardal) disponíveis a pedido.
– O comunicado está disponível também em inglês e espanhol.

###
"""
write(F, T)
C = "Associação Cluster AgroCork Alto Alentejo – Cortiça, Montado e Agroalimentar"
gold(F,
 [P("Marta Sofia Queiroz Bettencourt","diretora executiva","Cluster AgroCork Alto Alentejo"),
  P("António Manuel Sequeira Rosado","diretor cessante","Cluster AgroCork Alto Alentejo"),
  P("Joaquim Pedro Falcão Miranda","presidente da Direção","Cluster AgroCork Alto Alentejo"),
  P("Inês Vaz Pestana","Vice-Presidente","Comissão de Coordenação e Desenvolvimento Regional do Alentejo"),
  P("Rui Filipe Caldeira","gestor de projetos","Cluster AgroCork Alto Alentejo"),
  P("Ana Beatriz Nunes da Cunha","Comunicação e Eventos","Cluster AgroCork Alto Alentejo"),
  P("Sérgio Mendonça Tavares","apoio às empresas e internacionalização","Cluster AgroCork Alto Alentejo"),
  P("Luís Pardal",None,None)],
 [O(C), O("Instituto Superior de Agronomia"), O("Universidade de Lisboa"), O("Universidade de Évora"),
  O("Corticeira do Caia, S.A."), O("Centro de Competências do Sobreiro e da Cortiça de Ponte de Sor"),
  O("Olivais do Sever – Sociedade Agrícola, Lda."), O("Ministério da Economia"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Alentejo","CCDR Alentejo"),
  O("Instituto Politécnico de Portalegre"), O("Associação de Produtores Florestais do Norte Alentejano","APFNA"),
  O("Câmara Municipal de Portalegre"), O("AgriFood Clusters Alliance")],
 [E("Assembleia Geral de associados","2034-04-20",None,"Portalegre","Portugal"),
  E("9.ª edição do Fórum do Montado","2034-10-12","2034-10-14","Portalegre","Portugal"),
  E("reunião de Direção","2034-02-20",None,None,None)],
 ["2034-02-27","2034-03-01","2026","2034-02-20","2031","2029","2034-04-20","2034-10-12/2034-10-14","2028/2034","2034-03"],
 [], "2034-02-27")
