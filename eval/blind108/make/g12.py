from h import *
F = 'g12_madeira_novo_projeto_aprovado.txt'
assert wd(2040,2,6)=='Monday' and wd(2040,3,1)=='Thursday'
T = """COMUNICADO DE IMPRENSA
Para divulgação imediata

Funchal, 6 de fevereiro de 2040

Cluster da Economia Azul da Madeira lidera novo projeto europeu de 2,9 milhões de euros

ATLANTIC-BLUE 2 dá continuidade aos resultados do ATLANTIC-BLUE e junta onze parceiros de cinco países

O Cluster da Economia Azul da Madeira (CEAM) viu aprovada a candidatura do projeto ATLANTIC-BLUE 2 ao
Programa Interreg Espaço Atlântico. O comité de acompanhamento do programa, reunido em Bordéus a 23 de
janeiro de 2040, aprovou o projeto com um orçamento total de 2 940 000 euros, dos quais 2 352 000 euros
de cofinanciamento do Fundo Europeu de Desenvolvimento Regional (FEDER). O projeto terá a duração de 36
meses, com início a 1 de março de 2040 e conclusão a 28 de fevereiro de 2043.

O novo projeto é o seguimento direto do ATLANTIC-BLUE (2035–2039), que testou em seis regiões atlânticas
serviços de apoio a pequenas empresas ligadas ao mar. Enquanto o primeiro projeto se concentrou no
diagnóstico e em ações-piloto, o ATLANTIC-BLUE 2 quer transformar os serviços testados em programas
regionais permanentes, financiados pelos orçamentos dos parceiros após 2043.

"Provámos que um pequeno apoio, bem orientado, muda a vida de uma empresa de pesca ou de turismo
náutico. Agora queremos que esse apoio deixe de depender de projetos", afirmou Rui Nóbrega Freitas,
presidente da direção do CEAM. A coordenação técnica ficará a cargo de Marta Gouveia Caldeira, que já
geria o projeto anterior.

O secretário regional da Economia, Mar e Pescas, Duarte Teixeira Jardim, sublinhou que a aprovação
"confirma a Madeira como uma região de referência na economia azul europeia" e anunciou que o Governo
Regional da Madeira vai integrar os resultados no Plano Regional para o Mar 2040–2046.

OS PARCEIROS

Portugal
- Cluster da Economia Azul da Madeira (CEAM) – parceiro líder
- Agência Regional para o Desenvolvimento da Investigação, Tecnologia e Inovação (ARDITI)
- Universidade dos Açores
- Fórum Oceano – Associação da Economia do Mar

Espanha
- Clúster Marítimo de Canarias
- Clúster Alimentario de Galicia
- Universidade de Vigo

França
- Pôle Mer Bretagne Atlantique
- Région Nouvelle-Aquitaine

Irlanda
- Údarás na Gaeltachta

Reino Unido (parceiro associado)
- Cornwall Marine Network

PACOTES DE TRABALHO

O projeto está organizado em cinco pacotes de trabalho: gestão (CEAM); serviços às empresas (Fórum
Oceano); financiamento e investimento (Clúster Marítimo de Canarias); competências e formação
(Universidade dos Açores); e políticas e sustentabilidade (Região Nouvelle-Aquitaine, com o apoio da
Universidade de Vigo). Cerca de 350 empresas deverão beneficiar diretamente das atividades.

PRÓXIMOS PASSOS

A reunião de arranque realiza-se no Funchal a 25 e 26 de março de 2040, no Centro de Congressos da
Madeira, e será seguida de uma visita ao porto do Caniçal e a empresas de aquacultura. Os primeiros
serviços às empresas deverão abrir no outono de 2040. O CEAM apresentará o novo projeto ao público no
Dia Europeu do Mar, a 20 de maio de 2040, no Funchal.

RESULTADOS DO ATLANTIC-BLUE (2035–2039)
- 212 empresas apoiadas em seis regiões
- 41 novos produtos ou serviços lançados
- 9 planos de ação regionais aprovados
- 1 rede atlântica de mentores com 60 membros

SOBRE O CEAM
O Cluster da Economia Azul da Madeira é uma associação privada sem fins lucrativos, criada em 2029, que
reúne 74 associados: empresas, centros de investigação, escolas e entidades públicas ligadas ao mar. A sua
sede é no Funchal.

Contacto para a imprensa:
Sofia Abreu Vasconcelos, gabinete de comunicação do CEAM
sofia.vasconcelos@example-ceam.pt | +351 291 000 450 | www.example-ceam.pt

###

Fotografia disponível: Rui Nóbrega Freitas e Marta Gouveia Caldeira na sede do CEAM (créditos:
CEAM / Paulo Spínola). Utilização livre com menção dos créditos.
"""
write(F, T)
gold(F,
 [P('Rui Nóbrega Freitas','presidente da direção','CEAM'),
  P('Marta Gouveia Caldeira','coordenação técnica',None),
  P('Duarte Teixeira Jardim','secretário regional da Economia, Mar e Pescas'),
  P('Sofia Abreu Vasconcelos',None,'CEAM'),
  P('Paulo Spínola')],
 [O('Cluster da Economia Azul da Madeira','CEAM'), O('Governo Regional da Madeira'),
  O('Agência Regional para o Desenvolvimento da Investigação, Tecnologia e Inovação','ARDITI'),
  O('Universidade dos Açores'), O('Fórum Oceano – Associação da Economia do Mar'), O('Clúster Marítimo de Canarias'),
  O('Clúster Alimentario de Galicia'), O('Universidade de Vigo'), O('Pôle Mer Bretagne Atlantique'),
  O('Région Nouvelle-Aquitaine'), O('Údarás na Gaeltachta'), O('Cornwall Marine Network'),
  O('comité de acompanhamento do programa')],  # second pass: the programme's monitoring committee approves (README rule, as g16)
 [E('comité de acompanhamento do programa','2040-01-23',None,'Bordéus','France'),
  E('reunião de arranque','2040-03-25','2040-03-26','Funchal','Portugal'),
  E('visita ao porto do Caniçal e a empresas de aquacultura',None,None,'Caniçal','Portugal'),
  E('Dia Europeu do Mar','2040-05-20',None,'Funchal','Portugal')],
 ['2040-02-06','2040-01-23','2040-03-01','2043-02-28','2035/2039','2043','2040/2046','2040-03-25/2040-03-26','2040','2040-05-20','2029'],
 # second pass: a project's 'Results' section counts (SCHEMA, conventions settled)
 ['212 empresas apoiadas em seis regiões', '41 novos produtos ou serviços lançados',
  '9 planos de ação regionais aprovados', '1 rede atlântica de mentores com 60 membros'],
 pub='2040-02-06')
