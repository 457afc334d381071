from h import *
F = 'g16_vidin_danube_newsletter.txt'
assert wd(2042,3,20)=='Thursday' and wd(2042,4,9)=='Wednesday' and wd(2042,6,4)=='Wednesday' and wd(2041,12,12)=='Thursday'
T = """DANUBE-AGRILINK NEWSLETTER | Issue 5 | Spring 2042
Interreg Danube Region Programme – co-funded by the European Union
---------------------------------------------------------------
View this e-mail in your browser | Forward to a friend

IN THIS ISSUE
1. Vidin hosts the mid-term partner meeting
2. North-West Agro Cluster elects new board
3. Pilot actions: first results from the lower Danube
4. Calendar
5. Open calls and deadlines

---------------------------------------------------------------
1. VIDIN HOSTS THE MID-TERM PARTNER MEETING

On Thursday, 20 March 2042, the eleven partners of DANUBE-AGRILINK met in Vidin, Bulgaria, for the mid-term partner meeting of the project. The meeting was hosted by the Vidin Chamber of Commerce and Industry and took place partly on the Romanian side of the river, in Calafat, where participants visited a fruit-processing cooperative.

The project, which runs from 1 July 2040 to 30 June 2043, connects agri-food clusters along the Danube to shorten supply chains and increase local processing. Lead partner is the Hungarian ÉLMA Agrár Klaszter from Baja.

"We have the river, the land and the producers. What we lack is the link in between – the processing, the cold storage, the buyer," said Tsvetelina Marinova-Dimitrova, executive director of the Vidin chamber, in her opening remarks. Dr. Ferenc Kis-Szabó (ÉLMA Agrár Klaszter), the project's coordinator, presented the mid-term report, and Milica Stojanović from the Serbian partner, Regional Development Agency Bačka (RDA Bačka), reported on the joint cold-storage study.

---------------------------------------------------------------
2. NORTH-WEST AGRO CLUSTER ELECTS NEW BOARD

At its general assembly in Vidin on 12.12.2041, the North-West Agro Cluster (NWAC), one of the Bulgarian partners of the project, elected a new board for 2042–2045:

President: Ivaylo Tsankov (Vidin Fruit Ltd.)
Vice-President: Desislava Ilieva-Todorova (Agricultural University – Plovdiv, Vidin branch)
Treasurer: Georgi Popov-Lazarov (Popov Agro EOOD)
Members: Rositsa Angelova (Municipality of Vidin), Nikolay Kirov (Danube Logistics AD)

The outgoing president, Emil Vasilev, who led the cluster from 2035 to 2041, was named honorary member.

---------------------------------------------------------------
3. PILOT ACTIONS: FIRST RESULTS

Four pilot actions started in autumn 2041:
- a shared cold store for berries in Calafat (Romania), run with ADR Sud-Vest Oltenia;
- a digital marketplace for Danube fish, tested by the Croatian partner Klaster Panonska ribarstvo in Vukovar;
- a joint brand for honey from Vidin and Zaječar;
- a training scheme for young farmers run by the Lower Austrian partner Genussregion Donau Niederösterreich.

According to Anton Hofbauer-Rieß of Genussregion Donau Niederösterreich, the training scheme attracted 48 farmers in its first round, twice as many as planned.

---------------------------------------------------------------
4. CALENDAR

9 April 2042 – Online workshop "Cold chains for small producers" (10:00–12:30 CET)
27 May–4 June 2042 – DANUBE-AGRILINK study tour from Vukovar to Vienna by boat and bus
30 September–1 October 2042 – Danube Agri-Food Forum, Novi Sad (4th edition; earlier editions in Ruse 2039, Baja 2040, Galați 2041)
November 2042 – partner meeting in Galați (date to be confirmed)
December 2042–January 2043 – Danube honey campaign in supermarkets in Austria and Hungary

---------------------------------------------------------------
5. OPEN CALLS AND DEADLINES

Second call for pilot SMEs: applications until 15 April 2042, 16:00 CET.
Expressions of interest for the study tour: until 30.04.2042.
Nominations for the "Danube Flavour" award, presented at the Danube Agri-Food Forum: until 31 August 2042.

---------------------------------------------------------------
Contact: Iskra Petrova, communication officer, Vidin Chamber of Commerce and Industry
You receive this newsletter because you registered at a DANUBE-AGRILINK event. Unsubscribe | Update your preferences
"""
write(F, T)
V="Vidin Chamber of Commerce and Industry"; N="North-West Agro Cluster"
gold(F,
 [P("Tsvetelina Marinova-Dimitrova","executive director",V),
  P("Ferenc Kis-Szabó","coordinator","ÉLMA Agrár Klaszter"),
  P("Milica Stojanović",None,"Regional Development Agency Bačka"),
  P("Ivaylo Tsankov","President",N),
  P("Desislava Ilieva-Todorova","Vice-President",N),
  P("Georgi Popov-Lazarov","Treasurer",N),
  P("Rositsa Angelova","member",N),
  P("Nikolay Kirov","member",N),
  P("Emil Vasilev","honorary member",N),
  P("Anton Hofbauer-Rieß",None,"Genussregion Donau Niederösterreich"),
  P("Iskra Petrova","communication officer",V)],
 [O(V), O("ÉLMA Agrár Klaszter"), O("Regional Development Agency Bačka","RDA Bačka"), O(N,"NWAC"),
  O("Vidin Fruit Ltd."), O("Agricultural University – Plovdiv"), O("Popov Agro EOOD"), O("Municipality of Vidin"),
  O("Danube Logistics AD"), O("ADR Sud-Vest Oltenia"), O("Klaster Panonska ribarstvo"),
  O("Genussregion Donau Niederösterreich"), O("European Union")],
 [E("mid-term partner meeting","2042-03-20",None,"Vidin","Bulgaria"),
  E("general assembly","2041-12-12",None,"Vidin","Bulgaria"),
  E("Cold chains for small producers","2042-04-09",None,None,None),
  E("DANUBE-AGRILINK study tour","2042-05-27","2042-06-04",None,None),
  E("Danube Agri-Food Forum","2042-09-30","2042-10-01","Novi Sad","Serbia"),
  E("Danube Agri-Food Forum","2039",None,"Ruse","Bulgaria"),
  E("Danube Agri-Food Forum","2040",None,"Baja","Hungary"),
  E("Danube Agri-Food Forum","2041",None,"Galați","Romania"),
  E("partner meeting","2042-11",None,"Galați","Romania"),
  E("Danube honey campaign","2042-12","2043-01",None,None)],
 ["2042","2042-03-20","2040-07-01/2043-06-30","2041-12-12","2042/2045","2035/2041","2041","2042-04-09",
  "2042-05-27/2042-06-04","2042-09-30/2042-10-01","2039","2040","2042-11","2042-12/2043-01","2042-04-15","2042-04-30","2042-08-31"],
 [])
