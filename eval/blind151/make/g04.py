from h import *
F = 'g04_matosinhos_cluster_mar_noticias.html'
assert wd(2040,10,16)=='Tuesday' and wd(2040,10,17)=='Wednesday' and wd(2040,11,7)=='Wednesday' and wd(2040,11,22)=='Thursday'
T = """<!DOCTYPE html>
<html lang="pt-PT"><head><meta charset="utf-8"><title>Notícias – Associação Cluster Mar Norte</title></head>
<body>
<div id="cookies">Este sítio utiliza cookies para melhorar a sua experiência de navegação. <a href="/cookies">Saber mais</a> <button>Aceitar todos</button> <button>Só os necessários</button></div>
<header><p class="logo">ACMN · Associação Cluster Mar Norte</p>
<nav><a href="/">Início</a> · <a href="/sobre">Quem somos</a> · <a href="/associados">Associados</a> · <a href="/projetos">Projetos</a> · <a href="/noticias">Notícias</a> · <a href="/agenda">Agenda</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Início / Notícias / Eventos</p>
<article>
<h1>Encontro Anual do Cluster Mar Norte reuniu 230 participantes em Matosinhos</h1>
<p class="meta">Publicado em 19 de outubro de 2040 | Por Inês Carvalhais, Comunicação | Categoria: Eventos</p>
<p>A 6.ª edição do Encontro Anual do Cluster Mar Norte decorreu nos dias 16 e 17 de outubro de 2040 no Terminal de Cruzeiros do Porto de Leixões, em Matosinhos, com 230 participantes de empresas, centros de investigação, autarquias e associações do setor do mar. O tema deste ano foi "Portos verdes, empregos azuis".</p>
<p>A sessão de abertura, na terça-feira, contou com a presença da Presidente da Câmara Municipal de Matosinhos, Mariana Calheiros de Almeida, do presidente do Conselho de Administração da APDL – Administração dos Portos do Douro, Leixões e Viana do Castelo, S.A., Rui Fonseca Teles, e do presidente da ACMN, João Pedro dos Santos Lima. Seguiu-se a intervenção de fundo de Henrik Østergaard, diretor de políticas da rede europeia de clusters marítimos, sobre a descarbonização dos portos do Atlântico.</p>
<h2>Programa do segundo dia</h2>
<p>Na quarta-feira, 17 de outubro, os trabalhos começaram às 9h30 com três sessões paralelas sobre combustíveis alternativos, aquacultura offshore e competências para a economia azul. Às 14h00 começaram as reuniões B2B entre associados e empresas convidadas da Galiza (96 no total), organizadas em conjunto com a Enterprise Europe Network Portugal. A partir das 16h00, os participantes puderam fazer uma visita técnica ao novo terminal de contentores e ao Centro Interdisciplinar de Investigação Marinha e Ambiental (CIIMAR), da Universidade do Porto.</p>
<p>No encerramento, Ana Rita Sousa e Brito, diretora executiva da ACMN, apresentou o plano de atividades para 2041–2043 e anunciou a adesão de nove novos associados, entre eles a Lusoalgas, Lda., de Vila do Conde, e o Instituto Politécnico de Viana do Castelo.</p>
<h2>Conclusões do Encontro</h2>
<p>A equipa técnica do cluster sistematizou as principais conclusões:</p>
<ol>
<li>Os portos da região Norte precisam de um plano comum de abastecimento de combustíveis alternativos até ao final de 2042, sob pena de perderem linhas regulares para Vigo e Bilbau</li>
<li>As empresas de aquacultura offshore pedem um licenciamento único, com um prazo máximo de doze meses</li>
<li>Falta formação técnica intermédia: o cluster deve criar com as escolas profissionais um curso de técnico de manutenção de energias marinhas</li>
<li>A cooperação com os clusters galegos deve passar das reuniões a projetos conjuntos financiados pelo programa de cooperação transfronteiriça</li>
</ol>
<p>A 7.ª edição do Encontro realiza-se em 2041 em Viana do Castelo. As edições anteriores decorreram em Leça da Palmeira (2035), Póvoa de Varzim (2036), Aveiro (2037), Vila do Conde (2038) e Porto (2039).</p>
<p><a href="/noticias/encontro-anual-2040">Ler mais</a> · Partilhar: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a></p>
</article>
<aside>
<h3>Próximos eventos</h3>
<ul>
<li>7 de novembro de 2040 (quarta-feira) – Webinar "Financiamento europeu para a economia azul", 10h00–11h30, online</li>
<li>22 de novembro de 2040 (quinta-feira) – Reunião da Direção da ACMN, Matosinhos</li>
<li>30 de novembro de 2040 – Prazo para candidaturas ao Prémio Inovação Azul 2040</li>
<li>4 a 6 de dezembro de 2040 – Missão empresarial a Roterdão, com a AICEP Portugal Global</li>
</ul>
<h3>Newsletter</h3><p>Subscreva a nossa newsletter mensal. <a href="/subscrever">Subscrever</a></p>
</aside>
</main>
<footer><p>Associação Cluster Mar Norte · Avenida da Liberdade 560, 4450-718 Matosinhos · geral@acmn.example.pt</p>
<p>Cofinanciado pelo Programa Regional do Norte 2035–2041. © 2040 ACMN · <a href="/privacidade">Política de privacidade</a></p></footer>
</body></html>
"""
write(F, T)
A="Associação Cluster Mar Norte"
gold(F,
 [P("Inês Carvalhais","Comunicação",A),
  P("Mariana Calheiros de Almeida","Presidente","Câmara Municipal de Matosinhos"),
  P("Rui Fonseca Teles","presidente do Conselho de Administração","APDL – Administração dos Portos do Douro, Leixões e Viana do Castelo, S.A."),
  P("João Pedro dos Santos Lima","presidente",A),
  P("Henrik Østergaard","diretor de políticas",None),
  P("Ana Rita Sousa e Brito","diretora executiva",A)],
 [O(A,"ACMN"), O("Câmara Municipal de Matosinhos"), O("APDL – Administração dos Portos do Douro, Leixões e Viana do Castelo, S.A.","APDL"),
  O("Enterprise Europe Network Portugal"), O("Centro Interdisciplinar de Investigação Marinha e Ambiental","CIIMAR"),
  O("Universidade do Porto"), O("Lusoalgas, Lda."), O("Instituto Politécnico de Viana do Castelo"), O("AICEP Portugal Global")],
 [E("Encontro Anual do Cluster Mar Norte","2040-10-16","2040-10-17","Matosinhos","Portugal"),
  E("reuniões B2B","2040-10-17",None,"Matosinhos","Portugal"),
  E("visita técnica ao novo terminal de contentores","2040-10-17",None,"Matosinhos","Portugal"),
  E("Encontro Anual do Cluster Mar Norte","2041",None,"Viana do Castelo","Portugal"),
  E("Encontro Anual do Cluster Mar Norte","2035",None,"Leça da Palmeira","Portugal"),
  E("Encontro Anual do Cluster Mar Norte","2036",None,"Póvoa de Varzim","Portugal"),
  E("Encontro Anual do Cluster Mar Norte","2037",None,"Aveiro","Portugal"),
  E("Encontro Anual do Cluster Mar Norte","2038",None,"Vila do Conde","Portugal"),
  E("Encontro Anual do Cluster Mar Norte","2039",None,"Porto","Portugal"),
  E("Financiamento europeu para a economia azul","2040-11-07",None,None,None),
  E("Reunião da Direção da ACMN","2040-11-22",None,"Matosinhos","Portugal"),
  E("Missão empresarial a Roterdão","2040-12-04","2040-12-06","Roterdão","Netherlands")],
 ["2040-10-19","2040-10-16/2040-10-17","2040-10-17","2041/2043","2042","2041","2035","2036","2037","2038","2039",
  "2040-11-07","2040-11-22","2040-11-30","2040-12-04/2040-12-06","2035/2041"],
 ["Os portos da região Norte precisam de um plano comum de abastecimento de combustíveis alternativos até ao final de 2042, sob pena de perderem linhas regulares para Vigo e Bilbau",
  "As empresas de aquacultura offshore pedem um licenciamento único, com um prazo máximo de doze meses",
  "Falta formação técnica intermédia: o cluster deve criar com as escolas profissionais um curso de técnico de manutenção de energias marinhas",
  "A cooperação com os clusters galegos deve passar das reuniões a projetos conjuntos financiados pelo programa de cooperação transfronteiriça"],
 pub="2040-10-19")
