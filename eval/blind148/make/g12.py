from h import *
F = 'g12_santarem_encontros_agroalimentar.md'
assert wd(2042,3,18)=='Tuesday' and wd(2042,3,19)=='Wednesday' and wd(2042,3,6)=='Thursday' and wd(2041,3,20)=='Wednesday'
T = """[Início](/) › [Eventos](/eventos) › Encontros de Inovação Agroalimentar do Ribatejo

# Encontros de Inovação Agroalimentar do Ribatejo

*Uma iniciativa do InovCluster Ribatejo – Associação do Cluster Agroindustrial do Ribatejo, com o apoio da Comunidade Intermunicipal da Lezíria do Tejo (CIMLT) e do Instituto Politécnico de Santarém.*

Desde 2036, os Encontros reúnem todos os anos produtores, empresas de transformação, investigadores e decisores públicos do vale do Tejo para discutir o futuro do setor agroalimentar da região. Cada edição tem um tema e termina com um dia de visitas a explorações e fábricas associadas.

## 7.ª edição – Santarém, 18 e 19 de março de 2042

**Tema:** Água, solo e clima – produzir mais com menos
**Local:** Escola Superior Agrária de Santarém (Quinta do Galinheiro)
**Inscrições:** gratuitas, até 6 de março de 2042, no formulário online

### Programa

**Terça-feira, 18 de março**

- 09:00 – Receção aos participantes e café de boas-vindas
- 09:30 – Sessão de abertura: Ricardo Gonçalves de Sá, Presidente da Câmara Municipal de Santarém; Dra. Inês Carvalhal-Pimentel, Presidente da Direção do InovCluster Ribatejo; Prof. Doutor João Moita, Presidente do Instituto Politécnico de Santarém
- 10:15 – Conferência: "O regadio do Tejo em 2050" – Eng.ª Marta Sousa-Ferreira, Agência Portuguesa do Ambiente (APA)
- 11:30 – Mesa-redonda: agricultura de precisão no tomate de indústria, com a participação da Sugal Group, da Associação de Regantes e Beneficiários do Vale do Sorraia (ARBVS) e do Centro Nacional de Competências para o Tomate de Indústria
- 13:00 – Almoço com produtos da região
- 14:30 – Encontros B2B entre empresas e centros de investigação (reuniões de 20 minutos)
- 18:30 – Jantar do Encontro na Casa do Campino, com a entrega do Prémio Inovação Ribatejo 2042

**Quarta-feira, 19 de março**

- 09:00 – Visitas técnicas (três percursos à escolha): Almeirim e Alpiarça (vinha e melão), Coruche (cortiça e arroz), Salvaterra de Magos (hortícolas e regadio)
- 13:00 – Almoço de encerramento em Coruche

Moderação de todo o programa: Teresa Calado Nunes, gestora do cluster.

## Edições anteriores

| Edição | Data | Local | Tema |
|---|---|---|---|
| 6.ª edição | 20 de março de 2041 | Almeirim | Jovens agricultores e sucessão |
| 5.ª edição | março de 2040 | Rio Maior | Energia solar nas explorações |
| 4.ª edição | 2039 | Cartaxo | Exportação para mercados fora da UE |

### Principais conclusões da 6.ª edição

Os participantes da edição de 2041 chegaram às seguintes conclusões:

1. A sucessão nas explorações familiares depende mais do acesso à terra e ao crédito do que da formação
2. As cooperativas devem criar programas de estágio pagos para jovens agricultores
3. A digitalização só chega às pequenas explorações com serviços partilhados através das associações
4. Os municípios da Lezíria devem coordenar a oferta de habitação para trabalhadores sazonais

As três primeiras edições (2036 a 2038) decorreram em Santarém, no antigo Convento de São Francisco, e contaram em média com 150 participantes. A partir de 2039 os Encontros passaram a circular pelos concelhos da Lezíria.

O relatório completo da 6.ª edição pode ser descarregado [aqui](/docs/relatorio-2041.pdf).

## Contactos

InovCluster Ribatejo · Avenida Bernardo Santareno, 2005-177 Santarém
Teresa Calado Nunes, gestora do cluster · eventos@inovcluster-ribatejo.example.pt · 243 000 000

Partilhar: [Facebook](#) · [LinkedIn](#) · [E-mail](#)

*Este sítio utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, está a consentir a sua utilização. [Saber mais](/cookies)*
"""
write(F, T)
C = "InovCluster Ribatejo – Associação do Cluster Agroindustrial do Ribatejo"
gold(F,
 [P("Ricardo Gonçalves de Sá","Presidente da Câmara Municipal de Santarém","Câmara Municipal de Santarém"),
  P("Inês Carvalhal-Pimentel","Presidente da Direção",C),
  P("João Moita","Presidente","Instituto Politécnico de Santarém"),
  P("Marta Sousa-Ferreira",None,"Agência Portuguesa do Ambiente"),
  P("Teresa Calado Nunes","gestora do cluster",C)],
 [O(C,"InovCluster Ribatejo"), O("Comunidade Intermunicipal da Lezíria do Tejo","CIMLT"),
  O("Instituto Politécnico de Santarém"), O("Escola Superior Agrária de Santarém"),
  O("Câmara Municipal de Santarém"), O("Agência Portuguesa do Ambiente","APA"), O("Sugal Group"),
  O("Associação de Regantes e Beneficiários do Vale do Sorraia","ARBVS"),
  O("Centro Nacional de Competências para o Tomate de Indústria")],
 [E("7.ª edição","2042-03-18","2042-03-19","Santarém","Portugal"),
  E("Almoço com produtos da região","2042-03-18",None,"Santarém","Portugal"),
  E("Encontros B2B","2042-03-18",None,"Santarém","Portugal"),
  E("Jantar do Encontro","2042-03-18",None,"Santarém","Portugal"),
  E("entrega do Prémio Inovação Ribatejo 2042","2042-03-18",None,"Santarém","Portugal"),
  E("Visitas técnicas","2042-03-19",None,None,"Portugal"),
  E("Almoço de encerramento","2042-03-19",None,"Coruche","Portugal"),
  E("6.ª edição","2041-03-20",None,"Almeirim","Portugal"),
  E("5.ª edição","2040-03",None,"Rio Maior","Portugal"),
  E("4.ª edição","2039",None,"Cartaxo","Portugal"),
  ],
 ["2036","2042-03-18/2042-03-19","2042-03-06","2042-03-18","2042-03-19","2041-03-20","2040-03","2039","2036/2038","2041"],
 ["A sucessão nas explorações familiares depende mais do acesso à terra e ao crédito do que da formação",
  "As cooperativas devem criar programas de estágio pagos para jovens agricultores",
  "A digitalização só chega às pequenas explorações com serviços partilhados através das associações",
  "Os municípios da Lezíria devem coordenar a oferta de habitação para trabalhadores sazonais"])
