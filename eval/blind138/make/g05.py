from h import *
F = 'g05_medio_tejo_visita_estudo.md'
assert wd(2041,3,12)=='Tuesday' and wd(2041,3,13)=='Wednesday' and wd(2041,3,14)=='Thursday' and wd(2041,3,28)=='Thursday' and wd(2041,5,8)=='Wednesday'
T = """# Relatório da visita de estudo a Castilla-La Mancha

**Cluster Agroalimentar do Ribatejo e Médio Tejo (CARMT)** · Documento interno para os associados
Versão final · Abrantes, 28 de março de 2041 · Redigido por: Inês Carvalho Pestana, gestora de projetos

---

## 1. Enquadramento

Entre 12 e 14 de março de 2041, uma delegação de onze pessoas do Médio Tejo deslocou-se a Ciudad Real e Valdepeñas para conhecer o modo como a região de Castilla-La Mancha organiza o apoio às empresas do vinho, do azeite e do queijo. A visita foi preparada em conjunto com a Comunidade Intermunicipal do Médio Tejo (CIMT) e com o Instituto Regional de Investigación y Desarrollo Agroalimentario y Forestal de Castilla-La Mancha (IRIAF), e financiada pelo projeto Interreg AGRO-TEJO.

Participaram na delegação representantes de sete empresas associadas, entre as quais a Adega Cooperativa de Tomar, a Quinta do Zêzere Lda. e a Queijaria Artesanal de Mação, bem como Rui Miguel Bandeira, técnico superior do TAGUSVALLEY – Tecnopolo do Vale do Tejo, e a vereadora do desenvolvimento económico da Câmara Municipal de Abrantes, Dra. Filipa d'Orey Sequeira.

## 2. Programa

| Dia | Hora | Atividade | Local |
|---|---|---|---|
| Terça-feira, 12 de março | 15:00 | Receção e apresentação do ecossistema agroalimentar regional por Javier Muñoz-Caballero, diretor do IRIAF | Ciudad Real |
| | 20:00 | Jantar de boas-vindas oferecido pela Cámara de Comercio de Ciudad Real | Ciudad Real |
| Quarta-feira, 13 de março | 09:30 | Visita à adega cooperativa Virgen de las Viñas | Tomelloso |
| | 14:30 | Visita ao centro tecnológico do vinho VITEC-Lab e ao laboratório de análise sensorial | Valdepeñas |
| | 17:00 | Mesa-redonda sobre enoturismo com a Ruta del Vino de Valdepeñas | Valdepeñas |
| Quinta-feira, 14 de março | 09:00 | Reuniões B2B com empresas do cluster de queijo manchego | Ciudad Real |
| | 13:00 | Sessão de encerramento e almoço com a Dirección General de Alimentación | Ciudad Real |

A mesa-redonda de 13 de março foi moderada por María Pilar Gómez de la Serna, da Universidad de Castilla-La Mancha (UCLM), e contou com a participação de seis produtores portugueses e espanhóis.

## 3. Principais observações

A região vizinha tem um modelo muito diferente do nosso: em vez de um único cluster, existem associações por produto que partilham os mesmos serviços técnicos do IRIAF. As empresas pagam uma quota reduzida e têm acesso a análises laboratoriais a preço de custo. Os participantes destacaram ainda a forte ligação entre as cooperativas e as escolas profissionais agrícolas.

Nas reuniões B2B de 14 de março realizaram-se 27 encontros. A Queijaria Artesanal de Mação recebeu um pedido de amostras de um distribuidor de Madrid e a Quinta do Zêzere Lda. iniciou conversas sobre engarrafamento partilhado.

## 4. Lições aprendidas

Da avaliação feita pelos participantes no regresso resultaram as seguintes lições:

- Os serviços laboratoriais partilhados são o que mais valor traz às pequenas empresas, mais do que os eventos
- A cooperação com as escolas profissionais deve fazer parte do plano de atividades do cluster
- O enoturismo só funciona quando os municípios e as adegas têm uma rota comum e uma única marca
- As visitas de estudo devem ter no máximo três locais por dia, para deixar tempo para conversas

## 5. Próximos passos

A direção do CARMT vai propor na Assembleia Geral de 8 de maio de 2041 a criação de um grupo de trabalho sobre serviços laboratoriais com o Instituto Politécnico de Tomar. Está prevista uma visita de retorno de uma delegação de Castilla-La Mancha ao Médio Tejo no outono de 2041, durante a Feira Nacional da Agricultura em Santarém.

---

*Contacto: Inês Carvalho Pestana, gestora de projetos, CARMT, Abrantes · projetos@carmt.example.pt*
*Fotografias: © CARMT / Tiago Lopes-Ferraz*
"""
write(F, T)
C = "Cluster Agroalimentar do Ribatejo e Médio Tejo"
gold(F,
 [P("Inês Carvalho Pestana","gestora de projetos","CARMT"),
  P("Rui Miguel Bandeira","técnico superior","TAGUSVALLEY – Tecnopolo do Vale do Tejo"),
  P("Filipa d'Orey Sequeira","vereadora do desenvolvimento económico","Câmara Municipal de Abrantes"),
  P("Javier Muñoz-Caballero","diretor","IRIAF"),
  P("María Pilar Gómez de la Serna",None,"Universidad de Castilla-La Mancha"),
  P("Tiago Lopes-Ferraz",None,None)],
 [O(C,"CARMT"), O("Comunidade Intermunicipal do Médio Tejo","CIMT"),
  O("Instituto Regional de Investigación y Desarrollo Agroalimentario y Forestal de Castilla-La Mancha","IRIAF"),
  O("Adega Cooperativa de Tomar"), O("Quinta do Zêzere Lda."), O("Queijaria Artesanal de Mação"),
  O("TAGUSVALLEY – Tecnopolo do Vale do Tejo"), O("Câmara Municipal de Abrantes"),
  O("Cámara de Comercio de Ciudad Real"), O("Virgen de las Viñas"), O("VITEC-Lab"), O("Ruta del Vino de Valdepeñas"),
  O("Dirección General de Alimentación"), O("Universidad de Castilla-La Mancha","UCLM"), O("Instituto Politécnico de Tomar")],
 [E("visita de estudo a Castilla-La Mancha","2041-03-12","2041-03-14","Ciudad Real, Valdepeñas","Spain"),
  E("Receção e apresentação do ecossistema agroalimentar regional","2041-03-12",None,"Ciudad Real","Spain"),
  E("Jantar de boas-vindas","2041-03-12",None,"Ciudad Real","Spain"),
  E("Visita à adega cooperativa Virgen de las Viñas","2041-03-13",None,"Tomelloso","Spain"),
  E("Visita ao centro tecnológico do vinho VITEC-Lab","2041-03-13",None,"Valdepeñas","Spain"),
  E("Mesa-redonda sobre enoturismo","2041-03-13",None,"Valdepeñas","Spain"),
  E("Reuniões B2B","2041-03-14",None,"Ciudad Real","Spain"),
  E("Assembleia Geral","2041-05-08",None,None,None),
  E("visita de retorno","2041",None,None,None),
  E("Feira Nacional da Agricultura","2041",None,"Santarém","Portugal")],
 ["2041-03-28","2041-03-12/2041-03-14","2041-03-12","2041-03-13","2041-03-14","2041-05-08","2041"],
 ["Os serviços laboratoriais partilhados são o que mais valor traz às pequenas empresas, mais do que os eventos",
  "A cooperação com as escolas profissionais deve fazer parte do plano de atividades do cluster",
  "O enoturismo só funciona quando os municípios e as adegas têm uma rota comum e uma única marca",
  "As visitas de estudo devem ter no máximo três locais por dia, para deixar tempo para conversas"],
 pub="2041-03-28")
