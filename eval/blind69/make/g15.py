from h import *
F='cluster-lanificios-dia-informativo-matchmaking-2036.md'
T=f'''Início › Notícias › Eventos

# Castelo Branco recebe Dia Informativo sobre têxteis sustentáveis e sessão de matchmaking com compradores nórdicos

*Publicado em {wd(2036,2,2,'pt')}, 2 de fevereiro de 2036 · Equipa de Comunicação do Cluster*

O Cluster dos Lanifícios e Têxteis da Beira Interior (CLTBI) organiza, no dia **{wd(2036,3,5,'pt')}, 5 de março de 2036**, um Dia Informativo sobre as novas regras europeias para têxteis sustentáveis, seguido de uma sessão de matchmaking com compradores da Dinamarca, da Suécia e da Noruega. O evento decorre no auditório do Centro de Empresas Inovadoras (CEI), em Castelo Branco, entre as 9h30 e as 18h00, e é gratuito para associados.

## Porquê agora?

A partir de 2037, as marcas que vendem no mercado europeu terão de indicar num passaporte digital de produto a origem das fibras, a percentagem de material reciclado e as instruções de reparação. "Para as nossas empresas, que trabalham a lã desde há séculos, esta é uma oportunidade e não uma ameaça", afirma a presidente da direção do cluster, **Eng.ª Isabel Mendes Casteleiro**, administradora da Fiação Serra da Gardunha, S.A. "A lã da Beira Interior é rastreável, durável e reciclável. Temos de saber demonstrá-lo com dados."

## Programa

**Manhã – Dia Informativo**

- 9h30 – Receção dos participantes e café
- 10h00 – Sessão de abertura, com o presidente da Câmara Municipal de Castelo Branco, **Dr. Rui Figueiredo Matos**, e o vice-presidente da Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro), **Prof. Doutor Nuno Albuquerque**
- 10h30 – "O passaporte digital de produto: o que muda para a fileira têxtil" – **Dra. Helena Sá Pereira**, CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal
- 11h15 – "Lã reciclada: da tosquia ao fio" – **Prof.ª Doutora Marta Pinheiro Lopes**, Universidade da Beira Interior (UBI), Covilhã
- 12h00 – Apoios à transição verde no Programa Regional do Centro 2028–2034 – **Paulo Rebelo**, técnico da CCDR Centro
- 12h45 – Almoço-convívio com produtos regionais

**Tarde – Matchmaking**

- 14h00 – Apresentação dos compradores nórdicos, moderada por **Søren Kjeldsen Nyborg**, Danish Fashion & Textile (Herning)
- 14h30 – 17h30 – Reuniões bilaterais de 20 minutos, pré-agendadas através da plataforma da Enterprise Europe Network Portugal
- 17h30 – Encerramento e visita guiada ao Museu de Lanifícios da UBI (opcional, com transporte para a Covilhã)

## Compradores confirmados

Até à data, confirmaram a presença sete compradores: três marcas dinamarquesas de vestuário outdoor, duas cadeias suecas de decoração de interiores e dois distribuidores noruegueses de têxteis técnicos. Entre eles estão a Nordvind Outdoor ApS (Aarhus), representada pela diretora de compras **Mette Lindahl**, e a Hemtextil Norden AB (Borås), representada por **Johan Ek-Sandberg**. A lista completa será publicada na plataforma de matchmaking.

## Inscrições

As inscrições para o Dia Informativo estão abertas até **{wd(2036,2,27,'pt')}, 27 de fevereiro de 2036**. As empresas que pretendam participar no matchmaking devem preencher o seu perfil em inglês até **{wd(2036,2,20,'pt')}, 20 de fevereiro de 2036**, para que os compradores possam escolher as reuniões. Cada empresa pode ter no máximo seis reuniões.

O evento integra o projeto europeu "WoolLoop", que junta clusters têxteis de Portugal, da Dinamarca, da Irlanda e da Eslováquia, e é cofinanciado pelo programa Interreg Europe.

## Próximos eventos do cluster

- **{wd(2036,3,26,'pt')}, 26 de março de 2036** – Webinar "Certificações de lã: RWS, GOTS e rótulo ecológico da UE" (online)
- **{wd(2036,5,14,'pt')} a {wd(2036,5,16,'pt')}, 14 a 16 de maio de 2036** – Stand conjunto de oito empresas na feira Première Vision Paris, edição de maio
- **{wd(2036,6,19,'pt')}, 19 de junho de 2036** – Assembleia Geral do CLTBI, com eleição dos órgãos sociais para o triénio 2036–2039, em Covilhã
- **outubro de 2036** – Missão empresarial a Copenhaga e Herning (datas a confirmar)

## Contactos

Para mais informações, contacte **Ana Rita Gonçalves**, gestora de projetos do cluster, através do telefone +351 272 000 145 ou do e-mail eventos@cltbi.example.pt.

---

**Sobre o CLTBI:** O Cluster dos Lanifícios e Têxteis da Beira Interior é uma associação sem fins lucrativos criada em 2027, com sede em Castelo Branco. Reúne 52 associados – empresas de fiação, tecelagem, acabamentos e confeção, bem como a UBI, o CITEVE e a Associação Nacional das Indústrias de Lanifícios (ANIL). O diretor executivo é **Miguel Duarte Folgado**.

Partilhar: Facebook · LinkedIn · X · E-mail
'''
write(F,T)
C='Cluster dos Lanifícios e Têxteis da Beira Interior'
gold(F,[P('Isabel Mendes Casteleiro','presidente da direção',C),P('Rui Figueiredo Matos','presidente da Câmara Municipal de Castelo Branco','Câmara Municipal de Castelo Branco'),
 P('Nuno Albuquerque','vice-presidente','Comissão de Coordenação e Desenvolvimento Regional do Centro'),P('Helena Sá Pereira',None,'CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal'),
 P('Marta Pinheiro Lopes',None,'Universidade da Beira Interior'),P('Paulo Rebelo','técnico','CCDR Centro'),P('Søren Kjeldsen Nyborg',None,'Danish Fashion & Textile'),
 P('Mette Lindahl','diretora de compras','Nordvind Outdoor ApS'),P('Johan Ek-Sandberg',None,'Hemtextil Norden AB'),P('Ana Rita Gonçalves','gestora de projetos',C),
 P('Miguel Duarte Folgado','diretor executivo',C)],
 [O(C,'CLTBI'),O('Fiação Serra da Gardunha, S.A.'),O('Centro de Empresas Inovadoras','CEI'),O('Câmara Municipal de Castelo Branco'),
  O('Comissão de Coordenação e Desenvolvimento Regional do Centro','CCDR Centro'),O('CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal','CITEVE'),
  O('Universidade da Beira Interior','UBI'),O('Danish Fashion & Textile'),O('Enterprise Europe Network Portugal'),O('Museu de Lanifícios da UBI'),O('Nordvind Outdoor ApS'),
  O('Hemtextil Norden AB'),O('Associação Nacional das Indústrias de Lanifícios','ANIL')],
 [E('Dia Informativo','2036-03-05','2036-03-05','Castelo Branco','Portugal'),E('sessão de matchmaking','2036-03-05','2036-03-05','Castelo Branco','Portugal'),
  E('Almoço-convívio','2036-03-05','2036-03-05','Castelo Branco','Portugal'),E('visita guiada ao Museu de Lanifícios da UBI','2036-03-05','2036-03-05','Covilhã','Portugal'),
  E('Webinar "Certificações de lã: RWS, GOTS e rótulo ecológico da UE"','2036-03-26','2036-03-26',None,None),E('Première Vision Paris','2036-05-14','2036-05-16','Paris','France'),
  E('Assembleia Geral do CLTBI','2036-06-19','2036-06-19','Covilhã','Portugal'),E('Missão empresarial a Copenhaga e Herning','2036-10','2036-10','Copenhaga, Herning','Denmark')],
 ['2036-02-02','2036-03-05','2037','2028/2034','2036-02-27','2036-02-20','2036-03-26','2036-05-14/2036-05-16','2036-06-19','2036/2039','2036-10','2027'],pub='2036-02-02')
