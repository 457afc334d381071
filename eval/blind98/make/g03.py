from h import *
F = 'g03_kaunas_cluster_cafe_autumn.txt'
for (y,m,d,w) in [(2036,10,1,'Wednesday'),(2036,10,15,'Wednesday'),(2036,10,29,'Wednesday'),(2036,11,12,'Wednesday'),(2036,11,26,'Wednesday'),(2036,12,10,'Wednesday'),(2036,9,17,'Wednesday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """KAUNAS INDUSTRY CLUSTERS ALLIANCE
Home | About | Members | Cluster Café | Projects | News | Contact      LT | EN

Cluster Café – autumn season 2036
Posted 8 September 2036 by Rūta Kazlauskienė · Category: Events · 3 comments

Every second Wednesday morning, one member opens its door and one guest brings one question. The Cluster Café is our informal talk series for the 96 member companies of the Kaunas Industry Clusters Alliance (KICA): 45 minutes of talk, 45 minutes of coffee, no slides longer than ten pages. The autumn season has six sessions. All sessions start at 08:30 and end at 10:00 unless stated otherwise. Participation is free for members; non-members pay EUR 15 at the door.

------------------------------------------------------------
SESSION 1 · Wednesday, 1 October 2036
"Who will weld in 2040?" – apprenticeships in metalworking
Speaker: Dovilė Petrauskaitė, HR director, Kauno staklių gamykla UAB
Host: Kaunas Vocational Training Centre for Mechanics, Jonavos g. 60
------------------------------------------------------------
SESSION 2 · Wednesday, 15 October 2036
Selling robots to Scandinavian farmers
Speaker: Mindaugas Žukauskas, CEO and co-founder, AgroBotix UAB
Host: Kaunas Science and Technology Park, Brastos g. 15
------------------------------------------------------------
SESSION 3 · Wednesday, 29 October 2036
Cyber-security for small factories: a checklist that fits on a door
Speakers: Aistė Vaitkutė, security analyst, and Tadas Rimkus, IT manager, both of Kaunas University of Technology (KTU)
Host: KTU Santaka Valley, K. Baršausko g. 59
Note: this session starts at 09:00.
------------------------------------------------------------
SESSION 4 · Wednesday, 12 November 2036
Energy prices after the synchronisation: what industrial buyers learned
Speaker: Linas Jankauskas, Head of Industrial Sales, Ignitis UAB
Host: Kaunas Free Economic Zone, administration building
------------------------------------------------------------
SESSION 5 · Wednesday, 26 November 2036
Exporting furniture to Japan – a diary of three trade missions
Speaker: Eglė Bartkienė, export manager, Vilniaus baldai AB (Kaunas plant)
Host: Lithuanian Furniture Cluster, showroom in Savanorių pr. 187
------------------------------------------------------------
SESSION 6 · Wednesday, 10 December 2036 · 08:30 – 11:00
Christmas Café and members' market
Short pitches of the seven companies that joined KICA in 2036, followed by gingerbread and a small market of members' products.
Host: KICA office, Laisvės al. 53
------------------------------------------------------------

How to register
Register for each session separately on our website or by e-mail to cafe@kica.example.lt. Places are limited to 40 per session because of the size of the host rooms. If you register and cannot come, please tell us – someone on the waiting list will be happy.

Looking back: the spring season
The spring season ended on 17 September 2036 with a record audience of 52 people at the Kaunas Airport cargo terminal, where Justas Grigas, Commercial Director of Lithuanian Airports, spoke about air cargo capacity for the region's electronics makers. Over the spring, the Café welcomed 286 participants in six sessions. The most discussed session of the spring was the visit to the paint shop of a bus manufacturer in the Kaunas Free Economic Zone, where the host showed how it cut its solvent use by a third in two years; several suppliers asked for a follow-up visit, which will be arranged for a small group in November. In the feedback survey, 81 % of participants said they had made at least one new business contact at the Café.

From the first session of the spring, a joint project was born: three members – Elmika UAB, Fotonika LT UAB and the Kaunas Mechatronics Cluster – have applied together for a regional innovation voucher to test machine vision in quality control.

Café rules
Three rules have kept the Café lively since its first season in 2033. First, no sales pitches: speakers talk about a problem they have solved or failed to solve, not about their catalogue. Second, the host company shows one thing that visitors would not normally see – a test bench, a warehouse, a training room. Third, every participant introduces themselves in one sentence at the start, so that everybody knows who is in the room. Members tell us that the third rule alone has started more cooperation than any of our conferences.

Want to host a session?
We are already planning the spring season of 2037. Members who would like to host a Cluster Café can write to Rūta Kazlauskienė, community manager at KICA, before 15 December 2036. Hosts only need a room for 40 people, a coffee machine and one good story.

Supported by the Kaunas City Municipality and the Innovation Agency Lithuania.

Tags: cluster café, networking, members, Kaunas
Share: Facebook · LinkedIn · Copy link

3 comments
Vytautas M. – 9 September 2036
Great line-up. Will session 3 be recorded?
KICA – 9 September 2036
Hi Vytautas, no recordings – the Café is off the record on purpose. But the checklist will be shared with members afterwards.
Ieva S. – 11 September 2036
See you on 1 October!

KICA – Kaunas Industry Clusters Alliance · Laisvės al. 53, LT-44309 Kaunas · info@kica.example.lt
© 2036 KICA · Privacy policy · Cookie settings
"""
write(F, T)
gold(F,
 [P("Rūta Kazlauskienė","community manager","KICA"),
  P("Dovilė Petrauskaitė","HR director","Kauno staklių gamykla UAB"),
  P("Mindaugas Žukauskas","CEO and co-founder","AgroBotix UAB"),
  P("Aistė Vaitkutė","security analyst","Kaunas University of Technology"),
  P("Tadas Rimkus","IT manager","Kaunas University of Technology"),
  P("Linas Jankauskas","Head of Industrial Sales","Ignitis UAB"),
  P("Eglė Bartkienė","export manager","Vilniaus baldai AB"),
  P("Justas Grigas","Commercial Director","Lithuanian Airports")],
 [O("Kaunas Industry Clusters Alliance","KICA"), O("Kauno staklių gamykla UAB"),
  O("Kaunas Vocational Training Centre for Mechanics"), O("AgroBotix UAB"), O("Kaunas Science and Technology Park"),
  O("Kaunas University of Technology","KTU"), O("KTU Santaka Valley"), O("Ignitis UAB"), O("Kaunas Free Economic Zone"),
  O("Vilniaus baldai AB"), O("Lithuanian Furniture Cluster"), O("Lithuanian Airports"), O("Elmika UAB"),
  O("Fotonika LT UAB"), O("Kaunas Mechatronics Cluster"), O("Kaunas City Municipality"), O("Innovation Agency Lithuania")],
 [E("\"Who will weld in 2040?\" – apprenticeships in metalworking","2036-10-01",None,"Kaunas","Lithuania"),
  E("Selling robots to Scandinavian farmers","2036-10-15",None,"Kaunas","Lithuania"),
  E("Cyber-security for small factories: a checklist that fits on a door","2036-10-29",None,"Kaunas","Lithuania"),
  E("Energy prices after the synchronisation: what industrial buyers learned","2036-11-12",None,"Kaunas","Lithuania"),
  E("Exporting furniture to Japan – a diary of three trade missions","2036-11-26",None,"Kaunas","Lithuania"),
  E("Christmas Café and members' market","2036-12-10",None,"Kaunas","Lithuania"),
  E("Cluster Café – autumn season 2036","2036-10-01","2036-12-10","Kaunas","Lithuania"),
  E("Cluster Café","2036-09-17",None,"Kaunas","Lithuania")],
 ["2036-09-08","2036-10-01","2036-10-15","2036-10-29","2036-11-12","2036-11-26","2036-12-10","2036","2036-09-17","2036-11",
  "2037","2036-12-15","2033","2036-09-09","2036-09-11"],
 [], pub="2036-09-08")
