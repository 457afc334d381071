from h import *
F = 'g08_fundao_balanco_eventos.md'
assert wd(2041,5,9)=='Thursday' and wd(2041,5,21)=='Tuesday' and wd(2041,6,6)=='Thursday' and wd(2041,4,24)=='Wednesday'
T = """[Início](/) · [O Cluster](/cluster) · [Associados](/associados) · [Notícias](/noticias) · [Agenda](/agenda) · [Contactos](/contactos)

# Balanço da primavera: cinco eventos, um mês e meio

*Publicado em 10/06/2041 por Equipa de Comunicação · Categoria: Eventos*

Entre o final de abril e o início de junho, o **Cluster das Tecnologias Agroalimentares da Beira Interior (CTABI)** organizou ou participou em cinco eventos, em Castelo Branco, no Fundão, na Covilhã e em Salamanca. Deixamos aqui um resumo para os associados que não puderam estar presentes.

## 1. Dia Aberto no laboratório partilhado

Na quarta-feira, 24 de abril de 2041, o laboratório partilhado do cluster, instalado na Escola Superior Agrária do Instituto Politécnico de Castelo Branco (IPCB), abriu as portas a 37 empresas. A diretora técnica, Eng.ª Teresa Gonçalves Rebelo, apresentou os novos ensaios de vida útil para frutos vermelhos. As empresas puderam marcar ensaios-piloto a preço reduzido até ao fim do ano, e onze delas fizeram-no logo no próprio dia. O laboratório passa a funcionar também às sextas-feiras à tarde.

## 2. Reunião da Direção

A Direção do cluster reuniu no Fundão a 9 de maio de 2041 (quinta-feira). Foi aprovada a adesão de seis novos associados, entre eles a Cerfundão – Embalamento e Comercialização de Cereja da Cova da Beira, Lda. e a Quinta do Vale Serrano, Lda. Na mesma reunião, o presidente da Direção, Dr. Rui Alexandre Pimentel, anunciou que não se recandidatará nas eleições de 2042.

## 3. Seminário «Cereja do Fundão: do pomar ao mercado asiático»

O seminário decorreu na terça-feira, 21 de maio de 2041, no Auditório da Câmara Municipal do Fundão, com 112 participantes. Intervieram Mariana Soares da Cunha, técnica da AICEP Portugal Global, Hiroshi Tanabe, importador de fruta de Osaka, e Ana Luísa Ventura, produtora e associada do cluster. O encerramento coube ao presidente da Câmara Municipal do Fundão, Paulo Matos Simões.

**Recomendações do seminário:**

- Certificar a rastreabilidade de cada lote antes de qualquer contacto com importadores asiáticos
- Criar uma plataforma conjunta de frio em Alcains para consolidar cargas de vários produtores
- Apostar em embalagens pequenas e premium, adaptadas ao mercado de oferta japonês
- Preparar uma missão empresarial ao Japão em 2042, em articulação com a AICEP

## 4. Missão a Salamanca

De 28 a 30 de maio de 2041, uma delegação de dez empresas participou no encontro transfronteiriço de clusters agroalimentares organizado pela Fundación General de la Universidad de Salamanca. Houve 46 reuniões bilaterais e uma visita técnica ao Instituto Tecnológico Agrario de Castilla y León. O coordenador da delegação foi o gestor do cluster, Miguel Ângelo Tavares.

## 5. Workshop «Água e rega inteligente»

O último evento da série decorreu na Universidade da Beira Interior (UBI), na Covilhã, a 6 de junho de 2041. A investigadora Prof.ª Doutora Inês Baptista-Krüger apresentou os resultados do projeto de sensores de humidade instalados em 14 pomares da Cova da Beira.

## Próximos eventos

- **Feira Agrotech Beira 2041** – 12 a 14 de setembro de 2041, Castelo Branco (NERCAB)
- **Assembleia Geral do CTABI** – 16 de outubro de 2041, Fundão
- Prazo para inscrições no Vale Inovação Agro: 31 de julho de 2041

Anteriores edições da Feira Agrotech Beira: 2038 (Idanha-a-Nova), 2039 e 2040 (Castelo Branco).

---

Partilhar: [Facebook](#) · [LinkedIn](#) · [E-mail](#)

*CTABI – Cluster das Tecnologias Agroalimentares da Beira Interior · Av. do Empresário, 6000-767 Castelo Branco · Apoio: Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro)*
"""
write(F, T)
N="Cluster das Tecnologias Agroalimentares da Beira Interior"
gold(F,
 [P("Teresa Gonçalves Rebelo","diretora técnica",N),
  P("Rui Alexandre Pimentel","presidente da Direção",N),
  P("Mariana Soares da Cunha","técnica","AICEP Portugal Global"),
  P("Hiroshi Tanabe","importador de fruta",None),
  P("Ana Luísa Ventura","produtora e associada do cluster",None),
  P("Paulo Matos Simões","presidente","Câmara Municipal do Fundão"),
  P("Miguel Ângelo Tavares","gestor do cluster",N),
  P("Inês Baptista-Krüger","investigadora",None)],
 [O(N,"CTABI"), O("Escola Superior Agrária"), O("Instituto Politécnico de Castelo Branco","IPCB"),
  O("Cerfundão – Embalamento e Comercialização de Cereja da Cova da Beira, Lda."), O("Quinta do Vale Serrano, Lda."),
  O("Câmara Municipal do Fundão"), O("AICEP Portugal Global","AICEP"), O("Fundación General de la Universidad de Salamanca"),
  O("Instituto Tecnológico Agrario de Castilla y León"), O("Universidade da Beira Interior","UBI"), O("NERCAB"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro")],
 [E("Dia Aberto","2041-04-24",None,"Castelo Branco","Portugal"),
  E("Reunião da Direção","2041-05-09",None,"Fundão","Portugal"),
  E("Cereja do Fundão: do pomar ao mercado asiático","2041-05-21",None,"Fundão","Portugal"),
  E("encontro transfronteiriço de clusters agroalimentares","2041-05-28","2041-05-30","Salamanca","Spain"),
  E("Água e rega inteligente","2041-06-06",None,"Covilhã","Portugal"),
  E("Feira Agrotech Beira 2041","2041-09-12","2041-09-14","Castelo Branco","Portugal"),
  E("Assembleia Geral do CTABI","2041-10-16",None,"Fundão","Portugal"),
  E("Feira Agrotech Beira (2038)","2038",None,"Idanha-a-Nova","Portugal"),
  E("Feira Agrotech Beira (2039)","2039",None,"Castelo Branco","Portugal"),
  E("Feira Agrotech Beira (2040)","2040",None,"Castelo Branco","Portugal")],
 # "Entre o final de abril e o início de junho": a year-less month range resolved from the post date (third pass)
 ["2041-06-10","2041-04/2041-06","2041-04-24","2041-05-09","2042","2041-05-21","2041-05-28/2041-05-30","2041-06-06",
  "2041-09-12/2041-09-14","2041-10-16","2041-07-31","2038","2039","2040"],
 ["Certificar a rastreabilidade de cada lote antes de qualquer contacto com importadores asiáticos",
  "Criar uma plataforma conjunta de frio em Alcains para consolidar cargas de vários produtores",
  "Apostar em embalagens pequenas e premium, adaptadas ao mercado de oferta japonês",
  "Preparar uma missão empresarial ao Japão em 2042, em articulação com a AICEP"],
 pub="2041-06-10")
