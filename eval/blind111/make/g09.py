from h import *
from email.message import EmailMessage
F = 'g09_save_the_date_funchal.eml'
assert wd(2039,6,7)=='Tuesday' and wd(2039,6,8)=='Wednesday' and wd(2039,6,6)=='Monday'
body = """Caros membros e parceiros,

Reservem já a data!

FÓRUM ATLÂNTICO DE CLUSTERS 2039
"Regiões ultraperiféricas na nova política industrial europeia"
Terça e quarta-feira, 7 e 8 de junho de 2039
Centro de Congressos da Madeira, Funchal

É com grande satisfação que a Associação Cluster Madeira Tech (ACMT) e a Agência Regional para o Desenvolvimento da
Investigação, Tecnologia e Inovação (ARDITI) anunciam a 5.ª edição do Fórum Atlântico de Clusters, que este ano
decorre sob o alto patrocínio da Secretaria Regional de Economia do Governo Regional da Madeira.

Durante dois dias, responsáveis políticos, gestores de clusters e empresas da Madeira, dos Açores, das Canárias e
de outras regiões europeias vão debater o papel dos clusters na política industrial da União Europeia, as cadeias de
valor da economia azul, o turismo sustentável e a transição energética nas ilhas.

Já confirmados:
- Dra. Teresa Gouveia Freitas, Secretária Regional de Economia
- Pierre-Olivier Lemaire, Chefe de Unidade, Direção-Geral do Mercado Interno, da Indústria, do Empreendedorismo e
  das PME (DG GROW), Comissão Europeia
- Eng. Rui Mendonça, Presidente da Direção da Associação Cluster Madeira Tech
- Carmen Hernández Afonso, Diretora do Clúster Marítimo de Canarias
- Nuno Bettencourt Ávila, Coordenador do Cluster do Mar dos Açores
- Prof.ª Helena Camacho, Universidade da Madeira

Programa provisório:
Dia 6 de junho (segunda-feira), 19h00 – Receção de boas-vindas no Museu CR7? Não – no Jardim do Palácio de São Lourenço
(apenas para oradores e convidados)
Dia 7 de junho – Sessão de abertura, painéis sobre política de clusters e economia azul, jantar do fórum
Dia 8 de junho – Workshops temáticos, reuniões B2B e visita técnica ao Porto do Caniçal

As inscrições abrem a 1 de março de 2039 e são gratuitas para membros da ACMT. O programa completo será
publicado em abril de 2039. A chamada para apresentação de boas práticas está aberta até 31 de março de 2039.

Alojamento: foram negociadas tarifas especiais em três hotéis do Funchal até 15 de maio de 2039.

Edições anteriores: 2035 e 2036 no Funchal, 2037 em Las Palmas de Gran Canaria e 2038 em Ponta Delgada. Na edição
de 2038 participaram 280 pessoas de nove países, e as conclusões foram enviadas à Comissão Europeia no âmbito da
consulta sobre a estratégia para as regiões ultraperiféricas.

Contamos convosco!

Com os melhores cumprimentos,

Sara Nóbrega
Gestora de Projetos | Associação Cluster Madeira Tech
Rua da Alfândega 78, 9000-059 Funchal, Portugal
Tel.: +351 291 000 456 | www.madeiratech.example
Siga-nos: LinkedIn · Instagram

Se não pretender receber mais comunicações, responda com "REMOVER".
Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente aos destinatários indicados.

-----Mensagem original-----
De: Paulo Sardinha <paulo.sardinha@madeiratech.example>
Enviada: quarta-feira, 2 de fevereiro de 2039 10:14
Para: Sara Nóbrega <sara.nobrega@madeiratech.example>
Cc: Rui Mendonça <direcao@madeiratech.example>
Assunto: RE: Texto do save the date

Olá Sara,

O texto está ótimo. Só duas notas: a Carmen Hernández confirmou ontem, pode incluí-la; e a receção de dia 6 ficou
no Palácio de São Lourenço e não no museu, por decisão do Representante da República. Confirma também com a
Ana Vasconcelos, da ARDITI, se o logótipo da agência deve aparecer no cabeçalho.

Quanto ao fórum do ano passado (Ponta Delgada, 14 e 15 de junho de 2038), convém referir os 280 participantes.

Abraço,
Paulo Sardinha
Diretor Executivo, ACMT
"""
assert wd(2039,2,2)=='Wednesday'
body = body.replace("Receção de boas-vindas no Museu CR7? Não – no Jardim do Palácio de São Lourenço", "Receção de boas-vindas no Jardim do Palácio de São Lourenço")
m = EmailMessage()
m['From'] = 'Sara Nóbrega <sara.nobrega@madeiratech.example>'
m['To'] = 'membros@madeiratech.example'
m['Subject'] = 'Save the date: Fórum Atlântico de Clusters 2039 – 7 e 8 de junho, Funchal'
m['Date'] = 'Fri, 04 Feb 2039 09:30:00 +0000'
assert wd(2039,2,4)=='Friday'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
gold(F,
 [P("Teresa Gouveia Freitas","Secretária Regional de Economia"),
  P("Pierre-Olivier Lemaire","Chefe de Unidade","Direção-Geral do Mercado Interno, da Indústria, do Empreendedorismo e das PME"),
  P("Rui Mendonça","Presidente da Direção","Associação Cluster Madeira Tech"),
  P("Carmen Hernández Afonso","Diretora","Clúster Marítimo de Canarias"),
  P("Nuno Bettencourt Ávila","Coordenador","Cluster do Mar dos Açores"),
  P("Helena Camacho",None,"Universidade da Madeira"),
  P("Sara Nóbrega","Gestora de Projetos","Associação Cluster Madeira Tech"),
  P("Paulo Sardinha","Diretor Executivo","ACMT"), P("Ana Vasconcelos",None,"ARDITI")],
 [O("Associação Cluster Madeira Tech","ACMT"),
  O("Agência Regional para o Desenvolvimento da Investigação, Tecnologia e Inovação","ARDITI"),
  O("Secretaria Regional de Economia do Governo Regional da Madeira"), O("Governo Regional da Madeira"),
  O("Direção-Geral do Mercado Interno, da Indústria, do Empreendedorismo e das PME","DG GROW"),
  O("Comissão Europeia"), O("Clúster Marítimo de Canarias"), O("Cluster do Mar dos Açores"),
  O("Universidade da Madeira")],
 [E("Fórum Atlântico de Clusters 2039","2039-06-07","2039-06-08","Funchal","Portugal"),
  E("Receção de boas-vindas","2039-06-06",None,"Funchal","Portugal"),
  E("jantar do fórum","2039-06-07",None,"Funchal","Portugal"),
  E("reuniões B2B","2039-06-08",None,"Funchal","Portugal"),
  E("visita técnica ao Porto do Caniçal","2039-06-08",None,None,"Portugal"),
  E("Fórum Atlântico de Clusters (2035)","2035","2035","Funchal","Portugal"),
  E("Fórum Atlântico de Clusters (2036)","2036","2036","Funchal","Portugal"),
  E("Fórum Atlântico de Clusters (2037)","2037","2037","Las Palmas de Gran Canaria","Spain"),
  E("Fórum Atlântico de Clusters (2038)","2038-06-14","2038-06-15","Ponta Delgada","Portugal")],
 ["2039-06-07/2039-06-08","2039-06-06","2039-06-07","2039-06-08","2039-03-01","2039-04","2039-03-31","2039-05-15","2039-02-02","2038-06-14/2038-06-15","2039-02-04","2035","2036","2037","2038"],
 [], pub="2039-02-04")
