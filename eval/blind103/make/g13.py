from h import *
from email.message import EmailMessage
F = 'g13_friesland_dairy_invitation.eml'
assert wd(2035,10,4)=='Thursday' and wd(2035,6,19)=='Tuesday' and wd(2035,6,8)=='Friday' and wd(2035,5,24)=='Thursday' and wd(2035,5,17)=='Thursday'
body = """Dear members and partners,

On behalf of the Board of the Friesland Dairy Innovation Cluster (FDIC), it is my pleasure to invite you to our

      DAIRY INNOVATION DAY 2035 – "Milk, Methane and Margins"
      Tuesday 19 June 2035, 09:30–17:00
      Dairy Campus, Boksumerdyk 2, Leeuwarden

followed by the summer barbecue for members from 17:30 on the campus lawn.

This year's Innovation Day is about the next steps in cutting emissions on dairy farms without hurting farm incomes. We are proud to welcome:

- Sjoukje de Boer-Hiemstra, Deputy of the Province of Fryslân for Agriculture and Economy (opening)
- Prof. Hendrik Kooistra, Professor of Animal Nutrition, Wageningen University & Research (keynote on feed additives)
- Mette Kjærgaard Holm, Head of Sustainability, Arla Foods amba (keynote on farm-level carbon accounting)
- Pieter-Jan Vermeulen, Director, Flanders' FOOD (panel)
- Dr Gráinne Ní Bhriain, Research Officer, Teagasc Moorepark (panel)

The panel will be moderated by our vice-chair, Anneke Postma.

In the afternoon you can choose between three workshops (manure processing, robotics in the barn, dairy exports to South-East Asia) and a guided tour of the emission measurement barn of the Dairy Campus. Please indicate your choice when you register.

PROGRAMME (short version)
09:30  Coffee and registration
10:00  Opening and keynotes
11:30  Panel: "Who pays for the green litre?"
12:30  Lunch with member exhibition
13:45  Workshops / barn tour
15:45  Pitches by six start-ups of the Dairy Accelerator Fryslân
16:30  Conclusions and drinks
17:30  Summer barbecue

RSVP
Please register by Friday 8 June 2035 at the latest via the link below or by replying to this e-mail. Participation is free of charge for members; non-members pay EUR 75. Places for the barn tour are limited to 40 and will be allocated on a first-come, first-served basis.

>> Register: https://fdic.example.nl/innovationday2035

Please let us know of any dietary requirements. The campus can be reached by bus 71 from Leeuwarden station; parking is available on site.

Last year's edition brought together 230 farmers, researchers and company representatives, and three of the start-ups that pitched have since run trials on member farms. The conclusions of the day will feed into the cluster's position paper for the provincial climate programme, which the Board will present in September 2035.

Save the date: our autumn members' meeting will take place on Thursday 4 October 2035 at the Frisian Dairy Museum in Leeuwarden.

Looking forward to seeing you in Leeuwarden!

Kind regards,

Jelle Wijbenga
Cluster Manager
Friesland Dairy Innovation Cluster
Snekertrekweg 61 | 8912 AA Leeuwarden | The Netherlands
T +31 58 000 0000 | www.fdic.example.nl

The FDIC is supported by the Province of Fryslân and the Northern Netherlands Development Agency (NOM).

-----Original Message-----
From: Anneke Postma <a.postma@fdic.example.nl>
Sent: Thursday, 17 May 2035 14:02
To: Jelle Wijbenga <j.wijbenga@fdic.example.nl>
Subject: RE: Innovation Day - speakers confirmed

Hi Jelle,

Good news: Teagasc confirmed this morning, so the panel is complete. Could you send out the invitation next week? I'd suggest RSVP by 8 June so we can give the caterer final numbers on the 12th.

Also, LTO Noord asked whether their members can join at the member rate. I think we should say yes - they co-organised the barn tour last year.

Best,
Anneke

Anneke Postma | Vice-Chair FDIC | Managing Director, Postma Melkveebedrijf B.V.
"""
m = EmailMessage()
m['From'] = 'Jelle Wijbenga <j.wijbenga@fdic.example.nl>'
m['To'] = 'members@fdic.example.nl'
m['Cc'] = 'Anneke Postma <a.postma@fdic.example.nl>'
m['Subject'] = 'Invitation: Dairy Innovation Day 2035 - Tuesday 19 June, Leeuwarden (RSVP by 8 June)'
m['Date'] = 'Thu, 24 May 2035 09:15:00 +0200'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
print(F, len(body.split()))
C = "Friesland Dairy Innovation Cluster"
gold(F,
 [P("Sjoukje de Boer-Hiemstra","Deputy of the Province of Fryslân for Agriculture and Economy","Province of Fryslân"),
  P("Hendrik Kooistra","Professor of Animal Nutrition","Wageningen University & Research"),
  P("Mette Kjærgaard Holm","Head of Sustainability","Arla Foods amba"),
  P("Pieter-Jan Vermeulen","Director","Flanders' FOOD"),
  P("Gráinne Ní Bhriain","Research Officer","Teagasc Moorepark"),
  P("Anneke Postma","Vice-Chair","FDIC"),
  P("Jelle Wijbenga","Cluster Manager",C)],
 [O(C,"FDIC"), O("Dairy Campus"), O("Province of Fryslân"), O("Wageningen University & Research"), O("Arla Foods amba"),
  O("Flanders' FOOD"), O("Teagasc Moorepark"), O("Dairy Accelerator Fryslân"),
  O("Northern Netherlands Development Agency","NOM"), O("LTO Noord"), O("Postma Melkveebedrijf B.V."), O("Frisian Dairy Museum")],
 [E("DAIRY INNOVATION DAY 2035","2035-06-19",None,"Leeuwarden","Netherlands"),
  E("summer barbecue","2035-06-19",None,"Leeuwarden","Netherlands"),
  E("guided tour of the emission measurement barn","2035-06-19",None,"Leeuwarden","Netherlands"),
  E("workshops","2035-06-19",None,"Leeuwarden","Netherlands"),
  E("autumn members' meeting","2035-10-04",None,"Leeuwarden","Netherlands"),
  E("Pitches","2035-06-19",None,"Leeuwarden","Netherlands")],
 ["2035-06-19","2035-06-08","2035-05-17","2035-06-12","2035-05-24","2035-09","2035-10-04"],
 [], pub="2035-05-24")
