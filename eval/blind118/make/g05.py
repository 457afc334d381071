from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_shetland_study_tour_invitation.eml'
assert wd(2037,4,21)=='Tuesday' and wd(2037,4,22)=='Wednesday' and wd(2037,4,23)=='Thursday' and wd(2037,3,27)=='Friday'
body = """Dear cluster managers,

On behalf of the BlueGrowth North Atlantic partnership I am pleased to invite you to our study tour to Shetland and Orkney. The tour is part of the work plan of the Interreg North Sea project SEAWEED-LINK and is open to two people per partner organisation, plus up to six guests from other clusters. Travel and accommodation of partners are covered by the project budget.

Please register by Friday 27 March 2037 using the online form. After that date we will release the hotel rooms.

Draft programme

Tuesday 21 April – Lerwick
12:30  Arrival at Sumburgh Airport, bus to Lerwick
14:30  Welcome at the Shetland UHI Scalloway campus by Prof. Moira MacAulay, Head of Marine Science
15:30  Partner meeting of SEAWEED-LINK (partners only), chaired by Siobhán Ní Bhriain, project coordinator, Údarás na Gaeltachta
19:00  Welcome dinner at the Lerwick Town Hall, offered by Shetland Islands Council

Wednesday 22 April – farms and processors
08:00  Boat trip to the seaweed farm of Ocean Harvest Shetland Ltd, Cullivoe
13:00  Lunch with members of the Shetland Seaweed Growers Association
15:00  Round table on licensing of seaweed farms in Scotland, Ireland and Norway, with Crown Estate Scotland and Marine Scotland
18:30  Ferry to Orkney (overnight crossing)

Thursday 23 April – Orkney
09:00  Visit to the European Marine Energy Centre (EMEC), Stromness, with Dr. Hamish Oag, Commercial Director
12:00  Closing session at Orkney Research and Innovation Campus, Kirkwall: lessons learnt and next steps
15:40  Flight from Kirkwall to Aberdeen

Practical notes
- Weather in April can be rough; the boat trip may be replaced by a visit to the processing plant in Lerwick.
- Please bring waterproof clothing and boots.
- Rooms are booked at two guest houses in Lerwick; single rooms are limited, so please tell us if you are willing to share.
- Guests from non-partner clusters pay their own travel and a contribution of GBP 150 for the boat, bus and meals.
- Participants from outside the UK: check the travel requirements for your nationality.

Looking forward to welcoming you in the North!

Best regards,
Ingvild Haugland-Sørensen
Cluster Manager
Norwegian Blue Bioeconomy Cluster (NBBC)
Ålesund, Norway
+47 700 00 000

P.S. A short report of last year's study tour to the Faroe Islands (8–10 September 2036) is attached. Its lessons learnt, in brief:
- small islands can host large farms if harbours and processing are planned together;
- seaweed growers need a shared brand rather than competing small labels;
- cooperation with salmon farms for nutrient uptake works only with clear liability rules.

-----Original Message-----
From: Siobhán Ní Bhriain <sinibhriain@udaras.example.ie>
Sent: Monday, 2 March 2037 09:14
To: Ingvild Haugland-Sørensen <ingvild@nbbc.example.no>
Subject: RE: Study tour April – draft

Hi Ingvild,
Programme looks great. Could you add a slot for the partner meeting on the first afternoon? We need to approve the budget shift before the reporting deadline of 30 April 2037. I will chair it.
Also, Tomás Ó Flaithearta from the Galway-Mayo Institute asked whether students could join; I said we would decide at the Steering Committee in June.
Thanks a million,
Siobhán

Siobhán Ní Bhriain | Project Coordinator SEAWEED-LINK | Údarás na Gaeltachta | Na Forbacha, Co. na Gaillimhe
"""
assert wd(2037,3,2)=='Monday'
m = EmailMessage()
m['From'] = 'Ingvild Haugland-Sørensen <ingvild@nbbc.example.no>'
m['To'] = 'bluegrowth-partners@lists.example.eu'
m['Subject'] = 'Invitation: study tour Shetland & Orkney, 21–23 April 2037 – register by 27 March'
m['Date'] = format_datetime(datetime.datetime(2037,3,4,11,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
U = "Údarás na Gaeltachta"
gold(F,
 [P("Moira MacAulay","Head of Marine Science","Shetland UHI"),
  P("Siobhán Ní Bhriain","project coordinator",U),
  P("Hamish Oag","Commercial Director","European Marine Energy Centre"),
  P("Ingvild Haugland-Sørensen","Cluster Manager","Norwegian Blue Bioeconomy Cluster"),
  P("Tomás Ó Flaithearta",None,"Galway-Mayo Institute")],
 [O("BlueGrowth North Atlantic partnership"), O("Shetland UHI"), O(U), O("Shetland Islands Council"),
  O("Ocean Harvest Shetland Ltd"), O("Shetland Seaweed Growers Association"), O("Crown Estate Scotland"), O("Marine Scotland"),
  O("European Marine Energy Centre","EMEC"),
  O("Norwegian Blue Bioeconomy Cluster","NBBC"), O("Galway-Mayo Institute")],
 [E("study tour","2037-04-21","2037-04-23",None,"United Kingdom"),
  E("Partner meeting of SEAWEED-LINK","2037-04-21",None,"Lerwick","United Kingdom"),
  E("Welcome dinner","2037-04-21",None,"Lerwick","United Kingdom"),
  E("Boat trip to the seaweed farm of Ocean Harvest Shetland Ltd","2037-04-22",None,"Cullivoe","United Kingdom"),
  E("Visit to the European Marine Energy Centre","2037-04-23",None,"Stromness","United Kingdom"),
  E("study tour to the Faroe Islands","2036-09-08","2036-09-10",None,"Faroe Islands"),
  E("Steering Committee","2037-06",None,None,None)],
 ["2037-04-21/2037-04-23","2037-03-27","2037-04-21","2037-04-22","2037-04-23","2036-09-08/2036-09-10","2037-03-02","2037-04-30","2037-06","2037-04","2037-03-04"],
 ["small islands can host large farms if harbours and processing are planned together",
  "seaweed growers need a shared brand rather than competing small labels",
  "cooperation with salmon farms for nutrient uptake works only with clear liability rules"],
 pub="2037-03-04")
