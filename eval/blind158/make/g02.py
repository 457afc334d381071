from h import *
F = 'g02_carpathian_wood_days_przemysl.txt'
assert wd(2038,9,15)=='Wednesday' and wd(2038,9,16)=='Thursday' and wd(2038,9,17)=='Friday' and wd(2038,9,14)=='Tuesday'
T = """CARPATHIAN WOOD DAYS 2038
The cross-border meeting of the timber and furniture clusters of the Carpathian region
Przemyśl, Poland · 15–17 September 2038

Organised by the Podkarpackie Wood Cluster (Podkarpacki Klaster Drzewny) together with the Lviv Furniture Cluster (Ukraine), the Prešov Wood Innovation Cluster (Slovakia) and the Regional Development Agency of Bieszczady (BARR).

About the series
The Carpathian Wood Days started in 2031 as a one-day meeting of eleven sawmills from both sides of the Polish-Slovak border. They have since grown into a three-day meeting of clusters, companies, forestry schools and regional authorities from four countries. Each edition moves to a different town along the mountain chain, and each one is hosted by a member cluster.

Past editions
1st – Sanok (Poland), 22 June 2031
2nd – Bardejov (Slovakia), 13–14 June 2032
3rd – Uzhhorod (Ukraine), 19–20 September 2033
4th – Krosno (Poland), 11–12 September 2034
5th – Sighetu Marmației (Romania), 17–19 September 2035
6th – Humenné (Slovakia), 9–11 September 2036
7th – Lesko (Poland), 15–17 September 2037

The eighth edition in Przemyśl is the first to be held in a city rather than a small mountain town. The venue is the Przemyśl Cultural Centre by the San river.

Why Przemyśl?
The city sits at the main road and rail crossing between Poland and Ukraine, and many furniture makers on both sides of the border already buy and sell through it. After the reconstruction years, Ukrainian producers are looking for partners in the EU for certification, design and sales, while Polish sawmills need new sources of hardwood. The organisers hope that the move to a larger city will also bring more buyers: for the first time, purchasing managers of three Scandinavian furniture retailers have registered. The number of participants is expected to pass 300, against 210 in Lesko last year.

Programme

Wednesday 15 September 2038
14:00  Registration and coffee
15:00  Welcome by Mayor of Przemyśl Katarzyna Wolańska-Dudek and by Tomasz JAROSZ, president of the Podkarpackie Wood Cluster
15:30  Keynote: "Beech is the new oak" – Prof. Mirosław Gąsior, Faculty of Wood Technology, Warsaw University of Life Sciences (SGGW)
16:30  Cluster market: each cluster presents its members and offers
19:00  Welcome dinner at the Fortress Restaurant on the Castle Hill

Thursday 16 September 2038
09:00  Matchmaking session (B2B meetings), prepared with the Enterprise Europe Network
12:30  Lunch
14:00  Workshops in three rooms: (a) certified wood and the EU deforestation rules; (b) apprentices across borders; (c) furniture design for export
17:30  Meeting of the Steering Board of the Carpathian Wood Alliance (members only)

Friday 17 September 2038
08:30  Company visits: Fabryka Mebli Bircza sp. z o.o. in Bircza and the sawmill Tartak Krasiczyn
13:00  Closing lunch and handover of the series flag to the 2039 hosts

Speakers and guests
Among the confirmed speakers are Olena Hrytsenko (director, Lviv Furniture Cluster), Marek Kundrát (manager, Prešov Wood Innovation Cluster), Ioana Pop-Bârsan (Romanian Timber Association, Romania) and the head of the forestry department of the Podkarpackie Marshal's Office, Anna Sowa-Kielar.

Practical information
Participation is free for members of the clusters of the Carpathian Wood Alliance. Other companies pay 350 PLN, which includes the welcome dinner and all lunches. Registration closes on 31 August 2038. Interpretation between Polish, Ukrainian and English will be provided in the plenary sessions.

The ninth edition will be held in 2039 in Ukraine; the host city will be announced at the closing lunch.

Contact: Podkarpacki Klaster Drzewny, ul. Grunwaldzka 18, 37-700 Przemyśl · Agnieszka Lis, event manager · biuro@wooddays.example.pl
"""
write(F, T)
PK="Podkarpackie Wood Cluster"
gold(F,
 [P("Katarzyna Wolańska-Dudek","Mayor of Przemyśl",None),
  P("Tomasz JAROSZ","president",PK),
  P("Mirosław Gąsior",None,"Faculty of Wood Technology"),
  P("Olena Hrytsenko","director","Lviv Furniture Cluster"),
  P("Marek Kundrát","manager","Prešov Wood Innovation Cluster"),
  P("Ioana Pop-Bârsan",None,"Romanian Timber Association"),
  P("Anna Sowa-Kielar","head of the forestry department","Podkarpackie Marshal's Office"),
  P("Agnieszka Lis","event manager","Podkarpacki Klaster Drzewny")],
 [O(PK), O("Lviv Furniture Cluster"), O("Prešov Wood Innovation Cluster"), O("Regional Development Agency of Bieszczady","BARR"),
  O("Faculty of Wood Technology"), O("Warsaw University of Life Sciences","SGGW"), O("Enterprise Europe Network"),
  O("Carpathian Wood Alliance"), O("Fabryka Mebli Bircza sp. z o.o."), O("Tartak Krasiczyn"),
  O("Romanian Timber Association"), O("Podkarpackie Marshal's Office")],
 [E("Carpathian Wood Days 2038","2038-09-15","2038-09-17","Przemyśl","Poland"),
  E("Carpathian Wood Days","2031-06-22",None,"Sanok","Poland"),
  E("Carpathian Wood Days","2032-06-13","2032-06-14","Bardejov","Slovakia"),
  E("Carpathian Wood Days","2033-09-19","2033-09-20","Uzhhorod","Ukraine"),
  E("Carpathian Wood Days","2034-09-11","2034-09-12","Krosno","Poland"),
  E("Carpathian Wood Days","2035-09-17","2035-09-19","Sighetu Marmației","Romania"),
  E("Carpathian Wood Days","2036-09-09","2036-09-11","Humenné","Slovakia"),
  E("Carpathian Wood Days","2037-09-15","2037-09-17","Lesko","Poland"),
  E("Cluster market","2038-09-15",None,"Przemyśl","Poland"),
  E("Welcome dinner","2038-09-15",None,"Przemyśl","Poland"),
  E("Matchmaking session (B2B meetings)","2038-09-16",None,"Przemyśl","Poland"),
  E("Workshops","2038-09-16",None,"Przemyśl","Poland"),
  E("Meeting of the Steering Board of the Carpathian Wood Alliance","2038-09-16",None,"Przemyśl","Poland"),
  E("Company visits","2038-09-17",None,"Bircza","Poland"),
  E("Carpathian Wood Days","2039",None,None,"Ukraine")],
 ["2038-09-15/2038-09-17","2031","2031-06-22","2032-06-13/2032-06-14","2033-09-19/2033-09-20","2034-09-11/2034-09-12",
  "2035-09-17/2035-09-19","2036-09-09/2036-09-11","2037-09-15/2037-09-17","2038-09-15","2038-09-16","2038-09-17","2038-08-31","2039"],
 [])
