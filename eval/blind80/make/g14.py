from h import *
from email.message import EmailMessage
F = 'g14_north_wales_advanced_manufacturing_newsletter.eml'
CON = [
 "Members want the cluster to speak with one voice to Welsh Government on grid capacity in Deeside and Wrexham.",
 "A shared apprenticeship scheme between at least six members should start in September 2036.",
 "The cluster should map which members can supply the Wylfa and Trawsfynydd nuclear projects and publish the list by spring.",
 "Cross-border cooperation with Cheshire and Merseyside firms should be formalised through a memorandum with Made Smarter North West.",
 "Smaller members need help with cyber security certification before the next round of defence contracts.",
]
body = """Annwyl aelodau, dear members,

This is the November issue of our members' newsletter. It reports on the autumn members' forum in Llandudno, introduces two new colleagues and lists the dates for the next months.

--------------------------------------------------
1. AUTUMN MEMBERS' FORUM: SHORT REPORT
--------------------------------------------------

Seventy-two people from 48 member companies came to the Venue Cymru conference centre in Llandudno on Tuesday 6 November 2035 for our autumn members' forum. The forum was opened by our chair, Rhiannon Wyn Pritchard (Managing Director, Pritchard Precision Engineering Ltd), and by Dafydd Llywelyn-Jones, Head of Advanced Manufacturing in the Economy Department of Welsh Government.

The morning panel on energy costs and grid connections brought together Gareth Roberts of SP Energy Networks, Dr. Katarzyna Zielińska of Bangor University's Nuclear Futures Institute and Mike Edwards of Airbus Operations Ltd in Broughton. The afternoon was given to three workshops: on skills, on supplying the nuclear new-build projects and on cyber security. The workshop on skills was led by Siân Haf Owen from Coleg Cambria, and the nuclear workshop by Dr. Owain ap Gwilym of M-SParc, the science park at Gaerwen on Anglesey.

Conclusions of the forum

At the end of the day, our chief executive Jonathan Whitfield summed up the conclusions, which the Board endorsed at its meeting on 13 November 2035:

""" + "\n".join(f"{i}) {c}" for i, c in enumerate(CON, 1)) + """

The slides and the full notes of the forum are in the members' area. Thank you to Venue Cymru and to our sponsors, Menter Môn and Development Bank of Wales, for their support.

--------------------------------------------------
2. NEW FACES IN THE CLUSTER TEAM
--------------------------------------------------

Ffion Gruffydd joined us on 1 November as Skills and Apprenticeships Manager. She comes from Grŵp Llandrillo Menai, where she coordinated engineering apprenticeships. Tomasz Kaczmarek, who many of you know from his work at Toyota Manufacturing UK in Deeside, has become our Supply Chain Adviser for the nuclear and aerospace sectors. Ceri Lloyd-Evans, our Events Officer, is on parental leave until March; please send event questions to Ffion meanwhile.

--------------------------------------------------
3. DATES FOR YOUR DIARY
--------------------------------------------------

- 9 December 2035, 10:00-12:00: webinar "Cyber Essentials Plus for small suppliers" (online)
- 15 January 2036: New Year networking breakfast, OpTIC Centre, St Asaph
- 4-5 March 2036: cluster stand at the Northern Manufacturing & Electronics show, Manchester
- 21 May 2036: Annual General Meeting, Glyndŵr Campus, Wrexham

--------------------------------------------------

Diolch yn fawr / many thanks,

Lowri Price
Communications Officer
North Wales Advanced Manufacturing Cluster (NWAMC) / Clwstwr Gweithgynhyrchu Uwch Gogledd Cymru
OpTIC Centre, St Asaph Business Park, LL17 0JD
+44 1745 000 000 | www.nwamc.example.cymru

You receive this newsletter as a member contact of NWAMC. Unsubscribe | Update your details | Privacy notice

-----Original Message-----
From: NWAMC Events <events@nwamc.example.cymru>
Sent: 2 October 2035 09:14
To: members@nwamc.example.cymru
Subject: Invitation: Autumn Members' Forum, 6 November, Llandudno

> Dear members,
>
> You are warmly invited to our autumn members' forum on Tuesday 6 November 2035 at
> Venue Cymru, Llandudno (09:30-16:30, lunch included). Please register by 24 October.
> The forum will discuss energy costs, skills and the supply chains for nuclear new build.
>
> Best wishes,
> Ceri Lloyd-Evans
> Events Officer, NWAMC
"""
m = EmailMessage()
m['From'] = 'NWAMC Newsletter <newsletter@nwamc.example.cymru>'
m['To'] = 'members@nwamc.example.cymru'
m['Subject'] = 'NWAMC members\' newsletter – November 2035: forum conclusions, new team members, dates'
m['Date'] = 'Thu, 20 Nov 2035 08:30:00 +0000'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
N = "North Wales Advanced Manufacturing Cluster"
gold(F,
 [P("Rhiannon Wyn Pritchard", "chair", N),
  P("Dafydd Llywelyn-Jones", "Head of Advanced Manufacturing", "Welsh Government"),
  P("Gareth Roberts", None, "SP Energy Networks"),
  P("Katarzyna Zielińska", None, "Nuclear Futures Institute"),
  P("Mike Edwards", None, "Airbus Operations Ltd"),
  P("Siân Haf Owen", None, "Coleg Cambria"),
  P("Owain ap Gwilym", None, "M-SParc"),
  P("Jonathan Whitfield", "chief executive", N),
  P("Ffion Gruffydd", "Skills and Apprenticeships Manager", N),
  P("Tomasz Kaczmarek", "Supply Chain Adviser", N),
  P("Ceri Lloyd-Evans", "Events Officer", N),
  P("Lowri Price", "Communications Officer", N)],
 [O(N, "NWAMC"), O("Pritchard Precision Engineering Ltd"), O("Welsh Government"), O("SP Energy Networks"),
  O("Bangor University"), O("Nuclear Futures Institute"), O("Airbus Operations Ltd"), O("Coleg Cambria"), O("M-SParc"),
  O("Venue Cymru"), O("Menter Môn"), O("Development Bank of Wales"), O("Grŵp Llandrillo Menai"), O("Toyota Manufacturing UK"),
  O("Made Smarter North West"), O("OpTIC Centre"), O("Glyndŵr Campus")],
 [E("autumn members' forum", "2035-11-06", None, "Llandudno", "United Kingdom"),
  E("workshop on skills", "2035-11-06", None, "Llandudno", "United Kingdom"),
  E("nuclear workshop", "2035-11-06", None, "Llandudno", "United Kingdom"),
  E("workshop on cyber security", "2035-11-06", None, "Llandudno", "United Kingdom"),
  E("Board meeting", "2035-11-13"),
  E("webinar \"Cyber Essentials Plus for small suppliers\"", "2035-12-09"),
  E("New Year networking breakfast", "2036-01-15", None, "St Asaph", "United Kingdom"),
  E("Northern Manufacturing & Electronics show", "2036-03-04", "2036-03-05", "Manchester", "United Kingdom"),
  E("Annual General Meeting", "2036-05-21", None, "Wrexham", "United Kingdom")],
 ["2035-11-20", "2035-11-06", "2035-11-13", "2036-09", "2035-11-01", "2035-12-09", "2036-01-15", "2036-03-04/2036-03-05",
  "2036-05-21", "2035-10-02", "2035-10-24", "2036-03"],
 [c.rstrip('.') for c in CON], pub="2035-11-20")
