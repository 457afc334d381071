from h import *
F = 'g08_danube_ruse_giurgiu_interreg_news.txt'
assert wd(2035,5,15)=='Tuesday' and wd(2035,5,16)=='Wednesday' and wd(2035,9,26)=='Wednesday' and wd(2035,6,7)=='Thursday'
T = """Interreg VI-A Romania–Bulgaria · Project DANUBE-LOGIC
Home   Project   Partners   Results   News   Events   Library   Contact

Home » News » Kick-off in Ruse: eight partners launch cross-border logistics cluster alliance

This website uses cookies to ensure you get the best experience. Got it!  |  Learn more

Kick-off in Ruse: eight partners launch cross-border logistics cluster alliance
Posted on 22 May 2035 by Project Communication Team
Categories: News, Events | Tags: kick-off, logistics, Danube, clusters, ports

[Photo caption: Project partners on the terrace of the Ruse Chamber of Commerce and Industry, with the Danube Bridge behind them. Photo: Stefan Dimitrov]

The Interreg VI-A Romania–Bulgaria project DANUBE-LOGIC – Cross-border Logistics Cluster Alliance for the Lower Danube officially started with a two-day kick-off meeting in Ruse on Tuesday 15 and Wednesday 16 May 2035. Representatives of all eight partner organisations from both banks of the river met at the Ruse Chamber of Commerce and Industry, which acts as lead partner.

The project runs for 30 months, from 1 April 2035 to 30 September 2037, and has a total budget of EUR 1.96 million, of which 80% comes from the European Regional Development Fund. Its aim is to connect the logistics, shipbuilding and port service companies of the Ruse–Giurgiu area in a single cross-border cluster alliance with shared services: a bilingual matchmaking platform, joint training for crane and barge operators, and a common marketing presence at European transport fairs.

Opening the meeting, Svetla Ivanova-Koleva, Chair of the Ruse Chamber of Commerce and Industry, recalled that the two cities are linked by the only road and rail bridge between Romania and Bulgaria on a stretch of almost 500 kilometres. "For decades the bridge was a border. We want it to become the backbone of one logistics region," she said.

Mihai Constantinescu, Executive Director of the Giurgiu Danube Logistics Cluster (GDLC), the main Romanian partner, added that many of his members had never worked with a Bulgarian company although their warehouses are fifteen minutes apart. "The language, the paperwork and the habits are different. The project gives us three years to learn each other's ways."

The Joint Secretariat of the programme in Călărași was represented by project officer Andreea Pârvulescu, who gave the partners a briefing on reporting rules, eligible costs and the visibility requirements. Financial managers met separately on the second day.

Who is who in DANUBE-LOGIC
Lead partner: Ruse Chamber of Commerce and Industry (BG)
PP2: Giurgiu Danube Logistics Cluster (RO)
PP3: University of Ruse "Angel Kanchev" (BG)
PP4: Giurgiu County Council (RO)
PP5: Port of Ruse EAD (BG)
PP6: Association of Romanian Danube Shipowners (ARDS) (RO)
PP7: North-Central Regional Development Agency (BG)
PP8: Danubius Technical High School Giurgiu (RO)
Associated partners: Bulgarian Ports Infrastructure Company; Romanian Naval Authority

Day one in short
09:30 Registration
10:00 Welcome by the lead partner
10:30 Presentation of the work packages and the first-year work plan
13:00 Lunch
14:00 Boat trip on the Danube to the Port of Giurgiu and visit of the container terminal
19:00 Partner dinner at the Riga Hotel, Ruse

Day two in short
09:00 Steering Committee meeting (closed)
11:00 Workshop: mapping the logistics value chain on both banks
14:00 Financial managers' meeting with the Joint Secretariat
16:00 End

In the workshop, the University of Ruse presented the first version of a database of 312 companies that the partners will invite to join the alliance. Assoc. Prof. Plamen Georgiev, who leads the research team, said the database shows a strong imbalance: "Bulgarian firms dominate in warehousing, Romanian firms in shipping. This is exactly why they need each other."

First decisions of the Steering Committee
The Steering Committee elected Mihai Constantinescu as its chair for the first project year and Svetla Ivanova-Koleva as vice-chair. It approved the communication plan and agreed that the project's working languages will be English, Bulgarian and Romanian.

Upcoming activities
- Info day for companies in Giurgiu – Thursday 7 June 2035, 10:00, Giurgiu County Council, Hall "Mircea cel Bătrân"
- First joint training for barge operators – July 2035, Port of Ruse
- Second partner meeting and Steering Committee – Wednesday 26 September 2035, Giurgiu
- Presentation of the alliance at the Transport Logistic fair in Munich – June 2037

"I'm sure this kick-off will soon be remembered as the first day of the Lower Danube logistics region," wrote Port of Ruse EAD CEO Nikolay Hristov-Bonev on LinkedIn after the event.

Contact for media
Desislava Marinova, Communication Manager, Ruse Chamber of Commerce and Industry
press@danube-logic.example.eu

Share on: Facebook | LinkedIn | Twitter | Email

← Previous: DANUBE-LOGIC approved by the Monitoring Committee (3 March 2035)
Next: Call for companies: join the alliance →

Project co-funded by the European Union. The content of this website does not necessarily reflect the official position of the European Union. Sole responsibility for the publication lies with the Ruse Chamber of Commerce and Industry.
www.interregrobg.eu | Privacy | Cookies | Sitemap
"""
write(F, T)
R='Ruse Chamber of Commerce and Industry'; G='Giurgiu Danube Logistics Cluster'
gold(F,
 [P("Stefan Dimitrov"),
  P("Svetla Ivanova-Koleva","Chair",R),
  P("Mihai Constantinescu","Executive Director",G),
  P("Andreea Pârvulescu","project officer","Joint Secretariat"),
  P("Plamen Georgiev",None,'University of Ruse "Angel Kanchev"'),
  P("Nikolay Hristov-Bonev","CEO","Port of Ruse EAD"),
  P("Desislava Marinova","Communication Manager",R)],
 [O(R), O(G,"GDLC"), O("Joint Secretariat"), O('University of Ruse "Angel Kanchev"'), O("Giurgiu County Council"),
  O("Port of Ruse EAD"), O("Association of Romanian Danube Shipowners","ARDS"), O("North-Central Regional Development Agency"),
  O("Danubius Technical High School Giurgiu"), O("Bulgarian Ports Infrastructure Company"), O("Romanian Naval Authority"),
  ],
 [E("kick-off meeting","2035-05-15","2035-05-16","Ruse","Bulgaria"),
  E("Boat trip on the Danube to the Port of Giurgiu and visit of the container terminal","2035-05-15",None,"Giurgiu","Romania"),
  E("Partner dinner","2035-05-15",None,"Ruse","Bulgaria"),
  E("Steering Committee meeting","2035-05-16",None,"Ruse","Bulgaria"),
  E("Workshop: mapping the logistics value chain on both banks","2035-05-16",None,"Ruse","Bulgaria"),
  E("Financial managers' meeting with the Joint Secretariat","2035-05-16",None,"Ruse","Bulgaria"),
  E("Info day for companies in Giurgiu","2035-06-07",None,"Giurgiu","Romania"),
  E("First joint training for barge operators","2035-07",None,"Ruse","Bulgaria"),
  E("Second partner meeting and Steering Committee","2035-09-26",None,"Giurgiu","Romania"),
  E("Transport Logistic fair","2037-06",None,"Munich","Germany")],
 ["2035-05-22","2035-05-15/2035-05-16","2035-04-01/2037-09-30","2035-06-07","2035-07","2035-09-26","2037-06","2035-03-03"],
 ["The Steering Committee elected Mihai Constantinescu as its chair for the first project year and Svetla Ivanova-Koleva as vice-chair",
  "It approved the communication plan and agreed that the project's working languages will be English, Bulgarian and Romanian"],
 pub="2035-05-22")
