from h import *
F = 'g05_oeste_cluster_boletim-pdf.txt'
assert wd(2037,10,15)=='Thursday' and wd(2037,11,5)=='Thursday' and wd(2037,11,24)=='Tuesday' and wd(2037,12,3)=='Thursday'
T = """BOLETIM INFORMATIVO N.º 22 | OUTUBRO–NOVEMBRO 2037
Cluster Cerâmica e Habitat do Oeste – Associação

NESTA EDIÇÃO
Encontro anual em Caldas da
Rainha · Novos associados · Mis-
são a Valência · Agenda

EDITORIAL
Caros associados,
o último trimestre do ano é sem-
pre o mais intenso. Neste nú-
mero fazemos o balanço do En-
contro Anual, apresentamos os
novos associados e convidamos
todos para a Assembleia Geral de
dezembro.
Rui Fontes Anjos, Presidente
da Direção

AGENDA
5 nov. · Visita técnica a
Torres Vedras
24-26 nov. · Cevisama Lab,
Valência
3 dez. · Assembleia Geral,
Óbidos

Encontro Anual 2037: a
indústria cerâmica perante a
descarbonização
O Encontro Anual do Cluster
realizou-se na quinta-feira, 15
de outubro de 2037, no audi-
tório da Escola Superior de
Artes e Design (ESAD.CR) do
Politécnico de Leiria, em Caldas
da Rainha. Estiveram presentes
140 participantes.

Boletim Informativo n.º 22                                    página 1 de 3
BOLETIM INFORMATIVO N.º 22 | OUTUBRO–NOVEMBRO 2037
A sessão de abertura contou
com Maria do Céu Bettencourt,
Presidente da Comunidade
Intermunicipal do Oeste
(OesteCIM),
e com o Eng.º Duarte Mascarenhas
Pinto, Diretor-Geral do Centro
Tecnológico da Cerâmica e do
Vidro (CTCV). A conferência
principal foi proferida pela
Dr.ª Inês van Zeller, inves-
tigadora do Instituto Superior
Técnico.
Segundo a investigadora, o se-
tor terá de substituir o gás na-
tural em mais de metade dos
fornos nos próximos dez anos,
segundo os cálculos do CTCV.
Seguiu-se um debate com em-
presários da região, moderado
pela diretora executiva do
Cluster.

Conclusões do Encontro
1. A descarbonização dos fornos
só será viável com apoio público
ao investimento
2. As empresas devem partilhar
dados de consumo energético
através do Cluster
3. A formação de técnicos de
fornos deve ser reforçada em
parceria com as escolas
profissionais da região
4. O Cluster deve candidatar-se
a uma parceria europeia de
especialização inteligente

NOVOS ASSOCIADOS
Em outubro aderiram ao Cluster
três novas entidades: a Faianças
Bordallo Atlântico, S.A., a
Câmara Municipal de Óbidos e a
startup Kilnsense, Lda. O Clus-
ter conta agora com 71 associa-
dos.

MISSÃO A VALÊNCIA
De 24 a 26 de novembro, uma
delegação de nove empresas
participa na Cevisama Lab, em
Valência (Espanha). A missão é
organizada com a AICEP
Portugal Global e com a asso-
ciação valenciana ASCER. No dia
25 de novembro realiza-se uma
sessão de B2B com fabricantes
espanhóis de esmaltes.

Boletim Informativo n.º 22                                    página 2 de 3
BOLETIM INFORMATIVO N.º 22 | OUTUBRO–NOVEMBRO 2037
VISITA TÉCNICA
Na quinta-feira, 5 de novembro,
os associados visitam a fábrica
de telhas da Cerâmica
Torriense, Lda., em Torres
Vedras, onde foi instalado o
primeiro forno híbrido a hi-
drogénio da região. A visita é
guiada pela Eng.ª Sofia
Marques-Teixeira, diretora de
produção. Inscrições até 30 de
outubro.

EQUIPA DO CLUSTER
Diretora executiva: Ana Luísa
Frazão
Gestor de projetos: Tiago Rebelo
Comunicação: Joana Pereira

ASSEMBLEIA GERAL
A Assembleia Geral ordinária do
Cluster realiza-se a 3 de de-
zembro de 2037, às 15h00, em
Óbidos. Ordem de trabalhos:
aprovação do plano de ativi-
dades e orçamento para 2038;
eleição dos órgãos sociais para
o triénio 2038-2040; outros
assuntos.
A Direção propõe como novo
Presidente da Direção o Eng.º
Henrique Salgueiro, da Faianças
Bordallo Atlântico, S.A.

Contactos: Rua da Cerâmica 00,
2500-000 Caldas da Rainha
geral@ceramica-oeste.example.pt
Cofinanciado pelo COMPETE 2030

Boletim Informativo n.º 22                                    página 3 de 3
"""
write(F, T)
C = "Cluster Cerâmica e Habitat do Oeste – Associação"
gold(F,
 [P("Rui Fontes Anjos","Presidente da Direção",C),
  P("Maria do Céu Bettencourt","Presidente","OesteCIM"),
  P("Duarte Mascarenhas Pinto","Diretor-Geral","CTCV"),
  P("Inês van Zeller","investigadora","Instituto Superior Técnico"),
  P("Sofia Marques-Teixeira","diretora de produção","Cerâmica Torriense, Lda."),
  P("Ana Luísa Frazão","Diretora executiva",C),
  P("Tiago Rebelo","Gestor de projetos",C),
  P("Joana Pereira","Comunicação",C),
  P("Henrique Salgueiro",None,"Faianças Bordallo Atlântico, S.A.")],
 [O(C), O("Escola Superior de Artes e Design","ESAD.CR"), O("Politécnico de Leiria"), O("Comunidade Intermunicipal do Oeste","OesteCIM"),
  O("Centro Tecnológico da Cerâmica e do Vidro","CTCV"), O("Instituto Superior Técnico"), O("Faianças Bordallo Atlântico, S.A."),
  O("Kilnsense, Lda."), O("Câmara Municipal de Óbidos"), O("AICEP Portugal Global"), O("ASCER"), O("Cerâmica Torriense, Lda.")],
 [E("Encontro Anual 2037","2037-10-15",None,"Caldas da Rainha","Portugal"),
  E("Visita técnica","2037-11-05",None,"Torres Vedras","Portugal"),
  E("Cevisama Lab","2037-11-24","2037-11-26","Valência","Spain"),
  E("Missão a Valência","2037-11-24","2037-11-26","Valência","Spain"),
  E("sessão de B2B","2037-11-25",None,"Valência","Spain"),
  E("Assembleia Geral","2037-12-03",None,"Óbidos","Portugal")],
 ["2037-10/2037-11","2037-11-05","2037-11-24/2037-11-26","2037-12-03","2037-12","2037-10-15","2037-10","2037-11-25","2038","2038/2040","2037-10-30"],
 ["A descarbonização dos fornos só será viável com apoio público ao investimento",
  "As empresas devem partilhar dados de consumo energético através do Cluster",
  "A formação de técnicos de fornos deve ser reforçada em parceria com as escolas profissionais da região",
  "O Cluster deve candidatar-se a uma parceria europeia de especialização inteligente"],
 pub=None)
