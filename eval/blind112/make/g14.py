from h import *
F = 'g14_savinjska_edp_workshop_report.txt'
assert wd(2039,2,10)=='Thursday' and wd(2039,3,24)=='Thursday' and wd(2039,2,24)=='Thursday'
T = """RRA Savinja – Regional Development Agency of the Savinja Region
Home > Smart specialisation > EDP workshops > Report
[SLO] [ENG]   Search...   Login for partners

ENTREPRENEURIAL DISCOVERY WORKSHOP No. 4
"Circular Wood and Furniture in the Savinja Region" – short report

Date and place: Thursday, 10 February 2039, 9:00–15:30, Celje Chamber of Commerce (Gospodarska zbornica Celje), Celje
Organised by: RRA Savinja in cooperation with the Slovenian Wood Industry Cluster (Lesarski grozd) and the Strategic Research and Innovation Partnership for Circular Economy (SRIP – Circular Economy)
Report by: Mojca Kralj Turnšek, EDP facilitator, RRA Savinja · posted 24 February 2039

1. Why this workshop

The Savinja region is one of Slovenia's traditional wood-processing regions: around 140 companies in Nazarje, Mozirje, Šmartno ob Paki and the Upper Savinja Valley employ some 3,100 people. The Slovenian Smart Specialisation Strategy for 2035–2041 and the regional development programme both name circular use of wood as a priority, but the region had no shared picture of what the companies themselves need. This fourth workshop of the series was meant to fill that gap.

2. Who took part

Fifty-three participants registered and forty-seven attended: 29 from companies (among them BSH Hišni aparati Nazarje, Gorenje les, Lesna industrija Mozirje and the start-up Les Oblikovanje), eight from research and education (the University of Ljubljana's Biotechnical Faculty – Department of Wood Science and Technology, the InnoRenew CoE, the Higher Vocational College Šolski center Nazarje), six from municipalities and public bodies, and four from support organisations.

The workshop was opened by Boštjan Vrhovnik, Director of RRA Savinja, and by Tanja Pirc Mlinar, State Secretary at the Ministry of Cohesion and Regional Development. Dr. Andreja Kutnar of the InnoRenew CoE gave the keynote on cascading use of wood.

3. Programme

09:00 Registration and coffee
09:30 Welcome: Boštjan Vrhovnik (RRA Savinja); Tanja Pirc Mlinar (Ministry of Cohesion and Regional Development)
09:50 Keynote: "Wood used three times" – Dr. Andreja Kutnar, InnoRenew CoE
10:30 Company pitches: five challenges in five minutes
11:15 Round 1 – table work: barriers (materials, technology, markets, skills)
12:30 Lunch
13:15 Round 2 – table work: project ideas and who should do what
14:30 Plenary: voting on priorities
15:15 Closing remarks: Matej Gorinšek, cluster manager of the Slovenian Wood Industry Cluster
15:30 End

How the tables worked: each of the four tables had a company host and a note-taker from RRA Savinja. In the first round every table listed barriers on coloured cards, which were then clustered on the wall. In the second round participants could move freely between tables and write project ideas on a common template: what, who leads, who joins, what it costs, and what support is needed. Twenty-two project ideas were collected; the facilitators merged them into the five proposals put to the vote.

4. What we heard

Participants described a value chain that is strong in the middle and weak at both ends. The region has good sawmills and furniture makers, but it sends most of its low-grade wood and sawdust out of the region for energy use, and there is almost no collection of used furniture. Several companies said that EU eco-design rules for furniture, expected from 2040, will hit them unprepared.

5. Key takeaways

- The region lacks a facility to turn offcuts and sawdust into boards or bio-based materials; a feasibility study is the first step
- Companies want a shared testing service for recycled-wood products rather than separate investments
- Take-back of used furniture should be piloted with municipalities and the regional waste company Simbio
- Skills for digital design and for working with recycled material must enter vocational curricula in Nazarje
- The region should join an interregional S3 partnership on wood-based bioeconomy to find partners beyond Slovenia

6. Votes

In the closing plenary participants voted with stickers. The feasibility study for a materials facility received 31 votes, the shared testing service 24, the furniture take-back pilot 19, the skills measure 17 and the interregional partnership 11.

7. Next steps

RRA Savinja will present the results to the Regional Development Council of the Savinja Region at its session on Thursday 24 March 2039. The feasibility study will be proposed for the next call of the regional development programme. A follow-up meeting with the companies interested in the testing service will be held in Nazarje in April 2039.

Previous workshops in the series:
No. 1 – Health and spa tourism, Laško, 14 October 2037
No. 2 – Smart mechatronics, Velenje, 9 March 2038
No. 3 – Food from the Savinja Valley (hops and beer), Žalec, 29 September 2038
No. 5 – Energy communities (planned), Šoštanj, June 2039

Contact: Mojca Kralj Turnšek, mojca.kralj@rra-savinja.example.si, +386 3 000 00 00
Photos: RRA Savinja / Gašper Kovačič. The presentations are available in the partner area.

Share: Facebook | LinkedIn | Print
RRA Savinja d.o.o. · Kidričeva ulica 25, 3000 Celje · Cookie settings · Privacy
"""
assert wd(2037,10,14)=='Wednesday' and wd(2038,3,9)=='Tuesday' and wd(2038,9,29)=='Wednesday'
write(F, T)
R="RRA Savinja"
gold(F,
 [P("Mojca Kralj Turnšek","EDP facilitator",R),
  P("Boštjan Vrhovnik","Director",R),
  P("Tanja Pirc Mlinar","State Secretary","Ministry of Cohesion and Regional Development"),
  P("Andreja Kutnar",None,"InnoRenew CoE"),
  P("Matej Gorinšek","cluster manager","Slovenian Wood Industry Cluster"),
  P("Gašper Kovačič",None,None)],
 [O("RRA Savinja – Regional Development Agency of the Savinja Region"), O("Celje Chamber of Commerce"),
  O("Slovenian Wood Industry Cluster"), O("Strategic Research and Innovation Partnership for Circular Economy","SRIP – Circular Economy"),
  O("BSH Hišni aparati Nazarje"), O("Gorenje les"), O("Lesna industrija Mozirje"), O("Les Oblikovanje"),
  O("University of Ljubljana"), O("Biotechnical Faculty"), O("Department of Wood Science and Technology"),
  O("InnoRenew CoE"), O("Higher Vocational College Šolski center Nazarje"),
  O("Ministry of Cohesion and Regional Development"), O("Simbio"),
  O("Regional Development Council of the Savinja Region")],
 [E("Entrepreneurial Discovery Workshop No. 4 \"Circular Wood and Furniture in the Savinja Region\"","2039-02-10",None,"Celje","Slovenia"),
  E("Company pitches","2039-02-10",None,"Celje","Slovenia"),
  E("session of the Regional Development Council of the Savinja Region","2039-03-24",None,None,None),
  E("follow-up meeting","2039-04",None,"Nazarje","Slovenia"),
  E("EDP workshop No. 1 – Health and spa tourism","2037-10-14",None,"Laško","Slovenia"),
  E("EDP workshop No. 2 – Smart mechatronics","2038-03-09",None,"Velenje","Slovenia"),
  E("EDP workshop No. 3 – Food from the Savinja Valley (hops and beer)","2038-09-29",None,"Žalec","Slovenia"),
  E("EDP workshop No. 5 – Energy communities","2039-06",None,"Šoštanj","Slovenia")],
 ["2039-02-10","2039-02-24","2035/2041","2040","2039-03-24","2039-04","2037-10-14","2038-03-09","2038-09-29","2039-06"],
 ["The region lacks a facility to turn offcuts and sawdust into boards or bio-based materials; a feasibility study is the first step",
  "Companies want a shared testing service for recycled-wood products rather than separate investments",
  "Take-back of used furniture should be piloted with municipalities and the regional waste company Simbio",
  "Skills for digital design and for working with recycled material must enter vocational curricula in Nazarje",
  "The region should join an interregional S3 partnership on wood-based bioeconomy to find partners beyond Slovenia"],
 pub="2039-02-24")
