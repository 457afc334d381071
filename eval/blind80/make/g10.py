from h import *
F = 'g10_bierzo_leon_metal_clusters_study_summary.txt'
FIND = [
 "Cluster members are more productive than comparable non-members, but the gap has narrowed since 2030 as the strongest firms have grown beyond what the clusters offer them.",
 "Three in four member companies say the clusters' most useful service is access to contacts and information; only one in five uses the technical services.",
 "The four clusters overlap in membership and services: 38 companies belong to two or more of them and pay several fees for similar offers.",
 "Public funding still covers 61 per cent of the clusters' budgets on average, which makes them vulnerable to changes in regional programmes.",
 "Small suppliers in the former mining areas of the Laciana and Fabero valleys are under-represented in all four clusters.",
 "The clusters have not yet built the data and skills needed to support members in the decarbonisation of steel-based value chains.",
]
RECS = [
 "Merge the back offices of the four clusters into a shared service platform by 2036, while keeping their sector identities.",
 "Introduce a single membership fee that gives access to the services of all four clusters.",
 "Create a joint decarbonisation desk with the University of León and the Fundación Ciudad de la Energía (CIUDEN).",
 "Tie at least 30 per cent of regional cluster funding to measured results for members.",
 "Run an outreach programme for small suppliers in the former mining valleys, with reduced fees for the first two years.",
]
T = """BIERZO AND LEÓN METALWORKING AND ENERGY CLUSTERS: AN ASSESSMENT FOR THE NEXT PROGRAMMING PERIOD
Summary of findings and recommendations

Commissioned by: Instituto para la Competitividad Empresarial de Castilla y León (ICE)
Carried out by: Nortia Economics S.L., León, in cooperation with the Institute for Regional Studies at the University of León
Date of final report: 16 February 2035
Authors: Dr. Covadonga Álvarez-Prida Menéndez (team leader), Iñigo Aranburu Etxeberria, Dr. Marta Fernández de la Llana, Olga Petrenko

1. Background

The province of León has supported cluster organisations since the early 2000s. Four of them work for the metalworking, capital goods and energy industries that still account for roughly a quarter of the industrial jobs in El Bierzo and the León plain: the Bierzo Metal Cluster (METALBI), the Cluster of Capital Goods Manufacturers of León (BIENLEON), the León Wind Energy Cluster (EOLEON) and the Bierzo Hydrogen Valley Association (BHVA). Together they count 312 member organisations.

In July 2034 ICE asked for an independent assessment of the four clusters before the design of the regional cluster programme for 2036–2041. The study had three questions: what the clusters deliver to their members, how efficiently they are organised, and how they should change to support the energy transition of the region's heavy industry.

The context has changed sharply since the last programme was designed. The closure of the last coal power stations, the arrival of large electrolyser projects on the former power station sites and the growth of wind component manufacturing in Ponferrada and Cubillos del Sil have created new opportunities for suppliers, but also new demands for certification, digital skills and capital. Many member firms are family-owned and have fewer than fifty employees.

2. Method

The team surveyed all 312 members between September and November 2034 (response rate 46 per cent), interviewed 41 managers, cluster staff and public officials, and compared company data for members and non-members over the period 2026–2033. Two validation workshops were held with the cluster boards, in Ponferrada on 9 December 2034 and in León on 13 January 2035. A steering group chaired by Beatriz Suárez Canteli, Director of Business Competitiveness at ICE, followed the work; its members included Javier Menéndez Riera of the Federación Leonesa de Empresarios (FELE) and Prof. Dr. Ramón González-Sela of the University of León.

3. Findings

The analysis leads to the following main findings:

""" + "\n".join(f"3.{i}  {f}" for i, f in enumerate(FIND, 1)) + """

The cluster managers interviewed largely recognised these findings. Luis Ángel Cueto, manager of METALBI, told the team that "members want fewer meetings and more projects", while Sonia Rodríguez Iglesias, general manager of BHVA, stressed that the hydrogen cluster was "too young to be judged by the same yardstick". Ignacio del Valle Ferrero, president of BIENLEON and chief executive of Talleres del Valle S.A., warned against "a merger decided from above".

4. Recommendations

On the basis of the findings, the study team recommends that ICE and the four clusters:

""" + "\n".join(f"R{i}. {r}" for i, r in enumerate(RECS, 1)) + """

The study team considered, and rejected, a full merger of the four clusters into a single organisation. The members' survey shows strong attachment to the sector identities, and the experience of other regions suggests that large mergers absorb management attention for several years.

5. Next steps

The findings were presented to the boards of the four clusters on 2 March 2035 in Ponferrada and to the Castilla y León Industrial Council on 20 March 2035. ICE will take the recommendations into account in the call for the cluster programme, expected in the autumn of 2035. A follow-up assessment is planned for 2038.

The full report (148 pages, in Spanish) and its statistical annex can be requested from ICE, Parque Tecnológico de León.

Contact at Nortia Economics S.L.: Dr. Covadonga Álvarez-Prida Menéndez, cap@nortia.example.es

Page 1 of 1
"""
write(F, T)
S = "Instituto para la Competitividad Empresarial de Castilla y León"
gold(F,
 [P("Covadonga Álvarez-Prida Menéndez", "team leader", "Nortia Economics S.L."),
  P("Iñigo Aranburu Etxeberria", None, None), P("Marta Fernández de la Llana", None, None), P("Olga Petrenko", None, None),
  P("Beatriz Suárez Canteli", "Director of Business Competitiveness", "ICE"),
  P("Javier Menéndez Riera", None, "Federación Leonesa de Empresarios"),
  P("Ramón González-Sela", None, "University of León"),
  P("Luis Ángel Cueto", "manager", "METALBI"),
  P("Sonia Rodríguez Iglesias", "general manager", "BHVA"),
  P("Ignacio del Valle Ferrero", "president", "BIENLEON")],
 [O(S, "ICE"), O("Nortia Economics S.L."), O("Institute for Regional Studies"), O("University of León"),
  O("Bierzo Metal Cluster", "METALBI"), O("Cluster of Capital Goods Manufacturers of León", "BIENLEON"),
  O("León Wind Energy Cluster", "EOLEON"), O("Bierzo Hydrogen Valley Association", "BHVA"),
  O("Federación Leonesa de Empresarios", "FELE"), O("Talleres del Valle S.A."), O("Fundación Ciudad de la Energía", "CIUDEN"),
  O("Castilla y León Industrial Council"), O("Parque Tecnológico de León")],
 [E("validation workshop", "2034-12-09", None, "Ponferrada", "Spain"),
  E("validation workshop", "2035-01-13", None, "León", "Spain"),
  E("presented to the boards of the four clusters", "2035-03-02", None, "Ponferrada", "Spain"),
  E("Castilla y León Industrial Council", "2035-03-20")],
 ["2035-02-16", "2034-07", "2036/2041", "2034-09/2034-11", "2026/2033", "2034-12-09", "2035-01-13", "2030", "2036",
  "2035-03-02", "2035-03-20", "2035", "2038"],
 [f.rstrip('.') for f in FIND] + [r.rstrip('.') for r in RECS])
