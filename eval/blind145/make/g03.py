from h import *
F = 'g03_santarem_position_paper.md'
assert wd(2039,4,15)=='Friday' and wd(2039,6,1)=='Wednesday'
T = """[Home](/) / [Policy](/policy) / Position papers

# Clusters after 2041: what the next EU budget must get right

**Position paper of the Portuguese Network of Competitiveness Clusters (RPCC)**
Endorsed by the General Assembly held in Santarém on Friday 15 April 2039 · Published 22 April 2039

> Download: [PT version](/docs/pp-2039-pt.pdf) · [EN version](/docs/pp-2039-en.pdf) · 12 pages

---

## Who we are

The Portuguese Network of Competitiveness Clusters (Rede Portuguesa de Clusters de Competitividade, RPCC) brings together 19 recognised cluster organisations, from the Agro-Food Cluster of Ribatejo in Santarém to the Sea Economy cluster Fórum Oceano in Porto and Produtech in Matosinhos. Together they represent some 3,400 member companies, three quarters of them SMEs, and 160 universities and technology centres.

The network was founded in 2030 as an informal platform and became an association under Portuguese law in 2033; its secretariat is hosted in Lisbon and it is a member of the European Cluster Alliance.

This paper answers the European Commission's consultation on the future of cluster support under the multiannual financial framework 2042–2048 (deadline 31 May 2039). It was prepared by a working group chaired by Inês Varela Monteiro, Director of InovRibatejo – Agro-Food Cluster of Ribatejo, and discussed with the Agência Nacional de Inovação (ANI) and IAPMEI – Agência para a Competitividade e Inovação, I.P.

## Context

Since 2034 European cluster policy has moved from supporting individual cluster organisations to supporting industrial ecosystems and their transition pathways. Portuguese clusters have taken part in eleven Euroclusters and in 27 thematic smart specialisation partnerships. Our survey of members in January and February 2039 shows, however, that only 14% of member SMEs took part in an EU-funded cluster action in the last four years, and that most of them found the application procedures "disproportionate".

At the same time, our regions face different transitions: the Lezíria do Tejo and Médio Tejo are reshaping their agro-food and paper industries around water scarcity, while the North is digitising its textile and footwear base.

## Key recommendations

1. Keep a dedicated cluster strand. Cluster support should remain a visible line in the single market and competitiveness programme, not be dissolved into broad ecosystem calls.
2. Fund cluster managers, not only projects. Multi-annual operating grants of at least five years would let cluster organisations keep qualified staff between calls.
3. Simplify access for SMEs. Cascade funding through clusters should become the default for small innovation and internationalisation grants up to EUR 60,000.
4. Link European and regional money. Calls should allow regional programmes to co-finance the same cluster action without a second evaluation.
5. Measure results, not activity. The Commission and member states should agree a short common set of result indicators for cluster programmes by 2041.

## Next steps

RPCC will present this paper at the national cluster policy round table in Lisbon on Wednesday 1 June 2039, organised with the Ministry of Economy, and at the European Cluster Conference in autumn 2039. Members are invited to send comments to the secretariat by 20 May 2039.

## Signatories (Board of RPCC)

| Office | Name | Cluster |
|---|---|---|
| President | Rui Albuquerque Pinto | Produtech |
| Vice-President | Inês Varela Monteiro | InovRibatejo |
| Vice-President | Dr. Tomás de Sousa e Brito | Fórum Oceano |
| Treasurer | Ana Luísa Vaz-Guedes | Cluster Têxtil: Tecnologia e Moda |

*Contact: secretariat@rpcc.example.pt · Avenida 5 de Outubro 200, Lisboa*

[◀ Previous: Position on skills (2038)](/policy/skills-2038) · [Subscribe to policy updates](/subscribe)
"""
write(F, T)
R="Portuguese Network of Competitiveness Clusters"
gold(F,
 [P("Inês Varela Monteiro","Director","InovRibatejo"),
  P("Rui Albuquerque Pinto","President",R),
  P("Tomás de Sousa e Brito","Vice-President",R),
  P("Ana Luísa Vaz-Guedes","Treasurer",R)],
 [O(R,"RPCC"), O("Agro-Food Cluster of Ribatejo","InovRibatejo"), O("European Cluster Alliance"), O("Fórum Oceano"), O("Produtech"),
  O("European Commission"), O("Agência Nacional de Inovação","ANI"),
  O("IAPMEI – Agência para a Competitividade e Inovação, I.P.","IAPMEI"), O("Ministry of Economy"),
  O("Cluster Têxtil: Tecnologia e Moda")],
 [E("General Assembly","2039-04-15",None,"Santarém","Portugal"),
  E("national cluster policy round table","2039-06-01",None,"Lisbon","Portugal"),
  E("European Cluster Conference","2039",None,None,None)],
 ["2039-04-15","2039-04-22","2030","2033","2042/2048","2039-05-31","2034","2039-01/2039-02","2041","2039-06-01","2039","2039-05-20","2038"],
 ["Keep a dedicated cluster strand. Cluster support should remain a visible line in the single market and competitiveness programme, not be dissolved into broad ecosystem calls",
  "Fund cluster managers, not only projects. Multi-annual operating grants of at least five years would let cluster organisations keep qualified staff between calls",
  "Simplify access for SMEs. Cascade funding through clusters should become the default for small innovation and internationalisation grants up to EUR 60,000",
  "Link European and regional money. Calls should allow regional programmes to co-finance the same cluster action without a second evaluation",
  "Measure results, not activity. The Commission and member states should agree a short common set of result indicators for cluster programmes by 2041"],
 pub="2039-04-22")
