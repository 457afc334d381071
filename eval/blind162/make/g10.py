from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g10_bluefood_letterkenny_invitation.eml'
assert wd(2034,11,7)=='Tuesday' and wd(2034,11,8)=='Wednesday' and wd(2034,11,6)=='Monday'
assert wd(2034,10,12)=='Thursday' and wd(2034,9,25)=='Monday' and wd(2034,10,19)=='Thursday'
body = """Dear cluster colleagues,

On behalf of the BLUEFOOD Eurocluster I am pleased to invite you to the Atlantic Seafood Cluster Days, our second cross-border matchmaking event, which will take place in Letterkenny, County Donegal, on Tuesday 7 and Wednesday 8 November 2034. The event is hosted by the Donegal Marine Enterprise Network (DMEN) together with Atlantic Technological University and Údarás na Gaeltachta.

The event is open to cluster organisations and SMEs from the seafood processing, aquaculture and marine ingredients value chains. Participation is free of charge, but places are limited to 120. Please register by Thursday 19 October 2034 using the form on the BLUEFOOD page of the European Cluster Collaboration Platform.

DRAFT PROGRAMME

Monday 6 November 2034 (optional)
18:30  Icebreaker reception for early arrivals at the Radisson Blu hotel, Letterkenny

Tuesday 7 November 2034
09:00  Registration and coffee
09:30  Welcome – Cllr Niamh Kennedy, Cathaoirleach of Donegal County Council
09:45  "Blue food in a warming ocean" – keynote by Prof. Ciarán Ó Gallchóir, Atlantic Technological University
10:30  The BLUEFOOD voucher scheme: first results – Maëlle Le Gall, project manager, Pôle Mer Bretagne Atlantique
11:30  B2B meetings, round 1 (pre-booked via the matchmaking platform)
13:00  Lunch
14:00  B2B meetings, round 2
16:30  Steering committee of BLUEFOOD (partners only)
19:30  Networking dinner at the Harbour Restaurant, Rathmullan

Wednesday 8 November 2034
08:30  Site visit to Killybegs harbour and two seafood processors (bus departs 08:30)
13:00  Lunch in Killybegs
14:30  Bus back to Letterkenny, arrival around 16:30

Accommodation: a block of 80 rooms has been reserved at two hotels in the town centre at a reduced rate until 19 October; please mention BLUEFOOD when booking. Partners of the consortium are asked to book their rooms themselves.

Travel: the nearest airports are Donegal Airport (Carrickfinn) and City of Derry Airport; Dublin is about three and a half hours by coach. A shuttle will run from Derry on Monday evening and Tuesday morning.

Practical questions can go to our event coordinator Siobhán McGettigan (events@dmen.example.ie). For the matchmaking platform please contact Jonas Petraitis at the Lithuanian Maritime Cluster, who manages it for the consortium.

We look forward to welcoming you to the north-west.

With best regards,

Dr Eamon Doherty
Cluster Manager
Donegal Marine Enterprise Network (DMEN)
Unit 4, Business Park, Letterkenny, Co. Donegal, F92 XXXX
+353 74 000 0000

BLUEFOOD is funded by the European Union under the Single Market Programme. Views and opinions expressed are those of the author(s) only.

-----Original Message-----
From: Maëlle Le Gall <mlegall@polemer-ba.example.fr>
Sent: Monday, 25 September 2034 11:02
To: Eamon Doherty <edoherty@dmen.example.ie>
Cc: Jonas Petraitis; Ana Rita Sousa
Subject: RE: Letterkenny – dates and programme

Hi Eamon,

Thanks for the draft. Let's confirm the programme with all partners at the online consortium call on Thursday 12 October 2034. Two small points:

- Ana Rita Sousa (Fórum Oceano, Portugal) asks if the site visit can include an aquaculture farm, not only processors.
- We should remind the SMEs that the second BLUEFOOD voucher call closes on 15 December 2034.

For the record, our first matchmaking in Lorient on 16–17 May 2034 brought 74 companies and 190 meetings, so 120 places in Letterkenny seems right.

Best,
Maëlle

Maëlle Le Gall | Chargée de projets européens
Pôle Mer Bretagne Atlantique | Brest
"""
m = EmailMessage()
m['From'] = 'Eamon Doherty <edoherty@dmen.example.ie>'
m['To'] = 'bluefood-clusters@lists.example.eu'
m['Subject'] = 'Invitation: Atlantic Seafood Cluster Days, Letterkenny, 7-8 November 2034'
m['Date'] = format_datetime(datetime.datetime(2034,9,27,9,15,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
D="Donegal Marine Enterprise Network"
gold(F,
 [P("Niamh Kennedy","Cathaoirleach","Donegal County Council"),
  P("Ciarán Ó Gallchóir",None,"Atlantic Technological University"),
  P("Maëlle Le Gall","project manager","Pôle Mer Bretagne Atlantique"),
  P("Siobhán McGettigan","event coordinator",D),
  P("Jonas Petraitis",None,"Lithuanian Maritime Cluster"),
  P("Eamon Doherty","Cluster Manager",D),
  P("Ana Rita Sousa",None,"Fórum Oceano")],
 [O(D,"DMEN"), O("Atlantic Technological University"), O("Údarás na Gaeltachta"),
  O("European Cluster Collaboration Platform"), O("Donegal County Council"), O("Pôle Mer Bretagne Atlantique"),
  O("Lithuanian Maritime Cluster"), O("European Union"), O("Fórum Oceano")],
 [E("Atlantic Seafood Cluster Days","2034-11-07","2034-11-08","Letterkenny","Ireland"),
  E("Icebreaker reception","2034-11-06",None,"Letterkenny","Ireland"),
  E("Blue food in a warming ocean","2034-11-07",None,"Letterkenny","Ireland"),
  E("B2B meetings","2034-11-07",None,"Letterkenny","Ireland"),
  E("Steering committee of BLUEFOOD","2034-11-07",None,"Letterkenny","Ireland"),
  E("Networking dinner","2034-11-07",None,"Rathmullan","Ireland"),
  E("Site visit to Killybegs harbour and two seafood processors","2034-11-08",None,"Killybegs","Ireland"),
  E("online consortium call","2034-10-12",None,None,None),
  E("first matchmaking","2034-05-16","2034-05-17","Lorient","France")],
 ["2034-11-07/2034-11-08","2034-10-19","2034-11-06","2034-11-07","2034-11-08","2034-09-25","2034-10-12","2034-12-15",
  "2034-05-16/2034-05-17","2034-09-27"],
 [], pub="2034-09-27")
