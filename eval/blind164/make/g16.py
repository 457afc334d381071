from h import *
F = 'g16_guarda_cluster_entrevista_diretor.txt'
assert wd(2040,11,21)=='Wednesday' and wd(2040,12,5)=='Wednesday' and wd(2041,1,23)=='Wednesday'
T = """CLUSTER SERRA DA ESTRELA – Queijo, Lã e Montanha
Início | Quem somos | Associados | Projetos | Notícias | Agenda | Contactos
Partilhar: Facebook · LinkedIn · WhatsApp · E-mail

ENTREVISTA
«Temos de transformar a montanha num argumento de venda»
Tiago Saraiva Amaral é, desde 1 de novembro de 2040, o novo diretor executivo do Cluster Serra da Estrela. Falámos com ele na sede, na Guarda, três semanas depois de tomar posse.

Guarda, 25 de novembro de 2040 · Texto: Rita Cardoso

Tiago Saraiva Amaral, 42 anos, nasceu em Seia e estudou Engenharia Agronómica no Instituto Superior de Agronomia, em Lisboa. Trabalhou na Associação Nacional de Criadores de Ovinos Serra da Estrela (ANCOSE), em Oliveira do Hospital, entre 2024 e 2031, e depois na Agência de Investimento e Comércio Externo de Portugal (AICEP), primeiro em Lisboa e mais tarde na delegação de Madrid, como responsável pelo setor agroalimentar. Sucede a Maria do Céu Brás, que dirigiu o cluster entre 2033 e 2040 e que passa a vice-presidente da Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro).

Porque decidiu voltar à região?
Porque a região me formou. Passei nove anos a vender produtos portugueses em Espanha e vi o que o queijo Serra da Estrela vale lá fora. Quando a direção me convidou, percebi que podia ajudar os produtores a chegar a esses mercados sem passarem por três intermediários.

Qual é o principal desafio do cluster?
Há dois. O primeiro são as pessoas: faltam pastores, queijeiras e técnicos. O segundo é a escala: temos 94 associados, mas a maioria são microempresas com dois ou três trabalhadores. Sozinhas não conseguem ir a uma feira em Paris ou cumprir os requisitos de uma grande cadeia alemã.

O que muda na equipa?
A equipa mantém-se: a Joana Rebelo continua como gestora de projetos, o Rui Pinheiro como técnico de internacionalização e a Sílvia Mendes na comunicação. Vamos contratar mais uma pessoa para a área da lã, porque a Burel Factory e outras empresas de têxteis de lã têm crescido muito e querem mais apoio.

E a direção?
A direção eleita na Assembleia Geral de março – o presidente é o Eng. António Quelhas, da Queijaria Vale do Mondego – apoiou-me desde o primeiro dia. O vice-presidente, o Prof. Luís Figueiredo, do Instituto Politécnico da Guarda, tem sido muito importante na ligação às escolas e aos laboratórios.

Encontro de Associados 2040 – principais conclusões

No dia 21 de novembro de 2040, quarta-feira, o cluster reuniu cerca de 70 associados no auditório do Instituto Politécnico da Guarda para o Encontro de Associados, o primeiro com o novo diretor executivo. Estiveram presentes o presidente da Câmara Municipal da Guarda, Carlos Monteiro, e a diretora regional de Agricultura e Pescas do Centro, Teresa Abrantes. No final, foram apresentadas as principais conclusões:

- Os associados querem uma marca comum «Serra da Estrela» para queijo, lã, enchidos e turismo
- É urgente criar uma escola de pastores e queijeiras com certificação reconhecida
- O cluster deve organizar missões empresariais conjuntas a Espanha e à França em 2041
- Os pequenos produtores precisam de apoio na faturação eletrónica e na venda online

Próximas datas
- 5 de dezembro de 2040 (quarta-feira): reunião da direção, Guarda
- 23 de janeiro de 2041 (quarta-feira): sessão de apresentação do plano de atividades, Seia
- fevereiro de 2041: Feira do Queijo Serra da Estrela, Celorico da Beira

Edições anteriores do Encontro de Associados:
2037 – Covilhã, 18 de outubro
2038 – Gouveia, 14 de novembro
2039 – Manteigas, 20 de novembro

Cluster Serra da Estrela · Rua do Comércio, 00 · 6300-000 Guarda · geral@cluster-estrela.example.pt
Este conteúdo foi produzido com o apoio do Programa Regional do Centro.
Partilhar: Facebook · LinkedIn · WhatsApp · E-mail
"""
write(F, T)
C="Cluster Serra da Estrela"
gold(F,
 [P("Tiago Saraiva Amaral","diretor executivo",C),
  P("Rita Cardoso",None,None),
  P("Maria do Céu Brás","vice-presidente","Comissão de Coordenação e Desenvolvimento Regional do Centro"),
  P("Joana Rebelo","gestora de projetos",C),
  P("Rui Pinheiro","técnico de internacionalização",C),
  P("Sílvia Mendes","comunicação",C),
  P("António Quelhas","presidente",C),
  P("Luís Figueiredo","vice-presidente",C),
  P("Carlos Monteiro","presidente","Câmara Municipal da Guarda"),
  P("Teresa Abrantes","diretora regional de Agricultura e Pescas do Centro",None)],
 [O(C), O("Instituto Superior de Agronomia"), O("Associação Nacional de Criadores de Ovinos Serra da Estrela","ANCOSE"),
  O("Agência de Investimento e Comércio Externo de Portugal","AICEP"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro"), O("Burel Factory"),
  O("Queijaria Vale do Mondego"), O("Instituto Politécnico da Guarda"), O("Câmara Municipal da Guarda")],
 [E("Assembleia Geral","2040-03",None,None,None),
  E("Encontro de Associados","2040-11-21",None,"Guarda","Portugal"),
  E("reunião da direção","2040-12-05",None,"Guarda","Portugal"),
  E("sessão de apresentação do plano de atividades","2041-01-23",None,"Seia","Portugal"),
  E("Feira do Queijo Serra da Estrela","2041-02",None,"Celorico da Beira","Portugal"),
  E("Encontro de Associados","2037-10-18",None,"Covilhã","Portugal"),
  E("Encontro de Associados","2038-11-14",None,"Gouveia","Portugal"),
  E("Encontro de Associados","2039-11-20",None,"Manteigas","Portugal")],
 ["2040-11-01","2040-11-25","2024/2031","2033/2040","2040-03","2040-11-21","2041","2040-12-05","2041-01-23","2041-02",
  "2037-10-18","2038-11-14","2039-11-20"],
 ["Os associados querem uma marca comum «Serra da Estrela» para queijo, lã, enchidos e turismo",
  "É urgente criar uma escola de pastores e queijeiras com certificação reconhecida",
  "O cluster deve organizar missões empresariais conjuntas a Espanha e à França em 2041",
  "Os pequenos produtores precisam de apoio na faturação eletrónica e na venda online"],
 pub="2040-11-25")
