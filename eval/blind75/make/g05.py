from h import *
F = 'agrobeira-2034-encontros-b2b.txt'
T = """AGROBEIRA 2034 – ENCONTROS DE NEGÓCIOS B2B
Feira Agroindustrial da Beira Interior | Guarda, 12 a 15 de outubro de 2034

Início > Eventos > AgroBeira 2034 – Encontros B2B
Publicado em 4 de julho de 2034 | Partilhar: Facebook · LinkedIn · E-mail

O Cluster Agroindustrial da Beira Interior (CABI), em parceria com a NERGA – Associação Empresarial da Região da Guarda e a rede Enterprise Europe Network Portugal, organiza mais uma edição dos Encontros de Negócios B2B no âmbito da AgroBeira 2034, a feira agroindustrial que decorre no Parque Municipal de Exposições da Guarda de quinta-feira, 12, a domingo, 15 de outubro de 2034.

Os encontros B2B realizam-se nos dias 12 e 13 de outubro, no Pavilhão B, e destinam-se a empresas do setor agroalimentar, produtores de queijo, enchidos, azeite, castanha e vinho, fornecedores de embalagem e tecnologia, distribuidores e compradores da restauração e do retalho. Este ano esperamos compradores de Espanha (Castela e Leão e Estremadura), França, Luxemburgo e Polónia.

COMO FUNCIONA

1. Registo na plataforma b2match, com um perfil claro da empresa e do que oferece ou procura.
2. Consulta do catálogo de participantes e pedidos de reunião.
3. Cada participante recebe a sua agenda individual na véspera do evento.
4. Reuniões presenciais de 25 minutos, em mesas numeradas; também é possível reunir por videochamada com participantes que não se possam deslocar à Guarda.

Só são consideradas as reuniões aceites por ambas as partes. As reuniões pendentes não entram na agenda.

PRAZOS IMPORTANTES

- Abertura das inscrições: 4 de julho de 2034
- Fim das inscrições: 28 de setembro de 2034
- Pedidos de reunião: até 9 de outubro de 2034, às 17h00
- Envio das agendas: 11 de outubro de 2034

A participação nos Encontros B2B é gratuita para empresas associadas do CABI e da NERGA. Para as restantes empresas, a taxa é de 60 euros (acresce IVA), que inclui o almoço de trabalho e o acesso à feira nos quatro dias.

PROGRAMA DOS ENCONTROS

Quinta-feira, 12 de outubro
09h30 – Receção e credenciação
10h00 – Sessão de abertura, com Sérgio Costa, Presidente da Câmara Municipal da Guarda, e Maria do Carmo Saraiva Pinto, Presidente da Direção do CABI
10h30 – Apresentação: "Como exportar produtos DOP para o mercado luxemburguês", por Jean-Paul Hoffmann-Tavares, Chambre de Commerce Luxembourg
11h00 – Reuniões B2B (1.ª ronda)
13h00 – Almoço de trabalho
14h30 – Reuniões B2B (2.ª ronda)
17h30 – Prova de queijos da Serra da Estrela, oferecida pela Associação Nacional de Criadores de Ovinos Serra da Estrela (ANCOSE)

Sexta-feira, 13 de outubro
09h30 – Reuniões B2B (3.ª ronda)
12h00 – Visita à Queijaria Vale do Mondego, em Gonçalo (transporte assegurado, 30 lugares)
15h00 – Mesa-redonda "Logística partilhada para pequenos produtores", moderadora: Eng.ª Rita Fonseca Barreto (Instituto Politécnico da Guarda); participantes: Carlos Mendes Aleixo (Transportes Beira Alta, Lda.), Alberto Gómez Sanz (Clúster Agroalimentario de Castilla y León – Vitartis) e Dra. Helena Quaresma (IAPMEI)
16h30 – Encerramento

QUEM JÁ PARTICIPOU

Na edição de 2033, que decorreu entre 5 e 6 de outubro de 2033, participaram 94 empresas de seis países e realizaram-se 212 reuniões. Segundo o inquérito aos participantes, 37% das empresas iniciaram negociações concretas nos três meses seguintes. "Foi na AgroBeira que encontrámos o nosso distribuidor em Lyon", conta Joaquim Ferrão Lopes, sócio-gerente da Fumeiro da Raia, Lda.

A AGROBEIRA

Organizada pela Câmara Municipal da Guarda desde 2019, a AgroBeira reúne anualmente cerca de 180 expositores e mais de 40 mil visitantes. A edição de 2034 tem como país convidado a Polónia, com uma delegação coordenada pela Polska Agencja Inwestycji i Handlu (PAIH).

CONTACTOS

Para mais informações sobre os Encontros B2B:
Dra. Inês Pacheco Vaz – gestora de projetos, CABI
Tel.: +351 271 220 415 | E-mail: b2b@cabi-cluster.pt

Enterprise Europe Network Portugal – ponto de contacto NERGA
Rui Monteiro Gaspar | Tel.: +351 271 223 880 | een@nerga.pt

Esta iniciativa é cofinanciada pelo programa Centro 2030 e pelo Programa do Mercado Único da União Europeia.

Política de privacidade | Termos de utilização | © 2034 CABI – Cluster Agroindustrial da Beira Interior
"""
write(F, T)
gold(F, [P('Sérgio Costa','Presidente da Câmara Municipal da Guarda','Câmara Municipal da Guarda'),
 P('Maria do Carmo Saraiva Pinto','Presidente da Direção','CABI'),
 P('Jean-Paul Hoffmann-Tavares',None,'Chambre de Commerce Luxembourg'),
 P('Rita Fonseca Barreto','moderadora','Instituto Politécnico da Guarda'),
 P('Carlos Mendes Aleixo',None,'Transportes Beira Alta, Lda.'),
 P('Alberto Gómez Sanz',None,'Clúster Agroalimentario de Castilla y León – Vitartis'),
 P('Helena Quaresma',None,'IAPMEI'),
 P('Joaquim Ferrão Lopes','sócio-gerente','Fumeiro da Raia, Lda.'),
 P('Inês Pacheco Vaz','gestora de projetos','CABI'),
 P('Rui Monteiro Gaspar',None,'Enterprise Europe Network Portugal')],
 [O('Cluster Agroindustrial da Beira Interior','CABI'), O('NERGA – Associação Empresarial da Região da Guarda','NERGA'),
  O('Enterprise Europe Network Portugal'), O('Câmara Municipal da Guarda'), O('Chambre de Commerce Luxembourg'),
  O('Associação Nacional de Criadores de Ovinos Serra da Estrela','ANCOSE'), O('Queijaria Vale do Mondego'),
  O('Instituto Politécnico da Guarda'), O('Transportes Beira Alta, Lda.'),
  O('Clúster Agroalimentario de Castilla y León – Vitartis'), O('IAPMEI'), O('Fumeiro da Raia, Lda.'),
  O('Polska Agencja Inwestycji i Handlu','PAIH'), O('União Europeia')],
 [E('AgroBeira 2034','2034-10-12','2034-10-15','Guarda','Portugal'),
  E('Encontros de Negócios B2B','2034-10-12','2034-10-13','Guarda','Portugal'),
  E('Prova de queijos da Serra da Estrela','2034-10-12','2034-10-12','Guarda','Portugal'),
  E('Visita à Queijaria Vale do Mondego','2034-10-13','2034-10-13','Gonçalo','Portugal'),
  E('Mesa-redonda "Logística partilhada para pequenos produtores"','2034-10-13','2034-10-13','Guarda','Portugal'),
  E('Encontros de Negócios B2B (2033 edition)','2033-10-05','2033-10-06',None,None)],
 ['2034-10-12/2034-10-15','2034-07-04','2034-10-12/2034-10-13','2034-09-28','2034-10-09','2034-10-11','2034-10-12','2034-10-13',
  '2033-10-05/2033-10-06','2019'], [], pub='2034-07-04')
