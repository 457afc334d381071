from h import *
F = 'g01_tarragona_chemistry_forum_outcome_report.md'
assert wd(2037,10,14)=='Wednesday' and wd(2037,10,15)=='Thursday' and wd(2037,11,26)=='Thursday' and wd(2038,1,20)=='Wednesday'
T = """[Skip to content](#main) · [ES](/es) · **EN** · [Newsletter](/subscribe) · [Member area](/login)

Home › Publications › Outcome reports

# Circular Chemistry Forum 2037 — Outcome Report

*Published 26 November 2037 by the Tarragona Chemical Cluster secretariat · 7 min read · PDF version (1.4 MB)*

> This report summarises the debates of the third Circular Chemistry Forum, held on Wednesday 14 and Thursday 15 October 2037 at the Palau Firal i de Congressos de Tarragona. It was prepared by the cluster team with the rapporteurs of the four tracks and approved by the Steering Board on 19 November 2037.

## 1. The forum in figures

- 412 registered participants from 19 countries, 63 % of them from companies
- 38 speakers, of whom 17 women
- 146 B2B meetings arranged through the matchmaking tool
- 4 thematic tracks, 2 site visits, 1 poster session with 29 posters

## 2. Opening

The forum was opened by **Montserrat Vidal Ferrer**, President of the Tarragona Chemical Cluster (Clúster Químic de Tarragona, CQT), who recalled that the petrochemical complex around the port still emits close to a fifth of Catalonia's industrial CO₂. **Jordi Puigvert i Sala**, Director General for Industry of the Government of Catalonia, presented the regional hydrogen roadmap, and **Heike Brandstätter**, Policy Officer in the Clusters, Social Economy and Entrepreneurship unit of DG GROW, explained how the Joint Cluster Initiatives would support cross-border value chains until 2040.

Keynote speeches followed by **Prof. Arnau Castellví**, Universitat Rovira i Virgili (URV), on plastic waste as feedstock, and by **Liesbeth Van Damme**, Chief Sustainability Officer of Essenscia Flanders, on the experience of the Antwerp platform.

## 3. Programme at a glance

| Time | Wednesday 14 October | Thursday 15 October |
|---|---|---|
| 09:00 | Registration and coffee | Track C: Water reuse |
| 09:45 | Opening session | Track D: Skills for the transition |
| 11:30 | Track A: Chemical recycling | 11:00 Site visits to the Port of Tarragona and the ENERCAT pilot plant |
| 14:30 | Track B: Renewable hydrogen | 14:00 Closing plenary and conclusions |
| 19:30 | Forum dinner at the Tarraco Arena | — |

## 4. What the tracks discussed

**Track A** heard that only a third of the plastic waste collected in the province is sorted finely enough for chemical recycling; the rest is burned or exported. **Track B** compared three electrolyser projects on the industrial estate and found that all three were waiting for the same substation upgrade. **Track C** visited the municipal treatment plant of Vila-seca, where a pilot already delivers reclaimed water to two member companies. **Track D** gathered vocational schools, temporary work agencies and plant managers, who agreed that apprenticeships in process operation are undersubscribed because young people do not know the jobs exist.

## 5. Key conclusions

The rapporteurs agreed on the following conclusions, which the Steering Board adopted without amendment:

1. Chemical recycling will only scale in the region if a shared collection and sorting hub for mixed plastics is built before 2030 levels of waste are locked in.
2. Renewable hydrogen for the complex depends more on grid connection permits than on electrolyser costs.
3. Treated urban wastewater can cover up to 40 % of the complex's cooling water demand within five years.
4. Small suppliers are missing from the decarbonisation projects of the large producers and need a dedicated entry point.
5. The skills gap for process operators is now more urgent than the gap for researchers.

## 6. Recommendations

To the **Government of Catalonia**: set up a one-stop permit office for industrial hydrogen and grid projects by the end of 2038.

To the **Port Authority of Tarragona**: reserve land for a plastics sorting hub in the next port master plan 2039–2044.

To the **European Commission**: open the next call of the Joint Cluster Initiatives to consortia led by chemical clusters from Mediterranean regions.

To **members**: join the supplier register that the cluster will open in January 2038.

## 7. Voices from the forum

"Ten years ago we competed for the same pipeline. Today we share the same problem, and that is a reason to share the solution," said **Ramon Escoda Pujol**, Site Director of Petroquímica del Camp S.A.

**Dr. Carla Mestres**, head of the Chemistry Technology Centre of Catalonia (Eurecat Chemistry), presented the ENERCAT pilot plant, which turned 300 tonnes of mixed plastics into pyrolysis oil in its first year.

## 8. Next steps

- A working group on the sorting hub meets for the first time on 20 January 2038 (chair: **Núria Balcells**, Cluster Manager, CQT).
- The cluster will publish a follow-up note on the hydrogen permits in March 2038.
- The fourth Circular Chemistry Forum is planned for October 2038 in Reus.

## Previous editions

- Circular Chemistry Forum 2035 — Tarragona, 22–23 October 2035 — outcome report (PDF)
- Circular Chemistry Forum 2036 — Reus, 6–7 October 2036 — outcome report (PDF)

## Partners

Organised by the Tarragona Chemical Cluster with the support of the Tarragona Chamber of Commerce, ACCIÓ – Agency for Business Competitiveness, the Port Authority of Tarragona and the Chemical Business Association of Tarragona (AEQT).

Photos: © Marc Roig / CQT

---
**Contact** · Núria Balcells · Cluster Manager · n.balcells@cqt.cat · +34 977 55 10 20
Share: [LinkedIn](#) · [X](#) · [E-mail](#)

© 2037 Clúster Químic de Tarragona · [Privacy](#) · [Cookies](#) · [Legal notice](#)
"""
write(F, T)
CQT='Tarragona Chemical Cluster'
gold(F,
 [P('Montserrat Vidal Ferrer','President',CQT),
  P('Jordi Puigvert i Sala','Director General for Industry','Government of Catalonia'),
  P('Heike Brandstätter','Policy Officer','DG GROW'),
  P('Arnau Castellví',None,'Universitat Rovira i Virgili'),
  P('Liesbeth Van Damme','Chief Sustainability Officer','Essenscia Flanders'),
  P('Ramon Escoda Pujol','Site Director','Petroquímica del Camp S.A.'),
  P('Carla Mestres','head','Chemistry Technology Centre of Catalonia'),
  P('Núria Balcells','Cluster Manager','CQT'),
  P('Marc Roig')],
 [O(CQT,'CQT'),O('Government of Catalonia'),O('DG GROW'),O('Universitat Rovira i Virgili','URV'),O('Essenscia Flanders'),
  O('Port Authority of Tarragona'),O('European Commission'),O('Petroquímica del Camp S.A.'),
  O('Chemistry Technology Centre of Catalonia','Eurecat Chemistry'),O('Tarragona Chamber of Commerce'),
  O('ACCIÓ – Agency for Business Competitiveness','ACCIÓ'),O('Chemical Business Association of Tarragona','AEQT'),
  O('Clusters, Social Economy and Entrepreneurship unit')],
 [E('Circular Chemistry Forum 2037','2037-10-14','2037-10-15','Tarragona','Spain'),
  E('site visits','2037-10-15',None,'Tarragona','Spain'),
  E('Forum dinner','2037-10-14',None,'Tarragona','Spain'),
  E('working group on the sorting hub','2038-01-20'),
  E('fourth Circular Chemistry Forum','2038-10',None,'Reus','Spain'),
  E('Circular Chemistry Forum 2035','2035-10-22','2035-10-23','Tarragona','Spain'),
  E('Circular Chemistry Forum 2036','2036-10-06','2036-10-07','Reus','Spain')],
 ['2037-11-26','2037-10-14/2037-10-15','2037-11-19','2040','2030','2038','2039/2044','2038-01','2038-01-20','2038-03','2038-10','2035-10-22/2035-10-23','2036-10-06/2036-10-07'],
 ['Chemical recycling will only scale in the region if a shared collection and sorting hub for mixed plastics is built before 2030 levels of waste are locked in',
  "Renewable hydrogen for the complex depends more on grid connection permits than on electrolyser costs",
  "Treated urban wastewater can cover up to 40 % of the complex's cooling water demand within five years",
  'Small suppliers are missing from the decarbonisation projects of the large producers and need a dedicated entry point',
  'The skills gap for process operators is now more urgent than the gap for researchers',
  'set up a one-stop permit office for industrial hydrogen and grid projects by the end of 2038',
  'reserve land for a plastics sorting hub in the next port master plan 2039–2044',
  'open the next call of the Joint Cluster Initiatives to consortia led by chemical clusters from Mediterranean regions',
  'join the supplier register that the cluster will open in January 2038'],
 pub='2037-11-26')
