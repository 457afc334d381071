from h import *
F = 'g11_navarre_agrifood_cluster_study-pdf.txt'
assert wd(2036,11,25)=='Tuesday'
T = """NAGRIFOOD – Agri-food Cluster of Navarre                                   Study summary | November 2036


                    DIGITAL MATURITY OF AGRI-FOOD SMEs IN NAVARRE
                           AND THE ROLE OF THE CLUSTER

                          Executive summary of the study
              carried out for NAGRIFOOD by the Public University of
              Navarre (UPNA), Institute for Advanced Research in Business
                          and Economics (INARBE)

                              Pamplona, 25 November 2036



Authors: Dr. Itziar Goñi Zabalza (UPNA, project lead), Dr. Javier Martínez
de Morentin (UPNA), Leire Arbizu Echarri (NAGRIFOOD, Innovation
Manager)
Steering group: Miren Ollo Garde (Director, NAGRIFOOD), Fermín Ibarrola
(Department of Economic and Business Development, Government of Na-
varre), Ana Belén Sanz (Navarre Institute of Agri-food Technologies and
Infrastructures, INTIA)

The study was co-financed by the Government of Navarre through the sup-
port programme for cluster organisations 2035–2037.

                                                                          1
________________________________________________________________________________
NAGRIFOOD – Digital maturity study 2036                                        Page 2


1. BACKGROUND AND METHOD

The Agri-food Cluster of Navarre (NAGRIFOOD) groups 112 companies, tech-
nology centres and public bodies of the food value chain of the Foral
Community. In its Strategic Plan 2034–2038 the cluster commits to help-
ing its members with the digital transition, but until now it lacked
reliable data on where members actually stand.

Between March and June 2036 the research team surveyed 164 agri-food
SMEs in Navarre (response rate 38%), of which 71 are cluster members.
The survey used the Digital Maturity Assessment tool of the European
Digital Innovation Hubs network, adapted to food processing. In addi-
tion, 22 in-depth interviews were held with managers and with the
Navarre Digital Innovation Hub (Navarra DIH) and the National Centre
for Food Technology and Safety (CNTA) in San Adrián. Results were dis-
cussed with members in a validation workshop in Tudela on 14 October
2036.

2. KEY FINDINGS

- Only 18% of agri-food SMEs reach an "advanced" level of digital
maturity; 47% remain at a "basic" level
- Cluster members score on average 11 points higher than non-members
on the 100-point index, mostly because of better data management
- Production is the most digitalised area, while sales and customer
relations lag far behind
- Lack of skilled staff is the main barrier for 62% of companies, ahead
of cost (48%) and lack of time (41%)
- Only one company in five uses the data it already collects to take
decisions about production planning
- Small firms with fewer than 20 employees hardly use public support
for digitalisation, mainly because they do not know it exists

                                                                          2
________________________________________________________________________________
NAGRIFOOD – Digital maturity study 2036                                        Page 3


3. RECOMMENDATIONS

For the cluster:
a) Offer a free, short digital diagnosis to every member within two
years, in cooperation with Navarra DIH
b) Create a shared data analyst service for small members, paid by
use
c) Organise exchange visits to advanced members so that peers can learn
from each other

For public administrations:
d) Simplify the application forms of the digitalisation support line
and accept joint applications through the cluster
e) Finance training in data skills for operators and middle managers,
not only for engineers

4. NEXT STEPS

The results will be presented to members at the NAGRIFOOD General As-
sembly on 18 December 2036 in Pamplona. Miren Ollo Garde, Director of
NAGRIFOOD, said: "The figures confirm what many of us suspected, but
now we know exactly where to begin. The shared data analyst will be our
first pilot in 2037."

The full report (86 pages, in Spanish) can be requested at info@nagri-
food.example.es. An English version of this summary was prepared with
the help of the cluster's partners in the Interreg Europe project
FOOD-DIGI, in particular Region Skåne and the Lower Austrian busi-
ness agency ecoplus.

Contact: Leire Arbizu Echarri, Innovation Manager, NAGRIFOOD
Calle Arcadio María Larraona 1, 31008 Pamplona | +34 948 000 000

                                                                          3
"""
write(F, T)
N = "NAGRIFOOD"
gold(F,
 [P("Itziar Goñi Zabalza","project lead","UPNA"), P("Javier Martínez de Morentin",None,"UPNA"),
  P("Leire Arbizu Echarri","Innovation Manager",N), P("Miren Ollo Garde","Director",N),
  P("Fermín Ibarrola",None,"Department of Economic and Business Development"), P("Ana Belén Sanz",None,"INTIA")],
 [O("Agri-food Cluster of Navarre","NAGRIFOOD"), O("Public University of Navarre","UPNA"),
  O("Institute for Advanced Research in Business and Economics","INARBE"),
  O("Department of Economic and Business Development"), O("Government of Navarre"),
  O("Navarre Institute of Agri-food Technologies and Infrastructures","INTIA"),
  O("European Digital Innovation Hubs network"), O("Navarre Digital Innovation Hub","Navarra DIH"),
  O("National Centre for Food Technology and Safety","CNTA"), O("Region Skåne"), O("ecoplus")],
 [E("validation workshop","2036-10-14",None,"Tudela","Spain"),
  E("NAGRIFOOD General Assembly","2036-12-18",None,"Pamplona","Spain")],
 ["2036-11","2036-11-25","2035/2037","2034/2038","2036-03/2036-06","2036-10-14","2036-12-18","2037"],
 ["Only 18% of agri-food SMEs reach an \"advanced\" level of digital maturity; 47% remain at a \"basic\" level",
  "Cluster members score on average 11 points higher than non-members on the 100-point index, mostly because of better data management",
  "Production is the most digitalised area, while sales and customer relations lag far behind",
  "Lack of skilled staff is the main barrier for 62% of companies, ahead of cost (48%) and lack of time (41%)",
  "Only one company in five uses the data it already collects to take decisions about production planning",
  "Small firms with fewer than 20 employees hardly use public support for digitalisation, mainly because they do not know it exists",
  "Offer a free, short digital diagnosis to every member within two years, in cooperation with Navarra DIH",
  "Create a shared data analyst service for small members, paid by use",
  "Organise exchange visits to advanced members so that peers can learn from each other",
  "Simplify the application forms of the digitalisation support line and accept joint applications through the cluster",
  "Finance training in data skills for operators and middle managers, not only for engineers"], "2036-11-25")
