from s import *
ed=[(1,2023,"Hamar","Norway"),(2,2024,"Lillehammer","Norway"),(3,2025,"Gjøvik","Norway"),(4,2026,"Elverum","Norway"),(5,2027,"Karlstad","Sweden"),(6,2028,"Kongsvinger","Norway"),(7,2029,"Lillehammer","Norway"),(8,2030,"Elverum","Norway"),(9,2031,"Gjøvik","Norway"),(10,2032,"Jyväskylä","Finland")]
sfx={1:"st",2:"nd",3:"rd"}
W("save-the-date_innlandet-wood-forum-2034","save-the-date_innlandet-wood-forum-2034.md","2034-02-14",[
P("Kari Bjørnstad-Haugen","Cluster Manager","Innlandet Trecluster"),
P("Lars-Erik Sundqvist","Professor of Wood Building Technology","Luleå University of Technology"),
P("Anne-Marit Øverli","County Mayor","Innlandet County Municipality"),
P("Mikko Kärkkäinen","Director of Development","Metsä Wood"),
P("Solveig Dahl de Vries","Head of Sustainability","Statsbygg"),
P("Ingrid Solbakken-Lie","Project Coordinator","Innlandet Trecluster"),
P("Henrik Aasen","Communications Adviser","Innovation Norway Innlandet")],
[O("Innlandet Trecluster","Innlandet Wood Cluster"),O("Norwegian University of Science and Technology","NTNU"),O("Innlandet County Municipality"),
O("Innovation Norway Innlandet"),O("Moelven Limtre AS"),O("Enterprise Europe Network Norway"),O("Luleå University of Technology"),O("Metsä Wood"),O("Statsbygg"),O("Inland Norway University of Applied Sciences")],
[E("Innlandet Wood & Bioeconomy Forum 2034","2034-09-05","2034-09-06","Hamar","Norway"),
 E("Innlandet Wood & Bioeconomy Forum (11th edition)","2033-09-06","2033-09-07","Kongsvinger","Norway")]+
[E(f"Innlandet Wood & Bioeconomy Forum ({n}{sfx.get(n,'th')} edition)",str(y),None,c,k) for n,y,c,k in ed],
["2034-09-05/2034-09-06","2034-09-05","2034-06-01","2034-05","2034-04-15","2034-06-30","2034-06-20"]+[str(y) for y in range(2023,2035)]+["2033-09-06/2033-09-07","2034-08-01"])
