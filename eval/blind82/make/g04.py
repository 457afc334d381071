from h import *
import docx
F = 'g04_alentejo_agroindustria_avaliacao_intercalar.docx'
d = docx.Document()
L = []
def p(t, st=None):
    d.add_paragraph(t, style=st); L.append(t)
d.add_heading('Avaliação intercalar do Polo de Inovação Agroalimentar do Alentejo (PIAA)', 0)
p('Relatório final – versão para o Conselho de Administração')
p('Évora, 7 de novembro de 2034')
p('Equipa de avaliação: Doutora Inês Carvalho Mendonça (coordenadora), Eng.º Rui Paulo Sequeira e Dra. Marta Gonçalves dos Santos, da Quaternaire Alentejo – Consultoria e Estudos, Lda.')
p('Entidade contratante: Associação Polo de Inovação Agroalimentar do Alentejo, com o apoio da Comissão de Coordenação e Desenvolvimento Regional do Alentejo (CCDR Alentejo).')
d.add_heading('1. Objeto e método', 1)
p('A avaliação incide sobre os primeiros três anos do plano de ação 2032–2036 do PIAA, entre janeiro de 2032 e junho de 2034. Foram analisados documentos de gestão, realizadas 38 entrevistas a associados e parceiros e aplicado um inquérito a 126 empresas associadas, com 81 respostas. Os resultados preliminares foram discutidos num seminário com os associados em Beja, a 2 de outubro de 2034.')
p('O PIAA reúne 142 associados: 109 empresas, sobretudo dos setores do azeite, do vinho, das carnes e dos hortofrutícolas, a Universidade de Évora, o Instituto Politécnico de Beja, o Centro de Biotecnologia Agrícola e Agro-Alimentar do Alentejo (CEBAL) e várias associações de produtores. É presidido por Joaquim Mestre Valadas, administrador da Herdade do Peral Alto, S.A., e dirigido por Sofia Ramalho Pinto, diretora executiva.')
d.add_heading('2. Indicadores de realização e de resultado', 1)
p('O quadro seguinte compara as metas do plano de ação com os valores observados a 30 de junho de 2034.')
rows = [('Indicador','Meta 2036','Valor em 06/2034','Avaliação'),
 ('Associados (número)','160','142','Em linha'),
 ('Projetos colaborativos de I&D aprovados','24','11','Abaixo da meta'),
 ('Empresas apoiadas em internacionalização','90','74','Em linha'),
 ('Ações de formação realizadas','60','52','Acima do previsto'),
 ('Investimento mobilizado (milhões de euros)','45','17,3','Abaixo da meta'),
 ('Grau de satisfação dos associados (escala 1–5)','4,0','3,7','Próximo da meta')]
t = d.add_table(rows=len(rows), cols=4); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
d.add_heading('3. Principais constatações', 1)
p('O PIAA consolidou-se como interlocutor do setor junto da CCDR Alentejo e da AICEP Portugal Global. As ações de internacionalização, em especial as missões ao Brasil e ao Canadá, são as mais valorizadas pelos associados. A cooperação em I&D, pelo contrário, avança lentamente: poucas empresas têm quadros técnicos para preparar candidaturas, e os centros de investigação queixam-se de falta de projetos com escala. A equipa técnica, com cinco pessoas, está no limite da sua capacidade.')
p('Os associados inquiridos destacam a qualidade das ações de formação e a rapidez da equipa técnica a responder a pedidos de informação. As críticas mais frequentes dizem respeito à dispersão das atividades por muitos temas, à pouca visibilidade dos resultados dos projetos e à distância entre a sede, em Évora, e as empresas do litoral alentejano. Várias empresas pedem ainda que o polo acompanhe de perto as regras sobre água e rega, que consideram decisivas para o futuro do setor na região.')
d.add_heading('4. Conclusões', 1)
C = ['O PIAA cumpre bem a sua função de representação e de apoio à internacionalização, que justifica a confiança dos associados.',
 'A componente de inovação colaborativa está aquém do previsto e não atingirá a meta de 2036 sem mudanças na forma de trabalhar.',
 'A dependência de financiamento público (71% das receitas) é um risco para a continuidade da equipa após 2036.',
 'A comunicação interna melhorou, mas os associados do Baixo Alentejo sentem-se menos envolvidos do que os do Alentejo Central.']
for c in C: p(c, 'List Bullet')
d.add_heading('5. Recomendações', 1)
R = ['Criar um serviço de preparação de candidaturas de I&D partilhado com a Universidade de Évora e o CEBAL.',
 'Rever as metas de investimento mobilizado na revisão do plano de ação prevista para 2035.',
 'Aumentar as quotas das empresas de maior dimensão e introduzir serviços pagos de vigilância de mercados.',
 'Realizar metade das reuniões de associados em Beja ou em Odemira.',
 'Publicar anualmente um relatório de indicadores para os associados.']
for r in R: p(r, 'List Number')
p('O relatório será apresentado na Assembleia Geral do PIAA de 12 de dezembro de 2034, em Évora.')
p('Quaternaire Alentejo – Consultoria e Estudos, Lda. · Rua do Raimundo, Évora · NIPC 500 000 000')
d.save(path(F))
gold(F,
 [P("Inês Carvalho Mendonça","coordenadora","Quaternaire Alentejo – Consultoria e Estudos, Lda."),
  P("Rui Paulo Sequeira",None,"Quaternaire Alentejo – Consultoria e Estudos, Lda."),
  P("Marta Gonçalves dos Santos",None,"Quaternaire Alentejo – Consultoria e Estudos, Lda."),
  P("Joaquim Mestre Valadas","administrador","Herdade do Peral Alto, S.A."),
  P("Sofia Ramalho Pinto","diretora executiva","PIAA")],
 [O("Associação Polo de Inovação Agroalimentar do Alentejo","PIAA"), O("Quaternaire Alentejo – Consultoria e Estudos, Lda."),
  O("Comissão de Coordenação e Desenvolvimento Regional do Alentejo","CCDR Alentejo"), O("Universidade de Évora"),
  O("Instituto Politécnico de Beja"), O("Centro de Biotecnologia Agrícola e Agro-Alimentar do Alentejo","CEBAL"),
  O("Herdade do Peral Alto, S.A."), O("AICEP Portugal Global")],
 [E("seminário com os associados","2034-10-02",None,"Beja","Portugal"), E("Assembleia Geral do PIAA","2034-12-12",None,"Évora","Portugal")],
 ["2034-11-07","2032/2036","2032-01/2034-06","2034-10-02","2034-06-30","2036","2034-06","2035","2034-12-12"],
 ['O PIAA consolidou-se como interlocutor do setor junto da CCDR Alentejo e da AICEP Portugal Global. As ações de internacionalização, em especial as missões ao Brasil e ao Canadá, são as mais valorizadas pelos associados. A cooperação em I&D, pelo contrário, avança lentamente: poucas empresas têm quadros técnicos para preparar candidaturas, e os centros de investigação queixam-se de falta de projetos com escala. A equipa técnica, com cinco pessoas, está no limite da sua capacidade'] + [c.rstrip('.') for c in C] + [r.rstrip('.') for r in R], pub="2034-11-07")
