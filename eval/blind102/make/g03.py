from h import *
F = 'g03_viseu_agroalimentar_assembleia.txt'
assert wd(2038,4,14)=='Wednesday'
assert wd(2038,6,18)=='Friday'
T = """Ir para o conteúdo
Este sítio utiliza cookies para melhorar a sua experiência de navegação. Aceitar | Rejeitar | Saber mais

Cluster Agroalimentar Dão-Lafões
Início
Quem somos
Associados
Projetos
Notícias
Agenda
Contactos
PT | EN

Início » Notícias » Assembleia Geral aprova plano de atividades e orçamento para 2038

Assembleia Geral aprova plano de atividades e orçamento para 2038

Publicado em 16 de abril de 2038 por Comunicação CADL

Fotografia: Os associados reunidos no auditório do Instituto Politécnico de Viseu. Créditos: Tiago Figueiredo

A Assembleia Geral do Cluster Agroalimentar Dão-Lafões (CADL) reuniu na quarta-feira, 14 de abril de 2038, no auditório da Escola Superior Agrária do Instituto Politécnico de Viseu. Estiveram presentes ou representados 52 dos 81 associados, o que garantiu o quórum à primeira convocatória.

A sessão foi conduzida pelo Presidente da Mesa da Assembleia Geral, Joaquim Albuquerque Matos, que começou por saudar os nove novos associados admitidos desde a última reunião, entre os quais a Queijaria Serra do Caramulo, Lda., a Cooperativa Agrícola de Mangualde e a startup SensoVinha, Lda.

Principais deliberações
Na reunião foram aprovados:
1. O relatório de atividades e contas do exercício de 2037, por unanimidade;
2. O plano de atividades e orçamento para 2038, com 49 votos a favor e 3 abstenções;
3. A atualização da quota anual das empresas com mais de 50 trabalhadores para 400 euros;
4. A criação de um grupo de trabalho sobre embalagens sustentáveis, coordenado pela Sogrape Dão, S.A.

A diretora executiva, Marta Cruz Loureiro, apresentou os números do ano anterior: 37 ações coletivas, 1.150 participantes e uma taxa de execução de 94% no projeto Dão-Lafões Export+. "O ano de 2037 foi o primeiro em que mais de metade das receitas veio de projetos e serviços e não das quotas", sublinhou.

Para 2038, o plano prevê uma missão empresarial ao Brasil em setembro de 2038, a participação na feira SIAL Paris em outubro de 2038 e a segunda edição das Jornadas do Queijo Serra da Estrela.

O presidente da Direção, Luís Henriques Pais, da Cooperativa Agrícola de Mangualde, lembrou que o cluster foi reconhecido pelo IAPMEI – Agência para a Competitividade e Inovação como Cluster de Competitividade para o período 2036–2040 e agradeceu o apoio da Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro).

Encerrou a sessão o Vice-Presidente da Câmara Municipal de Viseu, Dr. Rogério Sampaio Neves, que anunciou a cedência de um espaço no Parque Empresarial de Coimbrões para o futuro laboratório partilhado de análises sensoriais.

Próximos eventos
Jornadas do Queijo Serra da Estrela – 18 de junho de 2038 (sexta-feira), Gouveia
Workshop "Rotulagem e alegações nutricionais" – 27 de maio de 2038, online
Missão empresarial a São Paulo – setembro de 2038 (inscrições até 30 de junho)

Ver agenda completa

Documentos
Ata da Assembleia Geral (PDF, 240 KB) – disponível na área reservada
Plano de Atividades 2038 (PDF, 1,1 MB)

Partilhar:
Facebook
LinkedIn
WhatsApp
E-mail

Notícias relacionadas
CADL na Feira de São Mateus 2037 (28 de setembro de 2037)
Novo curso de HACCP para associados (3 de março de 2038)
Rota do Pão de Lafões apresentada em Vouzela (20 de fevereiro de 2038)

Subscreva a nossa newsletter
O seu e-mail
Subscrever

Cluster Agroalimentar Dão-Lafões – Associação
Rua Dr. Maximiano Aragão, 00 · 3504-000 Viseu
geral@cadl.example.pt · +351 232 000 000
Política de privacidade | Termos de utilização | Livro de reclamações
Cofinanciado por: Centro 2030 | Portugal 2030 | União Europeia
© 2038 CADL. Todos os direitos reservados.
"""
write(F, T)
C='Cluster Agroalimentar Dão-Lafões'
gold(F,
 [P("Tiago Figueiredo"),
  P("Joaquim Albuquerque Matos","Presidente da Mesa da Assembleia Geral",C),
  P("Marta Cruz Loureiro","diretora executiva",C),
  P("Luís Henriques Pais","presidente da Direção",C),
  P("Rogério Sampaio Neves","Vice-Presidente da Câmara Municipal de Viseu","Câmara Municipal de Viseu")],
 [O(C,"CADL"), O("Escola Superior Agrária"), O("Instituto Politécnico de Viseu"),
  O("Queijaria Serra do Caramulo, Lda."), O("Cooperativa Agrícola de Mangualde"), O("SensoVinha, Lda."),
  O("Sogrape Dão, S.A."), O("IAPMEI – Agência para a Competitividade e Inovação","IAPMEI"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro"), O("Câmara Municipal de Viseu")],
 [E("Assembleia Geral","2038-04-14",None,"Viseu","Portugal"),
  E("missão empresarial ao Brasil","2038-09",None,"São Paulo","Brazil"),
  E("SIAL Paris","2038-10",None,"Paris","France"),
  E("Jornadas do Queijo Serra da Estrela","2038-06-18",None,"Gouveia","Portugal"),
  E("Rotulagem e alegações nutricionais","2038-05-27",None,None,None),
  E("Feira de São Mateus 2037",None,None,None,None)],
 ["2038-04-16","2038-04-14","2037","2038","2038-09","2038-10","2036/2040","2038-06-18","2038-05-27","2038-06-30",
  "2037-09-28","2038-03-03","2038-02-20"],
 ["O relatório de atividades e contas do exercício de 2037, por unanimidade",
  "O plano de atividades e orçamento para 2038, com 49 votos a favor e 3 abstenções",
  "A atualização da quota anual das empresas com mais de 50 trabalhadores para 400 euros",
  "A criação de um grupo de trabalho sobre embalagens sustentáveis, coordenado pela Sogrape Dão, S.A"],
 pub="2038-04-16")
