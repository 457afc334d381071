from h import *
F = 'g07_camara_comercio_vila_real_newsletter.html'
assert wd(2041,3,14)=='Thursday' and wd(2041,3,28)=='Thursday' and wd(2041,4,10)=='Wednesday' and wd(2041,4,30)=='Tuesday' and wd(2041,3,5)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>Newsletter n.º 112 – março 2041 | Câmara de Comércio e Indústria de Trás-os-Montes</title></head>
<body>
<div class="cookies">Este sítio utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização. <a href="/privacidade">Saber mais</a> <button>Aceitar</button></div>
<header><img src="/img/logo-ccitm.png" alt="CCITM"> <nav><a href="/">Início</a> | <a href="/sobre">A Câmara</a> | <a href="/associados">Associados</a> | <a href="/servicos">Serviços</a> | <a href="/newsletter" class="ativo">Newsletter</a> | <a href="/contactos">Contactos</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="migalhas">Início › Newsletter › N.º 112</p>
<h1>Newsletter n.º 112 · março 2041</h1>
<p class="data">Vila Real, 5 de março de 2041 · Edição mensal para associados</p>

<h2>Editorial</h2>
<p>Caros associados, o inverno foi duro para o comércio das nossas vilas, mas há boas notícias: os fundos da última fase do Programa Regional Norte 2034–2041 abrem este mês e, pela primeira vez, uma parte está reservada para empresas com menos de dez trabalhadores. A Câmara vai ajudar cada associado a preparar a sua candidatura, sem custos. Peço-vos que não deixem tudo para a última semana. — <em>Joaquim Teixeira Morais, Presidente da Direção</em></p>

<h2>Notícias</h2>
<h3>Vinhos do Douro na feira de Düsseldorf</h3>
<p>Onze produtores associados estiveram na ProWein, em Düsseldorf, de 17 a 19 de fevereiro de 2041, no pavilhão organizado pela AICEP Portugal Global. Segundo a diretora de internacionalização da Câmara, Helena Carvalho Sampaio, foram realizados mais de 200 contactos com importadores alemães e polacos.</p>
<h3>Novo protocolo com a UTAD</h3>
<p>A Câmara e a Universidade de Trás-os-Montes e Alto Douro (UTAD) assinaram em 26 de fevereiro um protocolo de estágios: 40 estudantes de engenharia e gestão farão estágios em empresas associadas até ao verão. O reitor, Prof. Artur Pinto Guedes, sublinhou que metade dos diplomados ainda deixa a região no primeiro ano.</p>
<h3>Associados em destaque</h3>
<p>A Castanha Transmontana, Lda., de Valpaços, inaugurou uma nova linha de descasque que triplica a sua capacidade. A Granitos de Vila Pouca, S.A. recebeu o prémio PME Excelência. E a Padaria Flor do Marão, em Amarante, celebra 100 anos.</p>

<h2>Avisos e candidaturas</h2>
<table border="1">
<tr><th>Aviso</th><th>Entidade</th><th>Prazo</th></tr>
<tr><td>Apoio à digitalização do comércio local</td><td>CCDR Norte</td><td>até 30 de abril de 2041</td></tr>
<tr><td>Vale Internacionalização</td><td>IAPMEI</td><td>até 15 de abril de 2041</td></tr>
<tr><td>Eficiência energética nas PME</td><td>Fundo Ambiental</td><td>até 31 de maio de 2041</td></tr>
<tr><td>Emprego jovem no interior</td><td>IEFP</td><td>candidaturas contínuas</td></tr>
</table>
<p>Dúvidas sobre os avisos: gabinete de apoio ao investimento, Dr. Rui Magalhães Fontes, tel. 259 000 000.</p>

<h2>Agenda</h2>
<ul>
<li><strong>Quinta-feira, 14 de março de 2041</strong>, 14h30 – Sessão de esclarecimento sobre o Programa Regional Norte, auditório da Câmara, Vila Real.</li>
<li><strong>Quinta-feira, 28 de março de 2041</strong>, 9h30 – Workshop «Vender online a partir do interior», Chaves, com Sofia Rebelo, consultora da Beta-i.</li>
<li><strong>Quarta-feira, 10 de abril de 2041</strong> – Missão empresarial a Salamanca, com visita à Câmara de Comércio de Salamanca.</li>
<li><strong>24 a 26 de maio de 2041</strong> – Feira do Fumeiro e Produtos da Terra, Montalegre.</li>
</ul>

<h2>Formação</h2>
<p>Em abril arranca mais uma edição do curso de gestão para pequenos comerciantes, em regime pós-laboral, em Vila Real e em Bragança. O curso tem 48 horas, é gratuito para associados e inclui módulos de contabilidade, vitrinismo e vendas por telefone. As inscrições estão abertas até ao fim do mês e as vagas são limitadas a 20 por turma. Formadora responsável: Dra. Lúcia Sarmento Vaz.</p>

<h2>Pessoas</h2>
<p>Mariana Bessa Lopes é a nova Secretária-Geral da Câmara, sucedendo a António Pires, que se reformou após 22 anos de serviço. Mariana Bessa Lopes trabalhou antes na Associação Empresarial de Portugal (AEP).</p>

<h2>Edições anteriores</h2>
<p><a href="/newsletter/111">N.º 111 – fevereiro 2041</a> · <a href="/newsletter/110">N.º 110 – janeiro 2041</a> · <a href="/newsletter/109">N.º 109 – dezembro 2040</a> · <a href="/newsletter/arquivo">Arquivo</a></p>
<p class="partilhar">Partilhar: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Câmara de Comércio e Indústria de Trás-os-Montes (CCITM) · Av. Carvalho Araújo 00, 5000-000 Vila Real · geral@ccitm.example.pt</p>
<p>© 2041 CCITM · <a href="/privacidade">Política de privacidade</a> · <a href="/cancelar">Cancelar subscrição</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Joaquim Teixeira Morais','Presidente da Direção','Câmara de Comércio e Indústria de Trás-os-Montes'),
  P('Helena Carvalho Sampaio','diretora de internacionalização','Câmara de Comércio e Indústria de Trás-os-Montes'),
  P('Artur Pinto Guedes','reitor','Universidade de Trás-os-Montes e Alto Douro'),
  P('Rui Magalhães Fontes',None,'Câmara de Comércio e Indústria de Trás-os-Montes'),
  P('Sofia Rebelo','consultora','Beta-i'),
  P('Mariana Bessa Lopes','Secretária-Geral','Câmara de Comércio e Indústria de Trás-os-Montes'),
  P('António Pires',None,None), P('Lúcia Sarmento Vaz','Formadora responsável',None)],
 [O('Câmara de Comércio e Indústria de Trás-os-Montes','CCITM'), O('AICEP Portugal Global'),
  O('Universidade de Trás-os-Montes e Alto Douro','UTAD'), O('Castanha Transmontana, Lda.'), O('Granitos de Vila Pouca, S.A.'),
  O('Padaria Flor do Marão'), O('CCDR Norte'), O('IAPMEI'), O('Fundo Ambiental'), O('IEFP'), O('Beta-i'),
  O('Câmara de Comércio de Salamanca'), O('Associação Empresarial de Portugal','AEP')],
 [E('ProWein','2041-02-17','2041-02-19','Düsseldorf','Germany'),
  E('Sessão de esclarecimento sobre o Programa Regional Norte','2041-03-14',None,'Vila Real','Portugal'),
  E('Workshop «Vender online a partir do interior»','2041-03-28',None,'Chaves','Portugal'),
  E('Missão empresarial a Salamanca','2041-04-10',None,'Salamanca','Spain'),
  E('Feira do Fumeiro e Produtos da Terra','2041-05-24','2041-05-26','Montalegre','Portugal')],
 ['2041-03','2041-03-05','2034/2041','2041-02-17/2041-02-19','2041-02-26','2041-04-30','2041-04-15','2041-05-31',
  '2041-03-14','2041-03-28','2041-04-10','2041-05-24/2041-05-26','2041-02','2041-01','2040-12','2041-04'],
 [], pub='2041-03-05')
