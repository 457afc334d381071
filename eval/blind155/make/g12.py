from h import *
F = 'g12_portalegre_avaliacao_cluster_cortica.txt'
assert wd(2039,7,15)=='Friday' and wd(2039,9,28)=='Wednesday'
T = """RELATÓRIO DE AVALIAÇÃO INTERCALAR
Cluster Montado & Cortiça do Alto Alentejo – Plano de Ação 2035-2040

Entidade adjudicante: Comunidade Intermunicipal do Alto Alentejo (CIMAA), Portalegre
Equipa de avaliação: Alentejo Policy Lab, Lda., Évora
Coordenação: Doutora Teresa Caeiro Mourato; equipa: Rui Pedro Bexiga, Inês Vaz Serra e Luís Tapadinhas
Data de entrega: 15 de julho de 2039 (sexta-feira)

1. Enquadramento

O Cluster Montado & Cortiça do Alto Alentejo foi reconhecido em 2034 e reúne hoje 71 associados: produtores florestais, corticeiras de Ponte de Sor e de Portalegre, empresas de cosmética natural, centros de investigação e municípios. A entidade gestora é a Associação Montado Vivo, com sede em Portalegre, cujo presidente é o engenheiro António Lourenço Marques (Corticeira do Sor, S.A.). A diretora executiva é Carla Sapateiro.

O Plano de Ação 2035-2040 tem três eixos: saúde do montado e regeneração do sobreiro; novos produtos de cortiça para a construção e o design; e turismo e marca territorial. A presente avaliação intercalar, pedida pela CIMAA ao abrigo do programa regional Alentejo 2030, cobre o período de janeiro de 2035 a março de 2039. O caderno de encargos pedia que a equipa respondesse a quatro perguntas: se o cluster atingiu as metas do plano, se os associados estão satisfeitos com os serviços prestados, se a governação é adequada e que ajustamentos devem ser feitos para o período seguinte.

2. Metodologia

Foram analisados os relatórios anuais do cluster, realizadas 38 entrevistas e um inquérito a 64 associados (taxa de resposta de 59%). Os resultados preliminares foram discutidos num seminário de validação no Instituto Politécnico de Portalegre (IPP), a 23 de maio de 2039, com a presença do presidente do conselho intermunicipal, Hugo Serrano Ventura, e do vogal do conselho diretivo da Agência Nacional de Inovação (ANI), Paulo Salgueiro.

3. Principais números

- 19 projetos colaborativos lançados, 11 deles com financiamento europeu
- 4,2 milhões de euros de investimento mobilizado
- 2 novos produtos de isolamento em cortiça no mercado
- 1 400 hectares de montado com planos de regeneração

4. Conclusões

- O cluster tornou-se o interlocutor reconhecido do setor na região, tanto para os municípios como para o Governo
- Os resultados no eixo dos novos produtos superam as metas; os do eixo da saúde do montado estão muito abaixo do previsto
- Os pequenos proprietários florestais participam pouco, porque os projetos exigem contrapartidas que não conseguem pagar
- A equipa técnica de três pessoas é insuficiente para acompanhar 71 associados e 19 projetos

5. Recomendações

- Criar um fundo de apoio à regeneração do montado destinado a pequenos proprietários, com a CIMAA e os municípios
- Reforçar a equipa técnica com um gestor de projetos dedicado à floresta até ao final de 2039
- Estabelecer cooperação com clusters da cortiça da Extremadura e da Catalunha, no quadro do programa Interreg Espanha-Portugal
- Rever os indicadores do plano de ação, acrescentando metas de resultados para os associados

5.1 Posição da entidade gestora

A direção da Associação Montado Vivo aceitou as recomendações na reunião de 4 de julho de 2039 e anunciou a sua apresentação pública na Feira da Cortiça e do Montado, em Ponte de Sor, de 28 de setembro a 1 de outubro de 2039, cuja abertura está marcada para quarta-feira, 28 de setembro.

Anexos: I – Lista de entrevistados; II – Questionário; III – Matriz de indicadores

Alentejo Policy Lab, Lda. · Rua de Serpa Pinto 44, 7000-537 Évora · geral@apl.example.pt
"""
write(F, T)
M = "Associação Montado Vivo"; C = "Cluster Montado & Cortiça do Alto Alentejo"
gold(F,
 [P("Teresa Caeiro Mourato","Coordenação","Alentejo Policy Lab, Lda."),
  P("Rui Pedro Bexiga",None,"Alentejo Policy Lab, Lda."),
  P("Inês Vaz Serra",None,"Alentejo Policy Lab, Lda."),
  P("Luís Tapadinhas",None,"Alentejo Policy Lab, Lda."),
  P("António Lourenço Marques","presidente",M),
  P("Carla Sapateiro","diretora executiva",M),
  P("Hugo Serrano Ventura","presidente do conselho intermunicipal","Comunidade Intermunicipal do Alto Alentejo"),
  P("Paulo Salgueiro","vogal do conselho diretivo","Agência Nacional de Inovação")],
 [O("Comunidade Intermunicipal do Alto Alentejo","CIMAA"), O("Alentejo Policy Lab, Lda."), O(C), O(M),
  O("Corticeira do Sor, S.A."), O("Instituto Politécnico de Portalegre","IPP"), O("Agência Nacional de Inovação","ANI")],
 [E("seminário de validação","2039-05-23",None,"Portalegre","Portugal"),
  E("reunião","2039-07-04",None,None,None),
  E("Feira da Cortiça e do Montado","2039-09-28","2039-10-01","Ponte de Sor","Portugal")],
 ["2035/2040","2039-07-15","2034","2035-01/2039-03","2039-05-23","2039","2039-07-04","2039-09-28/2039-10-01","2039-09-28"],
 ["O cluster tornou-se o interlocutor reconhecido do setor na região, tanto para os municípios como para o Governo",
  "Os resultados no eixo dos novos produtos superam as metas; os do eixo da saúde do montado estão muito abaixo do previsto",
  "Os pequenos proprietários florestais participam pouco, porque os projetos exigem contrapartidas que não conseguem pagar",
  "A equipa técnica de três pessoas é insuficiente para acompanhar 71 associados e 19 projetos",
  "Criar um fundo de apoio à regeneração do montado destinado a pequenos proprietários, com a CIMAA e os municípios",
  "Reforçar a equipa técnica com um gestor de projetos dedicado à floresta até ao final de 2039",
  "Estabelecer cooperação com clusters da cortiça da Extremadura e da Catalunha, no quadro do programa Interreg Espanha-Portugal",
  "Rever os indicadores do plano de ação, acrescentando metas de resultados para os associados"],
 pub="2039-07-15")
