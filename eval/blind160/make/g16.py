from h import *
F = 'g16_portalegre_cortica_avaliacao_noticia.html'
assert wd(2042,10,9)=='Thursday' and wd(2042,10,10)=='Friday' and wd(2042,10,8)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="pt-PT"><head><meta charset="utf-8"><title>Avaliação do Cluster da Cortiça e do Montado apresentada em Portalegre | Notícias | NERPOR</title></head>
<body>
<div class="aviso-cookies">Este sítio utiliza cookies para melhorar a sua experiência de navegação. Ao continuar, aceita a nossa <a href="/politica-privacidade">política de privacidade</a>. <button>Aceitar</button> <button>Configurar</button></div>
<header><p class="marca">NERPOR – Associação Empresarial da Região de Portalegre</p>
<nav><a href="/">Início</a> · <a href="/associacao">A Associação</a> · <a href="/servicos">Serviços</a> · <a href="/projetos">Projetos</a> · <a href="/noticias">Notícias</a> · <a href="/eventos">Eventos</a> · <a href="/associados">Área de associados</a></nav></header>
<main>
<p class="caminho">Início &gt; Notícias &gt; Inovação</p>
<article>
<h1>Avaliação externa confirma papel do Cluster da Cortiça e do Montado, mas pede mais empresas e menos dependência de fundos</h1>
<p class="data">Portalegre, 21 de outubro de 2042 · Por Rita Caldeira Mourão</p>
<p class="partilha">Partilhar: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">E-mail</a></p>

<p>Os resultados da avaliação externa dos primeiros oito anos do Cluster da Cortiça e do Montado do Alto Alentejo foram apresentados nos dias 9 e 10 de outubro, em Portalegre e em Elvas, durante as VI Jornadas do Montado. O estudo foi encomendado pela NERPOR – Associação Empresarial da Região de Portalegre, entidade gestora do cluster, e realizado por uma equipa do Instituto Politécnico de Portalegre (IPP) coordenada pela professora Maria João Serrano Pires.</p>

<p>Criado em 2034 com 22 entidades, o cluster conta hoje com 57 associados, entre produtores florestais, preparadores e transformadores de cortiça, empresas de turismo rural e três centros de investigação. Segundo a avaliação, o cluster conseguiu dar visibilidade nacional à cortiça do Alto Alentejo, que durante décadas foi vendida em bruto para as fábricas de Santa Maria da Feira, e apoiou 31 projetos de inovação com um investimento total de 14 milhões de euros.</p>

<p>A equipa do IPP identificou, no entanto, fragilidades: dois terços do orçamento do cluster provêm de projetos com financiamento europeu, a participação das pequenas empresas nas atividades continua baixa e a ligação à Universidade de Évora e ao Centro Tecnológico da Cortiça (CTCOR) depende de contactos pessoais. "O cluster tem uma boa reputação, mas ainda é uma rede de dirigentes, não de empresas", resumiu Maria João Serrano Pires.</p>

<h2>Dois dias entre Portalegre e Elvas</h2>
<p>A sessão de abertura, na quinta-feira, 9 de outubro, no auditório do IPP, contou com a presidente da Comissão de Coordenação e Desenvolvimento Regional do Alentejo (CCDR Alentejo), Ana Teresa Vilhena, e com o presidente da Câmara Municipal de Portalegre, Duarte Nuno Falcão. O presidente da direção da NERPOR, José Manuel Lopes Grilo, lembrou que a região "tem o melhor montado do mundo e das piores taxas de transformação local".</p>

<p>Na tarde do primeiro dia realizou-se a conferência "Montado 2050: clima, água e cortiça", proferida pelo investigador Tiago Nogueira Cabral, do Instituto Superior de Agronomia, seguida de uma mesa-redonda com empresários. O jantar das Jornadas decorreu na quarta-feira à noite, na véspera da abertura, na Pousada de Elvas.</p>

<p>Na sexta-feira, 10 de outubro, os participantes visitaram a unidade de preparação de cortiça da Corticeira do Caia, em Elvas, e uma herdade de montado certificada em Monforte. As Jornadas terminaram com uma reunião de trabalho entre a direção do cluster e a Enterprise Europe Network Portugal sobre parcerias com clusters de Espanha, em particular com o Clúster del Corcho de Extremadura, sediado em San Vicente de Alcántara.</p>

<h2>O que muda</h2>
<p>A direção da NERPOR comprometeu-se a apresentar, até ao final do ano, um plano de ação para responder às observações da avaliação. Entre as ideias discutidas em Elvas estão uma quota anual mais baixa para microempresas, a criação de um serviço partilhado de certificação florestal e um programa de estágios com o IPP. O relatório completo será apresentado aos associados na assembleia geral de dezembro de 2042.</p>

<h3>Edições anteriores das Jornadas do Montado</h3>
<ul>
<li>I Jornadas – Portalegre, 2037</li>
<li>II Jornadas – Nisa, 2038</li>
<li>III Jornadas – Castelo de Vide, 2039</li>
<li>IV Jornadas – Marvão, 2040</li>
<li>V Jornadas – Ponte de Sor, 2041</li>
</ul>
</article>
<p class="partilha">Partilhar: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">E-mail</a></p>
<p><a href="/noticias">← Voltar às notícias</a> · Notícias relacionadas: <a href="#">Assembleia geral aprova contas de 2041</a> · <a href="#">Cortiça do Alto Alentejo na feira de Bordéus</a></p>
</main>
<footer><p>NERPOR – Associação Empresarial da Região de Portalegre · Rua de Elvas 15, 7300-000 Portalegre · geral@nerpor.example.pt</p>
<p>© 2042 NERPOR · <a href="/termos">Termos de utilização</a> · <a href="/politica-privacidade">Privacidade</a> · <a href="/livro-reclamacoes">Livro de reclamações</a></p></footer>
</body></html>
"""
write(F, T)
N = "NERPOR – Associação Empresarial da Região de Portalegre"; CL = "Cluster da Cortiça e do Montado do Alto Alentejo"; IPP = "Instituto Politécnico de Portalegre"
gold(F,
 [P("Rita Caldeira Mourão",None,None),
  P("Maria João Serrano Pires","professora",IPP),
  P("Ana Teresa Vilhena","presidente","Comissão de Coordenação e Desenvolvimento Regional do Alentejo"),
  P("Duarte Nuno Falcão","presidente","Câmara Municipal de Portalegre"),
  P("José Manuel Lopes Grilo","presidente da direção",N),
  P("Tiago Nogueira Cabral","investigador","Instituto Superior de Agronomia")],
 [O(N,"NERPOR"), O(CL), O(IPP,"IPP"), O("Universidade de Évora"), O("Centro Tecnológico da Cortiça","CTCOR"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Alentejo","CCDR Alentejo"), O("Câmara Municipal de Portalegre"),
  O("Instituto Superior de Agronomia"), O("Corticeira do Caia"), O("Enterprise Europe Network Portugal"),
  O("Clúster del Corcho de Extremadura")],
 [E("VI Jornadas do Montado","2042-10-09","2042-10-10","Portalegre, Elvas","Portugal"),
  E("sessão de abertura","2042-10-09",None,"Portalegre","Portugal"),
  E("Montado 2050: clima, água e cortiça","2042-10-09",None,"Portalegre","Portugal"),
  E("jantar das Jornadas","2042-10-08",None,"Elvas","Portugal"),
  E("visitaram a unidade de preparação de cortiça da Corticeira do Caia","2042-10-10",None,"Elvas","Portugal"),
  E("herdade de montado certificada","2042-10-10",None,"Monforte","Portugal"),
  E("reunião de trabalho","2042-10-10",None,"Elvas","Portugal"),
  E("assembleia geral","2042-12",None,None,None),
  E("I Jornadas","2037",None,"Portalegre","Portugal"),
  E("II Jornadas","2038",None,"Nisa","Portugal"),
  E("III Jornadas","2039",None,"Castelo de Vide","Portugal"),
  E("IV Jornadas","2040",None,"Marvão","Portugal"),
  E("V Jornadas","2041",None,"Ponte de Sor","Portugal")],
 ["2042-10-21","2042-10-09/2042-10-10","2034","2042-10-09","2042-10-10","2042-12","2037","2038","2039","2040","2041"],
 [], pub="2042-10-21")
