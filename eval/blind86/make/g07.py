from h import *
from email.message import EmailMessage
F = 'g07_covilha_grupo_trabalho_conclusoes.eml'
assert wd(2039,2,18)=="Friday" and wd(2039,2,14)=="Monday" and wd(2039,2,8)=='Tuesday' and wd(2039,1,27)=='Thursday' and wd(2039,3,17)=='Thursday' and wd(2039,4,28)=='Thursday'
body = """Caros membros do Grupo de Trabalho Circularidade Têxtil,

Conforme combinado, envio em anexo e no corpo desta mensagem as conclusões da terceira reunião do grupo, realizada na terça-feira, 8 de fevereiro de 2039, nas instalações da Universidade da Beira Interior (UBI), na Covilhã. Peço que enviem eventuais correções até sexta-feira, 18 de fevereiro, para que o documento possa ser aprovado pela Direção do cluster na reunião de 3 de março.

Com os melhores cumprimentos,
Rita Saraiva Mendes
Coordenadora do Grupo de Trabalho Circularidade Têxtil
TexBeira – Cluster Têxtil da Beira Interior
Parkurbis – Parque de Ciência e Tecnologia da Covilhã, 6200-865 Covilhã
Tel. +351 275 000 000

-----------------------------------------------------------------

GRUPO DE TRABALHO CIRCULARIDADE TÊXTIL
Conclusões da 3.ª reunião – Covilhã, 8 de fevereiro de 2039

Participantes (19): representantes de 14 empresas associadas, da UBI, do CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal, da Associação Nacional das Indústrias de Lanifícios (ANIL) e da Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro). Moderação: Rita Saraiva Mendes. Relatora: Sofia Abrantes Pires.

Intervenções

A Prof.ª Doutora Helena Vaz-Tavares, do Departamento de Ciência e Tecnologia Têxteis da UBI, apresentou os resultados do ensaio de triagem automática de resíduos de lã realizado em 2038 com a empresa Lanifícios Serra da Estrela, S.A. O Eng.º Nuno Fazenda Cruz, diretor industrial da Fiação Zêzere – Fios Reciclados, Lda., descreveu as dificuldades de certificação de fios com mais de 50 % de fibra reciclada. Por videoconferência, Jan-Willem de Groot, gestor de projetos do Dutch Circular Textile Valley, partilhou a experiência neerlandesa de responsabilidade alargada do produtor.

Conclusões

O grupo chegou às seguintes conclusões:

1. A recolha seletiva de têxteis, obrigatória desde 2025, ainda não garante qualidade suficiente de matéria-prima para a indústria regional de lanifícios.
2. As empresas da região têm capacidade técnica para incorporar até 30 % de lã reciclada sem perda de qualidade, mas faltam centros de triagem próximos.
3. A certificação é demasiado cara para PME: um processo completo custa entre 8 000 e 15 000 euros por produto.
4. É necessária uma plataforma comum de dados sobre fluxos de resíduos têxteis na Região Centro.
5. O cluster deve candidatar-se, com parceiros espanhóis e franceses, a um projeto europeu sobre circularidade da lã.

Próximos passos

- Preparar uma nota técnica para a CCDR Centro até 31 de março de 2039 (responsável: Sofia Abrantes Pires).
- Organizar uma visita a um centro de triagem em Prato, Itália, em maio de 2039.
- Próxima reunião do grupo: quinta-feira, 28 de abril de 2039, às 14h30, no Museu de Lanifícios da Universidade da Beira Interior.

-----Mensagem original-----
De: Sofia Abrantes Pires <sofia.pires@texbeira.example.pt>
Enviada: quinta-feira, 27 de janeiro de 2039 17:42
Para: GT Circularidade <gt-circular@texbeira.example.pt>
Assunto: Convocatória – 3.ª reunião do GT Circularidade Têxtil

Bom dia a todos,

Lembramos que a 3.ª reunião do Grupo de Trabalho terá lugar no dia 8 de fevereiro, das 10h00 às 13h00, na sala 2.14 da Faculdade de Engenharia da UBI. Segue-se um almoço de trabalho oferecido pela Câmara Municipal da Covilhã.

Ordem de trabalhos:
10h00 Boas-vindas – Carlos Pinheiro Serra, presidente da Direção do TexBeira
10h15 Ensaio de triagem de resíduos de lã (UBI)
11h00 Certificação de fios reciclados (Fiação Zêzere)
11h45 Experiência dos Países Baixos (Dutch Circular Textile Valley)
12h30 Discussão e conclusões

Agradecemos confirmação de presença até 3 de fevereiro.

Sofia Abrantes Pires
Técnica de projetos | TexBeira

--
Esta mensagem e os seus anexos podem conter informação confidencial. Se a recebeu por engano, por favor apague-a e informe o remetente.
Antes de imprimir este e-mail, pense no ambiente.
"""
m = EmailMessage()
m['From'] = 'Rita Saraiva Mendes <rita.mendes@texbeira.example.pt>'
m['To'] = 'GT Circularidade <gt-circular@texbeira.example.pt>'
m['Cc'] = 'Direção TexBeira <direcao@texbeira.example.pt>'
m['Subject'] = 'Conclusões da 3.ª reunião do GT Circularidade Têxtil – para validação'
m['Date'] = 'Mon, 14 Feb 2039 09:12:45 +0000'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
gold(F,
 [P("Rita Saraiva Mendes","Coordenadora do Grupo de Trabalho Circularidade Têxtil","TexBeira – Cluster Têxtil da Beira Interior"),
  P("Sofia Abrantes Pires","Técnica de projetos","TexBeira"),
  P("Helena Vaz-Tavares",None,"Departamento de Ciência e Tecnologia Têxteis da UBI"),
  P("Nuno Fazenda Cruz","diretor industrial","Fiação Zêzere – Fios Reciclados, Lda."),
  P("Jan-Willem de Groot","gestor de projetos","Dutch Circular Textile Valley"),
  P("Carlos Pinheiro Serra","presidente da Direção","TexBeira")],
 [O("TexBeira – Cluster Têxtil da Beira Interior","TexBeira"), O("Universidade da Beira Interior","UBI"),
  O("Parkurbis – Parque de Ciência e Tecnologia da Covilhã"),
  O("CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal","CITEVE"),
  O("Associação Nacional das Indústrias de Lanifícios","ANIL"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro"),
  O("Departamento de Ciência e Tecnologia Têxteis"), O("Lanifícios Serra da Estrela, S.A."),
  O("Fiação Zêzere – Fios Reciclados, Lda."), O("Dutch Circular Textile Valley"),
  O("Faculdade de Engenharia"),
  O("Câmara Municipal da Covilhã")],
 [E("3.ª reunião do Grupo de Trabalho Circularidade Têxtil","2039-02-08",None,"Covilhã","Portugal"),
  E("reunião da Direção do cluster","2039-03-03",None,None,None),
  E("visita a um centro de triagem em Prato","2039-05",None,"Prato","Italy"),
  E("próxima reunião do grupo","2039-04-28",None,"Covilhã","Portugal"),
  E("almoço de trabalho","2039-02-08",None,"Covilhã","Portugal")],
 ["2039-02-14","2039-02-08","2039-02-18","2039-03-03","2038","2025","2039-03-31","2039-05","2039-04-28","2039-01-27","2039-02-03"],
 ["A recolha seletiva de têxteis, obrigatória desde 2025, ainda não garante qualidade suficiente de matéria-prima para a indústria regional de lanifícios",
  "As empresas da região têm capacidade técnica para incorporar até 30 % de lã reciclada sem perda de qualidade, mas faltam centros de triagem próximos",
  "A certificação é demasiado cara para PME: um processo completo custa entre 8 000 e 15 000 euros por produto",
  "É necessária uma plataforma comum de dados sobre fluxos de resíduos têxteis na Região Centro",
  "O cluster deve candidatar-se, com parceiros espanhóis e franceses, a um projeto europeu sobre circularidade da lã"],
 "2039-02-14")
