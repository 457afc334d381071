from h import *
F = 'g03_acores_oradores_forum.md'
assert wd(2039,10,6)=='Thursday' and wd(2039,10,7)=='Friday'
T = """# III Fórum dos Clusters do Atlântico – Oradores

**Ponta Delgada, 6 e 7 de outubro de 2039 · Teatro Micaelense**

[Início](/) · [Programa](/programa) · [Oradores](/oradores) · [Inscrições](/inscricoes) · [Como chegar](/local) · [EN](/en)

*Publicado a 1 de setembro de 2039 pela Comissão Organizadora*

O III Fórum dos Clusters do Atlântico é organizado pela Associação Cluster do Mar dos Açores (ACMA), em parceria com a Direção Regional da Ciência e Tecnologia do Governo dos Açores e a Universidade dos Açores. Reúne gestores de clusters, empresas e decisores políticos da Macaronésia e da costa atlântica europeia. Conheça abaixo os oradores confirmados.

---

## Sessão de abertura – quinta-feira, 6 de outubro, 09h30

**Artur Medeiros Furtado** – Secretário Regional do Mar e das Pescas, Governo dos Açores. Licenciado em Biologia Marinha pela Universidade dos Açores, foi investigador no Instituto do Mar (IMAR) entre 2018 e 2027 e presidente da Câmara Municipal da Horta de 2029 a 2037.

**Dra. Leonor Bettencourt** – Presidente da Direção da ACMA. Diretora-geral da empresa de biotecnologia azul AlgaTerceira, Lda., com sede em Angra do Heroísmo. Foi eleita presidente da associação na assembleia geral de março de 2038, sucedendo a Rui Pacheco de Melo.

## Painel 1 – Economia azul nas regiões ultraperiféricas (10h15)

**Marie-Claire Hoarau** – Diretora do Cluster Maritime de La Réunion, em Saint-Denis. Coordena desde 2035 a rede de clusters marítimos das regiões ultraperiféricas francesas.

**Íñigo Goikoetxea Arrieta** – Gestor de projetos internacionais do Cluster Marítimo de Canarias, Las Palmas de Gran Canaria. Antes trabalhou oito anos na Autoridade Portuária de Las Palmas.

**Prof. Doutor João Vasco da Ponte** – Professor catedrático na Faculdade de Ciências e Tecnologia da Universidade dos Açores e diretor do centro de investigação Okeanos.

*Moderação:* **Catarina Amaral**, jornalista, RTP Açores.

## Intervenção especial – 12h00

**Ulrike van den Berg-Schmitt** – Chefe de Unidade, Direção-Geral dos Assuntos Marítimos e das Pescas (DG MARE), Comissão Europeia. Apresentará as prioridades da Comissão para as regiões ultraperiféricas no período 2040–2046.

## Visita técnica – sexta-feira, 7 de outubro, 09h00

Visita ao Porto de Pescas de Rabo de Peixe e à unidade de transformação da cooperativa Lotaçor, com acompanhamento de **Nuno Cabral Sousa**, administrador da Lotaçor – Serviço de Lotas dos Açores, S.A.

## Sessão de encerramento – sexta-feira, 7 de outubro, 12h30

**Helena Tavares Rocha** – Presidente do Conselho de Administração da Sociedade para o Desenvolvimento Empresarial dos Açores (SDEA).

**Mikael Sørensen** – Presidente da European Network of Maritime Clusters (ENMC), Copenhaga.

---

## Conclusões da edição anterior

O II Fórum, realizado na cidade da Horta nos dias 11 e 12 de outubro de 2037, terminou com as seguintes conclusões, que servem de ponto de partida para este ano:

- Os clusters das ilhas precisam de um mecanismo de financiamento próprio, adaptado aos custos da insularidade
- A formação de técnicos para a economia azul deve ser planeada em conjunto entre as regiões atlânticas
- As empresas açorianas devem participar mais em projetos europeus como parceiras e não apenas como subcontratadas

O I Fórum teve lugar em Angra do Heroísmo em 2035.

## Informações práticas

- Inscrições abertas até **20 de setembro de 2039** (gratuitas, lugares limitados)
- Jantar do Fórum: quinta-feira, 6 de outubro, às 20h00, no Restaurante Cais 20, em Ponta Delgada (inscrição obrigatória)
- Interpretação simultânea português–inglês em todas as sessões

Contacto: secretariado do Fórum, Ana Lúcia Raposo, forum@acma.example.pt, +351 296 000 000

---

© 2039 ACMA · Cofinanciado pelo programa Açores 2030 · [Política de privacidade](/privacidade) · [Termos](/termos)
"""
write(F, T)
A="Associação Cluster do Mar dos Açores"
gold(F,
 [P("Artur Medeiros Furtado","Secretário Regional do Mar e das Pescas","Governo dos Açores"),
  P("Leonor Bettencourt","Presidente da Direção","ACMA"),
  P("Rui Pacheco de Melo","presidente","ACMA"),
  P("Marie-Claire Hoarau","Diretora","Cluster Maritime de La Réunion"),
  P("Íñigo Goikoetxea Arrieta","Gestor de projetos internacionais","Cluster Marítimo de Canarias"),
  P("João Vasco da Ponte","Professor catedrático","Faculdade de Ciências e Tecnologia da Universidade dos Açores"),
  P("Catarina Amaral","jornalista","RTP Açores"),
  P("Ulrike van den Berg-Schmitt","Chefe de Unidade","Direção-Geral dos Assuntos Marítimos e das Pescas"),
  P("Nuno Cabral Sousa","administrador","Lotaçor – Serviço de Lotas dos Açores, S.A."),
  P("Helena Tavares Rocha","Presidente do Conselho de Administração","Sociedade para o Desenvolvimento Empresarial dos Açores"),
  P("Mikael Sørensen","Presidente","European Network of Maritime Clusters"),
  P("Ana Lúcia Raposo",None,None)],
 [O(A,"ACMA"), O("Direção Regional da Ciência e Tecnologia"), O("Governo dos Açores"), O("Universidade dos Açores"),
  O("Instituto do Mar","IMAR"), O("Câmara Municipal da Horta"), O("AlgaTerceira, Lda."), O("Cluster Maritime de La Réunion"),
  O("Cluster Marítimo de Canarias"), O("Autoridade Portuária de Las Palmas"),
  O("Faculdade de Ciências e Tecnologia da Universidade dos Açores"), O("Okeanos"), O("RTP Açores"),
  O("Direção-Geral dos Assuntos Marítimos e das Pescas","DG MARE"), O("Comissão Europeia"),
  O("Lotaçor – Serviço de Lotas dos Açores, S.A."), O("Sociedade para o Desenvolvimento Empresarial dos Açores","SDEA"),
  O("European Network of Maritime Clusters","ENMC")],
 [E("III Fórum dos Clusters do Atlântico","2039-10-06","2039-10-07","Ponta Delgada","Portugal"),
  E("Visita técnica","2039-10-07",None,"Rabo de Peixe","Portugal"),
  E("Jantar do Fórum","2039-10-06",None,"Ponta Delgada","Portugal"),
  E("assembleia geral","2038-03",None,None,None),
  E("II Fórum","2037-10-11","2037-10-12","Horta","Portugal"),
  E("I Fórum","2035",None,"Angra do Heroísmo","Portugal")],
 ["2039-10-06/2039-10-07","2039-09-01","2039-10-06","2018/2027","2029/2037","2038-03","2035","2039-10-07","2040/2046",
  "2037-10-11/2037-10-12","2039-09-20"],
 ["Os clusters das ilhas precisam de um mecanismo de financiamento próprio, adaptado aos custos da insularidade",
  "A formação de técnicos para a economia azul deve ser planeada em conjunto entre as regiões atlânticas",
  "As empresas açorianas devem participar mais em projetos europeus como parceiras e não apenas como subcontratadas"],
 pub="2039-09-01")
