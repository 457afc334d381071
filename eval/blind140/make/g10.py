from h import *
F = 'g10_felgueiras_estudo_calcado.md'
assert wd(2041,2,12)=='Tuesday' and wd(2041,3,26)=='Tuesday' and wd(2041,4,17)=='Wednesday'
T = """**Comunidade Intermunicipal do Tâmega e Sousa** · [Início](/) · [Áreas de intervenção](/areas) · [Estudos](/estudos) · [Notícias](/noticias) · [Contactos](/contactos)

# Estudo sobre o futuro do cluster do calçado e do mobiliário no Tâmega e Sousa: principais resultados

*Publicado em 19/03/2041 · Gabinete de Desenvolvimento Económico*

A Comunidade Intermunicipal do Tâmega e Sousa (CIM-TS) apresentou, no dia 12 de fevereiro de 2041, na Casa da Cultura de Felgueiras, os resultados do estudo «Tâmega e Sousa 2045: Calçado e Mobiliário em Transição». O estudo foi elaborado pela equipa do Centro de Estudos de Economia Regional da Universidade do Minho, coordenada pela Professora Doutora Teresa Magalhães Vasconcelos, entre março e dezembro de 2040, e contou com o apoio da Associação Portuguesa dos Industriais de Calçado, Componentes, Artigos de Pele e seus Sucedâneos (APICCAPS) e da Associação das Indústrias de Madeira e Mobiliário de Portugal (AIMMP).

A sessão de apresentação foi aberta pelo presidente do Conselho Intermunicipal, Armindo Teixeira da Silva, e pelo vice-presidente da Comissão de Coordenação e Desenvolvimento Regional do Norte (CCDR-N), Dr. Rui Pedro Azevedo. Participaram mais de 180 empresários, autarcas e técnicos de Felgueiras, Penafiel, Paços de Ferreira, Lousada e Amarante.

## O que foi analisado

O estudo analisou 412 empresas de calçado e 630 empresas de mobiliário da sub-região, que empregam em conjunto cerca de 27 mil pessoas. A equipa realizou 58 entrevistas, um inquérito com 311 respostas e quatro grupos de foco, um deles com jovens formandos do Centro de Formação Profissional da Indústria do Calçado (CFPIC) em Felgueiras.

## Principais conclusões

- As exportações de calçado da sub-região cresceram 23% entre 2035 e 2040, mas o número de empresas diminuiu 11%
- A idade média dos trabalhadores da fileira do mobiliário é de 49 anos; a renovação geracional é o maior risco para as empresas
- Apenas uma em cada cinco empresas tem uma marca própria; a maioria trabalha em regime de subcontratação
- A utilização de materiais reciclados e de base biológica é ainda residual, apesar da pressão dos clientes europeus
- A cooperação entre as duas fileiras é quase inexistente, embora partilhem fornecedores de químicos, colas e acabamentos

## Recomendações

1. Criar um programa sub-regional de atração de jovens para a indústria, com bolsas de formação e estágios pagos
2. Apoiar a criação de marcas próprias através de um centro de design partilhado em Paços de Ferreira
3. Lançar um projeto-piloto de economia circular entre fábricas de calçado e de mobiliário para reaproveitamento de couro, espumas e madeira
4. Reforçar a ligação ao Centro Tecnológico do Calçado de Portugal (CTCP) e ao CTIMM para serviços de ensaio e certificação
5. Integrar as conclusões no próximo plano de ação da estratégia de especialização inteligente do Norte

«As nossas empresas sabem fazer bem, e muitas vezes melhor do que a concorrência. O que lhes falta é tempo para pensar no que vão fazer daqui a dez anos», afirmou a coordenadora do estudo durante a apresentação.

## Próximos passos

Os resultados foram discutidos numa reunião de trabalho com os presidentes das câmaras municipais no dia 26 de março de 2041, em Penafiel. O workshop «Marcas próprias para PME», organizado com a APICCAPS, terá lugar em Felgueiras a 17 de abril de 2041, às 14h30. A CIM-TS vai ainda candidatar o projeto-piloto de economia circular ao programa regional Norte 2030 até 30 de junho de 2041.

### Documentos

- [Relatório final (PDF, 4,1 MB)](/estudos/calcado-mobiliario-2045.pdf)
- [Sumário executivo (PDF, 620 KB)](/estudos/sumario.pdf)
- [Apresentação da sessão de 12/02/2041](/estudos/apresentacao.pdf)

Contacto: Gabinete de Desenvolvimento Económico – Sofia Pinto Ribeiro, técnica superior · economia@cimts.example.pt

---
Comunidade Intermunicipal do Tâmega e Sousa · Rua 00, 4560 Penafiel · [Política de privacidade](/privacidade) · [Acessibilidade](/acessibilidade)
"""
write(F, T)
C="Comunidade Intermunicipal do Tâmega e Sousa"
gold(F,
 [P("Teresa Magalhães Vasconcelos","coordenadora do estudo","Centro de Estudos de Economia Regional da Universidade do Minho"),
  P("Armindo Teixeira da Silva","presidente do Conselho Intermunicipal",C),
  P("Rui Pedro Azevedo","vice-presidente","Comissão de Coordenação e Desenvolvimento Regional do Norte"),
  P("Sofia Pinto Ribeiro","técnica superior","Gabinete de Desenvolvimento Económico")],
 [O(C,"CIM-TS"), O("Gabinete de Desenvolvimento Económico"), O("Centro de Estudos de Economia Regional"), O("Universidade do Minho"),
  O("Associação Portuguesa dos Industriais de Calçado, Componentes, Artigos de Pele e seus Sucedâneos","APICCAPS"),
  O("Associação das Indústrias de Madeira e Mobiliário de Portugal","AIMMP"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Norte","CCDR-N"),
  O("Centro de Formação Profissional da Indústria do Calçado","CFPIC"),
  O("Centro Tecnológico do Calçado de Portugal","CTCP"), O("CTIMM")],
 [E("sessão de apresentação","2041-02-12",None,"Felgueiras","Portugal"),
  E("reunião de trabalho","2041-03-26",None,"Penafiel","Portugal"),
  E("Marcas próprias para PME","2041-04-17",None,"Felgueiras","Portugal")],
 ["2041-03-19","2041-02-12","2040-03/2040-12","2035/2040","2041-03-26","2041-04-17","2041-06-30"],
 ["As exportações de calçado da sub-região cresceram 23% entre 2035 e 2040, mas o número de empresas diminuiu 11%",
  "A idade média dos trabalhadores da fileira do mobiliário é de 49 anos; a renovação geracional é o maior risco para as empresas",
  "Apenas uma em cada cinco empresas tem uma marca própria; a maioria trabalha em regime de subcontratação",
  "A utilização de materiais reciclados e de base biológica é ainda residual, apesar da pressão dos clientes europeus",
  "A cooperação entre as duas fileiras é quase inexistente, embora partilhem fornecedores de químicos, colas e acabamentos",
  "Criar um programa sub-regional de atração de jovens para a indústria, com bolsas de formação e estágios pagos",
  "Apoiar a criação de marcas próprias através de um centro de design partilhado em Paços de Ferreira",
  "Lançar um projeto-piloto de economia circular entre fábricas de calçado e de mobiliário para reaproveitamento de couro, espumas e madeira",
  "Reforçar a ligação ao Centro Tecnológico do Calçado de Portugal (CTCP) e ao CTIMM para serviços de ensaio e certificação",
  "Integrar as conclusões no próximo plano de ação da estratégia de especialização inteligente do Norte"],
 pub="2041-03-19")
