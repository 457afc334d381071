from h import *
F = 'g11_kosice_it_ecosystem_study.txt'
assert wd(2038,3,15)=='Monday' and wd(2038,4,8)=='Thursday'
T = """Košice IT Valley – Knowledge Base
Home | Members | Projects | Publications | Events | Join us | SK | EN

Publications > Studies > The Eastern Slovakia digital ecosystem 2038: summary

THE EASTERN SLOVAKIA DIGITAL ECOSYSTEM 2038
Summary of the study

Published on 15.03.2038 | Study period: June 2037 – January 2038 | 12 min read

Commissioned by Košice IT Valley, z.z.p.o. and the Košice Self-Governing Region (KSK), the study was carried out by a research team of the Technical University of Košice (TUKE), Faculty of Economics, led by doc. Ing. Martina Horňáková, PhD, with Peter Szabó-Kováč and Dr. Natalia Wróblewska of the Polish partner, Rzeszów University of Technology. It is the third study of its kind after the editions of 2028 and 2033.

WHY THIS STUDY

Fifteen years ago the IT sector in Košice was built largely on large service centres of foreign companies. Since then, dozens of local software firms have been founded, and the region now wants to know whether the ecosystem can grow on its own if the service centres shrink. The study covers the Košice and Prešov regions.

WHAT WE DID

- Analysed data from the Statistical Office of the Slovak Republic and the Finstat company database on 1,287 IT companies
- Surveyed 214 companies and 1,030 IT professionals
- Interviewed 28 founders, managers and representatives of universities and public bodies
- Held a validation workshop with cluster members in Košice on 26 January 2038

KEY FINDINGS

1. The sector employs around 19,400 people in the two regions, 11 percent more than in 2033, but growth has slowed since 2036
2. Locally owned firms now generate a third of the sector's turnover, up from a fifth five years ago
3. Every second company reports that it cannot find senior developers; salaries in Košice have almost reached those in Bratislava
4. Only 14 percent of companies cooperate with a university on research; most cooperation is limited to internships
5. Companies in Prešov and smaller towns feel left out of the cluster's activities, which are concentrated in Košice

WHAT THE AUTHORS RECOMMEND

The team proposes that the cluster and the region should:
- launch a joint programme with TUKE and the Pavol Jozef Šafárik University for retraining graduates of other fields as developers;
- open a branch office of the cluster in Prešov, together with the Prešov Self-Governing Region;
- create a small-grant scheme for joint research between local firms and universities;
- promote the region abroad as a place for remote work, aiming at Slovak IT professionals who have left the country.

REACTIONS

"The numbers confirm what we hear from members every week," said Ján Vološin, Executive Director of Košice IT Valley. "The question is no longer whether there is work, but whether there are people." Zuzana Hrabovská-Takáčová, Vice-President of the KSK responsible for regional development, said the recommendations would feed into the region's programme for the years 2039–2045.

Daniel Mráz, Chairman of the cluster's Board and founder of the software company Cassovia Code s.r.o., added that the Prešov office was "overdue".

NEXT STEPS

The study will be discussed at the cluster's General Assembly on Thursday 8 April 2038 and presented at the Slovak Cluster Association's annual conference in Žilina in May. A Slovak version of the full study (84 pages) is available to members; an English summary will be prepared for the European Cluster Collaboration Platform.

Download: Summary (PDF, 900 kB) | Full study – members only

Tags: study, skills, ecosystem, Prešov, Košice
Share: LinkedIn | Facebook | Copy link

Košice IT Valley, z.z.p.o. | Hlavná 8, 040 01 Košice | info@itvalley.example.sk
Cookies | Privacy | Statutes | © 2038
"""
write(F, T)
K="Košice IT Valley, z.z.p.o."; T_="Technical University of Košice"
gold(F,
 [P("Martina Horňáková",None,T_),
  P("Peter Szabó-Kováč",None,T_),
  P("Natalia Wróblewska",None,"Rzeszów University of Technology"),
  P("Ján Vološin","Executive Director","Košice IT Valley"),
  P("Zuzana Hrabovská-Takáčová","Vice-President","KSK"),
  P("Daniel Mráz","Chairman","Košice IT Valley")],
 [O(K), O("Košice Self-Governing Region","KSK"), O(T_,"TUKE"), O("Faculty of Economics"),
  O("Rzeszów University of Technology"), O("Statistical Office of the Slovak Republic"), O("Finstat"),
  O("Pavol Jozef Šafárik University"), O("Prešov Self-Governing Region"), O("Cassovia Code s.r.o."),
  O("Slovak Cluster Association"), O("European Cluster Collaboration Platform")],
 [E("validation workshop","2038-01-26",None,"Košice","Slovakia"),
  E("General Assembly","2038-04-08",None,None,None),
  E("Slovak Cluster Association's annual conference","2038-05",None,"Žilina","Slovakia")],
 ["2038-03-15","2037-06/2038-01","2028","2033","2038-01-26","2036","2039/2045","2038-04-08","2038-05"],
 ["The sector employs around 19,400 people in the two regions, 11 percent more than in 2033, but growth has slowed since 2036",
  "Locally owned firms now generate a third of the sector's turnover, up from a fifth five years ago",
  "Every second company reports that it cannot find senior developers; salaries in Košice have almost reached those in Bratislava",
  "Only 14 percent of companies cooperate with a university on research; most cooperation is limited to internships",
  "Companies in Prešov and smaller towns feel left out of the cluster's activities, which are concentrated in Košice",
  "launch a joint programme with TUKE and the Pavol Jozef Šafárik University for retraining graduates of other fields as developers",
  "open a branch office of the cluster in Prešov, together with the Prešov Self-Governing Region",
  "create a small-grant scheme for joint research between local firms and universities",
  "promote the region abroad as a place for remote work, aiming at Slovak IT professionals who have left the country"],
 pub="2038-03-15")
