from h import *
F = 'g02_beira_interior_resultados_clusters.txt'
assert wd(2039,6,9)=='Thursday' and wd(2039,6,14)=='Tuesday' and wd(2039,7,1)=='Friday'
T = """CCDR Centro | Início > Notícias > Apoios e Financiamento
Pesquisar | Área reservada | PT | EN

Programa Regional de Apoio a Clusters da Beira Interior: conhecidos os projetos aprovados
Publicado em 09/06/2039 | Atualizado em 14/06/2039 | Coimbra / Castelo Branco

A Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro) divulgou esta quinta-feira os resultados do aviso n.º 04/2039 do Programa Regional de Apoio a Clusters da Beira Interior. Foram aprovadas onze operações, com um investimento elegível total de 6,8 milhões de euros e um apoio FEDER de 4,9 milhões de euros. O aviso esteve aberto entre 28 de fevereiro e 15 de abril de 2039 e recebeu 23 candidaturas, duas das quais foram excluídas por falta de documentos.

A avaliação de mérito foi feita por um júri de cinco elementos, presidido pela Prof.ª Doutora Helena Casteleiro Matos, vice-presidente da CCDR Centro. Integraram ainda o júri:
- Rui Pedro Albuquerque, diretor de serviços de Competitividade da CCDR Centro;
- Prof. Doutor João Vaz de Carvalho, da Universidade da Beira Interior (UBI);
- Marta Sequeira Nunes, em representação da Agência Nacional de Inovação (ANI);
- Dr.ª Ivone do Rosário Fael, perita independente em políticas de especialização inteligente.

Operações aprovadas por domínio da RIS3 do Centro

Têxtil, vestuário e moda (4 operações). Entre elas destaca-se o projeto "Lã Circular", liderado pela Associação Têxtil e Vestuário da Covilhã (ATVC), com a participação de seis empresas da Covilhã e de Manteigas e do laboratório CITEVE. O projeto vai testar a recolha e reciclagem de lã de ovelha Bordaleira, hoje quase toda desperdiçada.

Agroalimentar e floresta (4 operações). O InovCluster – Associação do Cluster Agroindustrial do Centro, com sede em Castelo Branco, coordena duas operações: uma sobre azeite e queijo com denominação de origem e outra sobre embalagens de base florestal, em parceria com o Instituto Politécnico de Castelo Branco (IPCB) e com a Cooperativa Agrícola dos Olivicultores do Fundão, C.R.L.

Saúde e bem-estar (2 operações), lideradas pelo Parkurbis – Parque de Ciência e Tecnologia da Covilhã e pela Associação de Termas de Portugal, com ações nas termas de Unhais da Serra e de Monfortinho.

Turismo de natureza (1 operação), promovida pela Associação de Desenvolvimento Raia Histórica, na Guarda, com o Instituto Politécnico da Guarda (IPG).

Em declarações aos jornalistas, o presidente da CCDR Centro, Eng. Duarte Nogueira-Leal, sublinhou que "pela primeira vez todas as candidaturas com mérito foram financiadas, o que mostra que os clusters da Beira Interior aprenderam a preparar projetos conjuntos". A lista completa das operações, com beneficiários e montantes, pode ser consultada no Portal da Transparência.

Principais conclusões do júri

No relatório de avaliação, o júri deixou as seguintes conclusões:
1. A qualidade média das candidaturas subiu face ao aviso de 2037, sobretudo na descrição dos resultados esperados
2. As parcerias continuam demasiado concentradas nas empresas já associadas aos clusters, com pouca entrada de novas PME
3. As instituições de ensino superior da região participam em quase todas as operações, mas raramente como responsáveis por atividades
4. O domínio do turismo de natureza recebeu poucas candidaturas, apesar do peso que tem na economia da Serra da Estrela

Próximos passos

Os beneficiários têm dez dias úteis para aceitar a decisão. A cerimónia de assinatura dos termos de aceitação realiza-se na sexta-feira, 1 de julho de 2039, às 15h00, no auditório do Parkurbis, na Covilhã, com a presença da ministra da Coesão Territorial. Antes disso, a CCDR Centro organiza uma sessão de esclarecimento sobre regras de execução e pedidos de pagamento, em formato online, na terça-feira, 14 de junho de 2039, às 10h30.

Um novo aviso para clusters está previsto para o primeiro trimestre de 2040, com uma dotação indicativa de 5 milhões de euros.

Contactos: Núcleo de Apoio à Competitividade – clusters@ccdrc.example.pt | Rua Bernardim Ribeiro, 80, 3000-069 Coimbra

Partilhar: Facebook | LinkedIn | E-mail | Imprimir

Notícias relacionadas
> Aviso para clusters 2037: balanço da execução (22/11/2038)
> Sessão de apresentação da RIS3 do Centro revista (Guarda, 12/04/2039)
Ler mais »

© CCDR Centro 2039 | Política de privacidade | Acessibilidade | Mapa do site
"""
write(F, T)
C="Comissão de Coordenação e Desenvolvimento Regional do Centro"
gold(F,
 [P("Helena Casteleiro Matos","vice-presidente da CCDR Centro",C),
  P("Rui Pedro Albuquerque","diretor de serviços de Competitividade da CCDR Centro",C),
  P("João Vaz de Carvalho",None,"Universidade da Beira Interior"),
  P("Marta Sequeira Nunes",None,"Agência Nacional de Inovação"),
  P("Ivone do Rosário Fael","perita independente em políticas de especialização inteligente",None),
  P("Duarte Nogueira-Leal","presidente da CCDR Centro",C)],
 [O(C,"CCDR Centro"), O("Universidade da Beira Interior","UBI"), O("Agência Nacional de Inovação","ANI"),
  O("Associação Têxtil e Vestuário da Covilhã","ATVC"), O("CITEVE"),
  O("InovCluster – Associação do Cluster Agroindustrial do Centro"), O("Instituto Politécnico de Castelo Branco","IPCB"),
  O("Cooperativa Agrícola dos Olivicultores do Fundão, C.R.L."), O("Parkurbis – Parque de Ciência e Tecnologia da Covilhã"),
  O("Associação de Termas de Portugal"), O("Associação de Desenvolvimento Raia Histórica"),
  O("Instituto Politécnico da Guarda","IPG"), O("Núcleo de Apoio à Competitividade")],
 [E("cerimónia de assinatura dos termos de aceitação","2039-07-01",None,"Covilhã","Portugal"),
  E("sessão de esclarecimento sobre regras de execução e pedidos de pagamento","2039-06-14",None,None,None),
  E("Sessão de apresentação da RIS3 do Centro revista","2039-04-12",None,"Guarda","Portugal")],
 ["2039-06-09","2039-06-14","2039-02-28/2039-04-15","2037","2039-07-01","2040","2038-11-22","2039-04-12"],
 ["A qualidade média das candidaturas subiu face ao aviso de 2037, sobretudo na descrição dos resultados esperados",
  "As parcerias continuam demasiado concentradas nas empresas já associadas aos clusters, com pouca entrada de novas PME",
  "As instituições de ensino superior da região participam em quase todas as operações, mas raramente como responsáveis por atividades",
  "O domínio do turismo de natureza recebeu poucas candidaturas, apesar do peso que tem na economia da Serra da Estrela"],
 pub="2039-06-09")
