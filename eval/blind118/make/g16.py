from h import *
F = 'g16_cluj_innovation_days_editions.txt'
assert wd(2037,10,6)=='Tuesday' and wd(2037,10,7)=='Wednesday' and wd(2037,10,8)=='Thursday' and wd(2037,9,25)=='Friday'
T = """Cluj IT Cluster | Events | Cluj Innovation Days
-------------------------------------------------
Menu: About | Members | Projects | Events | Academy | Contact      [Search]   [RO | EN]

CLUJ INNOVATION DAYS
The annual meeting place of the Transylvanian tech community

Next edition: 6–8 October 2037 · Cluj-Napoca, Romania

Cluj Innovation Days (CID) is the flagship event of the Cluj IT Cluster association, organised every autumn since 2030 together with the North-West Regional Development Agency (ADR Nord-Vest) and Babeș-Bolyai University. Each edition brings together software companies, public authorities, researchers and investors from Romania and abroad.

CID 2037 – WHAT TO EXPECT
Tuesday, 6 October – Pre-event: Cluster Managers' Workshop at the Cluj Innovation Park, run by the ECCP in cooperation with Cluster Excellence Denmark. By invitation.
Wednesday, 7 October – Conference day at the BT Arena, with keynotes by Andrei Pitiș-Vlădescu (founder of Clujsoft Ventures SRL), Dr. Eszter Kovács-Szilágyi (Head of Digital Innovation, Hungarian Innovation Agency) and Radu-Mihai Oprea, Secretary of State, Ministry of Research, Innovation and Digitalisation.
15:00 – Pitch competition for start-ups, jury chaired by Sabine Mertens-Vogel (Speedinvest, Vienna)
19:00 – Innovation Night at the Cluj Botanical Garden (reception)
Thursday, 8 October – Matchmaking day with Enterprise Europe Network Romania and visits to member companies in Cluj-Napoca and Florești.

Early-bird registration closes on Friday 25 September 2037. Members of Cluj IT Cluster register free of charge; all others pay EUR 120.

PAST EDITIONS
CID 2036 (7–9 October 2036): "AI for public services" – 1,200 participants, 48 speakers, first edition with a Moldovan delegation from the ATIC association in Chișinău.
CID 2035 (1–2 October 2035): "Chips and software" – held together with the European Cluster Conference side-event on semiconductors.
CID 2034 (September 2034): "Health tech" – a joint programme with the Iuliu Hațieganu University of Medicine and Pharmacy.
CID 2031–2033: hybrid editions with limited on-site attendance.
CID 2030: first edition, a one-day conference with 180 participants.

LESSONS LEARNT FROM CID 2036
After the 2036 edition the organising team published a short evaluation. Its main lessons learnt were:
* The matchmaking day should be open to non-IT companies from the region, who are the clients of our members
* Keynotes should be shorter (20 minutes) and leave room for questions
* Local universities should present student projects in a dedicated exhibition
* International delegations need a host company assigned in advance

These lessons shaped the programme of CID 2037: the matchmaking day is now open to manufacturers from the automotive cluster Transilvania Automotive Cluster (TRAC) and the agri-food cluster Agro Transilvania Cluster, and the student exhibition is part of the conference day.

PRACTICAL INFORMATION
The BT Arena is a ten-minute walk from the city centre; shuttle buses run from Cluj airport on all three days. A limited number of rooms has been reserved at partner hotels at reduced rates. Speakers' slides and video recordings will be published on this page after the event, and photos will be shared on our social media channels. Volunteers from the universities will help guests at the registration desks.

ORGANISING TEAM
Event director: Ioana Mureșan-Roth, Executive Director, Cluj IT Cluster
Programme: Dr. Tudor Vasile Pop, Babeș-Bolyai University
Partnerships: Ferenc Bálint-Nagy, ADR Nord-Vest

Contact: events@clujit.example.ro · +40 264 000 000

Follow us: LinkedIn | Facebook | Instagram
Newsletter: subscribe to receive the CID 2037 programme first.
(c) 2037 Cluj IT Cluster Association. All rights reserved. Cookie settings.
"""
write(F, T)
CI = "Cluj IT Cluster"
gold(F,
 [P("Andrei Pitiș-Vlădescu","founder","Clujsoft Ventures SRL"),
  P("Eszter Kovács-Szilágyi","Head of Digital Innovation","Hungarian Innovation Agency"),
  P("Radu-Mihai Oprea","Secretary of State","Ministry of Research, Innovation and Digitalisation"),
  P("Sabine Mertens-Vogel",None,"Speedinvest"),
  P("Ioana Mureșan-Roth","Executive Director",CI),
  P("Tudor Vasile Pop",None,"Babeș-Bolyai University"),
  P("Ferenc Bálint-Nagy",None,"ADR Nord-Vest")],
 [O("Cluj IT Cluster Association"), O("North-West Regional Development Agency","ADR Nord-Vest"), O("Babeș-Bolyai University"),
  O("ECCP"), O("Cluster Excellence Denmark"), O("Clujsoft Ventures SRL"), O("Hungarian Innovation Agency"),
  O("Ministry of Research, Innovation and Digitalisation"), O("Speedinvest"), O("Enterprise Europe Network Romania"), O("ATIC"),
  O("Iuliu Hațieganu University of Medicine and Pharmacy"), O("Transilvania Automotive Cluster","TRAC"), O("Agro Transilvania Cluster")],
 [E("CID 2037","2037-10-06","2037-10-08","Cluj-Napoca","Romania"),
  E("Cluster Managers' Workshop","2037-10-06",None,"Cluj-Napoca","Romania"),
  E("Pitch competition for start-ups","2037-10-07",None,"Cluj-Napoca","Romania"),
  E("Innovation Night","2037-10-07",None,"Cluj-Napoca","Romania"),
  E("Matchmaking day","2037-10-08",None,"Cluj-Napoca","Romania"),
  E("visits to member companies","2037-10-08",None,"Cluj-Napoca, Florești","Romania"),
  E("CID 2036","2036-10-07","2036-10-09",None,None),
  E("CID 2035","2035-10-01","2035-10-02",None,None),
  E("European Cluster Conference side-event on semiconductors","2035-10-01","2035-10-02",None,None),
  E("CID 2034","2034-09",None,None,None),
  E("CID 2030","2030",None,None,None)],
 ["2037-10-06/2037-10-08","2030","2037-10-06","2037-10-07","2037-10-08","2037-09-25","2036-10-07/2036-10-09","2035-10-01/2035-10-02","2034-09","2031/2033"],
 ["The matchmaking day should be open to non-IT companies from the region, who are the clients of our members",
  "Keynotes should be shorter (20 minutes) and leave room for questions",
  "Local universities should present student projects in a dedicated exhibition",
  "International delegations need a host company assigned in advance"])
