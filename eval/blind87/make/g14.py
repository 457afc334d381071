from h import *
F = 'g14_parnu_wood_house_cluster_visit.txt'
assert wd(2035,5,20)=='Sunday'.replace('Sunday','Sunday') or True
assert wd(2035,5,22)=='Tuesday' and wd(2035,5,23)=='Wednesday' and wd(2035,10,16)=='Tuesday'
T = """Pärnumaa Wooden House Cluster
Avaleht / Home   Klaster   Liikmed   Projektid   Uudised   Kontakt       EST  ENG  FIN
This website uses cookies for statistics. [I agree]

NEWS
28.05.2035

Delegation from Finnish Ostrobothnia visited Pärnu wooden house producers

On 22–23 May 2035 a delegation of 19 people from Finnish Ostrobothnia visited members of the Pärnumaa Wooden House Cluster. The visit was organised together with the Pärnu County Development Centre (Pärnumaa Arenduskeskus) and the Finnish partner Österbottens Trähuskluster, within the cooperation agreement signed between the two clusters in 2034.

Delegation was led by Mikael Sundqvist, Cluster Manager of Österbottens Trähuskluster, and included representatives of eight companies, the Vaasa University of Applied Sciences (VAMK) and the Regional Council of Ostrobothnia. From Estonian side the guests were welcomed by cluster chairman Rein Tamm, member of the management board of Pärnu Puitmaja OÜ, and by Kaja Lepik, head of entrepreneurship at the Pärnu County Development Centre.

Programme of the visit

Tuesday, 22 May
10:00 Arrival by ferry and bus from Helsinki
12:00 Welcome lunch at Villa Ammende, Pärnu
13:30 Presentation of the cluster and Estonian wooden house sector – Rein Tamm
14:30 Company visit: Pärnu Puitmaja OÜ, Papiniidu production plant
16:30 Company visit: Nordic Element AS, Sindi
19:00 Dinner with cluster members at Hotel Rannahotell

Wednesday, 23 May
09:00 Seminar "Export of prefabricated houses to Scandinavia – experiences and pitfalls" at Pärnu College of the University of Tartu
   – Andres Kask, Managing Director, Estonian Woodhouse Association
   – Johanna Björklund, Export Manager, Kvarken Hus Ab
   – Marko Oja, Project Manager, Enterprise Estonia (EAS)
11:30 B2B meetings between Finnish and Estonian companies
13:00 Lunch and departure

Results
During the two days 27 B2B meetings were held. Two Finnish window and door producers agreed to send offers to Estonian members, and a joint application for the Interreg Central Baltic programme will be prepared in the autumn. "We came to see the factories, but we leave with new ideas about how to organise logistics to Sweden together," said Mikael Sundqvist.

Rein Tamm underlined that both clusters face the same problem of skilled workforce. "In Pärnu county alone the wooden house factories need over 200 carpenters and assemblers. Finnish colleagues have very good experience with apprenticeship, and we want to learn this."

The Estonian Woodhouse Association informed that Estonian wooden house export reached 614 million euros in 2034, and Scandinavia takes two thirds of it. Managing Director Andres Kask warned that the export is very dependent on Norwegian and Swedish construction markets, which slowed down in the last year.

The guests were especially interested in the automated wall element line at Papiniidu, which was installed last winter, and in the way Estonian producers organise transport of whole house modules by sea. Several Finnish companies said they are looking for subcontractors for roof trusses and window installation, because the order books in Ostrobothnia are full until next summer.

Next meeting
Return visit of the Pärnumaa cluster to Vaasa and Seinäjoki is planned on 16–17 October 2035. Members who wish to join should contact the cluster coordinator before 31 August 2035.

Photo: Participants of the seminar at Pärnu College. Photo by Liina Saar.

The visit was financed by the Pärnu County Development Centre and the members' own contribution.

Contact:
Triin Mägi
Cluster Coordinator
Pärnumaa Wooden House Cluster MTÜ
Rüütli 25, 80010 Pärnu, Estonia
+372 000 0000
triin.magi@puitmajaklaster.example.ee

Share: Facebook | LinkedIn | Email
« Back to news

© 2035 Pärnumaa Wooden House Cluster MTÜ
"""
assert wd(2035,10,16)=='Tuesday'
write(F, T)
gold(F,
 [P("Mikael Sundqvist","Cluster Manager","Österbottens Trähuskluster"),
  P("Rein Tamm","cluster chairman","Pärnumaa Wooden House Cluster"),
  P("Kaja Lepik","head of entrepreneurship","Pärnu County Development Centre"),
  P("Andres Kask","Managing Director","Estonian Woodhouse Association"),
  P("Johanna Björklund","Export Manager","Kvarken Hus Ab"),
  P("Marko Oja","Project Manager","Enterprise Estonia"),
  P("Liina Saar"), P("Triin Mägi","Cluster Coordinator","Pärnumaa Wooden House Cluster MTÜ")],
 [O("Pärnumaa Wooden House Cluster MTÜ"), O("Pärnu County Development Centre"), O("Österbottens Trähuskluster"),
  O("Vaasa University of Applied Sciences","VAMK"), O("Regional Council of Ostrobothnia"), O("Pärnu Puitmaja OÜ"),
  O("Nordic Element AS"), O("Pärnu College of the University of Tartu"), O("Estonian Woodhouse Association"),
  O("Kvarken Hus Ab"), O("Enterprise Estonia","EAS")],
 [E("visit of the delegation from Finnish Ostrobothnia","2035-05-22","2035-05-23","Pärnu","Estonia"),
  E("Welcome lunch","2035-05-22",None,"Pärnu","Estonia"),
  E("Company visit: Pärnu Puitmaja OÜ","2035-05-22",None,"Pärnu","Estonia"),
  E("Company visit: Nordic Element AS","2035-05-22",None,"Sindi","Estonia"),
  E("Dinner with cluster members","2035-05-22",None,"Pärnu","Estonia"),
  E("Export of prefabricated houses to Scandinavia – experiences and pitfalls","2035-05-23",None,"Pärnu","Estonia"),
  E("B2B meetings","2035-05-23",None,"Pärnu","Estonia"),
  E("Return visit","2035-10-16","2035-10-17","Vaasa, Seinäjoki","Finland")],
 ["2035-05-28","2035-05-22/2035-05-23","2034","2035-05-22","2035-05-23","2035-10-16/2035-10-17","2035-08-31"], [], pub="2035-05-28")
