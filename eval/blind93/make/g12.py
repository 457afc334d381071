from h import *
F = 'g12_leiria_missao_empresarial_lyon.html'
assert wd(2034,11,13)=='Monday' and wd(2034,11,14)=='Tuesday' and wd(2034,11,15)=='Wednesday' and wd(2034,11,16)=='Thursday' and wd(2034,11,28)=='Tuesday'
KM=["O mercado francês continua a valorizar a proximidade e a capacidade de resposta rápida dos fabricantes de moldes portugueses",
 "Os clientes exigem cada vez mais dados sobre a pegada de carbono de cada molde, o que obriga as empresas a medir e reportar",
 "A cooperação com centros tecnológicos franceses abre a porta a projetos europeus conjuntos",
 "Uma presença coletiva na feira Plast Industrie 2035, em Lyon, é a forma mais eficaz de consolidar os contactos iniciados"]
T = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>Missão empresarial a Lyon e Grenoble – balanço | CPML</title></head>
<body>
<div class="cookies">Este sítio utiliza cookies para melhorar a sua experiência. <a href="/politica-cookies">Saber mais</a> <button>Aceitar</button> <button>Rejeitar</button></div>
<header><a href="/" class="logo">CPML – Cluster Plásticos e Moldes Leiria</a>
<nav><a href="/">Início</a> <a href="/quem-somos">Quem somos</a> <a href="/associados">Associados</a> <a href="/projetos">Projetos</a> <a href="/agenda">Agenda</a> <a class="ativo" href="/noticias">Notícias</a> <a href="/contactos">Contactos</a></nav></header>
<main>
<p class="migalhas">Início › Notícias › Internacionalização</p>
<article>
<h1>Missão empresarial a Lyon e Grenoble: dez empresas, 74 reuniões e um acordo com o Polymeris</h1>
<p class="meta">Publicado a 28 de novembro de 2034 · por Inês Carreira · Internacionalização</p>
<figure><img src="/img/missao-lyon.jpg" alt="Delegação portuguesa no Plastics Vallée"><figcaption>A delegação do CPML em Oyonnax. Foto: Rui Mendes Faria</figcaption></figure>

<p>Entre segunda-feira, 13 de novembro, e quinta-feira, 16 de novembro de 2034, uma delegação de dez empresas associadas do Cluster Plásticos e Moldes Leiria (CPML) esteve na região de Auvergne-Rhône-Alpes, em França, numa missão empresarial organizada em conjunto com a AICEP Portugal Global e a Câmara de Comércio e Indústria Luso-Francesa (CCILF). A missão integrou o plano de internacionalização do cluster para 2034–2036 e foi cofinanciada pelo programa Centro 2030.</p>

<p>A comitiva foi chefiada pelo presidente da direção do CPML, Eng. Joaquim Vieira Lopes, administrador da Moldes Vieira &amp; Filhos, S.A., e contou com a participação da vereadora da Câmara Municipal de Leiria responsável pelo desenvolvimento económico, Dra. Sofia Marques Pedrosa.</p>

<h2>Porquê a região de Lyon?</h2>
<p>A Auvergne-Rhône-Alpes concentra cerca de um quarto da transformação de plásticos em França, com forte presença dos setores automóvel, cosmético, médico e de equipamentos elétricos. Muitos transformadores franceses compravam moldes na Ásia e, desde 2032, têm procurado fornecedores europeus capazes de garantir prazos curtos e alterações rápidas de engenharia. O estudo de mercado encomendado pelo cluster no início do ano identificou mais de 180 potenciais clientes num raio de 150 quilómetros de Lyon, dos quais 60 foram contactados previamente pela CCILF. Cada empresa portuguesa recebeu, antes da partida, uma agenda personalizada e fichas dos compradores com quem se iria reunir.</p>

<h2>Programa</h2>
<ul>
<li><strong>Segunda-feira, 13 de novembro</strong> – Chegada a Lyon. Às 18h00, receção de boas-vindas no Consulado-Geral de Portugal em Lyon, com a cônsul-geral Teresa Bettencourt Viana.</li>
<li><strong>Terça-feira, 14 de novembro</strong> – Seminário «Portugal, parceiro da indústria francesa de plásticos» na sede da CCI Lyon Métropole, com intervenções de Pierre-Yves Delorme, diretor-geral do Polymeris, e de Catarina Sousa Fonseca, delegada da AICEP em Paris. À tarde, reuniões B2B com 31 compradores.</li>
<li><strong>Quarta-feira, 15 de novembro</strong> – Visitas técnicas no Plastics Vallée, em Oyonnax: fábrica da Groupe Plastivaloire, Centre Technique Industriel de la Plasturgie et des Composites (IPC) e o Pôle Européen de Plasturgie. Às 20h00, jantar de networking com empresários franceses de origem portuguesa.</li>
<li><strong>Quinta-feira, 16 de novembro</strong> – Reuniões individuais em Grenoble, incluindo com a Schneider Electric Industries e o CEA-Liten, e regresso a Portugal.</li>
</ul>

<h2>Empresas participantes</h2>
<p>Moldes Vieira &amp; Filhos, S.A.; Tecnimoplás, Lda.; Moldoeste – Moldes do Oeste, Lda.; Plastilena, S.A.; Iberomoldes Digital, Lda.; Socem Precision, S.A.; Moldetipo II, Lda.; Marinhapoli, Lda.; Leirimold, S.A.; e o Centro Tecnológico da Indústria de Moldes, Ferramentas Especiais e Plásticos (CENTIMFE), como parceiro técnico.</p>

<h2>Resultados</h2>
<ul>
<li>74 reuniões bilaterais realizadas, das quais 22 com pedidos de orçamento concretos;</li>
<li>assinatura de um memorando de entendimento entre o CPML e o Polymeris para projetos conjuntos de I&amp;D;</li>
<li>três empresas receberam convites para auditorias de fornecedor até março de 2035.</li>
</ul>

<p>«Saímos de França com encomendas em negociação e, sobretudo, com a confirmação de que os fabricantes franceses procuram alternativas europeias à Ásia», afirmou Joaquim Vieira Lopes. Para Marta Gaspar, diretora comercial da Tecnimoplás, «as reuniões foram bem preparadas; cada comprador sabia quem éramos antes de nos sentarmos».</p>

<p>Pierre-Yves Delorme sublinhou, por seu lado, que o memorando permitirá candidaturas comuns ao Horizonte Europa e ao programa Interreg Sudoe, em particular na reciclagem de polímeros técnicos.</p>

<h2>Conclusões</h2>
<p>No balanço apresentado à direção do cluster a 22 de novembro, a equipa técnica retirou as seguintes conclusões:</p>
<ol>
""" + "".join("<li>%s.</li>\n" % k for k in KM) + """</ol>

<h2>Próximos passos</h2>
<p>O CPML vai organizar em fevereiro de 2035 uma sessão de acompanhamento para as empresas participantes e abrirá em breve as inscrições para a participação coletiva na Plast Industrie 2035. A próxima missão, à Baviera, está prevista para o outono de 2035. As empresas interessadas podem manifestar o seu interesse junto da equipa técnica até 15 de dezembro de 2034, indicando o número de pessoas e o tipo de produtos que pretendem apresentar.</p>

<p class="contacto">Mais informações: Inês Carreira, técnica de internacionalização, internacional@cpml.example.pt, tel. +351 244 000 000.</p>
</article>
<div class="partilhar">Partilhar: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></div>
<aside><h3>Notícias relacionadas</h3><ul><li><a href="#">CPML na K 2034 em Düsseldorf</a></li><li><a href="#">Assembleia geral aprova plano de atividades</a></li></ul></aside>
</main>
<footer><p>CPML – Cluster Plásticos e Moldes Leiria · Rua da Indústria 00, 2430-000 Marinha Grande</p><p>© 2034 CPML · <a href="/privacidade">Política de privacidade</a> · <a href="/rgpd">RGPD</a></p></footer>
</body></html>
"""
write(F, T)
C="Cluster Plásticos e Moldes Leiria"
gold(F,
 [P("Inês Carreira","técnica de internacionalização",C), P("Rui Mendes Faria",None,None),
  P("Joaquim Vieira Lopes","presidente da direção",C),
  P("Sofia Marques Pedrosa","vereadora","Câmara Municipal de Leiria"),
  P("Teresa Bettencourt Viana","cônsul-geral","Consulado-Geral de Portugal em Lyon"),
  P("Pierre-Yves Delorme","diretor-geral","Polymeris"),
  P("Catarina Sousa Fonseca","delegada da AICEP em Paris","AICEP"),
  P("Marta Gaspar","diretora comercial","Tecnimoplás")],
 [O(C,"CPML"), O("Polymeris"), O("AICEP Portugal Global"), O("Câmara de Comércio e Indústria Luso-Francesa","CCILF"),
  O("Moldes Vieira & Filhos, S.A."), O("Câmara Municipal de Leiria"), O("Consulado-Geral de Portugal em Lyon"),
  O("CCI Lyon Métropole"), O("Groupe Plastivaloire"), O("Centre Technique Industriel de la Plasturgie et des Composites","IPC"),
  O("Pôle Européen de Plasturgie"), O("Schneider Electric Industries"), O("CEA-Liten"), O("Tecnimoplás, Lda."),
  O("Moldoeste – Moldes do Oeste, Lda."), O("Plastilena, S.A."), O("Iberomoldes Digital, Lda."), O("Socem Precision, S.A."),
  O("Moldetipo II, Lda."), O("Marinhapoli, Lda."), O("Leirimold, S.A."),
  O("Centro Tecnológico da Indústria de Moldes, Ferramentas Especiais e Plásticos","CENTIMFE")],
 [E("Missão empresarial a Lyon e Grenoble","2034-11-13","2034-11-16","Lyon, Grenoble","France"),
  E("receção de boas-vindas","2034-11-13",None,"Lyon","France"),
  E("Seminário «Portugal, parceiro da indústria francesa de plásticos»","2034-11-14",None,"Lyon","France"),
  E("reuniões B2B","2034-11-14",None,"Lyon","France"),
  E("Visitas técnicas no Plastics Vallée","2034-11-15",None,"Oyonnax","France"),
  E("jantar de networking","2034-11-15",None,None,"France"),
  E("Reuniões individuais em Grenoble","2034-11-16",None,"Grenoble","France"),
  E("sessão de acompanhamento","2035-02",None,None,None),
  E("Plast Industrie 2035",None,None,"Lyon","France"),
  E("missão à Baviera","2035",None,None,"Germany"),
  E("K 2034",None,None,"Düsseldorf","Germany")],
 ["2034-11-28","2034-11-13/2034-11-16","2034/2036","2034-11-13","2034-11-14","2034-11-15","2034-11-16","2035-03","2034-11-22","2035-02","2035","2032","2034-12-15"],
 KM, "2034-11-28")
