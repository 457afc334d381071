from h import *
F = 'g03_constanta_blueport_final_conference.txt'
assert wd(2041,6,6)=='Thursday' and wd(2041,6,7)=='Friday' and wd(2041,5,23)=='Thursday'
T = """BLUEPORT – Smart Ports for Blue Growth
Interreg NEXT Black Sea Basin · Final conference

"From pilots to policy: what Black Sea ports learnt in four years"
Constanța, Romania · 6–7 June 2041
Venue: Europa Hall, Ovidius University Campus, Aleea Universității 1
Language: English (interpretation into Romanian in the plenary)

The BLUEPORT final conference closes four years of cooperation between ports, maritime clusters
and regional agencies around the Black Sea. Partners will show what was tested in the pilot
ports, which investments follow, and what the regions ask from the next programme period. Port
authorities, logistics companies, cluster managers and policy makers are all welcome.

Registration is free but compulsory: deadline Thursday 23 May 2041, 17:00 EET. Places for the site visit on day 2 are limited to 40 and are given in order of registration.

--------------------------------------------------------
DAY 1 – Thursday 6 June 2041
--------------------------------------------------------
08:30–09:15  Registration and welcome coffee

09:15–09:45  Opening
             Prof. Cristina Dumitrescu-Ionescu, Rector, Ovidius University of Constanța
             Mihai Anghelescu, Director General, South-East Regional Development Agency
             (ADR Sud-Est), lead partner
             Alexandru Vlădescu, Head of the Joint Secretariat of the programme

09:45–10:30  Keynote: Ports as cluster anchors in the blue economy
             Dr. Eleni Papadimitriou-Krantz, Senior Adviser, European Sea Ports Organisation (ESPO)

10:30–11:00  Coffee break

11:00–12:30  BLUEPORT results in six ports
             Presentations by the pilot leads:
             – Varna: digital berth planning (Stoyan Penev, Port of Varna EAD)
             – Batumi: shore power for ferries (Nino Gelashvili, Batumi Sea Port)
             – Odesa region: cold-chain for fish landings (Olena Kravets-Hryhoriv, Ukrainian Marine Cluster)
             – Constanța: green corridor study (Radu Popa, Maritime Ports Administration SA Constanța)
             – Samsun and Thessaloniki: short presentations on video

12:30–13:30  Lunch

13:30–15:00  Panel: Who pays for the green port?
             Moderator: Iulia Marinescu, journalist
             Panellists: Gabriel Tănase (Romanian Maritime Cluster), Dr. Kaan Yılmazer
             (Samsun Chamber of Commerce and Industry), Ana-Maria Șerban (European Investment Bank,
             Bucharest office), Petar Dimov (Bulgarian Ports Infrastructure Company)

15:00–15:30  Coffee break

15:30–17:00  Workshop: Writing the Black Sea port action plan
             Facilitated by the BLUEPORT partner Black Sea Economic Cooperation Business Council

19:30        Conference dinner at the Casino terrace, Constanța seafront (by invitation)

--------------------------------------------------------
DAY 2 – Friday 7 June 2041
--------------------------------------------------------
09:00–10:30  Partner meeting (closed session): final reporting and sustainability plan

09:30–12:30  Site visit to the Port of Constanța: the onshore power pilot at berth 34 and the
             new LNG bunkering station. Bus from the campus at 09:15; ID card required.

12:30–13:30  Farewell lunch and closing remarks by Mihai Anghelescu

--------------------------------------------------------
Practical information
--------------------------------------------------------
Accommodation: a block of rooms is held at reduced rates until 23 May 2041 in two hotels
near the campus. Mention "BLUEPORT" when booking.
Travel: the nearest airport is Mihail Kogălniceanu (26 km). A shuttle runs from Bucharest
on 5 June 2041 at 14:00 for registered participants.
Photographs will be taken during the conference. Please tell the registration desk if you
do not wish to appear in the project's publications.

About BLUEPORT
BLUEPORT (2037–2041) brought together nine partners from Romania, Bulgaria, Greece, Türkiye,
Georgia and Ukraine to test low-carbon and digital solutions in small and medium Black Sea
ports and to link them with regional maritime clusters. The project had a budget of EUR 2.4
million. Its final results will be presented to the Monitoring Committee of the programme in
September 2041.

Contact: Corina Stoica, Communication Officer, ADR Sud-Est, blueport@adrse.example.ro
www.blueport.example.eu | #BLUEPORTfinal

The content of this programme is the sole responsibility of the organisers and can under no
circumstances be regarded as reflecting the position of the European Union.
Draft programme – version of 12 May 2041. Subject to change.
"""
write(F, T)
gold(F,
 [P("Cristina Dumitrescu-Ionescu","Rector","Ovidius University of Constanța"),
  P("Mihai Anghelescu","Director General","ADR Sud-Est"),
  P("Alexandru Vlădescu","Head of the Joint Secretariat","Joint Secretariat"),
  P("Eleni Papadimitriou-Krantz","Senior Adviser","European Sea Ports Organisation"),
  P("Stoyan Penev","pilot lead","Port of Varna EAD"),
  P("Nino Gelashvili","pilot lead","Batumi Sea Port"),
  P("Olena Kravets-Hryhoriv","pilot lead","Ukrainian Marine Cluster"),
  P("Radu Popa","pilot lead","Maritime Ports Administration SA Constanța"),
  P("Iulia Marinescu","journalist",None),
  P("Gabriel Tănase",None,"Romanian Maritime Cluster"),
  P("Kaan Yılmazer",None,"Samsun Chamber of Commerce and Industry"),
  P("Ana-Maria Șerban",None,"European Investment Bank"),
  P("Petar Dimov",None,"Bulgarian Ports Infrastructure Company"),
  P("Corina Stoica","Communication Officer","ADR Sud-Est")],
 [O("Ovidius University of Constanța"), O("South-East Regional Development Agency","ADR Sud-Est"),
  O("European Sea Ports Organisation","ESPO"), O("Port of Varna EAD"), O("Batumi Sea Port"),
  O("Ukrainian Marine Cluster"), O("Maritime Ports Administration SA Constanța"), O("Romanian Maritime Cluster"),
  O("Samsun Chamber of Commerce and Industry"), O("European Investment Bank"),
  O("Bulgarian Ports Infrastructure Company"), O("Black Sea Economic Cooperation Business Council"),
  O("Monitoring Committee"), O("Joint Secretariat")],
 [E("BLUEPORT final conference","2041-06-06","2041-06-07","Constanța","Romania"),
  E("Conference dinner","2041-06-06",None,"Constanța","Romania"),
  E("Partner meeting","2041-06-07",None,"Constanța","Romania"),
  E("Site visit to the Port of Constanța","2041-06-07",None,"Constanța","Romania"),
  E("Farewell lunch","2041-06-07",None,"Constanța","Romania")],
 ["2041-06-06/2041-06-07","2041-05-23","2041-06-06","2041-06-07","2041-06-05","2037/2041","2041-09","2041-05-12"],
 [], pub="2041-05-12")
