from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_blueheat_final_conference_invitation.eml'
assert wd(2041,6,19)=='Wednesday' and wd(2041,6,20)=='Thursday' and wd(2041,6,5)=='Wednesday' and wd(2041,5,14)=='Tuesday'
body = """Dear partners, dear members of the Friesland Water & Energy Cluster,

On behalf of the BLUEHEAT consortium it is my pleasure to invite you to the project's final conference, "Heat from Water – Results of BLUEHEAT", which we will host in Heerenveen on Thursday 20 June 2041. After four years of pilots in six North Sea regions, we want to show what aquathermal heating can do for small towns and industrial estates, and what it cannot.

Practical details
Date: Thursday 20 June 2041, 09:30–16:30
Venue: Abe Lenstra Stadion, business lounge, Heerenveen
Registration: by Wednesday 5 June 2041 via the link below (free of charge, lunch included)
Working language: English

Draft agenda
09:30  Registration and coffee
10:00  Welcome – Tjitske Hoekstra-de Vries, Managing Director, Friesland Water & Energy Cluster
10:15  Opening address – Sybren van der Meer, Member of the Provincial Executive (gedeputeerde) for Energy, Provincie Fryslân
10:35  BLUEHEAT in numbers: four years, six pilots, 11 MW – Lars Juul Andersen, lead partner coordinator, Energy Cluster Denmark
11:30  Pilot stories: Leeuwarden canal heat (NL), Esbjerg harbour (DK), Bremerhaven Fischereihafen (DE), Ghent docks (BE), Stavanger (NO), Grimsby (UK)
13:00  Lunch
14:00  Policy round: what regions need from the next Interreg North Sea programme, with a contribution from Elise Vanwalleghem of the Interreg North Sea Joint Secretariat in Viborg
15:30  Presentation of the BLUEHEAT Investment Guide for municipalities
16:00  Closing remarks and drinks

The evening before, Wednesday 19 June 2041, partners and speakers are invited to a site visit to the aquathermal plant of the Heerenveen district heating network at 16:00, followed by a partner dinner in Oranjewoud at 19:00. Please tell us by 5 June if you will join.

Partners and members who have been part of the project from the start will remember the kick-off in Esbjerg in March 2037 and the midterm meeting in Bremerhaven on 9 October 2039 – thank you all for your commitment since then.

Please forward this invitation to municipalities, utilities and installers in your network. A short save-the-date text in Dutch, Danish and German is attached.

Best regards,

Wiebe Dijkstra
Project Manager BLUEHEAT
Friesland Water & Energy Cluster
Abe Lenstraboulevard 000, 8448 JA Heerenveen, The Netherlands
T +31 513 000 000 | w.dijkstra@fwec.example.nl

This project is co-funded by the European Union through the Interreg North Sea programme.
P Please consider the environment before printing this e-mail.


-----Original Message-----
From: Lars Juul Andersen <lja@energycluster.example.dk>
Sent: Tuesday, 14 May 2041 11:47
To: Wiebe Dijkstra <w.dijkstra@fwec.example.nl>
Cc: BLUEHEAT Steering Group
Subject: RE: final conference Heerenveen – agenda

Hi Wiebe,

Thanks for the draft. A few points from our side after the Steering Group call:

- Please put the policy round after lunch; the Joint Secretariat can only join in the afternoon.
- Grimsby will present online; Dr Oluwaseun Adeyemi-Clarke from the University of Hull has confirmed.
- For the Investment Guide we need the final layout by 31 May 2041 at the latest.

Lessons learnt that I would like to feature in my presentation (please check with the pilot leaders):
1. Early agreement with the water authority saves at least six months of permitting
2. Aquathermal systems pay off only where a low-temperature heat network already exists or is planned
3. Municipalities need a neutral adviser, not a supplier, during the tender
4. Monitoring data must be shared openly between pilots from the first day

Best,
Lars

Lars Juul Andersen
Senior Project Manager | Energy Cluster Denmark
Esbjerg · Odense
"""
m = EmailMessage()
m['From'] = 'Wiebe Dijkstra <w.dijkstra@fwec.example.nl>'
m['To'] = 'blueheat-partners@lists.example.eu'
m['Cc'] = 'members@fwec.example.nl'
m['Subject'] = 'Invitation: BLUEHEAT final conference, Heerenveen, 20 June 2041'
m['Date'] = format_datetime(datetime.datetime(2041,5,22,9,3,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
FW="Friesland Water & Energy Cluster"
gold(F,
 [P("Tjitske Hoekstra-de Vries","Managing Director",FW),
  P("Sybren van der Meer","Member of the Provincial Executive (gedeputeerde) for Energy","Provincie Fryslân"),
  P("Lars Juul Andersen","Senior Project Manager","Energy Cluster Denmark"),
  P("Elise Vanwalleghem",None,"Interreg North Sea Joint Secretariat"),
  P("Wiebe Dijkstra","Project Manager BLUEHEAT",FW),
  P("Oluwaseun Adeyemi-Clarke",None,"University of Hull")],
 [O(FW), O("Provincie Fryslân"), O("Energy Cluster Denmark"), O("Interreg North Sea Joint Secretariat"),
  O("European Union"), O("University of Hull")],
 [E("Heat from Water – Results of BLUEHEAT","2041-06-20",None,"Heerenveen","Netherlands"),
  E("site visit to the aquathermal plant of the Heerenveen district heating network","2041-06-19",None,"Heerenveen","Netherlands"),
  E("partner dinner","2041-06-19",None,"Oranjewoud","Netherlands"),
  E("kick-off","2037-03",None,"Esbjerg","Denmark"),
  E("midterm meeting","2039-10-09",None,"Bremerhaven","Germany")],
 ["2041-06-20","2041-06-05","2041-06-19","2037-03","2039-10-09","2041-05-14","2041-05-31","2041-05-22"],
 ["Early agreement with the water authority saves at least six months of permitting",
  "Aquathermal systems pay off only where a low-temperature heat network already exists or is planned",
  "Municipalities need a neutral adviser, not a supplier, during the tender",
  "Monitoring data must be shared openly between pilots from the first day"], pub="2041-05-22")
