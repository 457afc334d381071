from g import *
N='dzien-otwarty-open-day-DAIR-2035.txt'
W(N, '''Dolnośląska Agencja Innowacji i Rozwoju Sp. z o.o. (DAIR) › Aktualności › Open Day

OPEN DAY AT DAIR – "INNOVATION DOORS OPEN"
Saturday, 13 October 2035 · ul. Szczytnicka 11, Wrocław

Published: 18.09.2035 | Author: Zespół Komunikacji DAIR

The Lower Silesian Agency for Innovation and Development (DAIR) opens its offices, labs and incubator to companies, students and residents. Come and meet the teams that run regional grants, the Lower Silesian cluster programme and the Enterprise Europe Network office in Wrocław.

Visits are organised in time slots. Each slot starts with a 20-minute presentation and continues with a guided tour. Please choose a slot when registering.

TIME SLOTS

09:00–10:30  Slot A – Funding for SMEs in 2036: what changes (presented by Agnieszka Wróblewska-Cieślak, head of the grants department)
10:30–12:00  Slot B – Clusters of Lower Silesia: meet the managers of the DolnyBat battery cluster, MedTech Odra and the Sudety Wood Cluster
12:00–13:00  Lunch break – food trucks in the courtyard
13:00–14:30  Slot C – Start-up incubator tour and pitching corner (host: Bartłomiej Nowicki, incubator manager)
14:30–16:00  Slot D – Going international with EEN: export advice, partner search, EU tenders (host: Helena Kowalska-Reyes, EEN adviser)
16:00–17:00  Slot E – Open lab at the Wrocław University of Science and Technology materials lab next door (max. 15 people)

All day: information stands of Marshal's Office of the Lower Silesian Voivodeship (Urząd Marszałkowski Województwa Dolnośląskiego), Polish Agency for Enterprise Development (PARP) and the Wrocław Technology Park.

Registration: dair.example/open-day, until 8 October 2035 or until slots are full. Participation is free. Children's corner available from 10:00 to 15:00.

The open day is part of the Lower Silesian Innovation Week (8–14 October 2035). The agency's president, dr Marek Sobczyk, will open the day at 08:45 together with the Deputy Marshal of the Voivodeship, Joanna Lis-Kaczmarek.

Contact: Karolina Dąbek, communication specialist, tel. +48 71 xxx xx xx, opendays@dair.example

Udostępnij: Facebook · LinkedIn · E-mail
© DAIR Sp. z o.o. · Polityka prywatności · Deklaracja dostępności
''')
G(N, "2035-09-18",
 people=[("Agnieszka Wróblewska-Cieślak","head of the grants department","DAIR"),
  ("Bartłomiej Nowicki","incubator manager","DAIR"),
  ("Helena Kowalska-Reyes","EEN adviser","DAIR"),
  ("Marek Sobczyk","president","DAIR"),
  ("Joanna Lis-Kaczmarek","Deputy Marshal of the Voivodeship",None),
  ("Karolina Dąbek","communication specialist","DAIR")],
 orgs=[("Dolnośląska Agencja Innowacji i Rozwoju Sp. z o.o.","DAIR"),
  ("Enterprise Europe Network","EEN"),("DolnyBat",None),("MedTech Odra",None),("Sudety Wood Cluster",None),
  ("Wrocław University of Science and Technology",None),("Marshal's Office of the Lower Silesian Voivodeship",None),
  ("Polish Agency for Enterprise Development","PARP"),("Wrocław Technology Park",None)],
 events=[('Open Day at DAIR – "Innovation Doors Open"',"2035-10-13","2035-10-13","Wrocław","Poland"),
  ("Lower Silesian Innovation Week","2035-10-08","2035-10-14",None,None)],
 dates=["2035-10-13","2035-09-18","2036","2035-10-08","2035-10-08/2035-10-14"])
