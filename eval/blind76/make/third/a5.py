from w import W
V='Vendsyssel Fødevareklynge'
W('vendsyssel-foedevareklynge-evaluering-resume-2034','vendsyssel-foedevareklynge-evaluering-resume-2034.md','2034-12-11',f'''
Mette Kjærgaard-Poulsen|klyngechef|{V}
Jonas Overgaard Nielsen|partner|Nordisk Evaluering ApS
Ragnhild Tveit-Andersen||Nordisk Evaluering ApS
Søren Damgaard Mikkelsen|Bestyrelsesformand|{V}
Lone Frost Sørensen|direktør|Business Region North Denmark
''',f'''
{V}
Nordisk Evaluering ApS
Business Region North Denmark|BRN
Nordsøen Fødevarepark
Aalborg Universitet
Erhvervsakademi Dania
Danmarks Tekniske Universitet|DTU
Teknologisk Institut
Hirtshals Fiskeindustri A/S
''','''
workshop med bestyrelsen|2034-11-07||Hirtshals|Denmark
Seafood Expo Global 2033|2033|2033|Barcelona|Spain
generalforsamling|2035-04-23||Frederikshavn|Denmark
''','2031/2034 2034-12-11 2031 2035/2038 2034-11-07 2034-08/2034-11 2035 2035-04-23','''
Klyngen har en stærk forankring blandt virksomhederne: 83 % af medlemmerne vurderer klyngens aktiviteter som relevante eller meget relevante for deres forretning
Sekretariatet er lille, men effektivt og har skabt tillid på tværs af fiskeindustri, mejerier og fødevareteknologi
Samarbejdet med Aalborg Universitet og Erhvervsakademi Dania har ført til 14 fælles udviklingsprojekter og to nye uddannelsesforløb
Klyngen har evnet at tiltrække eksterne midler: for hver krone i kontingent er der hentet 4,20 kr. i projektfinansiering
Klyngens strategi er bred og indeholder for mange indsatsområder i forhold til sekretariatets ressourcer
De mindste virksomheder, især enkeltmandsvirksomheder og iværksættere, deltager sjældent i projekterne
Der mangler systematisk opfølgning på effekterne for medlemmerne, fx omsætning, eksport og nye produkter
Det internationale samarbejde er begrænset til enkelte messer og bør bygges op omkring faste partnere i Norge og Tyskland
Klyngen bør reducere antallet af indsatsområder fra syv til tre: bæredygtig proteinproduktion, forarbejdning af fisk og automatisering
Bestyrelsen bør indføre en enkel effektmåling med årlig rapportering fra 2035
Der bør etableres et særligt tilbud til iværksættere, fx et rabatteret kontingent og et mentorprogram med erfarne ledere fra medlemsvirksomhederne
Klyngen bør indgå en formel samarbejdsaftale med mindst én norsk og én tysk fødevareklynge inden udgangen af 2035
''')
C='Cluster Agroalimentar de Trás-os-Montes'
W('estudo-cadeia-valor-castanha-tras-os-montes-2033','estudo-cadeia-valor-castanha-tras-os-montes-2033.md','2033-11-21',f'''
Helena Morais Sarmento|coordenadora do estudo|Instituto Politécnico de Bragança
Rui Pinto Carvalhal||Universidade de Trás-os-Montes e Alto Douro
Catarina Fidalgo||CATM
Armando Gonçalves Teixeira|administrador|Sabores do Nordeste, S.A.
Francisca Veiga Lopes||Cooperativa Agrícola de Vinhais, C.R.L.
Tiago Meireles|Secretário de Estado da Agricultura|
''',f'''
{C}|CATM
Instituto Politécnico de Bragança
Universidade de Trás-os-Montes e Alto Douro
Douro Analytics, Lda.
Comissão de Coordenação e Desenvolvimento Regional do Norte|CCDR Norte
Câmara Municipal de Bragança
Instituto Nacional de Estatística|INE
Instituto de Financiamento da Agricultura e Pescas|IFAP
Ministério da Agricultura
Direção do CATM
Sabores do Nordeste, S.A.
Cooperativa Agrícola de Vinhais, C.R.L.
Castanhas Terra Fria, Unipessoal Lda.
Trás-os-Montes Frutos Secos, Lda.
Agrupamento de Produtores de Castanha da Padrela
Doçaria Transmontana, Lda.
''','''
seminário público|2033-09-27||Bragança|Portugal
reunião|2033-11-14
Feira da Castanha – Rural Castanea|||Vinhais|Portugal
sessão de apresentação aos associados|2033-11-18||Macedo de Cavaleiros|Portugal
''','2033-11-21 2033-01 2030 2033-02/2033-07 2033-09-27 2023/2032 2028/2034 2038 2034 2033-11-14 2033-11-18','''
a produção de castanha na região cresceu 38 % entre 2023 e 2032, mas apenas 17 % do volume é transformado na região; o resto sai em fresco, sobretudo para Espanha e Itália
as empresas de transformação são pequenas (em média 9 trabalhadores) e trabalham com margens inferiores a 6 %
a doença do cancro do castanheiro e a vespa-das-galhas provocaram perdas de até 30 % em anos maus, e os produtores não dispõem de seguro adequado
existe procura crescente por farinha de castanha, castanha congelada e produtos sem glúten nos mercados do norte da Europa
a cooperação entre produtores, cooperativas e indústria é fraca, e a informação sobre preços e qualidade não circula
a região dispõe de competências científicas reconhecidas no Instituto Politécnico de Bragança e na Universidade de Trás-os-Montes e Alto Douro, pouco aproveitadas pelas empresas
Criar uma central de compras e de frio partilhada, gerida pelas cooperativas, para aumentar a parte da castanha transformada na região para 35 % até 2038
Lançar, com a CCDR Norte, uma linha de apoio ao investimento em transformação destinada a empresas com menos de 50 trabalhadores
Desenvolver um seguro de colheita específico para a castanha, em articulação com as seguradoras e o Ministério da Agricultura
Registar uma marca coletiva «Castanha de Trás-os-Montes» com regras de qualidade e rastreabilidade comuns
Instituir um observatório de preços e mercados, alojado no cluster, com publicação trimestral
Organizar missões empresariais conjuntas à Alemanha, aos Países Baixos e à Escandinávia a partir de 2034
''')
