from h import *
F = 'g03_limassol_blue_growth_programme.txt'
assert wd(2038,10,13)=='Wednesday' and wd(2038,10,14)=='Thursday' and wd(2038,10,15)=='Friday'
T = """MEDITERRANEAN BLUE GROWTH CLUSTER DAYS 2038
Limassol, Cyprus · 13–15 October 2038
Final programme (version 4, 6 October 2038 – subject to change)
All times are local time (Eastern European Summer Time).

Organised by the Cyprus Marine and Maritime Institute (CMMI) and the Limassol Maritime Cluster, with the support of the Cyprus Shipping Chamber and the Deputy Ministry of Shipping.
Venue: Technology Park, Cyprus University of Technology (TEPAK), Anexartisias 57, Limassol, unless stated otherwise.

------------------------------------------------------------
WEDNESDAY 13 OCTOBER 2038 – ARRIVAL AND CLUSTER MANAGERS' DAY
------------------------------------------------------------

12:00–13:30  Registration and light lunch (Foyer, ground floor)

13:30–14:00  Welcome
             Andreas Charalambous, Chair, Limassol Maritime Cluster
             Dr Eleni Petrides, Director of Innovation, Cyprus Marine and Maritime Institute

14:00–15:30  Cluster managers' round table: How do maritime clusters finance their own services?
             Moderator: Sofia Marangou, Cluster Manager, Limassol Maritime Cluster
             With: Pierre-Yves Lebrun (Pôle Mer Méditerranée, Toulon), Giulia Santangelo (Cluster Tecnologico Nazionale Blue Italian Growth), Nikos Karavias (Hellenic Maritime Cluster, Piraeus)

15:30–16:00  Coffee break

16:00–17:30  Parallel workshops
             A – Offshore aquaculture: permits and spatial planning (Room 2.04)
             B – Green port operations and shore power (Room 2.06)
             C – Skills for the blue economy: what employers need (Room 1.12)

19:30        Welcome reception on the terrace of the Limassol Marina, hosted by the Municipality of Limassol

------------------------------------------------------------
THURSDAY 14 OCTOBER 2038 – CONFERENCE DAY
------------------------------------------------------------

08:30–09:00  Registration and coffee

09:00–09:30  Opening addresses
             Marios Hadjiyiannis, Deputy Minister of Shipping
             Representative of the European Commission, DG MARE (tbc)

09:30–10:15  Keynote: "The Eastern Mediterranean as a testbed for zero-emission shipping"
             Prof. Katerina Ioannou, Department of Mechanical Engineering and Materials Science and Engineering, TEPAK

10:15–11:30  Session 1 – Decarbonising short-sea shipping
             Chair: Captain Georgios Savva, Cyprus Shipping Chamber
             • Ammonia bunkering: lessons from the first pilots – Henrik Aagaard Lund, Danish Maritime
             • Retrofitting ferries on island routes – Maria Theodorou, Island Ferries Ltd
             • Financing the transition: what banks ask for – Costas Efstathiou, Bank of Cyprus

11:30–12:00  Coffee break and poster session

12:00–13:15  Session 2 – Data, sensors and ocean observation
             Chair: Dr Eleni Petrides, CMMI
             • Underwater drones for pipeline inspection – Yiannis Michael, SeaRobotics Cyprus
             • A shared observation network for the Levantine basin – Dr Rania Haddad, Oceanographic Centre, University of Cyprus
             • Start-up pitches (5 × 5 minutes), selected through the open call

13:15–14:30  Networking lunch (Restaurant level, Technology Park)

14:30–17:00  B2B meetings (pre-booked via the matchmaking platform; 25-minute slots)
             Run with Enterprise Europe Network Cyprus (Cyprus Chamber of Commerce and Industry)

14:30–16:00  In parallel: Session 3 – Coastal tourism and the blue economy
             Chair: Anna Kyriakou, Cyprus Tourism Organisation
             • Marinas as innovation hubs – Luca Ferraresi, Assomarinas
             • Diving parks on artificial reefs – Christos Loizou, Zenobia Dive Centre

17:00–17:30  Conclusions of the day and presentation of the Limassol Declaration on Blue Clusters
             Sofia Marangou and Andreas Charalambous

20:00        Conference dinner at the Medieval Castle of Limassol (ticket required, €55)

------------------------------------------------------------
FRIDAY 15 OCTOBER 2038 – SITE VISITS
------------------------------------------------------------

08:30        Departure of coaches from the Technology Park

09:15–10:45  Site visit 1: Limassol port – container terminal and shore-power installation, hosted by Eurogate Container Terminal Limassol

11:15–12:30  Site visit 2: CMMI marine research station and aquaculture pilot cages, Vasiliko

12:30–13:30  Lunch at Governor's Beach (offered by the Limassol Maritime Cluster)

14:00        Return to Limassol; drop-off at the Technology Park and Limassol Marina

------------------------------------------------------------
PRACTICAL INFORMATION
------------------------------------------------------------

Registration closes on 8 October 2038 or when the 220 places are taken. Participation in the conference day is free of charge; the conference dinner and the site visits must be booked separately.

About the Cluster Days: the event was launched in 2036 as an annual meeting of the maritime clusters of the Eastern Mediterranean. The first edition in Limassol brought together 140 participants from seven countries; the second, held in Larnaca, focused on offshore energy and port digitalisation. This year's edition puts the emphasis on decarbonisation of short-sea shipping, on ocean observation and on coastal tourism, three themes chosen by the member clusters in a survey in spring 2038.

Languages: English. No interpretation will be provided. Presentations will be made available to registered participants on the event website within one week after the event.

Accommodation: a block of rooms has been reserved at two hotels on the seafront until 15 September 2038 at a reduced rate. Quote "BlueDays38".

Getting there: Larnaca International Airport is 65 km from Limassol. Shuttle buses run every hour. Paphos International Airport is 63 km away.

Organising team:
Sofia Marangou, Cluster Manager – s.marangou@limassolcluster.example.cy
Demetra Constantinou, Event Officer, CMMI – events@cmmi.example.cy
Tel. +357 25 000 000

The Cluster Days are part of the European Cluster Weeks campaign and are co-funded by the Cyprus Research and Innovation Foundation.

Photos will be taken during the event and may be used for communication purposes. Please tell the registration desk if you do not wish to be photographed.

Page 1/1 · Printed 6 October 2038
"""
write(F, T)
L='Limassol Maritime Cluster'; M='Cyprus Marine and Maritime Institute'
gold(F,
 [P("Andreas Charalambous","Chair",L), P("Eleni Petrides","Director of Innovation",M),
  P("Sofia Marangou","Cluster Manager",L), P("Pierre-Yves Lebrun",None,"Pôle Mer Méditerranée"),
  P("Giulia Santangelo",None,"Cluster Tecnologico Nazionale Blue Italian Growth"),
  P("Nikos Karavias",None,"Hellenic Maritime Cluster"),
  P("Marios Hadjiyiannis","Deputy Minister of Shipping","Deputy Ministry of Shipping"),
  P("Katerina Ioannou",None,"Department of Mechanical Engineering and Materials Science and Engineering"),
  P("Georgios Savva",None,"Cyprus Shipping Chamber"),
  P("Henrik Aagaard Lund",None,"Danish Maritime"), P("Maria Theodorou",None,"Island Ferries Ltd"),
  P("Costas Efstathiou",None,"Bank of Cyprus"), P("Yiannis Michael",None,"SeaRobotics Cyprus"),
  P("Rania Haddad",None,"Oceanographic Centre"), P("Anna Kyriakou",None,"Cyprus Tourism Organisation"),
  P("Luca Ferraresi",None,"Assomarinas"), P("Christos Loizou",None,"Zenobia Dive Centre"),
  P("Demetra Constantinou","Event Officer",M)],
 [O(M,"CMMI"), O(L), O("Cyprus Shipping Chamber"), O("Deputy Ministry of Shipping"),
  O("Cyprus University of Technology","TEPAK"), O("Pôle Mer Méditerranée"),
  O("Cluster Tecnologico Nazionale Blue Italian Growth"), O("Hellenic Maritime Cluster"),
  O("Municipality of Limassol"), O("European Commission"), O("DG MARE"),
  O("Department of Mechanical Engineering and Materials Science and Engineering"),
  O("Danish Maritime"), O("Island Ferries Ltd"), O("Bank of Cyprus"), O("SeaRobotics Cyprus"),
  O("Oceanographic Centre"), O("University of Cyprus"), O("Enterprise Europe Network Cyprus"),
  O("Cyprus Chamber of Commerce and Industry"), O("Cyprus Tourism Organisation"), O("Assomarinas"),
  O("Zenobia Dive Centre"), O("Eurogate Container Terminal Limassol"), O("Cyprus Research and Innovation Foundation")],
 [E("Mediterranean Blue Growth Cluster Days 2038","2038-10-13","2038-10-15","Limassol","Cyprus"),
  E("Cluster managers' round table","2038-10-13",None,"Limassol","Cyprus"),
  E("Offshore aquaculture: permits and spatial planning","2038-10-13",None,"Limassol","Cyprus"),
  E("Green port operations and shore power","2038-10-13",None,"Limassol","Cyprus"),
  E("Skills for the blue economy: what employers need","2038-10-13",None,"Limassol","Cyprus"),
  E("Welcome reception","2038-10-13",None,"Limassol","Cyprus"),
  E("Networking lunch","2038-10-14",None,"Limassol","Cyprus"),
  E("B2B meetings","2038-10-14",None,"Limassol","Cyprus"),
  E("Conference dinner","2038-10-14",None,"Limassol","Cyprus"),
  E("Site visit 1: Limassol port","2038-10-15",None,"Limassol","Cyprus"),
  E("Site visit 2: CMMI marine research station and aquaculture pilot cages","2038-10-15",None,"Vasiliko","Cyprus"),
  E("European Cluster Weeks",None,None,None,None),
  E("Mediterranean Blue Growth Cluster Days (2036 edition)","2036",None,"Limassol","Cyprus"),
  E("Mediterranean Blue Growth Cluster Days (second edition)",None,None,"Larnaca","Cyprus")],
 ["2038-10-13/2038-10-15","2038-10-06","2038-10-13","2038-10-14","2038-10-15","2038-10-08","2038-09-15","2036","2038"],
 [], "2038-10-06")
