from h import *
from email.message import EmailMessage
F = 'g15_fwd_invitation_matchmaking_lapland.eml'
assert wd(2039,1,28)=='Friday' and wd(2039,2,23)=='Wednesday' and wd(2039,2,24)=='Thursday' and wd(2039,2,10)=='Thursday'
body = """Hi all,

see below – this looks relevant for the members working on cold-climate testing. Could one of you go with me? The cluster can cover the registration fee for two people. Please let me know by Thursday 10 February.

Best,
Lena

Lena Hartikainen
Cluster Manager | Arctic Testing Cluster Finland
Rovaniemi, Finland | +358 40 000 0000
lena.hartikainen@arctictesting.example.fi

-------- Forwarded Message --------
Subject: Invitation: Arctic Mobility & Testing Matchmaking, Rovaniemi, 23–24 February 2039
Date: Fri, 28 Jan 2039 09:12:44 +0200
From: Enterprise Europe Network Finland <events@een-finland.example.fi>
To: Undisclosed recipients

Dear cluster managers and company representatives,

On behalf of the Enterprise Europe Network Finland and Business Finland, together with the Regional Council of Lapland and Lapland University of Applied Sciences (Lapland UAS), we are pleased to invite you to the

ARCTIC MOBILITY & TESTING MATCHMAKING 2039
Wednesday 23 – Thursday 24 February 2039
Lapland Hotels Sky Ounasvaara, Rovaniemi, Finland

The event brings together car and tyre manufacturers, suppliers of sensors and batteries, test-track operators and research organisations working on vehicles, drones and equipment for extreme cold. It is organised in the frame of the Arctic Winter Test Week, which every year brings more than 2,000 test engineers to Finnish Lapland.

WHY ATTEND?
- Meet test-track operators from Finland, Sweden and Norway who plan their 2040 season now
- Present your sensors, batteries or software to OEM test teams already in the region
- Learn about the new cross-border test corridor and its permits
- Join the evening visit to one of Europe's largest winter proving grounds

Last year's edition brought together 148 participants from 17 countries and led to 310 bilateral meetings. Participants rated the event 4.6 out of 5.

PROGRAMME

Wednesday 23 February
12:00  Registration and lunch
13:00  Welcome – Mika Riipi, Regional Mayor of Lapland
13:20  Keynote: Testing autonomous vehicles in snow and darkness – Dr. Sanna Kaarlela, Head of Research, Lapland UAS
14:15  Pitches of 12 test sites and clusters (3 minutes each)
15:30  B2B meetings, round 1
18:30  Visit to the Arctic Automotive Test Center in Sodankylä (bus departs from the hotel)
20:30  Dinner in a Lappish kota, hosted by House of Lapland

Thursday 24 February
08:30  B2B meetings, round 2
11:00  Panel: Cross-border test corridors Finland – Sweden – Norway, with Erik Lindström (Swedish Transport Administration), Ingrid Solheim (Norwegian Public Roads Administration) and Jussi Pesonen (Traficom)
12:30  Lunch and closing

REGISTRATION
Register on the b2match platform by Monday 14 February 2039. Participation costs EUR 90 and includes meals and the bus transfer. Meeting requests can be sent from 1 February until the end of the event. Places on the test-centre visit are limited to 60 and allocated on a first-come basis.

ACCOMMODATION
A room block is reserved at Lapland Hotels Sky Ounasvaara until 31 January. Please mention "AMT2039".

Please note that the event takes place at temperatures that may fall below –30 °C. Warm clothing is required for the outdoor visit.

If you have questions, please contact:
Päivi Rautio, Senior Adviser, Enterprise Europe Network Finland / Business Finland
paivi.rautio@een-finland.example.fi, +358 29 000 0000

Kind regards,
The organising team

The Enterprise Europe Network helps businesses innovate and grow on an international scale. It is co-funded by the European Union's Single Market Programme.
You receive this message because you registered for EEN Finland event updates. To unsubscribe, reply with "unsubscribe".
"""
m = EmailMessage()
m['From'] = 'Lena Hartikainen <lena.hartikainen@arctictesting.example.fi>'
m['To'] = 'members-wg-testing@arctictesting.example.fi'
m['Subject'] = 'Fwd: Invitation: Arctic Mobility & Testing Matchmaking, Rovaniemi, 23–24 February 2039'
m['Date'] = 'Mon, 31 Jan 2039 08:47:02 +0200'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
gold(F,
 [P("Lena Hartikainen","Cluster Manager","Arctic Testing Cluster Finland"), P("Mika Riipi","Regional Mayor of Lapland",None),
  P("Sanna Kaarlela","Head of Research","Lapland UAS"), P("Erik Lindström",None,"Swedish Transport Administration"),
  P("Ingrid Solheim",None,"Norwegian Public Roads Administration"), P("Jussi Pesonen",None,"Traficom"),
  P("Päivi Rautio","Senior Adviser","Enterprise Europe Network Finland")],
 [O("Arctic Testing Cluster Finland"), O("Enterprise Europe Network Finland","EEN Finland"), O("Business Finland"),
  O("Regional Council of Lapland"), O("Lapland University of Applied Sciences","Lapland UAS"),
  O("Arctic Automotive Test Center"), O("House of Lapland"), O("Swedish Transport Administration"),
  O("Norwegian Public Roads Administration"), O("Traficom")],
 [E("Arctic Mobility & Testing Matchmaking 2039","2039-02-23","2039-02-24","Rovaniemi","Finland"),
  E("Arctic Winter Test Week"),
  E("B2B meetings, round 1","2039-02-23",None,"Rovaniemi","Finland"),
  E("Visit to the Arctic Automotive Test Center in Sodankylä","2039-02-23",None,"Sodankylä","Finland"),
  E("Dinner in a Lappish kota","2039-02-23",None,None,"Finland"),
  E("B2B meetings, round 2","2039-02-24",None,"Rovaniemi","Finland")],
 ["2039-02-10","2039-02-23/2039-02-24","2039-01-28","2039-02-23","2039-02-24","2039-02-14","2039-02-01","2039-01-31","2040"],
 [], "2039-01-31")
