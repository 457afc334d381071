from h import *
F = 'g04_vratsa_matchmaking_day_programme.txt'
assert wd(2036,5,21)=='Wednesday' and wd(2036,5,20)=='Tuesday' and wd(2036,5,8)=='Thursday'
T = """NORTH-WEST BULGARIA MACHINE-BUILDING CLUSTER
Cluster Mashinostroene Severozapad · Vratsa

AGRITECH & MACHINERY MATCHMAKING DAY 2036
Wednesday, 21 May 2036
Vratsa Regional Administration, conference hall, 2nd floor
Organised by: North-West Bulgaria Machine-Building Cluster (NWB-MC), in cooperation with the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA) and the Enterprise Europe Network Bulgaria
Supported by the Vratsa Chamber of Commerce and Industry

Registration deadline for bilateral meetings: Thursday 8 May 2036, 17:00 (EET)
Working languages: Bulgarian and English (simultaneous interpretation in the plenary)

---------------------------------------------------------------
PRE-EVENT · Tuesday, 20 May 2036
---------------------------------------------------------------
16:00 – 18:00  Factory visit at Vratsa Agromash AD (tractor
               attachments and seeders), for foreign
               delegations only; bus leaves from Hotel
               Hemus at 15:30
19:30          Welcome dinner for foreign delegations
               (by invitation)

---------------------------------------------------------------
MAIN PROGRAMME · Wednesday, 21 May 2036
---------------------------------------------------------------
08:30 – 09:15  Registration and welcome coffee

09:15 – 09:45  Opening
               - Tsvetelina Mladenova-Ivanova, Regional Governor
                 of Vratsa
               - Ognyan Dimitrov, Chairman of the Board,
                 North-West Bulgaria Machine-Building Cluster
               - Representative of the Ministry of Innovation
                 and Growth (tbc)

09:45 – 10:30  Keynote: "Precision farming needs precision
               suppliers – where the Danube regions can
               compete"
               Prof. Dr. Radoslav Hristov, Ruse University
               "Angel Kanchev", Department of Agricultural
               Machinery

10:30 – 11:30  Panel: Machinery for small and medium farms
               Moderator: Desislava Petkova, cluster manager,
               NWB-MC
               - Mihai Constantinescu, managing director,
                 Dolj Agro-Industrial Cluster (Craiova, Romania)
               - Vesna Jovanović-Ilić, Serbian Chamber of
                 Commerce, regional office Zaječar
               - Plamen Todorov, owner of Todorov Farms Ltd.,
                 Mezdra
               - Hannes Gruber, export manager, Pöttinger
                 Landtechnik GmbH (Austria)

11:30 – 11:45  Coffee break

11:45 – 13:00  B2B meetings, round 1 (pre-scheduled,
               20 minutes each, tables 1–30)

13:00 – 14:00  Networking lunch, restaurant of the Regional
               Administration

14:00 – 16:30  B2B meetings, round 2

14:30 – 15:30  Parallel workshop: "Access to the EIC
               Accelerator and regional innovation vouchers"
               Trainer: Iliyana Sotirova, Enterprise Europe
               Network Bulgaria, BSMEPA

16:30 – 17:00  Closing and results
               Announcement of the next cluster meeting and
               of the joint stand at the AGRA fair in Plovdiv

---------------------------------------------------------------
POST-EVENT · Thursday, 22 May 2036
---------------------------------------------------------------
09:00 – 13:00  Company visits (optional): foundry Leyarna
               Vratsa EOOD and the test field of the Institute
               of Agriculture and Seed Science "Obraztsov
               Chiflik" in Ruse (departure 07:00)

---------------------------------------------------------------
PRACTICAL INFORMATION
---------------------------------------------------------------
Participation is free of charge, but registration on the
matchmaking platform is obligatory. Companies create a
profile (offers and requests) and book meetings from
12 May 2036, when the catalogue is published. Each
participant can hold up to 12 meetings. Meeting schedules
are sent on 19 May 2036.

Accommodation: a limited number of rooms is reserved at
Hotel Hemus and Hotel Valentina at a reduced rate until
10 May 2036 (code "NWB-MATCH"). Foreign delegations can
ask the cluster office for a transfer from Sofia Airport
(approx. two hours by road).

Who should attend: manufacturers of agricultural machinery
and components, metalworking and foundry SMEs, dealers and
importers, farm cooperatives, research institutes and
cluster organisations from the Danube region.

Previous edition: the first Agritech & Machinery Matchmaking
Day took place on 15 October 2035 with 74 participants from
five countries and 131 bilateral meetings.

Contact:
Desislava Petkova, Cluster Manager
North-West Bulgaria Machine-Building Cluster
14 Hristo Botev Blvd., 3000 Vratsa, Bulgaria
+359 92 000 000 · office@nwb-mc.example.bg

This event is part of the work plan 2035-2037 of the
cluster and is co-financed by the Vratsa Municipality.
---------------------------------------------------------------
Page 1 of 1 · version 3 of 30.04.2036
"""
write(F, T)
C = "North-West Bulgaria Machine-Building Cluster"
gold(F,
 [P("Tsvetelina Mladenova-Ivanova","Regional Governor of Vratsa",None),
  P("Ognyan Dimitrov","Chairman of the Board",C),
  P("Radoslav Hristov",None,"Department of Agricultural Machinery"),
  P("Desislava Petkova","cluster manager",C),
  P("Mihai Constantinescu","managing director","Dolj Agro-Industrial Cluster"),
  P("Vesna Jovanović-Ilić",None,"Serbian Chamber of Commerce"),
  P("Plamen Todorov","owner","Todorov Farms Ltd."),
  P("Hannes Gruber","export manager","Pöttinger Landtechnik GmbH"),
  P("Iliyana Sotirova","Trainer","Enterprise Europe Network Bulgaria")],
 [O(C,"NWB-MC"),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("Enterprise Europe Network Bulgaria"), O("Vratsa Chamber of Commerce and Industry"),
  O("Vratsa Regional Administration"), O("Vratsa Agromash AD"), O("Ministry of Innovation and Growth"),
  O('Ruse University "Angel Kanchev"'), O("Department of Agricultural Machinery"),
  O("Dolj Agro-Industrial Cluster"), O("Serbian Chamber of Commerce"), O("Todorov Farms Ltd."),
  O("Pöttinger Landtechnik GmbH"), O("Leyarna Vratsa EOOD"),
  O('Institute of Agriculture and Seed Science "Obraztsov Chiflik"'), O("Vratsa Municipality")],
 [E("AGRITECH & MACHINERY MATCHMAKING DAY 2036","2036-05-21",None,"Vratsa","Bulgaria"),
  E("Factory visit at Vratsa Agromash AD","2036-05-20",None,"Vratsa","Bulgaria"),
  E("Welcome dinner","2036-05-20",None,"Vratsa","Bulgaria"),
  E("B2B meetings, round 1","2036-05-21",None,"Vratsa","Bulgaria"),
  E("Networking lunch","2036-05-21",None,"Vratsa","Bulgaria"),
  E("B2B meetings, round 2","2036-05-21",None,"Vratsa","Bulgaria"),
  E("Company visits","2036-05-22",None,None,"Bulgaria"),
  E("AGRA fair",None,None,"Plovdiv","Bulgaria"),
  E("first Agritech & Machinery Matchmaking Day","2035-10-15",None,None,None)],
 ["2036-05-21","2036-05-08","2036-05-20","2036-05-22","2036-05-12","2036-05-10","2036-05-19","2035-10-15","2035/2037","2036-04-30"],
 [])
