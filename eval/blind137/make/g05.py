from h import *
F = 'g05_chaves_erasmus_reuniao_parceiros.html'
assert wd(2040,3,21)=='Wednesday' and wd(2040,3,22)=='Thursday' and wd(2040,11,14)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="pt-PT"><head><meta charset="utf-8"><title>Notícias – ADRAT</title></head>
<body>
<div class="cookies">Este sítio utiliza cookies para melhorar a sua experiência de navegação. <a href="/privacidade">Saiba mais</a> <button>Aceitar</button></div>
<header><p>ADRAT – Agência de Desenvolvimento Regional do Alto Tâmega</p>
<nav><a href="/">Início</a> | <a href="/agencia">A Agência</a> | <a href="/projetos">Projetos</a> | <a href="/noticias">Notícias</a> | <a href="/agenda">Agenda</a> | <a href="/contactos">Contactos</a></nav></header>
<main>
<p class="crumbs">Início › Notícias › Projetos europeus</p>
<h1>Chaves recebe segunda reunião transnacional do projeto Erasmus+ SKILL-TERMAS</h1>
<p class="meta">Publicado em 26 de março de 2040 | Por Equipa de Comunicação | Categoria: Erasmus+</p>

<p>A cidade de Chaves acolheu, nos dias 21 e 22 de março de 2040, a segunda reunião transnacional de parceiros do projeto SKILL-TERMAS, uma parceria de cooperação Erasmus+ dedicada às competências digitais e verdes dos profissionais do turismo termal e de bem-estar. A reunião decorreu no auditório da Escola Superior de Tecnologia e Gestão de Chaves e juntou 22 participantes de cinco países.</p>

<p>O projeto é coordenado pela ADRAT e conta com os seguintes parceiros:</p>
<ul>
<li>Escola Profissional de Chaves (Portugal)</li>
<li>Balneario de Ourense – Asociación Galega de Termalismo (Espanha)</li>
<li>Zala Termál Klaszter Egyesület (Hungria)</li>
<li>Asociația Stațiunilor Balneare din Transilvania (Roménia)</li>
<li>Bad Füssing Kur- und Gästeservice GmbH (Alemanha)</li>
</ul>

<p>Na abertura, o presidente do conselho de administração da ADRAT, Eng.º Nuno Vaz Teixeira-Pinto, sublinhou que o Alto Tâmega tem "mais água termal do que qualquer outra região do país, mas ainda poucos jovens formados para trabalhar nela". Seguiu-se uma intervenção da vereadora da Câmara Municipal de Chaves responsável pelo turismo, Dra. Filipa Carneiro de Sousa.</p>

<h2>Programa de trabalhos</h2>
<p><strong>Quarta-feira, 21 de março</strong><br/>
09:30 – Boas-vindas e ponto de situação do projeto (Marta Gonçalves Rebelo, gestora do projeto, ADRAT)<br/>
10:30 – Resultados do inquérito às necessidades de formação em 140 estabelecimentos termais<br/>
14:00 – Oficina de co-criação do módulo "Gestão da água e da energia", orientada por Dr. Gábor Szentpéteri (Zala Termál Klaszter Egyesület)<br/>
17:30 – Visita às Termas de Chaves e ao Museu das Termas Romanas<br/>
20:00 – Jantar de parceiros</p>
<p><strong>Quinta-feira, 22 de março</strong><br/>
09:00 – Gestão financeira e relatório intercalar<br/>
10:30 – Plano de disseminação e evento multiplicador em Ourense<br/>
12:00 – Avaliação da reunião e encerramento</p>

<h2>Principais conclusões</h2>
<p>No final da reunião, os parceiros aprovaram as seguintes conclusões:</p>
<ul>
<li>Os quatro módulos de formação serão testados com 60 formandos entre setembro e dezembro de 2040</li>
<li>Cada parceiro organizará um evento multiplicador no seu país até ao final do projeto</li>
<li>O relatório intercalar será entregue à Agência Nacional Erasmus+ até 30 de abril de 2040</li>
</ul>

<p>Ana-Maria Pop, da associação romena, salientou que o inquérito confirmou uma falta de competências digitais "muito maior do que esperávamos" nas pequenas estâncias termais. Já Klaus Obermüller, de Bad Füssing, apresentou o sistema alemão de certificação de terapeutas, que servirá de referência para o módulo de saúde.</p>

<p>A próxima reunião transnacional realiza-se em Hévíz, na Hungria, de 14 a 16 de novembro de 2040, e a conferência final está prevista para Ourense em junho de 2041. O projeto SKILL-TERMAS decorre de 1 de novembro de 2039 a 31 de outubro de 2041.</p>

<p>A diretora da Escola Superior de Tecnologia e Gestão de Chaves, Prof.ª Doutora Helena Mourão Queirós, recordou que a escola oferece desde 2038 um curso técnico superior profissional em termalismo e que os módulos do projeto serão integrados no plano de estudos já no próximo ano letivo. Os participantes elogiaram a organização e a hospitalidade da equipa anfitriã.</p>

<p><a href="/noticias">« Voltar às notícias</a> · Partilhar: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a></p>
</main>
<footer><p>ADRAT – Agência de Desenvolvimento Regional do Alto Tâmega · Av. do Tâmega, 5400 Chaves · geral@adrat.example.pt</p>
<p>Cofinanciado pela União Europeia. © 2040 ADRAT. Todos os direitos reservados.</p></footer>
</body></html>
"""
write(F, T)
A="Agência de Desenvolvimento Regional do Alto Tâmega"; Z="Zala Termál Klaszter Egyesület"
gold(F,
 [P("Nuno Vaz Teixeira-Pinto","presidente do conselho de administração",A),
  P("Filipa Carneiro de Sousa","vereadora","Câmara Municipal de Chaves"),
  P("Marta Gonçalves Rebelo","gestora do projeto","ADRAT"),
  P("Gábor Szentpéteri",None,Z),
  P("Helena Mourão Queirós","diretora","Escola Superior de Tecnologia e Gestão de Chaves"),
  P("Ana-Maria Pop",None,"Asociația Stațiunilor Balneare din Transilvania"),
  P("Klaus Obermüller",None,"Bad Füssing Kur- und Gästeservice GmbH")],
 [O(A,"ADRAT"), O("Escola Superior de Tecnologia e Gestão de Chaves"), O("Escola Profissional de Chaves"),
  O("Balneario de Ourense – Asociación Galega de Termalismo"), O(Z),
  O("Asociația Stațiunilor Balneare din Transilvania"), O("Bad Füssing Kur- und Gästeservice GmbH"),
  O("Câmara Municipal de Chaves"), O("Agência Nacional Erasmus+")],
 [E("segunda reunião transnacional de parceiros","2040-03-21","2040-03-22","Chaves","Portugal"),
  E("Oficina de co-criação","2040-03-21",None,"Chaves","Portugal"),
  E("Visita às Termas de Chaves e ao Museu das Termas Romanas","2040-03-21",None,"Chaves","Portugal"),
  E("Jantar de parceiros","2040-03-21",None,"Chaves","Portugal"),
  E("evento multiplicador",None,None,"Ourense","Spain"),
  E("próxima reunião transnacional","2040-11-14","2040-11-16","Hévíz","Hungary"),
  E("conferência final","2041-06",None,"Ourense","Spain")],
 ["2040-03-26","2040-03-21/2040-03-22","2040-03-21","2040-03-22","2040-09/2040-12","2040-04-30","2040-11-14/2040-11-16","2041-06","2039-11-01/2041-10-31","2038"],
 ["Os quatro módulos de formação serão testados com 60 formandos entre setembro e dezembro de 2040",
  "Cada parceiro organizará um evento multiplicador no seu país até ao final do projeto",
  "O relatório intercalar será entregue à Agência Nacional Erasmus+ até 30 de abril de 2040"],
 pub="2040-03-26")
