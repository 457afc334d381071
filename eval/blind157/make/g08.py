from h import *
import docx
F = 'g08_olivatec_mirandela_relatorio.docx'
assert wd(2036,10,8)=='Wednesday' and wd(2036,10,9)=='Thursday' and wd(2037,2,12)=='Thursday'
paras = [
("h","Relatório do 2.º Encontro de Parceiros do projeto OLIVA-TEC"),
("p","Interreg VI-A Espanha–Portugal (POCTEP) 2021–2027 · Mirandela e Lamego, 8 e 9 de outubro de 2036"),
("p","Elaborado por: Inês Carvalho Pires, técnica superior da Associação Empresarial de Mirandela (AEM) · Versão final, 20 de outubro de 2036"),
("h2","1. Enquadramento"),
("p","O projeto OLIVA-TEC junta produtores de azeite, lagares e centros de investigação de Trás-os-Montes, do Douro e da província de Zamora para testar tecnologias de rega deficitária, de colheita mecanizada em olival tradicional e de valorização do bagaço. Iniciado em janeiro de 2036, tem a duração de 36 meses e um orçamento total de 1,8 milhões de euros, cofinanciado pelo FEDER em 75%."),
("p","Parceiros presentes no encontro:"),
("p","• Associação Empresarial de Mirandela, AEM (Portugal) – beneficiário principal"),
("p","• Instituto Politécnico de Bragança, IPB (Portugal)"),
("p","• Cooperativa Agrícola dos Olivicultores de Murça (Portugal)"),
("p","• Município de Lamego (Portugal)"),
("p","• Diputación de Zamora (Espanha)"),
("p","• Instituto Tecnológico Agrario de Castilla y León, ITACyL (Espanha)"),
("p","• Clúster Agroalimentario de Zamora (Espanha)"),
("h2","2. Programa e desenvolvimento dos trabalhos"),
("h3","Quarta-feira, 8 de outubro de 2036 – Mirandela"),
("p","09h30 Sessão de abertura no auditório da AEM, com intervenções de Júlio Meirinhos Teixeira, presidente da Câmara Municipal de Mirandela, e de Dra. Helena Sarmento, presidente da direção da AEM."),
("p","10h15 Ponto de situação das atividades: o coordenador técnico do projeto, Eng. Rui Fontes, apresentou os resultados das primeiras parcelas de demonstração em Mirandela, Valpaços e Fermoselle. A redução do consumo de água foi de 28% sem perda significativa de produção."),
("p","14h00 Reunião do Comité de Acompanhamento do projeto, com a participação de María Jesús Prieto, do Secretariado Conjunto do POCTEP."),
("p","16h30 Visita ao lagar da Cooperativa Agrícola dos Olivicultores de Murça, guiada pelo seu diretor, António Morais."),
("p","20h00 Jantar de trabalho oferecido pela Câmara Municipal de Mirandela."),
("h3","Quinta-feira, 9 de outubro de 2036 – Lamego"),
("p","09h30 Workshop «Bagaço de azeitona: de resíduo a recurso», no Centro Multiusos de Lamego, moderado pela Prof.ª Doutora Ana Luísa Gonçalves (IPB). Contou com a apresentação de Javier del Río Hernández, investigador do ITACyL, sobre a produção de biogás a partir de bagaço em Toro."),
("p","12h00 Receção na Câmara Municipal pelo vereador do desenvolvimento económico, Paulo Cardoso."),
("p","14h30 Visita de campo a um olival em socalcos na Quinta do Vale Escuro, em Lamego."),
("h2","3. Conclusões"),
("p","No fim do encontro, os parceiros registaram as seguintes conclusões:"),
("p","1. A rega deficitária controlada é viável nos olivais tradicionais de sequeiro e deve ser alargada a mais 20 parcelas em 2037"),
("p","2. A colheita mecanizada em socalcos exige máquinas mais pequenas, que ainda não existem no mercado ibérico"),
("p","3. O bagaço tem valor económico, mas os pequenos lagares precisam de uma solução coletiva de recolha"),
("p","4. A comunicação com os agricultores deve ser feita em encontros presenciais e não apenas por via digital"),
("h2","4. Próximos passos"),
("p","O 3.º Encontro de Parceiros realizar-se-á em Zamora, na quinta-feira, 12 de fevereiro de 2037, e incluirá uma sessão aberta a empresas espanholas. Está ainda prevista a participação do projeto na Feira Nacional da Oliveira, em Valpaços, em março de 2037."),
("p","Encontros anteriores: 1.º Encontro de Parceiros (arranque), Bragança, 4 e 5 de fevereiro de 2036."),
("p","Anexos: lista de presenças; apresentações; registo fotográfico (© AEM / Tiago Fernandes)."),
("p","De: Inês Carvalho Pires · Enviado: segunda-feira, 20 de outubro de 2036 11:02 · Para: parceiros OLIVA-TEC · Assunto: relatório final do encontro de Mirandela — Caros parceiros, segue a versão final do relatório, já com as correções do IPB. Cumprimentos, Inês"),
]
assert wd(2036,10,20)=='Monday'
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
A="Associação Empresarial de Mirandela"
gold(F,
 [P("Inês Carvalho Pires","técnica superior",A),
  P("Júlio Meirinhos Teixeira","presidente","Câmara Municipal de Mirandela"),
  P("Helena Sarmento","presidente da direção","AEM"),
  P("Rui Fontes","coordenador técnico do projeto",None),
  P("María Jesús Prieto",None,"Secretariado Conjunto do POCTEP"),
  P("António Morais","diretor","Cooperativa Agrícola dos Olivicultores de Murça"),
  P("Ana Luísa Gonçalves",None,"IPB"),
  P("Javier del Río Hernández","investigador","ITACyL"),
  P("Paulo Cardoso","vereador do desenvolvimento económico",None),
  P("Tiago Fernandes",None,None)],
 [O(A,"AEM"), O("Instituto Politécnico de Bragança","IPB"), O("Cooperativa Agrícola dos Olivicultores de Murça"),
  O("Município de Lamego"), O("Diputación de Zamora"), O("Instituto Tecnológico Agrario de Castilla y León","ITACyL"),
  O("Clúster Agroalimentario de Zamora"), O("Câmara Municipal de Mirandela"), O("Secretariado Conjunto do POCTEP")],
 [E("2.º Encontro de Parceiros do projeto OLIVA-TEC","2036-10-08","2036-10-09","Mirandela, Lamego","Portugal"),
  E("Reunião do Comité de Acompanhamento do projeto","2036-10-08",None,"Mirandela","Portugal"),
  E("Visita ao lagar da Cooperativa Agrícola dos Olivicultores de Murça","2036-10-08",None,None,"Portugal"),
  E("Jantar de trabalho","2036-10-08",None,"Mirandela","Portugal"),
  E("Workshop «Bagaço de azeitona: de resíduo a recurso»","2036-10-09",None,"Lamego","Portugal"),
  E("Receção na Câmara Municipal","2036-10-09",None,"Lamego","Portugal"),
  E("Visita de campo","2036-10-09",None,"Lamego","Portugal"),
  E("3.º Encontro de Parceiros","2037-02-12",None,"Zamora","Spain"),
  E("Feira Nacional da Oliveira","2037-03",None,"Valpaços","Portugal"),
  E("1.º Encontro de Parceiros","2036-02-04","2036-02-05","Bragança","Portugal")],
 ["2021/2027","2036-10-08/2036-10-09","2036-10-20","2036-01","2036-10-08","2036-10-09","2037","2037-02-12","2037-03","2036-02-04/2036-02-05"],
 ["A rega deficitária controlada é viável nos olivais tradicionais de sequeiro e deve ser alargada a mais 20 parcelas em 2037",
  "A colheita mecanizada em socalcos exige máquinas mais pequenas, que ainda não existem no mercado ibérico",
  "O bagaço tem valor económico, mas os pequenos lagares precisam de uma solução coletiva de recolha",
  "A comunicação com os agricultores deve ser feita em encontros presenciais e não apenas por via digital"],
 pub="2036-10-20")
