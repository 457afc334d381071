from h import *
F = 'g10_zaragoza_logistics_day_linkedin_post.txt'
assert wd(2037,10,21)=='Wednesday' and wd(2037,10,23)=='Friday' and wd(2038,10,20)=='Wednesday'
T = """LinkedIn

Lucía Berdejo Lasheras • 1st
Innovation Manager at Aragon Logistics Cluster (ALIA) | Intermodal freight | Board member, European Freight Clusters Network
2d • Edited •

What a day in Zaragoza! 🚛🚆

On Wednesday our cluster hosted the 5th Logistics Innovation Day at the PLAZA business centre, and for the first time we were fully booked three weeks in advance: 340 participants, 28 speakers, 16 exhibitors and more than 90 pre-arranged B2B meetings in the afternoon.

A big thank you to our keynote speaker Dr. Henrik Aalborg-Nissen, Director of Research at the Danish Technological Institute, who reminded us that the cheapest kilometre is the one we never drive. And to Beatriz Monforte, Director General of Transport of the Government of Aragon, for announcing the new call for rail-siding investments in the PLAZA and PLHUS platforms.

The round table on cross-border rail freight via Canfranc, moderated by my colleague Jorge Ibarra, was the liveliest hour of the day. Thank you Pierre-Yves Lacoste (Région Nouvelle-Aquitaine), Elena Sancho Royo (Adif) and Marc Boudreau (Port of Bordeaux) for the honest exchange – and for not agreeing on everything 😉

My five takeaways from the day:

1. Rail freight will not grow without shared terminals that small forwarders can book by the hour.
2. Data sharing between shippers and carriers is no longer a technical problem but a question of trust and contracts.
3. Electric heavy trucks are ready for regional routes under 300 km; the bottleneck is charging at depots.
4. Warehouse automation is moving to mid-sized companies through leasing and robots-as-a-service.
5. We need twice as many logistics technicians by 2040, and vocational schools must be part of the cluster.

Congratulations also to the winners of the ALIA Start-up Award: Cargonomo SL (Huesca) for their AI slotting tool for cross-docks, handed over by our president Fernando Lafuente at the closing reception.

Huge thanks to the team who made it happen – Marta, Iván, Sofía, Raúl – and to our sponsors Ibercaja Fundación, Zaragoza Logistics Center (ZLC) and Universidad de Zaragoza.

📸 Photos: Alberto Ciria
🎥 Recordings of the plenary will be on our YouTube channel next week.

Save the date: the 6th Logistics Innovation Day will take place on 20 October 2038, again in Zaragoza. And before that, we'll see many of you at our study visit to the Port of Bordeaux on 3–4 December.

#logistics #railfreight #clusters #Aragon #Zaragoza #innovation #B2B

👍❤️👏 412 · 38 comments · 17 reposts

Comments

Henrik Aalborg-Nissen • Director of Research at Danish Technological Institute
Thanks for having me, Lucía. Impressive energy in the room. Let's follow up on the depot charging pilot.
Like · Reply · 2d

Pierre-Yves Lacoste • Chargé de mission transports, Région Nouvelle-Aquitaine
Merci pour l'invitation ! Rendez-vous à Bordeaux en décembre pour la suite du dialogue sur Canfranc.
Like · Reply · 2d

Carmen Gil Aznar • Logistics Manager at Frutas del Jalón SA
The B2B sessions were really well organised – three of my seven meetings already turned into follow-up calls. See you in 2038!
Like · Reply · 1d

Jorge Ibarra • Project Officer, ALIA
Slides of the round table are now in the members' area 👉 link in the first comment.
Like · Reply · 1d

Tomás Lahoz • Student at Universidad de Zaragoza
Thank you for the student passes! Takeaway number 5 is exactly why I'm studying logistics engineering.
Like · Reply · 20h

Load more comments

Posted Friday 23 October 2037 · Zaragoza, Aragon, Spain
"""
assert wd(2037,12,3)=='Thursday'
write(F, T)
A="Aragon Logistics Cluster"
gold(F,
 [P("Lucía Berdejo Lasheras","Innovation Manager",A),
  P("Henrik Aalborg-Nissen","Director of Research","Danish Technological Institute"),
  P("Beatriz Monforte","Director General of Transport","Government of Aragon"),
  P("Jorge Ibarra","Project Officer","ALIA"),
  P("Pierre-Yves Lacoste","Chargé de mission transports","Région Nouvelle-Aquitaine"),
  P("Elena Sancho Royo",None,"Adif"),
  P("Marc Boudreau",None,"Port of Bordeaux"),
  P("Fernando Lafuente","president",A),
  P("Alberto Ciria",None,None),
  P("Carmen Gil Aznar","Logistics Manager","Frutas del Jalón SA"),
  P("Tomás Lahoz","Student","Universidad de Zaragoza")],
 [O(A,"ALIA"), O("European Freight Clusters Network"), O("Danish Technological Institute"), O("Government of Aragon"),
  O("Région Nouvelle-Aquitaine"), O("Adif"), O("Port of Bordeaux"), O("Cargonomo SL"), O("Ibercaja Fundación"),
  O("Zaragoza Logistics Center","ZLC"), O("Universidad de Zaragoza"), O("Frutas del Jalón SA")],
 [E("5th Logistics Innovation Day","2037-10-21",None,"Zaragoza","Spain"),
  E("B2B meetings","2037-10-21",None,"Zaragoza","Spain"),
  E("round table on cross-border rail freight via Canfranc","2037-10-21",None,"Zaragoza","Spain"),
  E("ALIA Start-up Award","2037-10-21",None,"Zaragoza","Spain"),
  E("closing reception","2037-10-21",None,"Zaragoza","Spain"),
  E("6th Logistics Innovation Day","2038-10-20",None,"Zaragoza","Spain"),
  E("study visit to the Port of Bordeaux","2037-12-03","2037-12-04","Bordeaux","France")],
 ["2038-10-20","2037-12-03/2037-12-04","2037-12","2040","2038","2037-10-23"],
 ["Rail freight will not grow without shared terminals that small forwarders can book by the hour",
  "Data sharing between shippers and carriers is no longer a technical problem but a question of trust and contracts",
  "Electric heavy trucks are ready for regional routes under 300 km; the bottleneck is charging at depots",
  "Warehouse automation is moving to mid-sized companies through leasing and robots-as-a-service",
  "We need twice as many logistics technicians by 2040, and vocational schools must be part of the cluster"],
 "2037-10-23")
