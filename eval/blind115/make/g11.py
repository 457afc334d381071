from h import *
F = 'g11_debrecen_cluster_forum_conclusions.txt'
assert wd(2041,9,24)=='Tuesday' and wd(2041,9,25)=='Wednesday' and wd(2041,9,26)=='Thursday' and wd(2041,10,3)=='Thursday'
T = """CENTRAL EUROPEAN CLUSTER FORUM
7th edition · Debrecen, Hungary · 25–26 September 2041
"Clusters for resilient supply chains in the Carpathian basin"

CONFERENCE CONCLUSIONS
Adopted by the Forum's programme committee on 3 October 2041

---------------------------------------------------------------
1. The Forum in brief
---------------------------------------------------------------

The seventh Central European Cluster Forum brought 412 participants from eleven countries to the Kölcsey Centre in Debrecen. It was organised by the Debrecen Pharmaceutical Innovation Cluster (DPIC) and the University of Debrecen, with the support of the National Research, Development and Innovation Office (NKFIH) and the Hajdú-Bihar County Chamber of Commerce and Industry.

On the eve of the Forum, Tuesday 24 September, the Cluster Policy Lab brought together 26 national and regional officials responsible for cluster programmes in Hungary, Slovakia, Poland, Romania and Czechia for a closed working session at the University of Debrecen's Main Building.

Day 1 – Wednesday 25 September
09:00  Opening: Zsófia Kertész-Nagy, Chair of the Board of DPIC; Prof. Dr. László Bíró, Rector of the University of Debrecen
09:45  Keynote: "Nearshoring is not a strategy" – Pieter-Jan de Vries, Senior Economist, Organisation for Economic Co-operation and Development (OECD), Paris
11:00  Panel 1 – Supply chain risks in pharmaceuticals, batteries and food
14:00  Parallel workshops (four tracks)
17:30  Site visit to the battery materials plant of Hajdú Cathode Technologies Kft.
20:00  Forum dinner at the Aquaticum Debrecen

Day 2 – Thursday 26 September
09:00  Panel 2 – Cluster programmes after 2041: what the national agencies plan
       with Katarzyna Zielińska-Mróz (Polish Agency for Enterprise Development, PARP),
       Juraj Ďurčo (Slovak Innovation and Energy Agency, SIEA) and
       Dr. Tünde Oláh-Varga (Ministry for National Economy, Hungary)
10:30  B2B meetings (187 meetings booked through the matchmaking tool)
13:00  Conclusions and handover to the next host

---------------------------------------------------------------
2. Conclusions
---------------------------------------------------------------

The programme committee summarises the debates in five conclusions:

First, clusters in Central Europe have become important brokers of supply chain information: during the energy and raw material shocks of the past years, members turned to their cluster before turning to public authorities.

Second, cross-border cooperation between clusters in the region remains weak; most partnerships still run to Germany and Austria rather than between neighbours.

Third, national cluster programmes differ widely in duration and rules, which makes joint projects between Hungarian, Slovak, Polish and Romanian clusters hard to finance.

Fourth, skills are the bottleneck for the battery and pharmaceutical value chains alike, and clusters should be involved in the design of vocational curricula.

Finally, the Forum should evolve from a yearly conference into a standing network with a small secretariat.

---------------------------------------------------------------
3. Follow-up
---------------------------------------------------------------

The conclusions will be sent to the four national agencies present and to the European Commission. DPIC will chair a working group to prepare the secretariat; its first online meeting is scheduled for 2 December 2041. Cluster manager Gábor Szűcs-Halmi (DPIC) coordinates the follow-up.

Past editions of the Forum:
  1st – Košice, 2035
  2nd – Rzeszów, 2036
  3rd – Ostrava, 2037
  4th – Oradea, 6–7 October 2038
  5th – Nitra, 28–29 September 2039
  6th – Lublin, 10–11 October 2040

The 8th Central European Cluster Forum will be hosted in September 2042 by the Moravian-Silesian Innovation Centre in Ostrava. "We take over a forum that has grown up; now it must learn to work between the conferences," said its director, Veronika Krejčí-Hlaváčková, at the handover.

Contact: forum@dpic.example.hu · Debrecen Pharmaceutical Innovation Cluster, Egyetem tér 1, 4032 Debrecen
"""
write(F, T)
D_="Debrecen Pharmaceutical Innovation Cluster"; U="University of Debrecen"
gold(F,
 [P("Zsófia Kertész-Nagy","Chair of the Board",D_),
  P("László Bíró","Rector",U),
  P("Pieter-Jan de Vries","Senior Economist","Organisation for Economic Co-operation and Development"),
  P("Katarzyna Zielińska-Mróz",None,"Polish Agency for Enterprise Development"),
  P("Juraj Ďurčo",None,"Slovak Innovation and Energy Agency"),
  P("Tünde Oláh-Varga",None,"Ministry for National Economy"),
  P("Gábor Szűcs-Halmi","Cluster manager",D_),
  P("Veronika Krejčí-Hlaváčková","director","Moravian-Silesian Innovation Centre")],
 [O(D_,"DPIC"), O(U), O("National Research, Development and Innovation Office","NKFIH"),
  O("Hajdú-Bihar County Chamber of Commerce and Industry"), O("Organisation for Economic Co-operation and Development","OECD"),
  O("Hajdú Cathode Technologies Kft."), O("Polish Agency for Enterprise Development","PARP"),
  O("Slovak Innovation and Energy Agency","SIEA"), O("Ministry for National Economy"), O("European Commission"),
  O("Moravian-Silesian Innovation Centre")],
 [E("Central European Cluster Forum","2041-09-25","2041-09-26","Debrecen","Hungary"),
  E("Cluster Policy Lab","2041-09-24",None,"Debrecen","Hungary"),
  E("Site visit to the battery materials plant of Hajdú Cathode Technologies Kft.","2041-09-25"),
  E("Forum dinner","2041-09-25",None,"Debrecen","Hungary"),
  E("B2B meetings","2041-09-26",None,"Debrecen","Hungary"),
  E("first online meeting","2041-12-02"),
  E("Central European Cluster Forum","2035",None,"Košice","Slovakia"),
  E("Central European Cluster Forum","2036",None,"Rzeszów","Poland"),
  E("Central European Cluster Forum","2037",None,"Ostrava","Czechia"),
  E("Central European Cluster Forum","2038-10-06","2038-10-07","Oradea","Romania"),
  E("Central European Cluster Forum","2039-09-28","2039-09-29","Nitra","Slovakia"),
  E("Central European Cluster Forum","2040-10-10","2040-10-11","Lublin","Poland"),
  E("Central European Cluster Forum","2042-09",None,"Ostrava","Czechia")],
 ["2041-09-25/2041-09-26","2041-10-03","2041-09-24","2041-09-25","2041-09-26","2041","2041-12-02","2035","2036","2037",
  "2038-10-06/2038-10-07","2039-09-28/2039-09-29","2040-10-10/2040-10-11","2042-09"],
 ["clusters in Central Europe have become important brokers of supply chain information: during the energy and raw material shocks of the past years, members turned to their cluster before turning to public authorities",
  "cross-border cooperation between clusters in the region remains weak; most partnerships still run to Germany and Austria rather than between neighbours",
  "national cluster programmes differ widely in duration and rules, which makes joint projects between Hungarian, Slovak, Polish and Romanian clusters hard to finance",
  "skills are the bottleneck for the battery and pharmaceutical value chains alike, and clusters should be involved in the design of vocational curricula",
  "the Forum should evolve from a yearly conference into a standing network with a small secretariat"],
 pub="2041-10-03")
