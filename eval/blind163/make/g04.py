from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g04_boyne_valley_cluster_invitation.eml'
assert wd(2040,5,16)=='Wednesday' and wd(2040,5,17)=='Thursday' and wd(2040,4,11)=='Wednesday' and wd(2040,4,3)=='Tuesday'
body = """Dear members and friends of the cluster,

You are warmly invited to the Boyne Valley Food & Drink Cluster Annual Showcase 2040, which takes place on Thursday 17 May 2040 at the Solstice Arts Centre in Navan, Co. Meath. This is the sixth time we bring our producers, retail buyers and food service together under one roof, and the first time that the showcase runs over a full day.

The day is organised by the cluster with Meath County Council's Local Enterprise Office and with the support of Bord Bia. Entry is free, but places at the buyer meetings are limited.

DRAFT PROGRAMME – Thursday 17 May 2040
08:45  Registration, coffee from Trim Roasters
09:30  Welcome – Cllr Deirdre Ní Fhaoláin, Cathaoirleach of Meath County Council
09:45  "Ten years of the cluster: what worked and what did not" – Fergal Mac Giolla Rua, Chairperson of the cluster
10:15  Keynote: "Selling Irish craft food into Northern Europe" – Siobhán O'Rourke-Daly, Director of Market Insight, Bord Bia
11:00  Coffee break
11:30  Meet the Buyer: pre-booked 15-minute meetings with buyers from SuperValu, Musgrave MarketPlace, Ireland's Blue Book hotels and two Dutch importers
13:00  Lunch cooked by students of Navan College of Further Education
14:00  Workshop "Packaging without plastic" led by Dr Aoife Brennan (Teagasc Food Research Centre, Ashtown)
15:30  Boyne Valley Food Awards 2040
16:30  Close

On the evening before, Wednesday 16 May 2040, members who travel from further away are invited to an informal producers' supper at Brogan's of Trim from 19:30 (please tell us at registration; cost €35, paid on the night).

How to register
Please reply to this e-mail or use the form on our website by Wednesday 11 April 2040. Producers who want a table in the tasting hall should also send us their product list. Buyer meetings are allocated on a first-come basis; we will send your meeting schedule in the week before the showcase.

Earlier showcases
2035 – Trim Castle grounds, 14 June
2036 – Navan, Solstice Arts Centre, 12 May
2037 – Kells, Headfort Arms, 18 May
2038 – Navan, Solstice Arts Centre, 17 May
2039 – Trim, Knightsbrook Hotel, 16 May

Practical notes
Parking is available in the Navan town car parks on Railway Street, a ten-minute walk from the venue. The building is fully accessible. Producers exhibiting in the tasting hall can unload from 07:30 at the back entrance. If you have allergies or dietary needs for lunch, let us know when you register.

We look forward to seeing you in Navan.

Kind regards,

Gráinne Whelan
Cluster Coordinator
Boyne Valley Food & Drink Cluster
c/o Local Enterprise Office Meath, Buvinda House, Navan
+353 46 000 0000

-----Original Message-----
From: Fergal Mac Giolla Rua
Sent: Tuesday 3 April 2040 17:52
To: Gráinne Whelan
Cc: Ciarán Hogan (LEO Meath)
Subject: RE: showcase invitation – draft

Gráinne,

Looks good. Two small things: Bord Bia confirmed that Siobhán will speak, so you can drop the "tbc". And please add that the supper is paid on the night – last year people thought it was included.

Also, Ciarán mentioned that the board meeting of the cluster on 25 April should approve the award categories before we print anything. Can you put that on the agenda?

Thanks,
Fergal

Fergal Mac Giolla Rua
Chairperson, Boyne Valley Food & Drink Cluster
Managing Director, Boyne Smokehouse Ltd
"""
m = EmailMessage()
m['From'] = 'Gráinne Whelan <cluster@boynevalleyfood.example.ie>'
m['To'] = 'members@boynevalleyfood.example.ie'
m['Subject'] = 'Invitation: Boyne Valley Food & Drink Cluster Annual Showcase, Navan, 17 May 2040'
m['Date'] = format_datetime(datetime.datetime(2040,4,4,9,20,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C="Boyne Valley Food & Drink Cluster"
gold(F,
 [P("Deirdre Ní Fhaoláin","Cathaoirleach","Meath County Council"),
  P("Fergal Mac Giolla Rua","Chairperson",C),
  P("Siobhán O'Rourke-Daly","Director of Market Insight","Bord Bia"),
  P("Aoife Brennan",None,"Teagasc Food Research Centre"),
  P("Gráinne Whelan","Cluster Coordinator",C),
  P("Ciarán Hogan",None,"LEO Meath")],
 [O(C), O("Meath County Council"), O("Local Enterprise Office Meath","LEO Meath"), O("Bord Bia"), O("Trim Roasters"),
  O("SuperValu"), O("Musgrave MarketPlace"), O("Ireland's Blue Book"), O("Navan College of Further Education"),
  O("Teagasc Food Research Centre"), O("Boyne Smokehouse Ltd")],
 [E("Boyne Valley Food & Drink Cluster Annual Showcase 2040","2040-05-17",None,"Navan","Ireland"),
  E("Meet the Buyer","2040-05-17",None,"Navan","Ireland"),
  E('Workshop "Packaging without plastic"',"2040-05-17",None,"Navan","Ireland"),
  E("Boyne Valley Food Awards 2040","2040-05-17",None,"Navan","Ireland"),
  E("producers' supper","2040-05-16",None,"Trim","Ireland"),
  E("Boyne Valley Food & Drink Cluster Annual Showcase (2035 edition)","2035-06-14",None,"Trim","Ireland"),
  E("Boyne Valley Food & Drink Cluster Annual Showcase (2036 edition)","2036-05-12",None,"Navan","Ireland"),
  E("Boyne Valley Food & Drink Cluster Annual Showcase (2037 edition)","2037-05-18",None,"Kells","Ireland"),
  E("Boyne Valley Food & Drink Cluster Annual Showcase (2038 edition)","2038-05-17",None,"Navan","Ireland"),
  E("Boyne Valley Food & Drink Cluster Annual Showcase (2039 edition)","2039-05-16",None,"Trim","Ireland"),
  E("board meeting of the cluster","2040-04-25",None,None,None)],
 ["2040-05-17","2040-05-16","2040-04-11","2035-06-14","2036-05-12","2037-05-18","2038-05-17","2039-05-16",
  "2040-04-03","2040-04-25","2040-04-04"],
 [], pub="2040-04-04")
