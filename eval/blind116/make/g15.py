from h import *
F = 'g15_tarnow_chemical_cluster_visit.txt'
assert wd(2034,10,17)=='Tuesday' and wd(2034,10,18)=='Wednesday' and wd(2034,10,19)=='Thursday' and wd(2035,3,14)=='Wednesday'
T = """Małopolska Regional Development Agency – News
Home > News > Business and innovation > Hungarian chemical cluster visits Tarnów

Hungarian chemical cluster visits Tarnów: three days of plants, labs and B2B talks
24.10.2034 | Author: Karolina Wójcik-Staszewska, MARR Press Office | Print | Share

A 16-member delegation of the Hungarian Chemical and Plastics Cluster (Vegyipari és Műanyagipari Klaszter, VMK) from Kazincbarcika visited Tarnów from 17 to 19 October 2034 at the invitation of the Małopolska Chemical Cluster (MKCh). The study visit was organised under the Interreg Central Europe project CHEM-TRANS, in which both clusters are partners, and with the support of the Małopolska Regional Development Agency (MARR S.A.).

The delegation was led by Dr. Kovácsné Erdős Judit, managing director of VMK, and Zoltán Hegedűs, mayor's advisor for industry at Kazincbarcika City Hall. On the Polish side, the guests were welcomed by Bartłomiej Nowak-Zawadzki, President of the Management Board of MKCh, and by Anna Kulig, Deputy Marshal of the Małopolska Region.

Programme
Tuesday 17 October
14:00 Welcome at the Tarnów Industrial Cluster office, presentation of both clusters
16:00 Guided tour of the Tarnów Science and Technology Park
19:00 Welcome dinner hosted by the Mayor of Tarnów

Wednesday 18 October
09:00 Study visit to Grupa Azoty S.A. – nitrogen fertiliser and plastics plants in Mościce
13:00 Lunch
14:30 Visit to the Łukasiewicz Research Network – Institute of Heavy Organic Synthesis "Blachownia" laboratory branch in Tarnów
17:00 Round table "Decarbonising the chemical industry in old industrial regions" with Prof. Tadeusz Olech (Cracow University of Technology)

Thursday 19 October
09:00 B2B meetings between Hungarian and Polish companies (organised with the Enterprise Europe Network – Małopolska)
12:30 Closing session and departure

"Both our regions grew around a single big chemical plant, and both have to reinvent it now," said Dr. Kovácsné Erdős. "We came to learn how Tarnów works with its research institutes – in Borsod we are only starting."

Results of the visit
- 27 bilateral B2B meetings held on Thursday
- a letter of intent signed between VMK and MKCh on joint training for process operators
- two Hungarian SMEs invited for follow-up meetings with Grupa Azoty's procurement department

Bartłomiej Nowak-Zawadzki noted that MKCh now has 41 members, including eight from outside Małopolska, and that the cluster is preparing its application for the national Key Cluster status in 2035. "International visits such as this one are part of the evidence we must show," he said. He also thanked the staff of the Tarnów Science and Technology Park, who arranged the laboratory visits at short notice after a scheduled plant tour had to be moved for safety reasons.

The return visit of a Polish delegation to Kazincbarcika and Miskolc is planned for 14 March 2035 (Wednesday), combined with the CHEM-TRANS partner meeting hosted by the University of Miskolc. The next CHEM-TRANS transnational workshop will be held in Ústí nad Labem in June 2035.

Background: CHEM-TRANS (2033–2036) brings together nine partners from Poland, Hungary, Czechia, Slovakia and Germany, led by the Saxony chemical industry association Chemiedreieck Mitteldeutschland e.V. It aims to help chemical regions in Central Europe move towards low-carbon production and circular use of plastics.

Photo gallery (18 photos) >>
Contact: Department of International Cooperation, MARR S.A., ul. Kordylewskiego 11, Kraków
Tags: clusters, chemical industry, Tarnów, Hungary, Interreg Central Europe
Related: "Małopolska clusters at the Hannover Messe" (12.04.2034) | "New call for cluster vouchers" (02.09.2034)
"""
write(F, T)
K = "Małopolska Chemical Cluster"
gold(F,
 [P("Karolina Wójcik-Staszewska",None,"MARR Press Office"),
  P("Kovácsné Erdős Judit","managing director","VMK"),
  P("Zoltán Hegedűs","mayor's advisor for industry","Kazincbarcika City Hall"),
  P("Bartłomiej Nowak-Zawadzki","President of the Management Board",K),
  P("Anna Kulig","Deputy Marshal of the Małopolska Region",None),
  P("Tadeusz Olech",None,"Cracow University of Technology")],
 [O("Małopolska Regional Development Agency","MARR S.A."), O("MARR Press Office"),
  O("Hungarian Chemical and Plastics Cluster","VMK"), O(K,"MKCh"), O("Kazincbarcika City Hall"),
  O("Tarnów Industrial Cluster"), O("Tarnów Science and Technology Park"), O("Grupa Azoty S.A."), O("Łukasiewicz Research Network"),
  O("Institute of Heavy Organic Synthesis \"Blachownia\""), O("Cracow University of Technology"),
  O("Enterprise Europe Network – Małopolska"), O("University of Miskolc"),
  O("Chemiedreieck Mitteldeutschland e.V."), O("Department of International Cooperation")],
 [E("study visit","2034-10-17","2034-10-19","Tarnów","Poland"),
  E("Welcome at the Tarnów Industrial Cluster office","2034-10-17",None,"Tarnów","Poland"),
  E("Guided tour of the Tarnów Science and Technology Park","2034-10-17",None,"Tarnów","Poland"),
  E("Welcome dinner","2034-10-17",None,"Tarnów","Poland"),
  E("Study visit to Grupa Azoty S.A.","2034-10-18",None,"Mościce","Poland"),
  E("Visit to the Łukasiewicz Research Network – Institute of Heavy Organic Synthesis \"Blachownia\" laboratory branch in Tarnów","2034-10-18",None,"Tarnów","Poland"),
  E("Round table \"Decarbonising the chemical industry in old industrial regions\"","2034-10-18",None,"Tarnów","Poland"),
  E("B2B meetings","2034-10-19",None,"Tarnów","Poland"),
  E("return visit of a Polish delegation to Kazincbarcika and Miskolc","2035-03-14",None,"Kazincbarcika, Miskolc","Hungary"),
  E("CHEM-TRANS partner meeting","2035-03-14",None,"Miskolc","Hungary"),
  E("CHEM-TRANS transnational workshop","2035-06",None,"Ústí nad Labem","Czechia"),
  E("Hannover Messe",None,None,"Hannover","Germany")],
 ["2034-10-24","2034-10-17/2034-10-19","2034-10-17","2034-10-18","2034-10-19","2035","2035-03-14","2035-06","2033/2036","2034-04-12","2034-09-02"],
 [], pub="2034-10-24")
