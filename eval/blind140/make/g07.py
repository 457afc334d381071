from h import *
F = 'g07_pazardzhik_supplier_study_summary.txt'
assert wd(2036,9,16)=='Tuesday' and wd(2036,10,2)=='Thursday'
T = """UPPER THRACE OPTICS AND MECHATRONICS CLUSTER
Study summary | Supplier development in Pazardzhik district

Published: 2 October 2036
Prepared by: Balkan Economic Analysis Centre (BEAC), Sofia
Commissioned by: Upper Thrace Optics and Mechatronics Cluster (UTOMC), Pazardzhik
Authors: Dr. Vesela Dimitrova-Karaivanova (team leader), Nikolay Stoyanov, Emine Hasanova

Home > Publications > Studies > Supplier development 2036
[Download full report (PDF, 2.3 MB)] [Print] [Share]

ABOUT THE STUDY

Optics, precision mechanics and mechatronics have become the main growth sector of Pazardzhik district over the last twenty years. Around Panagyurishte, Pazardzhik and Velingrad, more than 90 companies now make lenses, laser components, sighting devices and motion control systems, many of them for customers in Germany, Italy and Japan. The cluster commissioned this study to understand why so few of the parts these companies buy are made in the region, and what would help local suppliers to take a larger share.

The team interviewed the purchasing managers of 37 companies between March and June 2036, analysed the purchase records of the eight largest manufacturers and ran a validation workshop with 41 participants in Panagyurishte on Tuesday 16 September 2036.

KEY FINDINGS

- Only 14% of the value of components bought by the eight largest manufacturers comes from suppliers in the district; 61% is imported from outside Bulgaria
- Local machining workshops are competitive on price but rarely meet the documentation and traceability demands of aerospace and medical customers
- Most small suppliers have never been audited by a large customer and do not know which certificates they would need
- Surface coating, precision grinding and electronics assembly are the three largest gaps in the local supply chain
- Companies name the lack of skilled operators, not finance, as their first obstacle to growth

RECOMMENDATIONS

The authors recommend that the cluster and its partners:
1. Launch a supplier qualification programme with joint audits for 20 local workshops over two years
2. Create a shared metrology laboratory with the Technical University of Sofia, Plovdiv branch
3. Organise yearly "meet the buyer" days where the large manufacturers publish their sourcing needs
4. Ask the Ministry of Innovation and Growth to open the next cluster support call to supplier development projects
5. Work with the Pazardzhik Vocational School of Mechatronics on a two-year programme for CNC operators

WHAT PEOPLE SAID

"For twenty years we have grown by buying abroad what we could not find here. That was fine when we were small. Now the distance costs us time," said Hristo Gavrilov, purchasing director at Optix Panagyurishte AD and member of the cluster's management board.

Georgi Manolov, Chairman of the Board of the cluster, welcomed the study: "It gives us, for the first time, numbers instead of impressions."

BACKGROUND: THE UPPER THRACE INDUSTRY DAYS

The findings will be discussed at the 7th Upper Thrace Industry Days on 19–20 November 2036 in Pazardzhik. Earlier editions:
- 2035 – Plovdiv (6th edition, "Automation for small plants")
- 2034 – Velingrad (5th edition)

ABOUT THE CLUSTER

The Upper Thrace Optics and Mechatronics Cluster was registered in 2034 and has 48 members: 39 companies, the Bulgarian Academy of Sciences' Institute of Optical Materials and Technologies, two vocational schools, the Municipality of Panagyurishte, the Pazardzhik Chamber of Commerce and Industry and three service providers. Executive director: Stanislava Peneva.

The study was co-financed by the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA).

Contact: office@utomc.example.bg | ul. Bulgaria 00, 4400 Pazardzhik
(c) 2036 UTOMC. All rights reserved. | Privacy | Cookies
"""
write(F, T)
C="Upper Thrace Optics and Mechatronics Cluster"
gold(F,
 [P("Vesela Dimitrova-Karaivanova","team leader","Balkan Economic Analysis Centre"),
  P("Nikolay Stoyanov",None,"Balkan Economic Analysis Centre"),
  P("Emine Hasanova",None,"Balkan Economic Analysis Centre"),
  P("Hristo Gavrilov","purchasing director","Optix Panagyurishte AD"),
  P("Georgi Manolov","Chairman of the Board",C),
  P("Stanislava Peneva","Executive director",C)],
 [O(C,"UTOMC"), O("Balkan Economic Analysis Centre","BEAC"), O("Technical University of Sofia, Plovdiv branch"),
  O("Ministry of Innovation and Growth"), O("Pazardzhik Vocational School of Mechatronics"), O("Optix Panagyurishte AD"),
  O("Institute of Optical Materials and Technologies"), O("Municipality of Panagyurishte"),
  O("Pazardzhik Chamber of Commerce and Industry"), O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("Bulgarian Academy of Sciences")],
 [E("validation workshop","2036-09-16",None,"Panagyurishte","Bulgaria"),
  E("7th Upper Thrace Industry Days","2036-11-19","2036-11-20","Pazardzhik","Bulgaria"),
  E("Upper Thrace Industry Days","2035",None,"Plovdiv","Bulgaria"),
  E("Upper Thrace Industry Days","2034",None,"Velingrad","Bulgaria")],
 ["2036-10-02","2036-03/2036-06","2036-09-16","2036-11-19/2036-11-20","2035","2034"],
 ["Only 14% of the value of components bought by the eight largest manufacturers comes from suppliers in the district; 61% is imported from outside Bulgaria",
  "Local machining workshops are competitive on price but rarely meet the documentation and traceability demands of aerospace and medical customers",
  "Most small suppliers have never been audited by a large customer and do not know which certificates they would need",
  "Surface coating, precision grinding and electronics assembly are the three largest gaps in the local supply chain",
  "Companies name the lack of skilled operators, not finance, as their first obstacle to growth",
  "Launch a supplier qualification programme with joint audits for 20 local workshops over two years",
  "Create a shared metrology laboratory with the Technical University of Sofia, Plovdiv branch",
  "Organise yearly \"meet the buyer\" days where the large manufacturers publish their sourcing needs",
  "Ask the Ministry of Innovation and Growth to open the next cluster support call to supplier development projects",
  "Work with the Pazardzhik Vocational School of Mechatronics on a two-year programme for CNC operators"],
 pub="2036-10-02")
