from h import *
F = 'g16_konin_partner_meeting_forwarded.txt'
assert wd(2035,9,24)=='Monday' and wd(2035,9,25)=='Tuesday' and wd(2035,9,26)=='Wednesday' and wd(2035,8,29)=='Wednesday' and wd(2035,9,5)=='Wednesday' and wd(2035,8,27)=='Monday'
T = """From: Magdalena Krawczyk-Oyelaran <m.krawczyk@kcec.example.pl>
Sent: Wednesday, 29 August 2035 11:47
To: Dirk De Smet; Eero Väisänen; Carmen Ibáñez Ruiz; Ciarán Ó Súilleabháin
Cc: Paweł Grzelak
Subject: FW: REBOUND – 3rd partner meeting in Konin, 24–26 September – logistics and draft agenda

Dear partners,

I am forwarding below the message that Paweł sent to the coordinators last week, now with the final hotel details. Please register by Wednesday 5 September at the latest – the local authority needs the list of names for the visit to the power plant site.

Looking forward to welcoming you in Konin!

Best regards,
Magdalena

Magdalena Krawczyk-Oyelaran
International Projects Coordinator
Konin Clean Energy Cluster (KCEC)
ul. Przemysłowa 12, 62-510 Konin, Poland
tel. +48 63 000 00 00

-----Original Message-----
From: Paweł Grzelak <p.grzelak@kcec.example.pl>
Sent: Monday, 27 August 2035 09:02
To: REBOUND coordinators list
Subject: REBOUND – 3rd partner meeting in Konin, 24–26 September

Dear colleagues,

After the kick-off in Ghent (November 2034) and the second meeting in Oulu in March 2035, it is our turn to host the REBOUND consortium. The third partner meeting will take place in Konin from Monday 24 to Wednesday 26 September 2035. As you know, the Konin region is closing its last lignite mines and power units, and the cluster is working with the municipalities and the regional development agency to bring new industries to the former mining sites.

DRAFT AGENDA

Monday 24 September – arrivals
18:00  Informal get-together at the hotel (Hotel Konin Nad Wartą)
19:30  Welcome dinner offered by the Konin Clean Energy Cluster

Tuesday 25 September – partner meeting, Konin Science and Technology Park
09:00  Welcome by Paweł Grzelak, President of the Konin Clean Energy Cluster, and by the Deputy Mayor of Konin, Marta Woźniak-Lee
09:30  Work package 2: state of the regional action plans (lead: Eero Väisänen, Regional Council of Oulu)
11:00  Work package 3: peer review methodology (lead: Carmen Ibáñez Ruiz, Fundación Ciudad de la Energía, Ponferrada)
12:30  Lunch
14:00  Financial reporting and the first interim report (lead partner: Dirk De Smet, Provincie Oost-Vlaanderen)
15:30  Communication plan and the midterm conference (Ciarán Ó Súilleabháin, Offaly County Council)
16:30  Steering group meeting (partners' project managers only)

Wednesday 26 September – site visits
08:30  Bus from the hotel
09:00  Site visit to the former Pątnów power plant site and the planned hydrogen electrolysis park
11:30  Visit to the battery recycling start-up EcoCell Konin Sp. z o.o.
13:30  Closing lunch and departures

PRACTICAL INFORMATION
- Accommodation: a block of rooms is reserved until 5 September 2035 at the special rate
- Nearest airports: Poznań (100 km) and Łódź (120 km); we organise a shuttle from Poznań on Monday afternoon
- Please bring safety shoes for the visit on Wednesday

LESSONS FROM OULU (reminder from the minutes)
As agreed in Oulu, we will try to keep the meeting focused:
 - presentations should not exceed ten minutes, leaving the rest of each slot for discussion
 - every site visit must be linked to a question from one of the regional action plans
 - the host region should invite at least two local stakeholders to each session

The midterm conference of the project is planned for 12 November 2035 in Brussels, at the premises of the Committee of the Regions.

Kind regards,
Paweł Grzelak
President
Konin Clean Energy Cluster

P.S. Photos from Oulu are in the shared folder (credit: Aino Lehtonen, Regional Council of Oulu).
"""
write(F, T)
K="Konin Clean Energy Cluster"
gold(F,
 [P("Magdalena Krawczyk-Oyelaran","International Projects Coordinator",K),
  P("Dirk De Smet",None,"Provincie Oost-Vlaanderen"),
  P("Eero Väisänen",None,"Regional Council of Oulu"),
  P("Carmen Ibáñez Ruiz",None,"Fundación Ciudad de la Energía"),
  P("Ciarán Ó Súilleabháin",None,"Offaly County Council"),
  P("Paweł Grzelak","President",K),
  P("Marta Woźniak-Lee","Deputy Mayor of Konin",None),
  P("Aino Lehtonen",None,"Regional Council of Oulu")],
 [O(K,"KCEC"), O("Konin Science and Technology Park"), O("Regional Council of Oulu"), O("Fundación Ciudad de la Energía"),
  O("Provincie Oost-Vlaanderen"), O("Offaly County Council"), O("EcoCell Konin Sp. z o.o."), O("Committee of the Regions")],
 [E("3rd partner meeting","2035-09-24","2035-09-26","Konin","Poland"),
  E("kick-off","2034-11",None,"Ghent","Belgium"),
  E("second meeting","2035-03",None,"Oulu","Finland"),
  E("Informal get-together","2035-09-24",None,"Konin","Poland"),
  E("Welcome dinner","2035-09-24",None,"Konin","Poland"),
  E("Steering group meeting","2035-09-25",None,"Konin","Poland"),
  E("Site visit to the former Pątnów power plant site","2035-09-26",None,"Konin","Poland"),
  E("Visit to the battery recycling start-up EcoCell Konin Sp. z o.o.","2035-09-26",None,"Konin","Poland"),
  E("Closing lunch","2035-09-26",None,"Konin","Poland"),
  E("midterm conference","2035-11-12",None,"Brussels","Belgium")],
 ["2035-08-29","2035-09-24/2035-09-26","2035-09-05","2035-08-27","2034-11","2035-03","2035-09-24","2035-09-25","2035-09-26","2035-11-12"],
 ["presentations should not exceed ten minutes, leaving the rest of each slot for discussion",
  "every site visit must be linked to a question from one of the regional action plans",
  "the host region should invite at least two local stakeholders to each session"], pub="2035-08-29")
