from common import *
fn = "noticia-congresso-anual-cluster-agroalimentar-alentejo-2033.md"
t = """[Início](/) > [Notícias](/noticias) > Congresso Anual 2033

# Congresso Anual do Cluster Agroalimentar do Alentejo reúne 420 participantes em Évora

*Publicado por Equipa de Comunicação em 18 de outubro de 2033 · Partilhar: Facebook | LinkedIn | E-mail*

O **Cluster Agroalimentar do Alentejo (CAGRA)** realizou nos dias 16 e 17 de outubro de 2033 o seu congresso anual, no Teatro Garcia de Resende e no Colégio do Espírito Santo, em Évora. Foi a nona edição do encontro e a mais participada de sempre: 420 inscritos, entre produtores de azeite e vinho, empresas de máquinas agrícolas, investigadores e decisores públicos de Portugal, Espanha e Marrocos.

Na sessão de abertura, a presidente da direção do CAGRA, **Maria Inês Valadares Brito**, lembrou que o cluster nasceu em 2016 com 31 associados e conta hoje com 187. "O Alentejo deixou de ser apenas uma paisagem de montado: é um laboratório de agricultura de precisão ao ar livre", afirmou. Seguiu-se a intervenção de **Rui Falcão Mendes**, vice-presidente da Comissão de Coordenação e Desenvolvimento Regional do Alentejo (CCDR Alentejo), que anunciou uma nova linha de apoio à irrigação eficiente no âmbito do programa regional.

## Duas conferências em inglês

O programa incluiu duas conferências de abertura em língua inglesa. A primeira, *"Water as the new fertiliser: precision irrigation beyond the pilot stage"*, foi apresentada por **Hendrik Oosterhuis**, diretor de inovação da empresa neerlandesa Aquavelda B.V., que mostrou resultados de três campanhas de rega em olival superintensivo. A segunda, *"From olive grove to export shelf: building a regional brand that lasts"*, coube a **Leonor de Sequeira Amaral**, investigadora da Universidade de Évora e coordenadora do laboratório MED – Instituto Mediterrâneo para a Agricultura, Ambiente e Desenvolvimento.

## Painéis e visitas

Ao longo dos dois dias decorreram quatro painéis temáticos. No painel sobre mão de obra sazonal participaram **Joaquim Pulido Carrasco**, gerente da cooperativa Olivar de Tierra de Barros S.Coop. (Badajoz), e **Ana Sofia Caeiro**, diretora executiva da Associação de Jovens Agricultores do Baixo Alentejo (AJABA). O painel "Dados no campo" foi moderado pela jornalista **Teresa Lobo Antunes**, do jornal Folha do Montado.

Na manhã de 17 de outubro, cerca de 60 participantes visitaram a herdade experimental da empresa Monteverde Agro, S.A., em Montemor-o-Novo, onde foi demonstrado um sistema de sensores de humidade do solo desenvolvido em parceria com a startup Terrasense, Lda.

## Prémio Inovação CAGRA 2033

Durante o jantar do congresso foi entregue o Prémio Inovação CAGRA 2033 à empresa Lagar do Roxo, Lda., pelo aproveitamento do bagaço de azeitona na produção de biomateriais. O júri foi presidido por **Francisco Xavier Godinho**, antigo diretor-geral da Agricultura e Desenvolvimento Rural.

## Próximos passos

O diretor executivo do cluster, **Nuno Batalha Rosado**, apresentou no encerramento as conclusões do congresso:

- a rega de precisão deve passar de projetos-piloto a contratos de serviço acessíveis a pequenas explorações;
- o cluster vai criar, até março de 2034, um grupo de trabalho sobre mão de obra e alojamento sazonal;
- a marca regional de azeite precisa de uma estratégia comum de exportação para o mercado norte-americano.

O CAGRA vai ainda organizar uma missão empresarial à feira Expoliva, em Jaén, de 12 a 15 de maio de 2034, e o décimo congresso anual já tem data marcada: 15 e 16 de outubro de 2034, em Beja.

As apresentações estão disponíveis na área de associados. Para mais informações: comunicacao@cagra.example

---
Cluster Agroalimentar do Alentejo · Rua do Menino Jesus 14, 7000-601 Évora · © 2033 CAGRA · Política de privacidade · Cookies
"""
write_doc(fn, t)
gold(fn,
 [P("Maria Inês Valadares Brito","presidente da direção","Cluster Agroalimentar do Alentejo"),
  P("Rui Falcão Mendes","vice-presidente","Comissão de Coordenação e Desenvolvimento Regional do Alentejo"),
  P("Hendrik Oosterhuis","diretor de inovação","Aquavelda B.V."),
  P("Leonor de Sequeira Amaral","investigadora","Universidade de Évora"),
  P("Joaquim Pulido Carrasco","gerente","Olivar de Tierra de Barros S.Coop."),
  P("Ana Sofia Caeiro","diretora executiva","Associação de Jovens Agricultores do Baixo Alentejo"),
  P("Teresa Lobo Antunes","jornalista","Folha do Montado"),
  P("Francisco Xavier Godinho",None,None),
  P("Nuno Batalha Rosado","diretor executivo","Cluster Agroalimentar do Alentejo")],
 [O("Cluster Agroalimentar do Alentejo","CAGRA"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Alentejo","CCDR Alentejo"),
  O("Aquavelda B.V."), O("Universidade de Évora"),
  O("Instituto Mediterrâneo para a Agricultura, Ambiente e Desenvolvimento","MED"),
  O("Olivar de Tierra de Barros S.Coop."),
  O("Associação de Jovens Agricultores do Baixo Alentejo","AJABA"),
  O("Folha do Montado"), O("Monteverde Agro, S.A."), O("Terrasense, Lda."), O("Lagar do Roxo, Lda.")],
 [E("Congresso Anual do Cluster Agroalimentar do Alentejo","2033-10-16","2033-10-17","Évora","Portugal"),
  E("Expoliva","2034-05-12","2034-05-15","Jaén","Spain"),
  E("décimo congresso anual","2034-10-15","2034-10-16","Beja","Portugal")],
 ["2033-10-18","2033-10-16/2033-10-17","2016","2033-10-17","2034-03","2034-05-12/2034-05-15","2034-10-15/2034-10-16"],
 km=["a rega de precisão deve passar de projetos-piloto a contratos de serviço acessíveis a pequenas explorações",
     "o cluster vai criar, até março de 2034, um grupo de trabalho sobre mão de obra e alojamento sazonal",
     "a marca regional de azeite precisa de uma estratégia comum de exportação para o mercado norte-americano"],
 pub="2033-10-18")
