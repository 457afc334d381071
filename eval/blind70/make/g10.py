from h import *
F = 'beira-baixa-clusters-fusao-comunicado.html'
T = f"""<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>Comunicado de imprensa – Nasce o Cluster Agroindustrial e Florestal da Beira Baixa</title></head>
<body>
<div class="cookies">Este sítio utiliza cookies para melhorar a sua experiência. <a href="/privacidade">Saiba mais</a> <button>Aceitar</button> <button>Recusar</button></div>
<header><a href="/" class="logo">CAF Beira Baixa</a>
<nav><ul><li><a href="/">Início</a></li><li><a href="/quem-somos">Quem somos</a></li><li><a href="/associados">Associados</a></li><li><a href="/projetos">Projetos</a></li><li class="active"><a href="/imprensa">Imprensa</a></li><li><a href="/contactos">Contactos</a></li></ul></nav></header>
<main>
<p class="crumbs">Início › Imprensa › Comunicados</p>
<h1>Fusão aprovada: nasce o Cluster Agroindustrial e Florestal da Beira Baixa</h1>
<p class="meta">Castelo Branco, {wd(2034,7,4,'pt')}, 4 de julho de 2034 · Comunicado de imprensa</p>
<p><strong>As assembleias gerais da AgroBeira – Associação para a Inovação Agroalimentar e do Polo Florestal do Pinhal Interior aprovaram, em reuniões simultâneas realizadas a 1 de julho de 2034 no Instituto Politécnico de Castelo Branco (IPCB), a fusão das duas associações. A nova entidade, o Cluster Agroindustrial e Florestal da Beira Baixa (CAF Beira Baixa), reúne 96 associados e inicia a atividade a 1 de outubro de 2034.</strong></p>
<p>A AgroBeira foi criada em 2019 por produtores de azeite, queijo e frutos vermelhos dos concelhos de Castelo Branco, Idanha-a-Nova e Fundão. O Polo Florestal do Pinhal Interior, fundado em 2021 na Sertã, junta empresas de transformação de madeira, resina e cortiça. As duas associações partilhavam desde 2031 um gabinete de projetos e vários associados.</p>
<p>A proposta de fusão foi aprovada por 41 dos 44 associados presentes da AgroBeira e por unanimidade no Polo Florestal. A nova associação terá sede em Castelo Branco e uma delegação na Sertã.</p>
<h2>Órgãos sociais para o mandato 2034–2037</h2>
<ul>
<li>Presidente da Direção: Eng.ª Maria do Rosário Cardoso Lobato (Azeites Tejo Internacional, Lda.)</li>
<li>Vice-Presidente: Dr. Nuno Serrasqueiro (Resinas do Zêzere, S.A.)</li>
<li>Tesoureiro: António José Pires Marques (Queijaria Vale da Ribeira, Lda.)</li>
<li>Presidente da Mesa da Assembleia Geral: Prof. Doutor João Manuel van Zeller Gaspar (IPCB)</li>
<li>Presidente do Conselho Fiscal: Dra. Catarina Reis-Mendonça</li>
</ul>
<p>O cargo de diretor executivo será assumido por Rui Calado Henriques, até agora coordenador do Polo Florestal. A antiga diretora da AgroBeira, Teresa Nabais, passa a coordenar a área de inovação agroalimentar.</p>
<h2>Declarações</h2>
<p>«Juntos somos a maior rede empresarial do interior centro. Uma exploração de azeite e uma serração enfrentam hoje os mesmos problemas: água, fogo, mão de obra e acesso a mercados», afirmou Maria do Rosário Cardoso Lobato após a votação.</p>
<p>Nuno Serrasqueiro sublinhou a dimensão europeia: «Com 96 associados teremos finalmente escala para liderar projetos Horizonte Europa e candidatar-nos ao reconhecimento como cluster de competitividade.»</p>
<p>O presidente da Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro), Eng. Paulo Alexandre Frade, presente na sessão, considerou a fusão «um exemplo de racionalização que outras regiões devem seguir». O presidente da Câmara Municipal de Castelo Branco, Leopoldo Rodrigues-Pina, ofereceu instalações no Centro de Empresas Inovadoras para a sede.</p>
<h2>Próximos passos</h2>
<p>A escritura de fusão será assinada em setembro. Os nove trabalhadores das duas associações transitam para a nova entidade sem alteração dos respetivos contratos. A primeira assembleia geral do novo cluster está marcada para {wd(2034,10,17,'pt')}, 17 de outubro de 2034, em Castelo Branco, e aprovará o plano de atividades para 2035. A apresentação pública decorrerá na Feira Nacional da Floresta, na Sertã, de 24 a 27 de outubro de 2034, num stand partilhado por doze associados.</p>
<p>O CAF Beira Baixa vai também candidatar-se ao reconhecimento pelo IAPMEI – Agência para a Competitividade e Inovação no próximo aviso, previsto para o primeiro trimestre de 2035.</p>
<h2>Números da nova associação</h2>
<table><tr><th>Indicador</th><th>AgroBeira</th><th>Polo Florestal</th><th>CAF Beira Baixa</th></tr>
<tr><td>Associados</td><td>58</td><td>38</td><td>96</td></tr>
<tr><td>Empresas</td><td>49</td><td>33</td><td>82</td></tr>
<tr><td>Emprego nas empresas associadas</td><td>1 870</td><td>2 450</td><td>4 320</td></tr>
<tr><td>Projetos em curso</td><td>6</td><td>4</td><td>10</td></tr></table>
<p class="contact">Contacto para a imprensa: Inês Gaspar Vaz, comunicação, imprensa@cafbeirabaixa.example.pt, +351 272 000 000</p>
<p class="share">Partilhar: Facebook · LinkedIn · E-mail</p>
</main>
<footer>© 2034 CAF Beira Baixa – Cluster Agroindustrial e Florestal da Beira Baixa · Av. do Empresário, Castelo Branco · Política de privacidade · Termos de utilização</footer>
</body></html>
"""
write(F, T)
C='Cluster Agroindustrial e Florestal da Beira Baixa'
gold(F,
 [P('Maria do Rosário Cardoso Lobato','Presidente da Direção','Cluster Agroindustrial e Florestal da Beira Baixa'), P('Nuno Serrasqueiro','Vice-Presidente','Cluster Agroindustrial e Florestal da Beira Baixa'),
  P('António José Pires Marques','Tesoureiro','Cluster Agroindustrial e Florestal da Beira Baixa'), P('João Manuel van Zeller Gaspar','Presidente da Mesa da Assembleia Geral','Cluster Agroindustrial e Florestal da Beira Baixa'),
  P('Catarina Reis-Mendonça','Presidente do Conselho Fiscal',None), P('Rui Calado Henriques','diretor executivo',C),
  P('Teresa Nabais','coordenar a área de inovação agroalimentar',C), P('Paulo Alexandre Frade','presidente','Comissão de Coordenação e Desenvolvimento Regional do Centro'),
  P('Leopoldo Rodrigues-Pina','presidente','Câmara Municipal de Castelo Branco'), P('Inês Gaspar Vaz','comunicação',C)],
 [O(C,'CAF Beira Baixa'), O('AgroBeira – Associação para a Inovação Agroalimentar'), O('Polo Florestal do Pinhal Interior'), O('Instituto Politécnico de Castelo Branco','IPCB'),
  O('Azeites Tejo Internacional, Lda.'), O('Resinas do Zêzere, S.A.'), O('Queijaria Vale da Ribeira, Lda.'),
  O('Comissão de Coordenação e Desenvolvimento Regional do Centro','CCDR Centro'), O('Câmara Municipal de Castelo Branco'), O('Centro de Empresas Inovadoras'),
  O('IAPMEI – Agência para a Competitividade e Inovação')],
 [E('assembleias gerais','2034-07-01','2034-07-01','Castelo Branco','Portugal'), E('primeira assembleia geral do novo cluster','2034-10-17','2034-10-17','Castelo Branco','Portugal'),
  E('Feira Nacional da Floresta','2034-10-24','2034-10-27','Sertã','Portugal')],
 ['2034-07-04','2034-07-01','2034-10-01','2019','2021','2031','2034/2037','2034-09','2034-10-17','2035','2034-10-24/2034-10-27'],
 pub='2034-07-04')
