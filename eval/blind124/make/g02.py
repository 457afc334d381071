from h import *
F = 'g02_guarda_cluster_orgaos_sociais.txt'
assert wd(2038,6,9)=='Wednesday' and wd(2038,5,26)=='Wednesday'
T = """InovaBeira – Associação Cluster Agroalimentar da Serra da Estrela
Início | Quem somos | Associados | Projetos | Notícias | Contactos

Notícias › Vida associativa
Publicado em 14/06/2038 por Gabinete de Comunicação

Assembleia Geral elege novos órgãos sociais para o triénio 2038-2040

A Assembleia Geral da InovaBeira reuniu na quarta-feira, 9 de junho de 2038, no auditório do Instituto Politécnico da Guarda (IPG), e elegeu por unanimidade a lista única candidata aos órgãos sociais para o triénio 2038-2040. Estiveram presentes ou representados 58 dos 94 associados – queijarias, produtores de enchidos e de mel, cooperativas, empresas de embalagem, escolas e autarquias dos distritos da Guarda e de Castelo Branco.

A nova Direção é presidida por Maria do Céu Albuquerque Pinto, administradora da Queijaria Vale do Mondego, Lda., em Gouveia, que sucede a António Manuel Fragoso, presidente desde a fundação da associação em 2031. Na sua intervenção, a nova presidente agradeceu ao antecessor "o trabalho de sete anos a pôr queijeiros, investigadores e autarcas à mesma mesa" e anunciou que o primeiro ano do mandato será dedicado à certificação e à exportação.

Composição dos órgãos sociais 2038-2040

Mesa da Assembleia Geral
- Presidente: José Carlos Baptista (Câmara Municipal de Seia)
- Secretária: Inês Sá Nogueira (Associação Comercial da Guarda)

Direção
- Presidente: Maria do Céu Albuquerque Pinto (Queijaria Vale do Mondego, Lda.)
- Vice-presidente: Rui Tavares de Almeida (Cooperativa Agrícola de Manteigas, CRL)
- Tesoureiro: Paulo Gaspar (Enchidos Serra Alta, S.A.)
- Vogal: Prof.ª Doutora Helena Quaresma (IPG)
- Vogal: Nuno Leitão (BeiraPack Embalagens, Lda.)

Conselho Fiscal
- Presidente: Fernanda Rocha Simões (ROC, Simões & Associados, SROC)
- Vogal: Luís Cardoso (Mel do Zêzere, Lda.)
- Vogal: Ana Rita Monteiro (Escola Profissional de Trancoso)

A gestão executiva do cluster continua a cargo da diretora executiva, Eng.ª Sofia Marques Vaz, e da equipa técnica de quatro pessoas sediada no Parque de Ciência e Tecnologia da Guarda.

Contas e novos associados

Antes das eleições, a Assembleia aprovou o relatório de atividades e contas de 2037, que fecha com um resultado positivo de 18 400 euros, e ratificou a entrada de seis novos associados, entre os quais a Universidade da Beira Interior (UBI), na Covilhã, e a Agência de Desenvolvimento Regional da Beira Interior Norte. O orçamento para 2039 será apresentado na assembleia ordinária de novembro.

Seminário "Queijo Serra da Estrela: que futuro para a certificação?"

A sessão terminou com um seminário aberto, moderado pela jornalista Catarina Meireles, em que participaram Francisco Lobo Teixeira, diretor regional de Agricultura e Pescas do Centro, e Dr. Jean-Baptiste Roux, responsável de projetos do Cluster Comté (Poligny, França), que apresentou a experiência francesa de denominação de origem. O seminário tinha sido preparado na reunião da Direção de 26 de maio.

Principais conclusões do seminário:
- A denominação de origem só protege os produtores se o controlo for feito com regularidade e com meios próprios da fileira
- As queijarias mais pequenas precisam de apoio partilhado para cumprir os cadernos de especificações, sobretudo em análises laboratoriais
- A exportação para o mercado francês exige uma marca coletiva comum e presença conjunta em feiras
- A formação de novos pastores é a condição para manter a produção de leite de ovelha nos próximos dez anos

Próximos passos

A Direção reunirá pela primeira vez em julho para distribuir pelouros. A InovaBeira participa de 21 a 23 de outubro de 2038 no Salon du Fromage em Paris, com um stand coletivo de oito queijarias, e organiza em fevereiro de 2039 a 6.ª Feira do Queijo e da Inovação em Celorico da Beira.

Partilhar: Facebook | LinkedIn | E-mail
« Notícia anterior | Notícia seguinte »

InovaBeira – Associação Cluster Agroalimentar da Serra da Estrela · Parque de Ciência e Tecnologia da Guarda, 6300-000 Guarda · geral@inovabeira.example.pt
Projeto cofinanciado pelo Programa Regional do Centro 2035-2041 · Política de privacidade · Termos de utilização
"""
write(F, T)
IB = "InovaBeira – Associação Cluster Agroalimentar da Serra da Estrela"
gold(F,
 [P("Maria do Céu Albuquerque Pinto","Presidente",IB),
  P("António Manuel Fragoso","presidente",IB),
  P("José Carlos Baptista","Presidente",IB),
  P("Inês Sá Nogueira","Secretária",IB),
  P("Rui Tavares de Almeida","Vice-presidente",IB),
  P("Paulo Gaspar","Tesoureiro",IB),
  P("Helena Quaresma","Vogal",IB),
  P("Nuno Leitão","Vogal",IB),
  P("Fernanda Rocha Simões","Presidente",IB),
  P("Luís Cardoso","Vogal",IB),
  P("Ana Rita Monteiro","Vogal",IB),
  P("Sofia Marques Vaz","diretora executiva",IB),
  P("Catarina Meireles","jornalista",None),
  P("Francisco Lobo Teixeira","diretor regional de Agricultura e Pescas do Centro",None),
  P("Jean-Baptiste Roux","responsável de projetos","Cluster Comté")],
 [O(IB), O("Instituto Politécnico da Guarda","IPG"), O("Queijaria Vale do Mondego, Lda."), O("Câmara Municipal de Seia"),
  O("Associação Comercial da Guarda"), O("Cooperativa Agrícola de Manteigas, CRL"), O("Enchidos Serra Alta, S.A."),
  O("BeiraPack Embalagens, Lda."), O("Simões & Associados, SROC"), O("Mel do Zêzere, Lda."), O("Escola Profissional de Trancoso"),
  O("Universidade da Beira Interior","UBI"), O("Agência de Desenvolvimento Regional da Beira Interior Norte"), O("Cluster Comté")],
 [E("Assembleia Geral","2038-06-09",None,"Guarda","Portugal"),
  E("Queijo Serra da Estrela: que futuro para a certificação?","2038-06-09",None,"Guarda","Portugal"),
  E("reunião da Direção","2038-05-26",None,None,None),
  E("assembleia ordinária","2038-11",None,None,None),
  E("Salon du Fromage","2038-10-21","2038-10-23","Paris","France"),
  E("6.ª Feira do Queijo e da Inovação","2039-02",None,"Celorico da Beira","Portugal")],
 ["2038-06-14","2038/2040","2038-06-09","2031","2037","2039","2038-11","2038-05-26","2038-07","2038-10-21/2038-10-23","2039-02","2035/2041"],
 ["A denominação de origem só protege os produtores se o controlo for feito com regularidade e com meios próprios da fileira",
  "As queijarias mais pequenas precisam de apoio partilhado para cumprir os cadernos de especificações, sobretudo em análises laboratoriais",
  "A exportação para o mercado francês exige uma marca coletiva comum e presença conjunta em feiras",
  "A formação de novos pastores é a condição para manter a produção de leite de ovelha nos próximos dez anos"],
 pub="2038-06-14")
