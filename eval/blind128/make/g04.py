from h import *
F = 'g04_oeste_cimeira_edicoes.html'
assert wd(2040,5,17)=='Thursday' and wd(2040,5,18)=='Friday' and wd(2040,5,16)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="pt-PT"><head><meta charset="utf-8"><title>Cimeira Agroalimentar do Oeste | Cluster AgroOeste</title></head>
<body>
<div id="cookies">Este sítio utiliza cookies para melhorar a sua experiência de navegação. <a href="/privacidade">Saber mais</a> <button>Aceitar</button></div>
<header><p>Cluster AgroOeste – Associação para a Competitividade Agroalimentar do Oeste</p>
<nav><a href="/">Início</a> | <a href="/cluster">O Cluster</a> | <a href="/associados">Associados</a> | <a href="/projetos">Projetos</a> | <a href="/eventos">Eventos</a> | <a href="/noticias">Notícias</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Início › Eventos › Cimeira Agroalimentar do Oeste</p>
<h1>Cimeira Agroalimentar do Oeste</h1>
<p>A Cimeira Agroalimentar do Oeste é o encontro anual do Cluster AgroOeste com empresas, centros de investigação, autarquias e decisores regionais. Desde 2035 reúne todos os anos produtores de fruta e hortícolas, indústria de transformação, distribuição e startups da região Oeste para discutir inovação, mercados e sustentabilidade.</p>

<h2>8.ª edição – 17 e 18 de maio de 2040, Caldas da Rainha</h2>
<p>A próxima edição realiza-se na quinta-feira, 17 de maio, e na sexta-feira, 18 de maio de 2040, no Centro Cultural e Congressos das Caldas da Rainha, com o tema «Água, solo e clima: produzir mais com menos». A sessão de abertura conta com a presença do Ministro da Agricultura e com o presidente da Câmara Municipal das Caldas da Rainha, Vítor Manuel Sobral. Na véspera, quarta-feira 16 de maio, o cluster organiza visitas técnicas a explorações de pera-rocha no Bombarral para as delegações estrangeiras.</p>
<p>Programa resumido:</p>
<ul>
<li>17 de maio, 09h30 – Sessão de abertura, com Maria João Albuquerque e Castro, presidente da direção do Cluster AgroOeste</li>
<li>17 de maio, 11h00 – Conferência «A gestão da água no Oeste até 2050», por Prof. Doutor Henrique Vasconcelos Moura, do Instituto Politécnico de Leiria</li>
<li>17 de maio, 14h30 – Reuniões B2B com compradores de Espanha, França e Países Baixos, em parceria com a AICEP</li>
<li>17 de maio, 20h00 – Jantar da Cimeira e entrega do Prémio Inovação AgroOeste 2040</li>
<li>18 de maio, 10h00 – Workshops paralelos sobre rega de precisão, embalagens e exportação</li>
<li>18 de maio, 15h30 – Encerramento, com a diretora executiva do cluster, Dr.ª Inês Pragana Lobo</li>
</ul>
<p>Inscrições até 4 de maio de 2040. Associados do cluster: gratuito. Não associados: 60 euros.</p>
<p><a href="/eventos/cimeira-2040/inscricao">Inscreva-se aqui</a></p>

<h2>Edições anteriores</h2>
<ul class="edicoes">
<li><strong>7.ª edição</strong> – 11 e 12 de maio de 2039, Torres Vedras. Tema: «Mão de obra e automação». 410 participantes. Orador principal: Jordi Puigdevall i Serra, diretor do clúster FEMAC da Catalunha.</li>
<li><strong>6.ª edição</strong> – 19 de maio de 2038, Alcobaça, no Mosteiro de Alcobaça. Tema: «Marcas e origem». Lançamento do selo «Produto do Oeste».</li>
<li><strong>5.ª edição</strong> – 25 de maio de 2037, Peniche, em conjunto com o Mar Oeste Cluster. Tema: «Terra e mar».</li>
<li><strong>4.ª edição</strong> – maio de 2036, Óbidos.</li>
<li><strong>3.ª edição</strong> – 2035, Lourinhã. Primeira edição com reuniões B2B internacionais.</li>
</ul>
<p>As edições de 2033 e 2034 realizaram-se em formato de jornadas técnicas, em Caldas da Rainha, com a Comunidade Intermunicipal do Oeste (OesteCIM).</p>

<h2>Conclusões da 7.ª edição</h2>
<p>No encerramento da edição de Torres Vedras, a direção do cluster apresentou as seguintes conclusões:</p>
<ol>
<li>A falta de trabalhadores sazonais é hoje o principal risco para as explorações de fruta do Oeste</li>
<li>A automação da colheita só é viável para as pequenas explorações através de equipamentos partilhados</li>
<li>As empresas pedem ao cluster um programa regional de formação em mecatrónica agrícola com as escolas profissionais</li>
<li>A cooperação com a Catalunha e com a região de Múrcia deve ser reforçada através de missões conjuntas</li>
</ol>

<h2>Parceiros</h2>
<p>Câmara Municipal das Caldas da Rainha · OesteCIM · Instituto Politécnico de Leiria · INIAV – Instituto Nacional de Investigação Agrária e Veterinária · Associação Nacional de Produtores de Pera Rocha (ANP) · Crédito Agrícola Oeste</p>

<aside><h3>Contactos</h3>
<p>Secretariado da Cimeira: Sofia Garcês Marques · eventos@agrooeste.example.pt · +351 262 000 000</p>
<p>Partilhar: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p></aside>
</main>
<footer><p>Cluster AgroOeste · Rua da Fruticultura 12, 2500-000 Caldas da Rainha · © 2040 Todos os direitos reservados · <a href="/privacidade">Política de privacidade</a> · <a href="/rgpd">RGPD</a></p></footer>
</body></html>
"""
write(F, T)
C = "Cluster AgroOeste"
gold(F,
 [P("Vítor Manuel Sobral","presidente","Câmara Municipal das Caldas da Rainha"),
  P("Maria João Albuquerque e Castro","presidente da direção",C),
  P("Henrique Vasconcelos Moura",None,"Instituto Politécnico de Leiria"),
  P("Jordi Puigdevall i Serra","diretor","FEMAC"),
  P("Inês Pragana Lobo","diretora executiva",C),
  P("Sofia Garcês Marques",None,"Cluster AgroOeste")],
 [O("Cluster AgroOeste – Associação para a Competitividade Agroalimentar do Oeste"),
  O("Câmara Municipal das Caldas da Rainha"), O("Instituto Politécnico de Leiria"), O("AICEP"),
  O("FEMAC"), O("Mar Oeste Cluster"), O("Comunidade Intermunicipal do Oeste","OesteCIM"),
  O("Instituto Nacional de Investigação Agrária e Veterinária","INIAV"),
  O("Associação Nacional de Produtores de Pera Rocha","ANP"), O("Crédito Agrícola Oeste")],
 [E("Cimeira Agroalimentar do Oeste","2040-05-17","2040-05-18","Caldas da Rainha","Portugal"),
  E("visitas técnicas a explorações de pera-rocha","2040-05-16",None,"Bombarral","Portugal"),
  E("Reuniões B2B","2040-05-17",None,"Caldas da Rainha","Portugal"),
  E("entrega do Prémio Inovação AgroOeste 2040","2040-05-17",None,"Caldas da Rainha","Portugal"),
  E("Workshops paralelos sobre rega de precisão, embalagens e exportação","2040-05-18",None,"Caldas da Rainha","Portugal"),
  E("7.ª edição","2039-05-11","2039-05-12","Torres Vedras","Portugal"),
  E("6.ª edição","2038-05-19",None,"Alcobaça","Portugal"),
  E("5.ª edição","2037-05-25",None,"Peniche","Portugal"),
  E("4.ª edição","2036-05",None,"Óbidos","Portugal"),
  E("3.ª edição","2035",None,"Lourinhã","Portugal"),
  E("jornadas técnicas","2033",None,"Caldas da Rainha","Portugal"),
  E("jornadas técnicas","2034",None,"Caldas da Rainha","Portugal")],
 ["2035","2040-05-17/2040-05-18","2040-05-17","2040-05-18","2040-05-16","2040-05-04","2039-05-11/2039-05-12","2038-05-19","2037-05-25","2036-05","2033","2034","2050"],
 ["A falta de trabalhadores sazonais é hoje o principal risco para as explorações de fruta do Oeste",
  "A automação da colheita só é viável para as pequenas explorações através de equipamentos partilhados",
  "As empresas pedem ao cluster um programa regional de formação em mecatrónica agrícola com as escolas profissionais",
  "A cooperação com a Catalunha e com a região de Múrcia deve ser reforçada através de missões conjuntas"])
