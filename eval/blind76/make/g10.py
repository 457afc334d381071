from h import *
F = 'estudo-cadeia-valor-castanha-tras-os-montes-2033.md'
FIND = [
 "a produção de castanha na região cresceu 38 % entre 2023 e 2032, mas apenas 17 % do volume é transformado na região; o resto sai em fresco, sobretudo para Espanha e Itália;",
 "as empresas de transformação são pequenas (em média 9 trabalhadores) e trabalham com margens inferiores a 6 %;",
 "a doença do cancro do castanheiro e a vespa-das-galhas provocaram perdas de até 30 % em anos maus, e os produtores não dispõem de seguro adequado;",
 "existe procura crescente por farinha de castanha, castanha congelada e produtos sem glúten nos mercados do norte da Europa;",
 "a cooperação entre produtores, cooperativas e indústria é fraca, e a informação sobre preços e qualidade não circula;",
 "a região dispõe de competências científicas reconhecidas no Instituto Politécnico de Bragança e na Universidade de Trás-os-Montes e Alto Douro, pouco aproveitadas pelas empresas.",
]
REC = [
 "Criar uma central de compras e de frio partilhada, gerida pelas cooperativas, para aumentar a parte da castanha transformada na região para 35 % até 2038.",
 "Lançar, com a CCDR Norte, uma linha de apoio ao investimento em transformação destinada a empresas com menos de 50 trabalhadores.",
 "Desenvolver um seguro de colheita específico para a castanha, em articulação com as seguradoras e o Ministério da Agricultura.",
 "Registar uma marca coletiva «Castanha de Trás-os-Montes» com regras de qualidade e rastreabilidade comuns.",
 "Instituir um observatório de preços e mercados, alojado no cluster, com publicação trimestral.",
 "Organizar missões empresariais conjuntas à Alemanha, aos Países Baixos e à Escandinávia a partir de 2034.",
]
T = f"""# A cadeia de valor da castanha em Trás-os-Montes: diagnóstico e recomendações

**Cluster Agroalimentar de Trás-os-Montes (CATM) · Relatório final · Bragança, 21 de novembro de 2033**

Equipa técnica: Prof.ª Doutora Helena Morais Sarmento (coordenação, Instituto Politécnico de Bragança), Doutor Rui Pinto Carvalhal (Universidade de Trás-os-Montes e Alto Douro) e Eng.ª Catarina Fidalgo (CATM). Consultoria económica: Douro Analytics, Lda.

---

## 1. Enquadramento

A castanha é hoje o principal produto agrícola de exportação de Trás-os-Montes. A região responde por mais de 80 % da produção nacional, concentrada nos concelhos de Bragança, Vinhais, Macedo de Cavaleiros, Valpaços e Carrazeda de Ansiães. Apesar disso, a maior parte do valor é criada fora da região.

O Cluster Agroalimentar de Trás-os-Montes encomendou o presente estudo em janeiro de 2033, com o apoio da Comissão de Coordenação e Desenvolvimento Regional do Norte (CCDR Norte) e da Câmara Municipal de Bragança. O objetivo era conhecer a cadeia de valor, identificar os estrangulamentos e propor medidas concretas para as empresas e para as entidades públicas.

O cluster, criado em 2030 como associação sem fins lucrativos, reúne atualmente 64 associados: produtores e cooperativas, empresas de transformação de castanha, amêndoa, azeite e fumeiro, duas instituições de ensino superior e quatro municípios. A castanha foi escolhida como primeiro estudo setorial por ser o produto em que a distância entre o volume produzido e o valor retido na região é maior, e porque vários associados preparam investimentos em linhas de descasque e congelação.

## 2. Metodologia

Entre fevereiro e julho de 2033 a equipa realizou 212 inquéritos a produtores, 31 entrevistas a empresas de transformação, cooperativas e distribuidores, e três grupos de discussão em Vinhais, Valpaços e Bragança. Foram ainda analisados os dados de comércio externo do Instituto Nacional de Estatística (INE) e os registos do Instituto de Financiamento da Agricultura e Pescas (IFAP). Os resultados preliminares foram discutidos num seminário público no Instituto Politécnico de Bragança, a 27 de setembro de 2033, com 140 participantes.

## 3. Principais conclusões

O estudo concluiu que:

{chr(10).join('- ' + x for x in FIND)}

Estes resultados confirmam, em grande medida, o diagnóstico da Estratégia Regional de Especialização Inteligente 2028–2034, que já identificava a valorização dos produtos endógenos como prioridade, mas mostram que os instrumentos de apoio não chegaram às empresas mais pequenas.

## 4. Recomendações

Com base nas conclusões, a equipa propõe seis recomendações, dirigidas ao cluster, às empresas e às entidades públicas:

{chr(10).join(f'{i}. ' + x for i, x in enumerate(REC, 1))}

## 5. Próximos passos

A Direção do CATM, presidida por Armando Gonçalves Teixeira, administrador da Sabores do Nordeste, S.A., aprovou o relatório na reunião de 14 de novembro de 2033 e decidiu constituir um grupo de trabalho para a central de compras, coordenado por Francisca Veiga Lopes, da Cooperativa Agrícola de Vinhais, C.R.L. O relatório será apresentado publicamente na Feira da Castanha – Rural Castanea, em Vinhais, e entregue ao Secretário de Estado da Agricultura, Dr. Tiago Meireles.

«Temos a matéria-prima, temos o conhecimento, falta-nos organização», resumiu a coordenadora do estudo, Helena Morais Sarmento, na sessão de apresentação aos associados em Macedo de Cavaleiros, a 18 de novembro de 2033.

Associados que participaram nas entrevistas: Castanhas Terra Fria, Unipessoal Lda.; Sabores do Nordeste, S.A.; Trás-os-Montes Frutos Secos, Lda.; Cooperativa Agrícola de Vinhais, C.R.L.; Agrupamento de Produtores de Castanha da Padrela; Doçaria Transmontana, Lda.

---

*Cluster Agroalimentar de Trás-os-Montes · Av. Sá Carneiro 150, 5300-252 Bragança · geral@catm.pt · Este estudo foi cofinanciado pelo Programa Regional do Norte 2028–2034.*
"""
write(F, T)
C='Cluster Agroalimentar de Trás-os-Montes'
gold(F, [P('Helena Morais Sarmento','coordenação','Instituto Politécnico de Bragança'), P('Rui Pinto Carvalhal',None,'Universidade de Trás-os-Montes e Alto Douro'),
 P('Catarina Fidalgo',None,'CATM'), P('Armando Gonçalves Teixeira','administrador','Sabores do Nordeste, S.A.'),
 P('Francisca Veiga Lopes',None,'Cooperativa Agrícola de Vinhais, C.R.L.'), P('Tiago Meireles','Secretário de Estado da Agricultura',None)],
 [O(C,'CATM'), O('Instituto Politécnico de Bragança'), O('Universidade de Trás-os-Montes e Alto Douro'), O('Douro Analytics, Lda.'),
  O('Comissão de Coordenação e Desenvolvimento Regional do Norte','CCDR Norte'), O('Câmara Municipal de Bragança'),
  O('Instituto Nacional de Estatística','INE'), O('Instituto de Financiamento da Agricultura e Pescas','IFAP'), O('Ministério da Agricultura'),
  O('Sabores do Nordeste, S.A.'), O('Cooperativa Agrícola de Vinhais, C.R.L.'), O('Castanhas Terra Fria, Unipessoal Lda.'),
  O('Trás-os-Montes Frutos Secos, Lda.'), O('Agrupamento de Produtores de Castanha da Padrela'), O('Doçaria Transmontana, Lda.'),
  O('Direção do CATM')],
 [E('seminário público','2033-09-27','2033-09-27','Bragança','Portugal'), E('reunião','2033-11-14','2033-11-14',None,None),
  E('Feira da Castanha – Rural Castanea',None,None,'Vinhais','Portugal'),
  E('sessão de apresentação aos associados','2033-11-18','2033-11-18','Macedo de Cavaleiros','Portugal')],
 ['2033-11-21','2030','2033-01','2033-02/2033-07','2033-09-27','2023/2032','2038','2034','2028/2034','2033-11-14','2033-11-18'],
 [x.rstrip(';.') for x in FIND] + [x.rstrip('.') for x in REC], pub='2033-11-21')
