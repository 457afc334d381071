from h import *
F = 'g15_torun_ict_cluster_board_elections.txt'
assert wd(2036,10,2)=='Thursday' and wd(2036,10,16)=='Thursday' and wd(2036,11,18)=='Tuesday'
T = """PRESS RELEASE
Vistula ICT Cluster elects new board – first woman president in the cluster's history

Toruń, 6 October 2036

The General Assembly of the Vistula ICT Cluster Association (Stowarzyszenie Klaster ICT Nadwiślański), meeting on Thursday 2 October 2036 at the Nicolaus Copernicus University's Faculty of Mathematics and Computer Science in Toruń, elected a new management board and supervisory committee for the term 2036–2040. Of the cluster's 74 member organisations, 58 took part in the vote.

The new president is Dr Joanna WIŚNIEWSKA-KRÓL, co-founder and CTO of the Bydgoszcz software house Datavista sp. z o.o. She takes over from Grzegorz Lewandowski, CEO of Toruń Cloud Solutions S.A., who has led the cluster since 2028 and did not stand again. Dr Wiśniewska-Król is the first woman to chair the cluster since its foundation.

"Kujawy and Pomorze have excellent programmers, but too many of them commute to Gdańsk or work remotely for companies in Berlin," the new president said after the vote. "The cluster has to make it worth staying – with projects, with training and with a voice in the regional strategy."

The management board for 2036–2040:
President: Joanna Wiśniewska-Król (Datavista sp. z o.o., Bydgoszcz)
Vice-presidents, Michał Zieliński (Grudziądz IT Park) and Aleksandra Baran (Toruński Inkubator Technologiczny)
Treasurer: Paweł Szymański (Szymański Audit & Tax, Toruń)
Members: Krzysztof Adamczyk (Włocławek Data Center sp. z o.o.) and Ewelina Pawlak (Kujawsko-Pomorska Szkoła Wyższa, Bydgoszcz)

The supervisory committee consists of the auditors Marek Kaczmarek and Iwona Jasińska, with Prof. Tadeusz Górecki of the Bydgoszcz University of Science and Technology as its chair.

The cluster's director, Katarzyna Wróblewska, and her deputy, Bartosz Michalak, remain in post. Managing the cluster's office since 2031, Ms Wróblewska presented the activity report for the last four years: 23 new members, two EU-funded projects, the Kujawy-Pomerania Hackathon (four editions) and the cluster's first trade mission to Vilnius.

Guests at the assembly included Piotr Kałużny, Marshal of the Kujawsko-Pomorskie Voivodeship, and Prof. Andrzej Szopa, Rector of the Nicolaus Copernicus University. The outgoing president received a commemorative plaque from the members and was made an honorary member of the association by acclamation. He will continue to represent the cluster in the regional smart specialisation council until the end of its term.

Earlier editions of the Kujawy-Pomerania Hackathon:
2032 – Toruń, 14–15 May
2033 – Bydgoszcz, 20–21 May
2034 – Włocławek, 12–13 May
2035 – Grudziądz, 18–19 May

Key takeaways from the General Assembly
- Members want the cluster to focus on skills: a joint traineeship scheme with the universities is the first priority of the new board
- The membership fee stays unchanged for 2037
- The cluster will apply for the status of a National Key Cluster in the next call
- Cooperation with the Pomeranian ICT clusters in Gdańsk and Gdynia should be formalised in an agreement

Next dates
The new board will hold its first meeting on Thursday 16 October 2036. The annual Cluster Christmas meeting for members takes place on Tuesday 18 November 2036 in Bydgoszcz, at the Młyny Rothera cultural centre.

Press contact:
Bartosz Michalak, Deputy Director
Vistula ICT Cluster, ul. Wola Zamkowa 8, 87-100 Toruń
press@vistulaict.example.pl

About the cluster: The Vistula ICT Cluster was founded in 2026 by eleven software companies and the Nicolaus Copernicus University. It now brings together 74 companies, universities and public institutions from the Kujawsko-Pomorskie region.
"""
write(F, T)
V="Vistula ICT Cluster"
gold(F,
 [P("Joanna WIŚNIEWSKA-KRÓL","president",V), P("Grzegorz Lewandowski","CEO","Toruń Cloud Solutions S.A."),
  P("Michał Zieliński","Vice-president",V), P("Aleksandra Baran","Vice-president",V), P("Paweł Szymański","Treasurer",V),
  P("Krzysztof Adamczyk","Member",V), P("Ewelina Pawlak","Member",V),
  P("Marek Kaczmarek","auditor",V), P("Iwona Jasińska","auditor",V), P("Tadeusz Górecki","chair",V),
  P("Katarzyna Wróblewska","director",V), P("Bartosz Michalak","Deputy Director",V),
  P("Piotr Kałużny","Marshal of the Kujawsko-Pomorskie Voivodeship",None),
  P("Andrzej Szopa","Rector","Nicolaus Copernicus University")],
 [O("Vistula ICT Cluster Association"), O("Nicolaus Copernicus University"),
  O("Faculty of Mathematics and Computer Science"), O("Datavista sp. z o.o."), O("Toruń Cloud Solutions S.A."),
  O("Grudziądz IT Park"), O("Toruński Inkubator Technologiczny"), O("Szymański Audit & Tax"), O("Włocławek Data Center sp. z o.o."),
  O("Kujawsko-Pomorska Szkoła Wyższa"), O("Bydgoszcz University of Science and Technology")],
 [E("General Assembly","2036-10-02",None,"Toruń","Poland"),
  E("Kujawy-Pomerania Hackathon"),
  E("trade mission to Vilnius",None,None,"Vilnius","Lithuania"),
  E("Kujawy-Pomerania Hackathon","2032-05-14","2032-05-15","Toruń","Poland"),
  E("Kujawy-Pomerania Hackathon","2033-05-20","2033-05-21","Bydgoszcz","Poland"),
  E("Kujawy-Pomerania Hackathon","2034-05-12","2034-05-13","Włocławek","Poland"),
  E("Kujawy-Pomerania Hackathon","2035-05-18","2035-05-19","Grudziądz","Poland"),
  E("first meeting","2036-10-16",None,None,None),
  E("Cluster Christmas meeting","2036-11-18",None,"Bydgoszcz","Poland")],
 ["2036-10-06","2036-10-02","2036/2040","2028","2031","2032-05-14/2032-05-15","2033-05-20/2033-05-21","2034-05-12/2034-05-13",
  "2035-05-18/2035-05-19","2037","2036-10-16","2036-11-18","2026"],
 ["Members want the cluster to focus on skills: a joint traineeship scheme with the universities is the first priority of the new board",
  "The membership fee stays unchanged for 2037",
  "The cluster will apply for the status of a National Key Cluster in the next call",
  "Cooperation with the Pomeranian ICT clusters in Gdańsk and Gdynia should be formalised in an agreement"],
 pub="2036-10-06")
