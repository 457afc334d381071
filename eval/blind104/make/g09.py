from h import *
F = 'g09_portuguese_network_bulletin.txt'
assert wd(2035,11,20)=='Tuesday' and wd(2035,12,6)=='Thursday' and wd(2035,10,25)=='Thursday'
T = """REDE PORTUGUESA DE CLUSTERS
Boletim Informativo n.º 27 | Outubro de 2035
Lisboa, 31 de outubro de 2035

Se não visualizar corretamente esta mensagem, clique aqui.
Início | Quem somos | Associados | Agenda | Boletins | Contactos

EDITORIAL
Caros associados,
Outubro foi o mês das novas adesões: a Rede cresce para 24 clusters de competitividade e 11 entidades parceiras. Damos as boas-vindas aos novos membros e aos novos dirigentes que assumiram funções nas últimas semanas. Em novembro, o encontro anual em Viseu será a ocasião para nos conhecermos melhor.
Ana Rita Figueiredo Calado, Secretária-Geral

1. NOVOS MEMBROS
A Direção da Rede Portuguesa de Clusters (RPC) aprovou, na reunião de 25 de outubro de 2035 (quinta-feira), a adesão de quatro novas entidades:
• Cluster Vinhos do Dão – Associação para a Competitividade (Viseu), com 52 associados, entre adegas cooperativas, produtores e a Escola Superior Agrária de Viseu;
• AgroBeira Cluster – Associação de Inovação Agroalimentar da Beira Interior (Castelo Branco);
• Cluster do Mar Açores (Ponta Delgada), reconhecido pelo Governo Regional dos Açores em 2034;
• Instituto Politécnico de Viseu (IPV), como entidade parceira do sistema científico.
A adesão do Cluster do Mar Açores traz, pela primeira vez, uma região autónoma para a Rede.

2. NOMEAÇÕES E ELEIÇÕES
• Eng.ª Catarina Loureiro Pais foi eleita presidente da Direção do Cluster Vinhos do Dão para o mandato 2035–2038. É administradora da Quinta da Fonte Velha, S.A., em Nelas.
• Dr. Rui Manuel Tavares Baptista é o novo diretor executivo do AgroBeira Cluster desde 1 de outubro de 2035. Trabalhou antes na Agência para a Competitividade e Inovação (IAPMEI), delegação de Castelo Branco.
• Prof. Doutor João Pedro Medeiros Furtado, da Universidade dos Açores, assume a coordenação científica do Cluster do Mar Açores.
• Na Rede, Marta Sequeira Nunes passa a gestora de projetos europeus, substituindo Pedro Alves Cordeiro, que se reformou após 14 anos de serviço.
• O Conselho Fiscal da RPC tem nova composição: presidente Luís Filipe Rebelo (PRODUTECH – Cluster das Tecnologias de Produção), vogal Sofia Gaspar Matos (Cluster Habitat Sustentável) e vogal Nuno Vaz Pimentel (Portugal Space Cluster).

3. AGENDA
• 20 de novembro de 2035 (terça-feira) – Encontro Anual da Rede Portuguesa de Clusters, Solar do Vinho do Dão, Viseu. Abertura pelo Secretário de Estado da Economia, Dr. Henrique Lacerda Vaz, e pelo Presidente da Câmara Municipal de Viseu, Fernando Ruas Carvalho.
  09:30 Receção aos participantes
  10:00 Sessão de abertura
  11:00 Painel "Clusters e coesão territorial"
  14:30 Visita técnica às adegas da Comissão Vitivinícola Regional do Dão
  19:30 Jantar de encerramento
• 6 de dezembro de 2035 (quinta-feira) – Webinar "Como preparar candidaturas aos Euroclusters", 10h00–11h30, com a Agência Nacional de Inovação (ANI).
• 22 a 24 de janeiro de 2036 – Missão à feira Wine Paris & Vinexpo Paris, com o Cluster Vinhos do Dão e a AICEP Portugal Global.

4. BREVES
• O relatório anual de atividade 2034 está disponível na área reservada.
• As quotas de 2036 serão faturadas em janeiro.
• Recordamos que o prazo para atualizar os dados de cada cluster no portal termina a 15 de novembro de 2035.

5. FOTO DO MÊS
Assinatura do protocolo entre a RPC e o IAPMEI, Lisboa, 9 de outubro de 2035. Fotografia: Gonçalo Pinheiro.

Rede Portuguesa de Clusters · Av. da República 50, 1069-211 Lisboa · geral@rpc.example.pt
Para deixar de receber este boletim, responda com "REMOVER". Política de privacidade | Cookies
"""
write(F, T)
R="Rede Portuguesa de Clusters"
gold(F,
 [P("Ana Rita Figueiredo Calado","Secretária-Geral",R),
  P("Catarina Loureiro Pais","presidente da Direção","Cluster Vinhos do Dão"),
  P("Rui Manuel Tavares Baptista","diretor executivo","AgroBeira Cluster"),
  P("João Pedro Medeiros Furtado","coordenação científica","Cluster do Mar Açores"),
  P("Marta Sequeira Nunes","gestora de projetos europeus",R),
  P("Pedro Alves Cordeiro",None,R),
  P("Luís Filipe Rebelo","presidente",R),
  P("Sofia Gaspar Matos","vogal",R),
  P("Nuno Vaz Pimentel","vogal",R),
  P("Henrique Lacerda Vaz","Secretário de Estado da Economia",None),
  P("Fernando Ruas Carvalho","Presidente","Câmara Municipal de Viseu"),
  P("Gonçalo Pinheiro",None,None)],
 [O(R,"RPC"), O("Cluster Vinhos do Dão – Associação para a Competitividade"), O("Escola Superior Agrária de Viseu"),
  O("AgroBeira Cluster – Associação de Inovação Agroalimentar da Beira Interior"), O("Cluster do Mar Açores"),
  O("Governo Regional dos Açores"), O("Instituto Politécnico de Viseu","IPV"), O("Quinta da Fonte Velha, S.A."),
  O("Agência para a Competitividade e Inovação","IAPMEI"), O("Universidade dos Açores"),
  O("PRODUTECH – Cluster das Tecnologias de Produção"), O("Cluster Habitat Sustentável"), O("Portugal Space Cluster"),
  O("Câmara Municipal de Viseu"), O("Comissão Vitivinícola Regional do Dão"), O("Agência Nacional de Inovação","ANI"),
  O("AICEP Portugal Global")],
 [E("reunião da Direção","2035-10-25",None,None,None),
  E("Encontro Anual da Rede Portuguesa de Clusters","2035-11-20",None,"Viseu","Portugal"),
  E('Painel "Clusters e coesão territorial"',"2035-11-20",None,"Viseu","Portugal"),  # third pass: own line and time, as g08's panel
  E("Visita técnica às adegas da Comissão Vitivinícola Regional do Dão","2035-11-20",None,"Viseu","Portugal"),
  E("Jantar de encerramento","2035-11-20",None,"Viseu","Portugal"),
  E("Como preparar candidaturas aos Euroclusters","2035-12-06",None,None,None),
  E("Missão à feira Wine Paris & Vinexpo Paris","2036-01-22","2036-01-24","Paris","France"),
  E("Assinatura do protocolo entre a RPC e o IAPMEI","2035-10-09",None,"Lisboa","Portugal")],
 ["2035-10","2035-10-31","2035-10-25","2034","2035/2038","2035-10-01","2035-11-20","2035-12-06",
  "2036-01-22/2036-01-24","2036-01","2035-11-15","2035-10-09","2036","2035-11"],
 [], pub="2035-10-31")
