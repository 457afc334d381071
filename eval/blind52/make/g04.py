from h import *
doc = "noticia_nova-gestora-cluster-nortemedtech.txt"
T = """NorteMedTech | Notícias

Inês Carvalhal Moutinho é a nova gestora do cluster NorteMedTech

Publicado em 12/03/2034 · Categoria: Institucional · Tempo de leitura: 4 min

A Direção da NorteMedTech – Associação Cluster das Tecnologias da Saúde do Norte aprovou, na reunião de 9 de março de 2034, a nomeação de Inês Carvalhal Moutinho como gestora do cluster. A nova gestora inicia funções a 1 de abril e sucede a Rui Albergaria Pestana, que dirigiu a estrutura técnica da associação desde 2027.

Engenheira biomédica de formação, Inês Carvalhal Moutinho, 41 anos, é atualmente diretora de projetos do BioPorto Hub, a incubadora de ciências da vida instalada no Porto, onde acompanhou mais de sessenta empresas em fase de arranque. Antes disso trabalhou sete anos na Medisys, Lda., como responsável de assuntos regulamentares, e colaborou com o INESC TEC em projetos de dispositivos médicos conectados. É doutorada pela Universidade do Minho (2021) e integra, desde 2032, o grupo de peritos em saúde digital da Comissão de Coordenação e Desenvolvimento Regional do Norte (CCDR-N).

«Chego a um cluster que já tem massa crítica e boa reputação lá fora. O meu objetivo é que as pequenas empresas sintam que a NorteMedTech trabalha para elas: acesso a hospitais para testar produtos, apoio na certificação e presença nas grandes feiras internacionais», afirmou a futura gestora.

Um mandato de sete anos

Rui Albergaria Pestana deixa a associação a 31 de março para assumir, a partir de abril, o cargo de diretor da Unidade de Ecossistemas de Inovação na Agência Nacional de Inovação (ANI), em Lisboa. Durante o seu mandato, entre 2027 e 2034, o número de associados passou de 38 para 112, o cluster obteve o selo Gold da European Cluster Excellence Initiative e coordenou dois projetos europeus, entre os quais o MEDBRIDGE (2030–2033), com parceiros da Galiza e da Bretanha.

«Foram anos intensos e muito gratificantes. Deixo uma equipa excelente e uma Direção empenhada. A Inês conhece o setor por dentro e vai levar o cluster mais longe», disse Rui Albergaria Pestana.

O presidente da Direção, Joaquim Soares Teixeira, CEO da Medisys, Lda., agradeceu ao gestor cessante «a dedicação, o rigor e a capacidade de abrir portas em Bruxelas» e sublinhou que a escolha da nova gestora resultou de um processo de recrutamento aberto, com 27 candidaturas, conduzido por um júri que integrou a vice-presidente da Direção, Patrícia Meireles Vaz (Hospital de São Gonçalo de Amarante), e o professor Artur Quintela, da Faculdade de Engenharia da Universidade do Porto (FEUP).

A vice-presidente da CCDR-N, Marta Lencastre, saudou a nomeação: «O NorteMedTech é um parceiro essencial da estratégia regional de especialização inteligente. Contamos com a nova gestora para a fase que agora começa.»

Transição

Até ao final de março, os dois gestores vão trabalhar em conjunto na passagem de pasta. A equipa técnica do cluster mantém-se: Sofia Bragança (técnica de projetos europeus), Tiago Reis Fontainhas (responsável de comunicação) e Helena Gouveia (gestão financeira).

A primeira grande iniciativa da nova gestora será o Encontro Anual NorteMedTech, marcado para 28 de maio de 2034 no Altice Forum Braga, onde será apresentado o plano de ação 2034–2036. Em novembro, o cluster organiza ainda uma delegação conjunta de empresas à feira MEDICA, em Düsseldorf (16 a 19 de novembro de 2034), em parceria com a AICEP.

Sobre a NorteMedTech
A NorteMedTech – Associação Cluster das Tecnologias da Saúde do Norte foi criada em 2019 e reúne empresas de dispositivos médicos, software de saúde e biotecnologia, hospitais, universidades e centros de investigação da Região Norte. Está sediada em Matosinhos.

Contacto de imprensa: Tiago Reis Fontainhas · comunicacao@nortemedtech.example · +351 220 000 310

Partilhar: Facebook · LinkedIn · E-mail
© 2034 NorteMedTech · Política de privacidade · Termos de utilização
"""
N = "NorteMedTech – Associação Cluster das Tecnologias da Saúde do Norte"
people = [
 P("Inês Carvalhal Moutinho", "diretora de projetos", "BioPorto Hub"),
 P("Rui Albergaria Pestana", "gestor", N),
 P("Joaquim Soares Teixeira", "presidente da Direção", N),
 P("Patrícia Meireles Vaz", "vice-presidente da Direção", N),
 P("Artur Quintela", None, "Faculdade de Engenharia da Universidade do Porto"),
 P("Marta Lencastre", "vice-presidente", "Comissão de Coordenação e Desenvolvimento Regional do Norte"),
 P("Sofia Bragança", "técnica de projetos europeus", N),
 P("Tiago Reis Fontainhas", "responsável de comunicação", N),
 P("Helena Gouveia", "gestão financeira", N),
]
orgs = [O(N, "NorteMedTech"), O("BioPorto Hub"), O("Medisys, Lda."), O("INESC TEC"), O("Universidade do Minho"),
 O("Comissão de Coordenação e Desenvolvimento Regional do Norte", "CCDR-N"),
 O("Agência Nacional de Inovação", "ANI"), O("Unidade de Ecossistemas de Inovação"), O("Hospital de São Gonçalo de Amarante"),
 O("Faculdade de Engenharia da Universidade do Porto", "FEUP"), O("AICEP")]
events = [
 E("Encontro Anual NorteMedTech", "2034-05-28", "2034-05-28", "Braga", "Portugal"),
 E("MEDICA", "2034-11-16", "2034-11-19", "Düsseldorf", "Germany"),
]
dates = ["2034-03-12", "2034-03-09", "2034-04-01", "2027", "2021", "2032", "2034-03-31", "2034-04", "2027/2034",
 "2030/2033", "2034-03", "2034-05-28", "2034/2036", "2034-11", "2034-11-16/2034-11-19", "2019"]
save(doc, T, "2034-03-12", people, orgs, events, dates, [])
