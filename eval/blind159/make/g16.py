from h import *
F = 'g16_panevezys_food_cluster_people_news.txt'
assert wd(2042,2,26)=='Wednesday' and wd(2042,3,19)=='Wednesday' and wd(2042,4,23)=='Wednesday' and wd(2042,4,24)=='Thursday'
T = """AUKŠTAITIJA FOOD INNOVATION CLUSTER – MEMBERS' BULLETIN
March 2042 | Panevėžys
View this email in your browser | Forward to a colleague

PEOPLE NEWS

Welcome, Rasa!
Since 2 March 2042 our new head of international cooperation is Rasa Jankauskaitė-Vaitkienė. Rasa spent the last six years as a project officer at the Lithuanian Innovation Agency (Inovacijų agentūra) in Vilnius, where she advised food companies applying to Horizon Europe. Before that she worked in sales for the dairy company Rokiškio sūris in Rokiškis. You can reach her at rasa@aukstaitijafood.example.lt.

Goodbye and thank you, Vytautas
After nine years with the cluster, our innovation manager Vytautas Balčiūnas left at the end of February to join Kauno technologijos universitetas as head of its food technology pilot plant. Vytautas set up the cluster's shared sensory lab and ran more than forty tasting panels for members. We held a small farewell coffee for him on Wednesday 26 February in the office – thank you to everyone who came with cake.

Board news
At its meeting on 11 February 2042 the board co-opted Dr. Gintarė Petrauskienė, dean of the Faculty of Technologies at Panevėžio kolegija, as a new member. She replaces Algirdas Mockus of the Panevėžys District Municipality, who resigned after his election to the Seimas. The board now consists of chair Darius Kazlauskas (Pieno Žvaigždės Panevėžys), deputy chair Laima Urbonienė (Biržų duona UAB), Edvinas Šimkus (Aukštaitijos šaltiniai), Gintarė Petrauskienė and the cluster director Jurgita Navickė.

NEW MEMBERS

We are happy to welcome five new members, three of them from abroad, who joined the cluster in January and February 2042:
- Ekoferma Pasvalys, Lithuania
- Latvian Rural Advisory and Training Centre (LLKC), Latvia
- Bauska Berry Processors SIA, Latvia
- Tartu Food Lab OÜ, Estonia
- Ukmergės kepykla UAB, Lithuania

The cluster now counts 61 members in Lithuania, Latvia and Estonia. Our new members will introduce themselves at the General Meeting in May.

OUR PARTNERS

In the Interreg Baltic Sea Region project FOODSHORE we work with the following partners (organisation, country): Latvian Rural Advisory and Training Centre, Latvia; Estonian University of Life Sciences, Estonia; Food & Bio Cluster Denmark, Denmark; Natural Resources Institute Finland (Luke), Finland; and the Pomeranian Food Cluster, Poland. Our contact at the lead partner is Kārlis Ozoliņš (Latvian Rural Advisory and Training Centre, Latvia).

IN MEMORIAM

We were saddened to learn of the death of Petras Grigonis (1951–2042), founder of the Panevėžys bakery Grigonio duona and one of the eleven companies that founded the cluster in 2024. Petras served as the first chair of the board from 2024 to 2030. His humour and his rye bread will be missed at every meeting.

DATES FOR YOUR DIARY

- 19 March 2042 (Wednesday), 10:00–12:00: webinar "Selling to Scandinavian retail chains", with Mette Lund of Food & Bio Cluster Denmark
- 23–24 April 2042: FOODSHORE partner meeting in Jelgava, Latvia, with a study visit to Bauska on 24 April
- 23 April 2042, 19:00: partners' dinner in Jelgava
- 15 May 2042: annual General Meeting of the cluster in Panevėžys, with the election of two board members

Past General Meetings were held in Panevėžys (2039, 2040), Biržai (2041) and Rokiškis (2038).

Contact: Aukštaitija Food Innovation Cluster, Respublikos g. 00, Panevėžys | info@aukstaitijafood.example.lt
You receive this bulletin because you are a member or partner of the cluster. Unsubscribe | Update preferences
"""
write(F, T)
A="Aukštaitija Food Innovation Cluster"; LL="Latvian Rural Advisory and Training Centre"
gold(F,
 [P("Rasa Jankauskaitė-Vaitkienė","head of international cooperation",A), P("Vytautas Balčiūnas","head of its food technology pilot plant","Kauno technologijos universitetas"),
  P("Gintarė Petrauskienė","dean","Faculty of Technologies at Panevėžio kolegija"),
  P("Algirdas Mockus",None,"Panevėžys District Municipality"),
  P("Darius Kazlauskas","chair",A), P("Laima Urbonienė","deputy chair",A), P("Edvinas Šimkus",None,A),
  P("Jurgita Navickė","cluster director",A), P("Kārlis Ozoliņš",None,LL),
  P("Petras Grigonis","founder","Grigonio duona"), P("Mette Lund",None,"Food & Bio Cluster Denmark")],
 [O(A), O("Lithuanian Innovation Agency"), O("Rokiškio sūris"), O("Kauno technologijos universitetas"),
  O("Faculty of Technologies at Panevėžio kolegija"), O("Panevėžio kolegija"), O("Panevėžys District Municipality"), O("Seimas"),
  O("Pieno Žvaigždės Panevėžys"), O("Biržų duona UAB"), O("Aukštaitijos šaltiniai"), O("Ekoferma Pasvalys"),
  O(LL,"LLKC"), O("Bauska Berry Processors SIA"), O("Tartu Food Lab OÜ"), O("Ukmergės kepykla UAB"),
  O("Estonian University of Life Sciences"), O("Food & Bio Cluster Denmark"), O("Natural Resources Institute Finland","Luke"),
  O("Pomeranian Food Cluster"), O("Grigonio duona")],
 [E("farewell coffee","2042-02-26",None,None,None), E("meeting","2042-02-11",None,None,None),
  E("Selling to Scandinavian retail chains","2042-03-19",None,None,None),
  E("FOODSHORE partner meeting","2042-04-23","2042-04-24","Jelgava","Latvia"),
  E("study visit to Bauska","2042-04-24",None,"Bauska","Latvia"),
  E("partners' dinner","2042-04-23",None,"Jelgava","Latvia"),
  E("annual General Meeting","2042-05-15",None,"Panevėžys","Lithuania"),
  E("General Meetings","2039",None,"Panevėžys","Lithuania"), E("General Meetings","2040",None,"Panevėžys","Lithuania"),
  E("General Meetings","2041",None,"Biržai","Lithuania"), E("General Meetings","2038",None,"Rokiškis","Lithuania")],
 ["2042-03","2042-03-02","2042-02","2042-02-26","2042-02-11","2042-01/2042-02","1951/2042","2024","2024/2030","2042-03-19",
  "2042-04-23/2042-04-24","2042-04-24","2042-04-23","2042-05-15","2042-05","2039","2040","2041","2038"],
 [], pub="2042-03")
