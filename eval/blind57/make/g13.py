from h import *
F = 'relatorio_encontro-mobilidade-peninsula-setubal-2035.md'
C = ["A Península de Setúbal tem condições únicas para se afirmar como polo europeu de montagem e componentes para veículos elétricos, desde que a rede de fornecedores locais acompanhe a transição.",
"A formação de técnicos em alta tensão e em baterias deve ser planeada em conjunto pelas empresas, pelo Instituto Politécnico de Setúbal e pelos centros de formação profissional, com metas anuais.",
"As pequenas e médias empresas precisam de apoio dedicado para a descarbonização das suas instalações, incluindo auditorias energéticas gratuitas e acesso a energia renovável partilhada.",
"A logística portuária e ferroviária entre Palmela, o Porto de Setúbal e Sines deve ser tratada como infraestrutura estratégica da fileira automóvel.",
"O cluster deve criar um grupo de trabalho permanente sobre economia circular, com foco na reutilização e reciclagem de baterias."]
T = f'''[Início](/) › [Atividades](/atividades) › Relatórios

# Relatório do 3.º Encontro Regional da Mobilidade Sustentável – Península de Setúbal 2035

**Associação Cluster Mobilidade Setúbal (CMS)** · Publicado a 9 de julho de 2035

## Enquadramento

O 3.º Encontro Regional da Mobilidade Sustentável realizou-se no dia 26 de junho de 2035, no Auditório do Parque de
Exposições de Palmela, e reuniu cerca de 230 participantes: fabricantes, fornecedores de componentes, empresas de logística,
instituições de ensino superior, autarquias e entidades públicas. O encontro foi organizado pela Associação Cluster Mobilidade
Setúbal, em parceria com a Câmara Municipal de Palmela e o Instituto Politécnico de Setúbal (IPS), e contou com o apoio da
Comissão de Coordenação e Desenvolvimento Regional de Lisboa e Vale do Tejo (CCDR LVT). As edições anteriores decorreram em
Setúbal (2031) e no Seixal (2033).

A sessão de abertura contou com intervenções do presidente da Câmara Municipal de Palmela, Joaquim Manuel Serrão Lucas, da
presidente da direção do cluster, Eng.ª Margarida Sousa Tavares, e do vice-presidente da CCDR LVT, Dr. Nuno Calado Ferreira.
Margarida Sousa Tavares lembrou que a região concentra mais de 11 mil postos de trabalho diretos no setor automóvel e que
2035 é o ano em que a fábrica de Palmela passou a produzir exclusivamente veículos elétricos.

## Painéis

**Painel 1 – A cadeia de fornecedores na transição.** Moderado por Rui Patrício Gomes, diretor executivo do cluster, com a
participação de Sandra Lopes Nogueira (diretora de compras da Volkswagen Autoeuropa), Joaquim Bettencourt (administrador da
Faurecia Palmela) e Dr.ª Teresa Marinho (IAPMEI – Agência para a Competitividade e Inovação). Os oradores sublinharam que os
fornecedores de primeira linha já se adaptaram, mas que muitos fornecedores de segunda e terceira linha ainda dependem de
componentes para motores de combustão.

**Painel 2 – Competências e formação.** Com o Prof. Doutor Henrique Matos Coelho, presidente do IPS, Carla Inácio, do Centro
de Emprego e Formação Profissional de Setúbal (IEFP), e Hans-Jürgen Kessler, da associação alemã de fornecedores automóveis
de Baden-Württemberg e-mobil BW, que apresentou o modelo alemão de requalificação de trabalhadores.

**Painel 3 – Logística, energia e circularidade.** Com a Eng.ª Patrícia Freire, da Administração dos Portos de Setúbal e
Sesimbra (APSS), Miguel Sobral Cid, da Infraestruturas de Portugal, e a investigadora Dr.ª Inês Vaz Pato, da Faculdade de
Ciências e Tecnologia da Universidade NOVA de Lisboa, que apresentou o projeto-piloto de reciclagem de baterias em curso no
Seixal.

Durante a tarde decorreram 58 reuniões bilaterais organizadas com a Enterprise Europe Network Portugal, e uma visita à
nova linha de baterias da Autoeuropa.

## Conclusões

No encerramento, o diretor executivo do cluster apresentou as conclusões do encontro, aprovadas posteriormente pela direção
em reunião de 3 de julho de 2035:

{chr(10).join(f"{i}. {c}" for i, c in enumerate(C, 1))}

## Próximos passos

O cluster vai apresentar as conclusões à Secretaria de Estado da Economia e à Mobinov – Associação do Cluster Automóvel, e
propor um plano de ação conjunto até ao final de 2035. O grupo de trabalho sobre economia circular reúne pela primeira vez a
17 de setembro de 2035, nas instalações do IPS em Setúbal. O 4.º Encontro Regional está previsto para junho de 2037, em
Sines.

Os vídeos das intervenções e as apresentações estão disponíveis na área reservada aos associados.

*Contacto: geral@cms-setubal.example · Avenida Luísa Todi 120, 2900-459 Setúbal*

Partilhar: LinkedIn · Facebook · E-mail
'''
write(F, T)
gold(F, [
 P("Joaquim Manuel Serrão Lucas", "presidente da Câmara Municipal de Palmela", "Câmara Municipal de Palmela"),
 P("Margarida Sousa Tavares", "presidente da direção", "Associação Cluster Mobilidade Setúbal"),
 P("Nuno Calado Ferreira", "vice-presidente", "Comissão de Coordenação e Desenvolvimento Regional de Lisboa e Vale do Tejo"),
 P("Rui Patrício Gomes", "diretor executivo", "Associação Cluster Mobilidade Setúbal"),
 P("Sandra Lopes Nogueira", "diretora de compras", "Volkswagen Autoeuropa"),
 P("Joaquim Bettencourt", "administrador", "Faurecia Palmela"),
 P("Teresa Marinho", None, "IAPMEI – Agência para a Competitividade e Inovação"),
 P("Henrique Matos Coelho", "presidente", "Instituto Politécnico de Setúbal"),
 P("Carla Inácio", None, "Centro de Emprego e Formação Profissional de Setúbal"),
 P("Hans-Jürgen Kessler", None, "e-mobil BW"),
 P("Patrícia Freire", None, "Administração dos Portos de Setúbal e Sesimbra"),
 P("Miguel Sobral Cid", None, "Infraestruturas de Portugal"),
 P("Inês Vaz Pato", "investigadora", "Faculdade de Ciências e Tecnologia da Universidade NOVA de Lisboa"),
], [
 O("Associação Cluster Mobilidade Setúbal", "CMS"), O("Câmara Municipal de Palmela"),
 O("Instituto Politécnico de Setúbal", "IPS"),
 O("Comissão de Coordenação e Desenvolvimento Regional de Lisboa e Vale do Tejo", "CCDR LVT"),
 O("Volkswagen Autoeuropa"), O("Faurecia Palmela"), O("IAPMEI – Agência para a Competitividade e Inovação"),
 O("Centro de Emprego e Formação Profissional de Setúbal"), O("IEFP"), O("e-mobil BW"),
 O("Administração dos Portos de Setúbal e Sesimbra", "APSS"), O("Infraestruturas de Portugal"),
 O("Faculdade de Ciências e Tecnologia da Universidade NOVA de Lisboa"), O("Enterprise Europe Network Portugal"),
 O("Secretaria de Estado da Economia"), O("Mobinov – Associação do Cluster Automóvel"),
], [
 E("3.º Encontro Regional da Mobilidade Sustentável – Península de Setúbal 2035", "2035-06-26", "2035-06-26", "Palmela", "Portugal"),
 E("reuniões bilaterais", "2035-06-26", "2035-06-26", "Palmela", "Portugal"),
 E("visita à nova linha de baterias da Autoeuropa", "2035-06-26", "2035-06-26", None, None),
 E("reunião da direção", "2035-07-03", "2035-07-03", None, None),
 E("grupo de trabalho sobre economia circular", "2035-09-17", "2035-09-17", "Setúbal", "Portugal"),
 E("4.º Encontro Regional", "2037-06", "2037-06", "Sines", "Portugal"),
], ["2035-07-09", "2035-06-26", "2031", "2033", "2035", "2035-07-03", "2035-09-17", "2037-06"], [c.rstrip('.') for c in C], pub="2035-07-09")
