from h import *
F = 'g04_fundao_oradores_encontro_cluster.txt'
assert wd(2037,11,19)=='Thursday' and wd(2037,11,20)=='Friday' and wd(2037,11,5)=='Thursday'
T = """AGROFUNDÃO – Cluster Agroalimentar da Beira Interior
Início | O Cluster | Associados | Projetos | Eventos | Contactos | EN

Eventos > 4.º Encontro Anual do Cluster > Oradores

4.º ENCONTRO ANUAL DO CLUSTER AGROALIMENTAR DA BEIRA INTERIOR
"Pessoas que fazem o território"
Fundão, 19 e 20 de novembro de 2037 · Auditório da Moagem – Cidade do Engenho e das Artes

Inscrições abertas até 5 de novembro (quinta-feira). Entrada gratuita para associados.

PROGRAMA

Quinta-feira, 19 de novembro
09h30 Receção dos participantes
10h00 Sessão de abertura – Paulo Fernandes Ramalho, Presidente da Câmara Municipal do Fundão; Teresa Sequeira Lopes, Presidente da Direção da AGROFUNDÃO
10h45 Conferência: "Cadeias curtas, mercados longos" – Hélène Dufour-Castagné
11h30 Painel: Quem vai trabalhar nos pomares em 2045?
13h00 Almoço com produtos dos associados
14h30 Visita ao centro de frio da Cooperativa Agrícola do Fundão
19h30 Jantar do Encontro

Sexta-feira, 20 de novembro
09h30 Reunião da Assembleia Geral da AGROFUNDÃO (só associados)
11h00 Sessão de encerramento e entrega do Prémio Cereja de Ouro

ORADORES

Paulo Fernandes Ramalho
Presidente da Câmara Municipal do Fundão desde 2033. Engenheiro agrónomo de formação, foi antes vereador do desenvolvimento económico e dirigiu durante dez anos a Associação de Produtores de Fruta da Cova da Beira. É um dos promotores da candidatura da cereja do Fundão a Indicação Geográfica Protegida europeia.

Teresa Sequeira Lopes
Presidente da Direção da AGROFUNDÃO (mandato 2036–2039). É administradora da empresa Doces da Gardunha, Lda., fundada pela sua avó em 1974, que exporta compotas para onze países. Foi eleita na Assembleia Geral de 13 de novembro de 2036, sucedendo a António Gil Carrasqueira.

Hélène Dufour-Castagné
Diretora-geral do Vitagora, o pólo de competitividade agroalimentar da Borgonha-Franco-Condado (França). Economista, trabalhou na Direção-Geral da Agricultura e do Desenvolvimento Rural (DG AGRI) da Comissão Europeia entre 2019 e 2027. Coordena o grupo de trabalho sobre cadeias curtas da European Cluster Collaboration Platform.

Moderadora do painel: Joana Vaz de Almeida
Jornalista do Jornal do Fundão, onde assina há quinze anos a secção de economia regional.

Oradores do painel:
– Rui Manuel Baptista, coordenador do Centro de Emprego do IEFP em Castelo Branco
– Ana Paula Gomes, Professora Coordenadora da Escola Superior Agrária do Instituto Politécnico de Castelo Branco (IPCB)
– Mamadou Diallo, chefe de equipa na Frutas Serra da Estrela, S.A., que chegou da Guiné-Bissau em 2029 para a campanha da cereja
– Sofia Lindqvist, responsável de recursos humanos da Nordic Berry Farms, Suécia

Luís Pinto-Barreiros
Gestor do cluster desde 2034. Antes, foi técnico superior da Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro) em Coimbra. Apresenta na sessão de encerramento o balanço das edições anteriores do Encontro (Belmonte, 2034; Penamacor, 2035; Covilhã, 2036) e o plano de atividades para 2038.

A VISITA
A visita da tarde de quinta-feira leva os participantes ao novo centro de frio da Cooperativa Agrícola do Fundão, em Alcaide, inaugurado em junho de 2037, com capacidade para 1 200 toneladas de fruta. O transporte é assegurado em autocarro a partir do auditório às 14h15.

PRÉMIO CEREJA DE OURO
O prémio distingue, todos os anos, um associado que contratou e formou jovens da região. O júri é presidido por Maria do Céu Abrantes, antiga diretora regional de agricultura, e integra representantes da NERCAB – Associação Empresarial da Região de Castelo Branco e do IPCB.

Organização: AGROFUNDÃO – Associação Cluster Agroalimentar da Beira Interior, com o apoio da Câmara Municipal do Fundão.
Contacto: eventos@agrofundao.example.pt · 275 000 000

Partilhar: Facebook · LinkedIn · E-mail
© 2037 AGROFUNDÃO · Política de privacidade · Cookies
"""
write(F, T)
A = "Associação Cluster Agroalimentar da Beira Interior"
gold(F,
 [P("Paulo Fernandes Ramalho","Presidente da Câmara Municipal do Fundão","Câmara Municipal do Fundão"),
  P("Teresa Sequeira Lopes","Presidente da Direção",A),
  P("Hélène Dufour-Castagné","Diretora-geral","Vitagora"),
  P("Joana Vaz de Almeida","Jornalista","Jornal do Fundão"),
  P("Rui Manuel Baptista","coordenador do Centro de Emprego do IEFP em Castelo Branco","IEFP"),
  P("Ana Paula Gomes","Professora Coordenadora","Escola Superior Agrária"),
  P("Mamadou Diallo","chefe de equipa","Frutas Serra da Estrela, S.A."),
  P("Sofia Lindqvist","responsável de recursos humanos","Nordic Berry Farms"),
  P("António Gil Carrasqueira",None,None),
  P("Luís Pinto-Barreiros","Gestor do cluster",A),
  P("Maria do Céu Abrantes","antiga diretora regional de agricultura",None)],
 [O(A,"AGROFUNDÃO"), O("Câmara Municipal do Fundão"), O("Cooperativa Agrícola do Fundão"),
  O("Associação de Produtores de Fruta da Cova da Beira"), O("Doces da Gardunha, Lda."), O("Vitagora"),
  O("Direção-Geral da Agricultura e do Desenvolvimento Rural","DG AGRI"), O("Comissão Europeia"),
  O("European Cluster Collaboration Platform"), O("Jornal do Fundão"), O("Centro de Emprego do IEFP em Castelo Branco"), O("IEFP"),
  O("Escola Superior Agrária"), O("Instituto Politécnico de Castelo Branco","IPCB"),
  O("Frutas Serra da Estrela, S.A."), O("Nordic Berry Farms"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro"),
  O("Associação Empresarial da Região de Castelo Branco","NERCAB")],
 [E("4.º Encontro Anual do Cluster Agroalimentar da Beira Interior","2037-11-19","2037-11-20","Fundão","Portugal"),
  E("Visita ao centro de frio da Cooperativa Agrícola do Fundão","2037-11-19",None,"Alcaide","Portugal"),
  E("Jantar do Encontro","2037-11-19",None,"Fundão","Portugal"),
  E("Reunião da Assembleia Geral da AGROFUNDÃO","2037-11-20",None,"Fundão","Portugal"),
  E("entrega do Prémio Cereja de Ouro","2037-11-20",None,"Fundão","Portugal"),
  E("Assembleia Geral","2036-11-13",None,None,None),
  E("Encontro (2034)","2034",None,"Belmonte","Portugal"),
  E("Encontro (2035)","2035",None,"Penamacor","Portugal"),
  E("Encontro (2036)","2036",None,"Covilhã","Portugal")],
 ["2037-11-19/2037-11-20","2037-11-05","2037-11-19","2037-11-20","2033","2036/2039","1974","2036-11-13","2019/2027","2029","2034","2035","2036","2038","2037-06"],
 [])
