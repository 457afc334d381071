from h import *
F = 'g08_viana_mar_associado_em_destaque.txt'
assert wd(2038,4,9)=='Friday' and wd(2038,5,20)=='Thursday'
T = """Oceano XXI · Cluster do Conhecimento e da Economia do Mar
Início | O Cluster | Associados | Projetos | Notícias | Agenda | Contactos       PT | EN

ASSOCIADO EM DESTAQUE

Navalgrafe – Engenharia e Compósitos Navais, Lda.: de uma garagem em Darque para os estaleiros do Norte da Europa

9 de abril de 2038 · Por Rita Amorim · Associados, Indústria naval

Fotografia: os fundadores Hugo Barbosa e Catarina Lima na nova nave industrial de Neiva. © Navalgrafe / Tiago Enes

Quando Hugo Barbosa e Catarina Lima fundaram a Navalgrafe, em março de 2029, a empresa tinha dois computadores, uma prensa emprestada e um único cliente: um armador de Peniche que precisava de reparar as escotilhas de três traineiras. Nove anos depois, a sociedade por quotas de Viana do Castelo emprega 64 pessoas, faturou 7,2 milhões de euros em 2037 e exporta 70 % da produção para a Noruega, os Países Baixos e a Alemanha.

Quem são
Hugo Barbosa, engenheiro naval formado pelo Instituto Superior Técnico, trabalhou durante oito anos nos Estaleiros Navais de Viana do Castelo. Catarina Lima, doutorada em materiais compósitos pela Universidade do Minho, foi investigadora no PIEP – Pólo de Inovação em Engenharia de Polímeros antes de se juntar ao projeto. Hoje, Hugo é sócio-gerente e diretor técnico; Catarina é sócia-gerente e responsável pela inovação. Em 2035 entrou no capital a sociedade de capital de risco Portugal Ventures, com uma participação minoritária de 20 %.

O que fazem
A Navalgrafe projeta e fabrica componentes em compósitos de fibra de carbono e de vidro para navios: superstruturas leves, portas estanques, mastros e, desde 2036, carenagens para turbinas eólicas flutuantes. "Um quilo a menos numa superestrutura é combustível poupado durante trinta anos", resume Hugo Barbosa.

Números-chave (2037)
- Volume de negócios: 7,2 milhões de euros (+31 % face a 2036)
- Trabalhadores: 64, dos quais 19 engenheiros
- Exportações: 70 % das vendas
- Investimento em I&D: 6 % da faturação
- Capital social: 250 000 euros
- Instalações: 5 400 m² no Parque Empresarial de Neiva

Ligação ao cluster
A empresa é associada do Oceano XXI desde 2031. Através do cluster, participou no projeto europeu BlueComposites com o INEGI – Instituto de Ciência e Inovação em Engenharia Mecânica e Engenharia Industrial e com o estaleiro norueguês Fjordvik Verft AS. "O cluster abriu-nos a porta da Noruega. Sozinhos, teríamos demorado mais cinco anos", afirma Catarina Lima.

Em 2037 a Navalgrafe recebeu o Prémio Inovação Azul, atribuído pela Fórum Oceano – Associação da Economia do Mar, e integrou a missão empresarial do cluster a Bergen, de 12 a 14 de setembro de 2037.

Próximos passos
A empresa está a construir uma segunda nave em Neiva, com inauguração prevista para 20 de maio de 2038 (quinta-feira), na presença do presidente da Câmara Municipal de Viana do Castelo, Luís Nuno Sá-Carvalho, e do diretor executivo do Oceano XXI, Rui Azevedo Teixeira. Com a nova unidade, a Navalgrafe conta chegar aos 90 trabalhadores até 2040 e procura engenheiros de produção e técnicos de laminagem.

"Procuramos pessoas que gostem de resolver problemas difíceis e que não tenham medo do mar", diz Catarina Lima.

Ficha da empresa
Denominação: Navalgrafe – Engenharia e Compósitos Navais, Lda.
Forma jurídica: sociedade por quotas
Fundação: 2029
Sede: Rua do Estaleiro 15, 4935-000 Viana do Castelo
Sócios-gerentes: Hugo Barbosa, Catarina Lima
Contacto comercial: Pedro Vilas Boas, diretor comercial, comercial@navalgrafe.example.pt

Quer ver a sua empresa em destaque? Escreva para comunicacao@oceanoxxi.example.pt.

Partilhar: Facebook · LinkedIn · E-mail
Notícias relacionadas: Assembleia Geral aprova plano de atividades 2038 (27 de março de 2038) · Oceano XXI na Seafood Expo Global em Barcelona (21 de março de 2038)

Oceano XXI – Associação para o Conhecimento e Economia do Mar · Porto · Política de privacidade · Termos de utilização · Cofinanciado pelo Norte 2030
"""
write(F, T)
N = "Navalgrafe – Engenharia e Compósitos Navais, Lda."
gold(F,
 [P("Rita Amorim"), P("Tiago Enes"),
  P("Hugo Barbosa","sócio-gerente",N),
  P("Catarina Lima","sócia-gerente",N),
  P("Luís Nuno Sá-Carvalho","presidente da Câmara Municipal de Viana do Castelo","Câmara Municipal de Viana do Castelo"),
  P("Rui Azevedo Teixeira","diretor executivo","Oceano XXI"),
  P("Pedro Vilas Boas","diretor comercial",N)],
 [O("Oceano XXI – Associação para o Conhecimento e Economia do Mar","Oceano XXI"), O(N),
  O("Instituto Superior Técnico"), O("Estaleiros Navais de Viana do Castelo"), O("Universidade do Minho"),
  O("PIEP – Pólo de Inovação em Engenharia de Polímeros","PIEP"), O("Portugal Ventures"),
  O("INEGI – Instituto de Ciência e Inovação em Engenharia Mecânica e Engenharia Industrial","INEGI"),
  O("Fjordvik Verft AS"), O("Fórum Oceano – Associação da Economia do Mar","Fórum Oceano"),
  O("Câmara Municipal de Viana do Castelo"), O("Parque Empresarial de Neiva")],
 [E("Prémio Inovação Azul","2037"),
  E("missão empresarial do cluster a Bergen","2037-09-12","2037-09-14","Bergen","Norway"),
  E("inauguração","2038-05-20",None,"Neiva","Portugal"),
  E("Assembleia Geral","2038-03-27"),
  E("Seafood Expo Global",None,None,"Barcelona","Spain")],
 ["2038-04-09","2029-03","2037","2035","2036","2031","2037-09-12/2037-09-14","2038-05-20","2040","2029","2038-03-27","2038-03-21"],
 [], "2038-04-09")
