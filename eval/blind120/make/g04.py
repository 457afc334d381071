from h import *
F = 'g04_alentejo_avaliacao_clusters.txt'
assert wd(2036,4,8)=='Tuesday' and wd(2036,4,23)=='Wednesday'
T = """CCDR Alentejo – Comissão de Coordenação e Desenvolvimento Regional do Alentejo, I.P.
Início > Comunicação > Notícias > Avaliação

Avaliação intercalar do apoio aos clusters regionais: conclusões apresentadas em Évora

Évora, 23.04.2036 | Gabinete de Comunicação

As conclusões da avaliação intercalar do Programa Regional de Apoio a Clusters do Alentejo
foram apresentadas na terça-feira, 8 de abril, no Colégio do Espírito Santo da Universidade
de Évora, numa sessão pública que reuniu cerca de 120 participantes. A avaliação, encomendada
pela CCDR Alentejo à empresa Quaternaire Portugal – Consultoria para o Desenvolvimento, S.A.,
abrangeu o período de 2031 a 2035 e analisou o funcionamento de seis clusters reconhecidos
na região.

A sessão foi aberta pela Presidente da CCDR Alentejo, Prof.ª Doutora Maria do Rosário
Godinho Sequeira, e contou com intervenções de João Paulo Caeiro Lampreia, vice-presidente
da Agência para o Desenvolvimento e Coesão (AD&C), e de Ana Cristina dos Santos Barradas,
coordenadora da equipa de avaliação. No encerramento falou o Secretário de Estado do
Desenvolvimento Regional, Henrique Valadas de Almeida.

O que foi avaliado

Os seis clusters avaliados foram: o Cluster do Mármore e Rochas Ornamentais (sediado em Vila
Viçosa), o cluster aeronáutico AED Alentejo (Évora), o Portugal Olive Cluster, o Cluster do
Vinho do Alentejo, a plataforma InovCork e a associação ALENTEJO AGRO 4.0. A equipa de
avaliação realizou 54 entrevistas, um inquérito a 311 empresas associadas e quatro estudos de
caso, entre setembro de 2035 e fevereiro de 2036.

Principais constatações

Segundo o relatório, os clusters do Alentejo cumpriram a maior parte das metas de
participação, mas ficaram aquém nas metas de exportação e de projetos de investigação em
consórcio. As principais constatações são as seguintes:

- Os clusters aumentaram em 38% o número de empresas associadas entre 2031 e 2035
- O financiamento anual é demasiado curto para permitir planos de atividade a mais de um ano
- A cooperação com as instituições de ensino superior da região é ainda pontual
- Apenas dois dos seis clusters têm uma estratégia de internacionalização formalizada
- Os indicadores de acompanhamento medem atividades e não resultados

"Os clusters deixaram de ser uma novidade no Alentejo, mas ainda não são um instrumento de
transformação económica", resumiu Ana Cristina dos Santos Barradas. O diretor executivo do
Cluster do Mármore e Rochas Ornamentais, Rui Manuel Bilro, reconheceu as dificuldades na
área da exportação: "Vendemos pedra ao mundo há séculos, mas vendemos pouco conhecimento."

Recomendações

A equipa de avaliação deixou sete recomendações à autoridade de gestão do programa regional:

1. Passar de um financiamento anual para contratos-programa de três anos, com avaliação a
meio do período
2. Associar uma parte do financiamento (até 20%) ao cumprimento de metas de resultado
3. Criar uma bolsa de técnicos partilhados entre clusters para a preparação de candidaturas
europeias
4. Reforçar a ligação à Universidade de Évora e ao Instituto Politécnico de Portalegre
através de doutoramentos em empresa
5. Apoiar missões conjuntas a mercados externos em vez de missões isoladas de cada cluster
6. Rever os indicadores de acompanhamento até ao final de 2036
7. Promover um encontro anual dos clusters do Alentejo com os clusters da Extremadura e da
Andaluzia

Próximos passos

A CCDR Alentejo vai preparar, até 30 de junho de 2036, uma resposta da gestão às
recomendações. O relatório final será ainda discutido na reunião do Comité de Acompanhamento
do programa regional, marcada para novembro de 2036 em Beja. O primeiro encontro
transfronteiriço de clusters, proposto na recomendação 7, poderá realizar-se em Badajoz na
primavera de 2037, com o apoio da Junta de Extremadura.

Documentos:
> Relatório final (PDF, 3,4 MB)
> Sumário executivo (PDF, 420 KB)
> Apresentação da sessão de 8 de abril (PDF)

Partilhar: Facebook | LinkedIn | E-mail

Notícias relacionadas
- Aberto concurso para o reconhecimento de novos clusters (12.03.2036)
- Alentejo recebe delegação da Região de Múrcia (27.11.2035)

CCDR Alentejo | Avenida Engenheiro Arantes e Oliveira, n.º 193, 7004-514 Évora
Política de privacidade | Termos de utilização | Mapa do site
"""
write(F, T)
C = "Comissão de Coordenação e Desenvolvimento Regional do Alentejo, I.P."
gold(F,
 [P("Maria do Rosário Godinho Sequeira","Presidente","CCDR Alentejo"),
  P("João Paulo Caeiro Lampreia","vice-presidente","Agência para o Desenvolvimento e Coesão"),
  P("Ana Cristina dos Santos Barradas","coordenadora da equipa de avaliação","Quaternaire Portugal – Consultoria para o Desenvolvimento, S.A."),
  P("Henrique Valadas de Almeida","Secretário de Estado do Desenvolvimento Regional",None),
  P("Rui Manuel Bilro","diretor executivo","Cluster do Mármore e Rochas Ornamentais")],
 [O(C,"CCDR Alentejo"), O("Quaternaire Portugal – Consultoria para o Desenvolvimento, S.A."),
  O("Universidade de Évora"), O("Agência para o Desenvolvimento e Coesão","AD&C"),
  O("Cluster do Mármore e Rochas Ornamentais"), O("AED Alentejo"), O("Portugal Olive Cluster"),
  O("Cluster do Vinho do Alentejo"), O("InovCork"), O("ALENTEJO AGRO 4.0"),
  O("Instituto Politécnico de Portalegre"), O("Junta de Extremadura"), O("Gabinete de Comunicação")],
 [E("sessão pública","2036-04-08",None,"Évora","Portugal"),
  E("reunião do Comité de Acompanhamento","2036-11",None,"Beja","Portugal"),
  E("encontro transfronteiriço de clusters","2037",None,"Badajoz","Spain")],
 ["2036-04-23","2036-04-08","2031/2035","2035-09/2036-02","2036","2036-06-30","2036-11","2037","2036-03-12","2035-11-27"],
 ["Os clusters aumentaram em 38% o número de empresas associadas entre 2031 e 2035",
  "O financiamento anual é demasiado curto para permitir planos de atividade a mais de um ano",
  "A cooperação com as instituições de ensino superior da região é ainda pontual",
  "Apenas dois dos seis clusters têm uma estratégia de internacionalização formalizada",
  "Os indicadores de acompanhamento medem atividades e não resultados",
  "Passar de um financiamento anual para contratos-programa de três anos, com avaliação a meio do período",
  "Associar uma parte do financiamento (até 20%) ao cumprimento de metas de resultado",
  "Criar uma bolsa de técnicos partilhados entre clusters para a preparação de candidaturas europeias",
  "Reforçar a ligação à Universidade de Évora e ao Instituto Politécnico de Portalegre através de doutoramentos em empresa",
  "Apoiar missões conjuntas a mercados externos em vez de missões isoladas de cada cluster",
  "Rever os indicadores de acompanhamento até ao final de 2036",
  "Promover um encontro anual dos clusters do Alentejo com os clusters da Extremadura e da Andaluzia"],
 pub="2036-04-23")
