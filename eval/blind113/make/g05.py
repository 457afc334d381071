from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_bodo_arctic_blue_days.eml'
assert wd(2041,3,20)=='Wednesday' and wd(2041,3,21)=='Thursday' and wd(2041,2,28)=='Thursday' and wd(2041,1,29)=='Tuesday'
body = """Dear members and partners,

Registration is now open for the Arctic Blue Business Days 2041, which we organise in Bodø on Wednesday 20 and Thursday 21 March 2041 together with Nord University and Enterprise Europe Network Norway. This is the sixth edition of the event and the first one with a full day of pre-arranged B2B meetings.

Who should come? Fish farmers, equipment and feed suppliers, vessel operators, researchers and investors with an interest in Arctic aquaculture and the wider blue economy. We expect around 250 participants from Norway, Iceland, the Faroe Islands, Scotland and the Baltic Sea region.

Why a B2B day this year? At the fifth edition, held on 13–14 March 2040 at the same venue, many of you told us in the evaluation that the informal networking was good but too random. Enterprise Europe Network Norway has therefore offered to run the matchmaking platform and to prepare each company's meeting schedule. Advisers from the network will be present all day to help with follow-up, including partner searches for Horizon Europe and for the Norwegian innovation programmes.

Programme in brief:

Wednesday 20 March
09:30  Opening by Sigrid Eliassen-Myhre, Mayor of Bodø, and Knut Arne Strømsvåg, CEO of Arctic Blue Cluster
10:15  Keynote: "Sea lice, licences and labour – the three L's of northern aquaculture", Professor Ragnhild Vik (Nord University, Faculty of Biosciences and Aquaculture)
11:00  Sessions on closed-pen technology, feed from Norwegian raw materials, and digital fish welfare
16:00  Award of the Arctic Blue Start-up Prize
19:00  Networking dinner at Stormen culture house (included in the fee)

Thursday 21 March
08:30–12:30  B2B meetings (20-minute slots, booked in advance on the matchmaking platform)
13:30–16:00  Company visit to the land-based smolt facility of Salten Stamfisk AS in Valnesfjord (bus from Stormen at 13:00)

Fees: NOK 1,900 for cluster members, NOK 3,400 for non-members. Students attend free of charge.
Deadline for registration: Thursday 28 February 2041. Meeting requests can be made until 14 March 2041.

Register here: https://arcticblue.example.no/abbd2041

Please note that the B2B meetings are organised with the help of our partners in the EU-funded project NORTH-AQUA, so participants will also be able to meet the companies of the Scottish cluster Highlands Aquaculture Network and of the Icelandic Ocean Cluster House.

Looking forward to seeing you in Bodø!

Best regards,

Ingrid Sandvik-Ruud
Project Manager, Events and International Cooperation
Arctic Blue Cluster AS
Sjøgata 21, 8006 Bodø, Norway
+47 000 00 000 | ingrid@arcticblue.example.no

This e-mail may contain confidential information. If you have received it by mistake, please delete it and notify the sender.

-----Original Message-----
From: Fraser McAllister-Grant <f.mcallister@han.example.scot>
Sent: Tuesday, 29 January 2041 11:42
To: Ingrid Sandvik-Ruud <ingrid@arcticblue.example.no>
Subject: RE: ABBD 2041 – Scottish delegation

Hi Ingrid,

Good news: our board agreed yesterday to send a delegation of eight companies to Bodø. Two of them would like to join the company visit on the Thursday afternoon, so please keep seats on the bus. Could you also confirm that the B2B platform will open before mid-February? Our members need time to prepare.

I will also bring Dr. Ailsa Cormack from the Scottish Aquaculture Innovation Centre, who can speak in the session on fish welfare if there is still a slot.

Cheers,
Fraser

Fraser McAllister-Grant
Network Manager | Highlands Aquaculture Network
Inverness
"""
m = EmailMessage()
m['From'] = 'Ingrid Sandvik-Ruud <ingrid@arcticblue.example.no>'
m['To'] = 'members@arcticblue.example.no'
m['Subject'] = 'Registration open: Arctic Blue Business Days 2041, Bodø, 20–21 March'
m['Date'] = format_datetime(datetime.datetime(2041,2,4,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C="Arctic Blue Cluster AS"
gold(F,
 [P("Sigrid Eliassen-Myhre","Mayor of Bodø",None),
  P("Knut Arne Strømsvåg","CEO","Arctic Blue Cluster"),
  P("Ragnhild Vik","Professor","Faculty of Biosciences and Aquaculture"),
  P("Ingrid Sandvik-Ruud","Project Manager, Events and International Cooperation",C),
  P("Fraser McAllister-Grant","Network Manager","Highlands Aquaculture Network"),
  P("Ailsa Cormack",None,"Scottish Aquaculture Innovation Centre")],
 [O(C), O("Nord University"), O("Faculty of Biosciences and Aquaculture"), O("Enterprise Europe Network Norway"),
  O("Salten Stamfisk AS"), O("Highlands Aquaculture Network"), O("Ocean Cluster House"),
  O("Scottish Aquaculture Innovation Centre")],
 [E("fifth edition","2040-03-13","2040-03-14","Bodø","Norway"),
  E("Arctic Blue Business Days 2041","2041-03-20","2041-03-21","Bodø","Norway"),
  E("Award of the Arctic Blue Start-up Prize","2041-03-20",None,"Bodø","Norway"),
  E("Networking dinner","2041-03-20",None,"Bodø","Norway"),
  E("B2B meetings","2041-03-21",None,"Bodø","Norway"),
  E("Company visit to the land-based smolt facility of Salten Stamfisk AS","2041-03-21",None,"Valnesfjord","Norway")],
 ["2041-03-20/2041-03-21","2041-03-20","2041-03-21","2041-02-28","2041-03-14","2041-01-29","2041-02-04","2040-03-13/2040-03-14"],
 [], pub="2041-02-04")
