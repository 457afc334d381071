from h import *
F = 'g13_minho_estrategia_cluster_textil.md'
assert wd(2038,11,26)=='Friday' and wd(2038,12,15)=='Wednesday'
T = """[Início](/) » [Quem somos](/quem-somos) » [Documentos estratégicos](/documentos) » Estratégia 2039–2043

# Estratégia Minho Têxtil Inteligente 2039–2043

**Cluster Têxtil e Vestuário do Minho (CTVM)** · Documento aprovado pela Direção em 26 de novembro de 2038 · Guimarães

*Versão para consulta pública até 15 de dezembro de 2038 — envie os seus comentários para estrategia@ctvm.example.pt*

---

## Mensagem do Presidente

Vivemos uma década de mudanças profundas. A nossa indústria, que emprega mais de 60 mil pessoas entre Braga, Guimarães, Famalicão e Barcelos, tem de competir pela qualidade, pela rapidez e pela sustentabilidade, e não pelo preço. Esta estratégia foi construída com as empresas associadas, ao longo de seis workshops realizados entre março e outubro de 2038.

*Rui Miguel Faria Oliveira, Presidente da Direção do CTVM*

---

## Diagnóstico em números

O setor representa cerca de um quinto das exportações da região Norte. Entre 2030 e 2037 o número de empresas caiu 14 %, mas o volume de negócios por empresa aumentou. Metade dos trabalhadores tem mais de 50 anos e apenas 9 % das empresas têm um responsável dedicado à sustentabilidade. As encomendas médias são hoje três vezes mais pequenas do que há dez anos, com prazos de entrega de duas a quatro semanas.

## Mensagens-chave

- O setor têxtil do Minho só manterá o emprego se duplicar o valor acrescentado por trabalhador até 2043
- A rastreabilidade digital dos produtos será uma exigência dos mercados europeus e deve ser tratada como oportunidade
- A cooperação entre pequenas confeções e as grandes fiações é a chave para responder a encomendas curtas e rápidas

## Os quatro pilares

### Pilar 1 – Sustentabilidade e circularidade
- Ação 1.1: criar um centro regional de triagem de resíduos têxteis com a Resinorte e os municípios
- Ação 1.2: apoiar 50 empresas na obtenção do rótulo ecológico europeu
- Ação 1.3: lançar um programa de reciclagem de fibra com o CITEVE

### Pilar 2 – Digitalização e rastreabilidade
- Ação 2.1: implementar o passaporte digital do produto em 30 empresas-piloto
- Ação 2.2: criar uma plataforma comum de dados de produção com a Universidade do Minho

### Pilar 3 – Pessoas e competências
- Ação 3.1: abrir uma academia de costura técnica com o CENIT e o IEFP
- Ação 3.2: atrair jovens designers através de residências em empresas associadas

### Pilar 4 – Mercados e marca
- Ação 4.1: promover a marca coletiva "Minho Made" em feiras internacionais
- Ação 4.2: organizar missões empresariais aos países nórdicos e à Alemanha

## Governação

A execução será acompanhada por um Conselho Estratégico presidido por Ana Sofia Magalhães, diretora executiva do CTVM, com representantes da Câmara Municipal de Guimarães, da Comissão de Coordenação e Desenvolvimento Regional do Norte (CCDR-N), da Associação Têxtil e Vestuário de Portugal (ATP) e da Universidade do Minho. O Conselho reúne duas vezes por ano e apresenta um relatório anual à Assembleia Geral.

## Calendário

| Data | Marco |
|---|---|
| 15 de dezembro de 2038 | Fim da consulta pública |
| janeiro de 2039 | Aprovação final em Assembleia Geral |
| 12 e 13 de março de 2039 | Lançamento da estratégia no Fórum Têxtil do Minho, Guimarães |
| 2041 | Avaliação intercalar |

## Contactos

Cluster Têxtil e Vestuário do Minho
Avenida Conde Margaride 1180, 4810-537 Guimarães
Telefone: +351 253 000 000 · geral@ctvm.example.pt
Responsável pelo documento: Tiago Carvalhais, gestor de projetos

---

Associados fundadores: Riopele S.A., Coelima, Lameirinho, TMG Textiles, Fitecom, Tintex Textiles

[Versão PDF](/documentos/estrategia-2039-2043.pdf) · Partilhar: [LinkedIn](#) · [Facebook](#)

© Cluster Têxtil e Vestuário do Minho · [Política de privacidade](/privacidade) · Este site utiliza cookies. [Aceitar](#)
"""
write(F, T)
C="Cluster Têxtil e Vestuário do Minho"
gold(F,
 [P("Rui Miguel Faria Oliveira","Presidente da Direção do CTVM",C),
  P("Ana Sofia Magalhães","diretora executiva do CTVM",C),
  P("Tiago Carvalhais","gestor de projetos",C)],
 [O(C,"CTVM"), O("Resinorte"), O("CITEVE"), O("Universidade do Minho"), O("CENIT"), O("IEFP"),
  O("Câmara Municipal de Guimarães"), O("Comissão de Coordenação e Desenvolvimento Regional do Norte","CCDR-N"),
  O("Associação Têxtil e Vestuário de Portugal","ATP"), O("Riopele S.A."), O("Coelima"), O("Lameirinho"),
  O("TMG Textiles"), O("Fitecom"), O("Tintex Textiles")],
 [E("Fórum Têxtil do Minho","2039-03-12","2039-03-13","Guimarães","Portugal"),
  E("Assembleia Geral","2039-01",None,None,None)],
 ["2039/2043","2038-11-26","2038-12-15","2038-03/2038-10","2043","2039-01","2039-03-12/2039-03-13","2041","2030/2037"],
 ["O setor têxtil do Minho só manterá o emprego se duplicar o valor acrescentado por trabalhador até 2043",
  "A rastreabilidade digital dos produtos será uma exigência dos mercados europeus e deve ser tratada como oportunidade",
  "A cooperação entre pequenas confeções e as grandes fiações é a chave para responder a encomendas curtas e rápidas"],
 None)  # third pass: approval by the Direção is not a publication date (SCHEMA), as g05's adoption date is null
