from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g10_cuxhaven_partner_meeting_invitation.eml'
assert wd(2038,9,22)=='Wednesday' and wd(2038,9,23)=='Thursday' and wd(2038,9,21)=='Tuesday' and wd(2038,8,3)=='Tuesday'
body = """Dear partners,

As promised during our last online call, here are the practical details and the draft agenda for the third partner meeting of OFFSHORE-SKILLS, which Cuxhaven will host from Tuesday evening 21 September to Thursday 23 September 2038.

VENUE
All sessions take place at the Offshore-Basis Cuxhaven training hall (Neufelder Straße, near the Offshore-Terminal). We have reserved a block of 30 rooms at the Seehotel Duhnen until 20 August 2038; please book directly and quote "OFFSHORE-SKILLS". From Hamburg airport the regional train to Cuxhaven takes about two hours; we will organise a shuttle from the station on Tuesday afternoon.

DRAFT AGENDA

Tuesday 21 September
19:00  Informal welcome dinner at the Fischereihafen (hosted by Agentur für Wirtschaftsförderung Cuxhaven)

Wednesday 22 September
09:00  Welcome – Dr. Henrike Albers-Jessen, head of the Agentur für Wirtschaftsförderung Cuxhaven
09:20  Project status and budget – Morten Sandvad, coordinator, Offshoreenergy.dk
10:30  Work package 3: the joint curriculum for wind turbine technicians – led by Escola Profissional de Almada
13:30  Visit to the Siemens Gamesa nacelle plant, Cuxhaven
16:30  General Assembly of the consortium (one voting representative per partner)
19:30  Partner dinner, Restaurant Spanger, Duhnen

Thursday 23 September
09:00  Work package 5: cascade funding for SMEs – results of the first open call
11:00  Communication and the European Cluster Collaboration Platform profile – Aistė Jankauskienė, Klaipėda Science and Technology Park
12:30  Wrap-up and departure

Please send me the names of your participants by 3 August 2038, together with any dietary requirements. Partners who need an invitation letter for their finance department should tell Jonas as soon as possible.

The minutes of the second partner meeting in Klaipėda (17–18 March 2038) are in the shared folder, together with the slides of the online steering group of 8 June 2038. I would ask every work package leader to read them before Cuxhaven, so that we can keep the discussion for the things we have not yet agreed on.

A note on the General Assembly: we need to approve the amendment request (new partner from Poland, Pomorskie Offshore Cluster) and the revised budget table. The documents will be circulated two weeks before the meeting.

I look forward to seeing you all by the North Sea!

Best regards,
Katrin Heuer
Project Manager OFFSHORE-SKILLS
Agentur für Wirtschaftsförderung Cuxhaven
Kapitän-Alexander-Straße 1, 27472 Cuxhaven, Germany
Tel. +49 4721 000 000

OFFSHORE-SKILLS is co-funded by the European Union under the Single Market Programme (Euroclusters).

-----Original Message-----
From: Morten Sandvad <ms@offshoreenergy.example.dk>
Sent: Friday, 2 July 2038 15:42
To: Katrin Heuer <k.heuer@afw-cuxhaven.example.de>
Cc: Jonas Meyerdierks <j.meyerdierks@afw-cuxhaven.example.de>
Subject: RE: Dates for partner meeting 3

Hi Katrin,

Thanks for your offer to host. From our side 21–23 September works well, and I checked with Almada and Klaipėda: both are fine with those dates. Ribe is still waiting for confirmation from their board, but Lise Thorup thinks they can send two people.

Could we include a company visit? Last time in Klaipėda the port tour was the part everyone remembered. If the Siemens Gamesa plant is possible, that would be ideal.

One more thing: the EISMEA project adviser, Ms Paola Ferrante, has asked whether she can join online for the General Assembly. I said yes, so please plan a hybrid connection.

Best,
Morten

Morten Sandvad | Coordinator OFFSHORE-SKILLS | Offshoreenergy.dk | Esbjerg, Denmark
"""
m = EmailMessage()
m['From'] = 'Katrin Heuer <k.heuer@afw-cuxhaven.example.de>'
m['To'] = 'offshore-skills-partners@lists.example.eu'
m['Subject'] = 'OFFSHORE-SKILLS: 3rd partner meeting in Cuxhaven, 21-23 September 2038 - practical info and draft agenda'
m['Date'] = format_datetime(datetime.datetime(2038,7,13,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
assert wd(2038,7,2)=='Friday'
open(path(F),'wb').write(bytes(m))
A="Agentur für Wirtschaftsförderung Cuxhaven"
gold(F,
 [P("Henrike Albers-Jessen","head",A),
  P("Morten Sandvad","coordinator","Offshoreenergy.dk"),
  P("Aistė Jankauskienė",None,"Klaipėda Science and Technology Park"),
  P("Katrin Heuer","Project Manager OFFSHORE-SKILLS",A),
  P("Jonas Meyerdierks"),
  P("Lise Thorup"),
  P("Paola Ferrante","project adviser","EISMEA")],
 [O(A), O("Offshoreenergy.dk"), O("Escola Profissional de Almada"), O("Siemens Gamesa"),
  O("Klaipėda Science and Technology Park"), O("European Cluster Collaboration Platform"), O("Pomorskie Offshore Cluster"),
  O("EISMEA")],
 [E("third partner meeting of OFFSHORE-SKILLS","2038-09-21","2038-09-23","Cuxhaven","Germany"),
  E("welcome dinner","2038-09-21",None,"Cuxhaven","Germany"),
  E("Visit to the Siemens Gamesa nacelle plant","2038-09-22",None,"Cuxhaven","Germany"),
  E("General Assembly of the consortium","2038-09-22",None,"Cuxhaven","Germany"),
  E("Partner dinner","2038-09-22",None,"Duhnen","Germany"),
  E("second partner meeting","2038-03-17","2038-03-18","Klaipėda","Lithuania"),
  E("online steering group","2038-06-08")],
 ["2038-09-21/2038-09-23","2038-08-20","2038-09-21","2038-09-22","2038-09-23","2038-08-03","2038-03-17/2038-03-18",
  "2038-06-08","2038-07-02","2038-07-13"],
 [], pub="2038-07-13")
