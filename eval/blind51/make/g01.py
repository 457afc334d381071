from h import *
T = """KALLO MARINE CLUSTER — NEWSLETTER 12/2033
Year in review · Looking ahead to 2034
Pori, 18 December 2033 | View this e-mail in your browser | Unsubscribe

Dear members and friends of the cluster,

Twelve months ago we promised a "busy but focused" year. Looking at the list below, the first half of that promise was certainly kept. Our cluster manager Sanna Ketola-Virtanen and the whole team at Kallo Marine Cluster ry thank the 74 member companies, the City of Pori and the Satakunta Regional Council for another year of working together. Below you will find what happened month by month, followed by the dates we already know for 2034.

— Sanna Ketola-Virtanen, Cluster Manager

2033 MONTH BY MONTH

January
The year started with the kick-off in Rauma on 19 January, where 60 members agreed the three spearheads of the year: hybrid propulsion, digital port operations and offshore wind logistics. Chair of the Board Ilkka Mäenpää (CEO, Reposaari Welding Oy) opened the day.

February
Our members' breakfast with Prizztech Oy on 14.2. looked at robotic welding in ship blocks. Thank you to Lauri Aaltonen of Prizztech for hosting.

March
Together with Business Finland we organised the information session on the new maritime RDI call (Pori, 9 March). The call closed on 30 April 2033; six member-led consortia applied and four were funded.

Also in March, our new webinar series "Meriaamu" (maritime morning) started on 28 March with Tuomas Rinne, senior scientist at VTT Technical Research Centre of Finland, on digital twins of hulls. Four more episodes followed during the year, always online at 8:30 on a Tuesday; recordings are in the members' area.

April
No events, but plenty of work: the cluster's Strategy 2033–2037 was approved by the Board on 25 April.

May
SMM-style study trip? Not quite: seven members joined the Nor-Shipping delegation to Lillestrøm (Norway), 29 May – 1 June 2033, coordinated with Team Finland.

June
Offshore Wind Day 2033 took place on 8 June at the Mäntyluoto quay. 140 participants, 22 exhibitors and a boat trip to the Tahkoluoto turbines. Key speaker: Dr Helena Brusila, Head of Ports Development at the Finnish Transport Infrastructure Agency.

July
The Board met on 4 July in Reposaari to review the first half-year and to prepare the budget for 2034. Otherwise the office was closed from 10 July to 4 August.

August
The summer was quiet until the Porin Satama Oy open day on 24 August, which we co-organised.

September
The 5th edition of the Satakunta Maritime Innovation Forum (SMIF 2033) gathered 230 people on 20–21 September in Pori. The jury chaired by Professor Kaarina Lehtiö (Tampere University, Pori unit) gave the Innovation Prize to the battery-switch concept of Voltlaituri Oy.

October
Our annual meeting on 12 October elected the Board for 2034–2035. Ilkka Mäenpää continues as Chair; Mirva Sjöblom (Sjöblom Marine Electric Ab) is the new vice chair.

Behind the annual meeting there is also a farewell: after eleven years on the Board, founding member Pertti Vuorela, managing director of Vuorela Shipyard Services Oy, did not stand again. Pertti chaired the first Offshore Wind Day in 2024 and has been our link to the Rauma shipyard community ever since. Thank you, Pertti!

November
With the Enterprise Europe Network Finland we ran a B2B matchmaking at Europort in Rotterdam (7–10 November 2033): 31 meetings for 9 members.

On 22–23 November Sanna Ketola-Virtanen represented the cluster at the Blue Economy Clusters Meet organised by the European Cluster Collaboration Platform (ECCP) in Gdańsk, where Kallo Marine Cluster signed a cooperation letter with the Pomeranian shipbuilding and the Galician offshore clusters.

MEMBERS IN THE NEWS
- Voltlaituri Oy opened its pilot charging pier in Mäntyluoto in October and hired four engineers.
- Reposaari Welding Oy was certified for offshore wind foundation welding in August.
- Sjöblom Marine Electric Ab delivered the hybrid drive of the pilot boat "Kallo II" in May.
- Eleven members took part in the joint stand at the Satakunta Industry Day in Rauma on 26 October.

December
The Christmas seminar on 12 December closes the year — see photos on our website.

COMING UP IN 2034

- 17 January 2034 — Kick-off 2034, Rauma (registration opens 2 January)
- February 2034 — Members' breakfast on green methanol, date to be confirmed
- 6–7 March 2034 — Delegation to the Offshore Wind Week in Esbjerg, Denmark (places limited to 8)
- 7 June 2034 — Offshore Wind Day 2034, Mäntyluoto, Pori
- 19–20 September 2034 — 6th Satakunta Maritime Innovation Forum, Pori
- 11 October 2034 — Annual meeting

New in 2034: a members-only "Meriaamu live" breakfast after each Board meeting, and a joint stand with the Turku maritime companies at SMM in Hamburg (1–4 September 2034) — expressions of interest to Juho by 31 January 2034.

Deadline for proposals for SMIF 2034 sessions: 15 March 2034.

Contact: Juho Nieminen, Communications Coordinator, juho.nieminen@kallomarine.example

Kallo Marine Cluster ry | Pohjoisranta 11, 28100 Pori | You receive this newsletter as a member or subscriber.
"""
write("KalloMarine_newsletter_12-2033.md", T, "2033-12-18",
 [P("Sanna Ketola-Virtanen","Cluster Manager","Kallo Marine Cluster ry"),
  P("Ilkka Mäenpää","Chair of the Board","Kallo Marine Cluster ry"),
  P("Lauri Aaltonen",None,"Prizztech Oy"),
  P("Helena Brusila","Head of Ports Development","Finnish Transport Infrastructure Agency"),
  P("Kaarina Lehtiö",None,"Tampere University"),
  P("Mirva Sjöblom","vice chair","Kallo Marine Cluster ry"),
  P("Tuomas Rinne","senior scientist","VTT Technical Research Centre of Finland"),
  P("Pertti Vuorela","managing director","Vuorela Shipyard Services Oy"),
  P("Juho Nieminen","Communications Coordinator",None)],
 [O("Kallo Marine Cluster ry"),O("City of Pori"),O("Satakunta Regional Council"),O("Reposaari Welding Oy"),O("Prizztech Oy"),
  O("Business Finland"),O("Team Finland"),O("Finnish Transport Infrastructure Agency"),O("Tampere University"),O("Voltlaituri Oy"),
  O("Sjöblom Marine Electric Ab"),O("Porin Satama Oy"),O("Enterprise Europe Network Finland"),
  O("VTT Technical Research Centre of Finland"),O("Vuorela Shipyard Services Oy"),O("European Cluster Collaboration Platform","ECCP")],
 [E("kick-off","2033-01-19","2033-01-19","Rauma","Finland"),
  E("members' breakfast with Prizztech Oy","2033-02-14","2033-02-14",None,None),
  E("information session on the new maritime RDI call","2033-03-09","2033-03-09","Pori","Finland"),
  E("Nor-Shipping","2033-05-29","2033-06-01","Lillestrøm","Norway"),
  E("Offshore Wind Day 2033","2033-06-08","2033-06-08","Pori","Finland"),
  E("Porin Satama Oy open day","2033-08-24","2033-08-24",None,None),
  E("SMIF 2033","2033-09-20","2033-09-21","Pori","Finland"),
  E("Meriaamu webinar","2033-03-28","2033-03-28",None,None),
  E("Board meeting","2033-07-04","2033-07-04","Reposaari","Finland"),
  E("Offshore Wind Day (first)","2024","2024",None,None),
  E("Blue Economy Clusters Meet","2033-11-22","2033-11-23","Gdańsk","Poland"),
  E("Satakunta Industry Day","2033-10-26","2033-10-26","Rauma","Finland"),
  E("annual meeting","2033-10-12","2033-10-12",None,None),
  E("B2B matchmaking at Europort","2033-11-07","2033-11-10","Rotterdam","Netherlands"),
  E("Christmas seminar","2033-12-12","2033-12-12",None,None),
  E("Kick-off 2034","2034-01-17","2034-01-17","Rauma","Finland"),
  E("Members' breakfast on green methanol","2034-02","2034-02",None,None),
  E("Offshore Wind Week","2034-03-06","2034-03-07","Esbjerg","Denmark"),
  E("Offshore Wind Day 2034","2034-06-07","2034-06-07","Pori","Finland"),
  E("6th Satakunta Maritime Innovation Forum","2034-09-19","2034-09-20","Pori","Finland"),
  E("SMM","2034-09-01","2034-09-04","Hamburg","Germany"),
  E("annual meeting 2034","2034-10-11","2034-10-11",None,None)],
 ["2033-12","2033","2034","2033-12-18","2033-01-19","2033-02-14","2033-03-09","2033-04-30","2033-04-25","2033/2037",
  "2033-05-29/2033-06-01","2033-06-08","2033-08-24","2033-09-20/2033-09-21","2033-10-12","2034/2035",
  "2033-11-07/2033-11-10","2033-12-12","2034-01-17","2034-01-02","2034-02","2034-03-06/2034-03-07","2034-06-07",
  "2034-09-19/2034-09-20","2034-10-11","2034-03-15",
  "2033-03-28","2033-07-04","2033-07-10/2033-08-04","2024","2033-11-22/2033-11-23","2033-10","2033-08","2033-05","2033-10-26","2034-09-01/2034-09-04","2034-01-31"])
