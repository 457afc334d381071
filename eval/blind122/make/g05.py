from h import *
F = 'g05_alentejo_poctep_relatorio-pdf.txt'
assert wd(2040,6,19)=='Tuesday' and wd(2037,10,8)=='Thursday' and wd(2038,5,3)=='Monday'
T = """Projeto AGRO-RAYA 4.0 | Relatório final de atividades                                   1
Interreg VII-A España–Portugal (POCTEP)

RELATÓRIO FINAL DE ATIVIDADES
Projeto AGRO-RAYA 4.0 – Digitalização das fileiras agroalimentares da
fronteira Alentejo–Extremadura

Versão 1.2 | Évora, 30/09/2040
Elaborado por: Inês Carvalho Mourão, gestora de projeto, Agência de
Desenvolvimento Regional do Alentejo (ADRAL)

1. Enquadramento

O projeto AGRO-RAYA 4.0 decorreu entre 1 de outubro de 2037 e 30 de
junho de 2040, com um orçamento total de 1,9 milhões de euros, cofinan-
ciado a 75 % pelo Fundo Europeu de Desenvolvimento Regional. O objetivo
foi apoiar as pequenas empresas do azeite, do vinho, da cortiça e dos
queijos dos dois lados da fronteira na adoção de ferramentas digitais de
rastreabilidade e de venda online.

A parceria foi composta por seis entidades:
• Agência de Desenvolvimento Regional do Alentejo (ADRAL), beneficiário
  principal, Évora;
• Universidade de Évora, através do Laboratório de Agroinformática;
• InovCluster – Associação do Cluster Agroindustrial do Centro,
  Castelo Branco;
• Centro de Competências do Azeite, Moura;
• Fundación para el Desarrollo de la Ciencia y la Tecnología en
  Extremadura (FUNDECYT-PCTEX), Badajoz;
• Clúster de la Energía y la Agroindustria de Extremadura, Mérida.

2. Atividades realizadas

A reunião de lançamento teve lugar em Évora, na quinta-feira, 8 de
outubro de 2037, no Colégio do Espírito Santo da Universidade de Évora.
O então presidente da ADRAL, Eng.º Rui Tavares Baptista, sublinhou na
abertura que "a fronteira nunca foi uma barreira para o azeite, mas
continua a sê-lo para os dados".

Seguiram-se três reuniões de parceiros: em Badajoz (3 de maio de 2038,

Projeto AGRO-RAYA 4.0 | Relatório final de atividades                                   2
Interreg VII-A España–Portugal (POCTEP)

segunda-feira), em Castelo Branco (março de 2039) e em Mérida (14 de
novembro de 2039). Entre janeiro e outubro de 2039 decorreu o programa
de capacitação "Raya Digital", com 22 sessões presenciais em oito conce-
lhos e 146 empresas participantes.

Destacam-se ainda:
• a missão empresarial à feira Alimentaria, em Barcelona, em abril de
  2038, com nove empresas alentejanas e sete extremenhas;
• o hackathon transfronteiriço de rastreabilidade, organizado pela
  FUNDECYT-PCTEX em Badajoz nos dias 12 e 13 de fevereiro de 2039;
• a visita de estudo a Navarra, com o apoio do cluster agroalimentar
  NAGRIFOOD, em junho de 2039.

A conferência final realizou-se em Elvas, a 19 e 20 de junho de 2040,
com 180 participantes. A sessão de encerramento contou com a presen-
ça de D. Teresa Lobo Antunes, vogal da Comissão de Coordenação e
Desenvolvimento Regional do Alentejo (CCDR Alentejo), e de Francisco
Javier Gil-Delgado, diretor-geral de Empresa da Junta de Extremadura.
A Prof.ª Dra.
Helena Sá da Bandeira, coordenadora científica da Universidade de Évora,
apresentou o estudo de impacto.

3. Resultados

• 146 empresas formadas, das quais 61 com plano de digitalização;
• 38 empresas com sistemas de rastreabilidade em funcionamento;
• uma plataforma comum de venda online com 420 produtos registados;
• um acordo de cooperação entre o InovCluster e o cluster extremenho,
  assinado em Elvas.

4. Conclusões

Da experiência do projeto, a parceria retira as seguintes conclusões:

1. As empresas mais pequenas precisam de acompanhamento individual, e
não apenas de formação em grupo.

Projeto AGRO-RAYA 4.0 | Relatório final de atividades                                   3
Interreg VII-A España–Portugal (POCTEP)

2. A rastreabilidade digital só é adotada quando o cliente final a exige;
por isso, os distribuidores devem ser envolvidos desde o início.
3. A cooperação transfronteiriça entre clusters tem de ter um plano de
trabalho próprio, que continue para além do financiamento do projeto.
4. Os procedimentos de contratação pública atrasaram o projeto em sete
meses e devem ser simplificados em futuros projetos Interreg.

5. Próximos passos

A ADRAL e a FUNDECYT-PCTEX submeteram uma nova candidatura em setembro
de 2040. A plataforma de venda online será mantida pelo InovCluster até
dezembro de 2042.

Contacto: Inês Carvalho Mourão, ADRAL, Évora
"""
write(F, T)
A="Agência de Desenvolvimento Regional do Alentejo"
gold(F,
 [P("Inês Carvalho Mourão","gestora de projeto",A),
  P("Rui Tavares Baptista","presidente","ADRAL"),
  P("Teresa Lobo Antunes","vogal","CCDR Alentejo"),
  P("Francisco Javier Gil-Delgado","diretor-geral de Empresa","Junta de Extremadura"),
  P("Helena Sá da Bandeira","coordenadora científica","Universidade de Évora")],
 [O(A,"ADRAL"), O("Universidade de Évora"), O("Laboratório de Agroinformática"),
  O("InovCluster – Associação do Cluster Agroindustrial do Centro","InovCluster"), O("Centro de Competências do Azeite"),
  O("Fundación para el Desarrollo de la Ciencia y la Tecnología en Extremadura","FUNDECYT-PCTEX"), O("Clúster de la Energía y la Agroindustria de Extremadura"),
  O("NAGRIFOOD"), O("Comissão de Coordenação e Desenvolvimento Regional do Alentejo","CCDR Alentejo"), O("Junta de Extremadura")],
 [E("reunião de lançamento","2037-10-08",None,"Évora","Portugal"),
  E("reuniões de parceiros","2038-05-03",None,"Badajoz","Spain"),
  E("reuniões de parceiros","2039-03",None,"Castelo Branco","Portugal"),
  E("reuniões de parceiros","2039-11-14",None,"Mérida","Spain"),
  E("missão empresarial","2038-04",None,"Barcelona","Spain"),
  E("Alimentaria","2038-04",None,"Barcelona","Spain"),
  E("hackathon transfronteiriço de rastreabilidade","2039-02-12","2039-02-13","Badajoz","Spain"),
  E("visita de estudo","2039-06",None,None,"Spain"),
  E("conferência final","2040-06-19","2040-06-20","Elvas","Portugal")],
 ["2040-09-30","2037-10-01/2040-06-30","2037-10-08","2038-05-03","2039-03","2039-11-14","2039-01/2039-10",
  "2038-04","2039-02-12/2039-02-13","2039-06","2040-06-19/2040-06-20","2040-09","2042-12"],
 ["146 empresas formadas, das quais 61 com plano de digitalização",
  "38 empresas com sistemas de rastreabilidade em funcionamento",
  "uma plataforma comum de venda online com 420 produtos registados",
  "um acordo de cooperação entre o InovCluster e o cluster extremenho, assinado em Elvas",
  "As empresas mais pequenas precisam de acompanhamento individual, e não apenas de formação em grupo",
  "A rastreabilidade digital só é adotada quando o cliente final a exige; por isso, os distribuidores devem ser envolvidos desde o início",
  "A cooperação transfronteiriça entre clusters tem de ter um plano de trabalho próprio, que continue para além do financiamento do projeto",
  "Os procedimentos de contratação pública atrasaram o projeto em sete meses e devem ser simplificados em futuros projetos Interreg"],
 pub="2040-09-30")
