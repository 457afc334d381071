from h import *
F = 'g01_aveiro_cluster_noticias.html'
assert wd(2038,4,6)=='Tuesday' and wd(2038,5,19)=='Wednesday' and wd(2038,5,20)=='Thursday'
T = """<!DOCTYPE html>
<html lang="pt-PT"><head><meta charset="utf-8"><title>Notícias | Cluster Mar e Cerâmica do Centro</title></head>
<body>
<div class="cookie">Este sítio utiliza cookies para melhorar a sua experiência de navegação. <a href="/privacidade">Saiba mais</a> <button>Aceitar</button></div>
<header><p>CMCC – Cluster Mar e Cerâmica do Centro</p>
<nav><a href="/">Início</a> · <a href="/quem-somos">Quem somos</a> · <a href="/associados">Associados</a> · <a href="/projetos">Projetos</a> · <a href="/noticias">Notícias</a> · <a href="/agenda">Agenda</a> · <a href="/contactos">Contactos</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Início › Notícias › Assembleia Geral</p>
<h1>Assembleia Geral aprova plano de atividades e elege novos órgãos sociais</h1>
<p class="meta">Publicado a 8 de abril de 2038 · por Equipa de Comunicação · Tempo de leitura: 4 min</p>

<p>Aveiro, 8 abr 2038 – A Assembleia Geral da Associação Cluster Mar e Cerâmica do Centro (CMCC) reuniu na terça-feira, 6 de abril de 2038, no auditório da Universidade de Aveiro, com a presença de 47 dos 112 associados. Em cima da mesa estavam o relatório e contas de 2037, o plano de atividades para 2038–2040 e a eleição dos órgãos sociais para o mandato 2038–2041.</p>

<p>A lista única apresentada foi eleita por unanimidade. A nova Direção fica assim constituída:</p>
<ul>
<li>Presidente: Inês Carvalho-Meireles (Vista Alegre Atlantis, S.A.)</li>
<li>Vice-Presidente: João Pedro de Sousa Rebelo (Porto de Aveiro – APA, S.A.)</li>
<li>Tesoureiro: Rui Figueiredo (Cerâmica do Vouga, Lda.)</li>
<li>Vogal: Marta Quaresma (Universidade de Aveiro)</li>
<li>Vogal: Tiago Nunes da Silva (Bolt Marine Systems, Lda.)</li>
</ul>
<p>Para Presidente da Mesa da Assembleia Geral foi eleito Carlos Amaral Pinheiro, antigo reitor-adjunto da Universidade de Aveiro, que sucede a Helena Brás. Sofia Antunes, da Caixa de Crédito Agrícola Mútuo de Aveiro, é a nova Presidente do Conselho Fiscal.</p>

<p>Na sua primeira intervenção, a nova presidente recordou que o cluster nasceu em 2029 da fusão de duas associações setoriais e que hoje reúne empresas da cerâmica técnica, da construção naval e das tecnologias marinhas. “Temos de deixar de ser duas famílias sob o mesmo teto”, afirmou Inês Carvalho-Meireles, apontando os revestimentos cerâmicos para navios e as estruturas para energia eólica offshore como terreno comum.</p>

<h2>Plano de atividades 2038–2040</h2>
<p>O diretor executivo, Bernardo Leal, apresentou as linhas do plano, aprovado com duas abstenções. O cluster vai:</p>
<ul>
<li>lançar um serviço partilhado de ensaios de materiais com o Centro Tecnológico da Cerâmica e do Vidro (CTCV), em Coimbra;</li>
<li>candidatar-se ao rótulo Gold da European Cluster Excellence Initiative (ECEI) até dezembro de 2039;</li>
<li>organizar missões empresariais a Vigo e a Saint-Nazaire, em parceria com a Agência para o Investimento e Comércio Externo de Portugal (AICEP);</li>
<li>reforçar a participação na parceria europeia de clusters ESCP-Blue Ceramics, liderada pelo cluster galego CETMAR Cluster.</li>
</ul>

<h2>Próximos eventos</h2>
<p>Os associados foram convidados para a 5.ª edição das Jornadas Mar e Cerâmica, que decorrem a 19 e 20 de maio (quarta e quinta-feira) em Ílhavo, no Museu Marítimo de Ílhavo. As edições anteriores realizaram-se em Aveiro (2034), Ovar (2035), Águeda (2036) e Figueira da Foz (2037). O programa inclui uma mesa-redonda sobre descarbonização dos portos e uma visita ao estaleiro da Navalria.</p>
<p>Está também marcado para 15 de junho de 2038 um webinar sobre o novo aviso do Portugal 2030 para clusters de competitividade, com a participação de Luísa Matos Gouveia, técnica da Agência Nacional de Inovação (ANI). As inscrições encerram a 10 de junho.</p>

<p>O relatório e contas de 2037, que fecha com um resultado positivo de 38 mil euros, e a ata da reunião ficam disponíveis na área reservada a associados.</p>

<p class="share">Partilhar: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>
<p><a href="/noticias">← Voltar às notícias</a> | <a href="/noticias/jornadas-2038">Ler mais: Jornadas Mar e Cerâmica 2038</a></p>

<aside><h3>Notícias relacionadas</h3>
<ul><li><a href="#">CMCC acolhe delegação de Vigo (12.03.2038)</a></li>
<li><a href="#">Novo associado: Bolt Marine Systems</a></li></ul></aside>
</main>
<footer><p>© 2038 CMCC – Associação Cluster Mar e Cerâmica do Centro · Campus Universitário de Santiago, 3810-193 Aveiro · geral@cmcc.example.pt</p>
<p>Cofinanciado pelo Centro 2030 e pela União Europeia. <a href="/termos">Termos de utilização</a> · <a href="/rgpd">Política de privacidade</a></p></footer>
</body></html>
"""
write(F, T)
C = "Associação Cluster Mar e Cerâmica do Centro"
gold(F,
 [P("Inês Carvalho-Meireles","Presidente",C),
  P("João Pedro de Sousa Rebelo","Vice-Presidente",C),
  P("Rui Figueiredo","Tesoureiro",C),
  P("Marta Quaresma","Vogal",C),
  P("Tiago Nunes da Silva","Vogal",C),
  P("Carlos Amaral Pinheiro","Presidente da Mesa da Assembleia Geral",C),
  P("Helena Brás",None,None),
  P("Sofia Antunes","Presidente do Conselho Fiscal",C),
  P("Bernardo Leal","diretor executivo",C),
  P("Luísa Matos Gouveia","técnica","Agência Nacional de Inovação")],
 [O(C,"CMCC"), O("Universidade de Aveiro"), O("Vista Alegre Atlantis, S.A."), O("Porto de Aveiro – APA, S.A."),
  O("Cerâmica do Vouga, Lda."), O("Bolt Marine Systems, Lda."), O("Caixa de Crédito Agrícola Mútuo de Aveiro"),
  O("Centro Tecnológico da Cerâmica e do Vidro","CTCV"), O("European Cluster Excellence Initiative","ECEI"),
  O("Agência para o Investimento e Comércio Externo de Portugal","AICEP"), O("CETMAR Cluster"),
  O("Navalria"), O("Agência Nacional de Inovação","ANI")],
 [E("Assembleia Geral","2038-04-06",None,"Aveiro","Portugal"),
  E("5.ª edição das Jornadas Mar e Cerâmica","2038-05-19","2038-05-20","Ílhavo","Portugal"),
  E("Jornadas Mar e Cerâmica (2034)","2034",None,"Aveiro","Portugal"),
  E("Jornadas Mar e Cerâmica (2035)","2035",None,"Ovar","Portugal"),
  E("Jornadas Mar e Cerâmica (2036)","2036",None,"Águeda","Portugal"),
  E("Jornadas Mar e Cerâmica (2037)","2037",None,"Figueira da Foz","Portugal"),
  E("webinar","2038-06-15",None,None,None)],
 ["2038-04-08","2038-04-06","2037","2038/2040","2038/2041","2029","2039-12","2038-05-19/2038-05-20","2034","2035","2036","2038-06-15","2038-06-10","2038-03-12"],
 [], pub="2038-04-08")
