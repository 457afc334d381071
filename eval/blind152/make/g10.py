from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g10_kalisz_partner_meeting_logistics.eml'
assert wd(2039,10,12)=='Wednesday' and wd(2039,10,13)=='Thursday' and wd(2039,9,14)=='Wednesday' and wd(2039,9,6)=='Tuesday'
body = """Dear AERO-SKILLS partners,

As promised in our last call, here is the practical information for the 4th partner meeting of the AERO-SKILLS Eurocluster, which we will host in Kalisz on Wednesday 12 and Thursday 13 October 2039. Please register all participants by Friday 30 September 2039 using the form on the shared drive.

VENUE
Day 1: Calisia University, Nowy Świat 4, Kalisz (main hall, 1st floor)
Day 2: company visits, bus departure from the Hotel Europa at 8:15

DRAFT AGENDA

Wednesday 12 October 2039
09:00  Registration and coffee
09:30  Welcome by Krzysztof Mazur-Wróbel, Deputy Mayor of Kalisz, and by Dr. Agnieszka Sokół, President of the Management Board of the Wielkopolska Aviation Valley Cluster (WAVC)
10:00  Project status, budget and amendments – Jean-Baptiste Ferrand, project coordinator, Aerospace Valley
11:30  Results of the 2nd open call for SMEs (training vouchers) – Ilse Vermeulen, Flanders Aerospace
13:00  Lunch
14:00  Workshop: skills needs of aerospace suppliers after 2040, moderated by Prof. Ryszard Dąbek-Nowicki, Poznań University of Technology
16:30  Steering Committee meeting (one person per partner)
19:30  Networking dinner at the Kalisz Philharmonic restaurant

Thursday 13 October 2039
08:30  Visit to Pratt & Whitney Kalisz (max. 25 people, ID cards required)
11:00  Visit to the training centre of the Kalisz Vocational Schools Complex No. 1
13:30  Lunch and departures

ABOUT THE VISITS
Pratt & Whitney Kalisz produces engine components and employs more than 1,500 people; the visit will focus on their apprenticeship scheme, which several partners asked about in Toulouse. Please send me the full name, nationality and ID number of each participant by 30 September, as the company needs them for security clearance. The vocational school runs a CNC training workshop co-financed by the regional operational programme and trains about 120 young technicians a year. Its director, Piotr Grabarczyk, will show us the new composites lab.

PRESENTATIONS
Partners presenting on Day 1 are kindly asked to upload their slides to the shared folder by Monday 10 October 2039. Please use the project template.

TRAVEL
The nearest airports are Poznań (about 2 hours by train) and Wrocław (about 2 hours by car). On Tuesday evening we will organise a shuttle from Poznań main station at 18:00 – please tell Marta if you need a seat.

ACCOMMODATION
We have blocked 30 rooms at the Hotel Europa until 14 September 2039 at the rate of PLN 390 per night (code AEROSKILLS).

Let me know if you have any questions. We are very much looking forward to welcoming you to Kalisz!

Best regards,
Marta Kowalczyk-Dziedzic
Project Manager, International Cooperation
Wielkopolska Aviation Valley Cluster
ul. Częstochowska 140, 62-800 Kalisz, Poland
+48 62 000 00 00 | m.kowalczyk@wavc.example.pl

-----Original Message-----
From: Jean-Baptiste Ferrand <jb.ferrand@aerospace-valley.example.fr>
Sent: Tuesday, 6 September 2039 16:47
To: AERO-SKILLS consortium
Subject: Minutes of the online partner call of 5 September

Dear all,

Thank you for joining the call yesterday. Main points:

Decisions:
- The 4th partner meeting will take place in Kalisz on 12-13 October 2039, hosted by WAVC
- The 3rd open call for SMEs will open on 15 January 2040 with a budget of EUR 450 000
- Sofia Lindqvist (Business Sweden / Aerospace West) will lead the mid-term review

Next online call: Monday 7 November 2039 at 10:00 CET.

Best,
Jean-Baptiste

--
Jean-Baptiste Ferrand
Chargé de projets européens | Aerospace Valley
Toulouse, France
"""
assert wd(2039,10,10)=='Monday' and wd(2039,11,7)=='Monday' and wd(2039,9,5)=='Monday' and wd(2039,9,30)=='Friday'
m = EmailMessage()
m['From'] = 'Marta Kowalczyk-Dziedzic <m.kowalczyk@wavc.example.pl>'
m['To'] = 'aero-skills-partners@lists.example.eu'
m['Subject'] = 'AERO-SKILLS 4th partner meeting in Kalisz, 12-13 October 2039: practical information'
m['Date'] = format_datetime(datetime.datetime(2039,9,8,9,20,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
W = "Wielkopolska Aviation Valley Cluster"
gold(F,
 [P("Krzysztof Mazur-Wróbel","Deputy Mayor of Kalisz",None),
  P("Agnieszka Sokół","President of the Management Board",W),
  P("Jean-Baptiste Ferrand","project coordinator","Aerospace Valley"),
  P("Ilse Vermeulen",None,"Flanders Aerospace"),
  P("Ryszard Dąbek-Nowicki",None,"Poznań University of Technology"),
  P("Marta Kowalczyk-Dziedzic","Project Manager, International Cooperation",W),
  P("Piotr Grabarczyk","director","Kalisz Vocational Schools Complex No. 1"),
  P("Sofia Lindqvist",None,"Business Sweden")],
 [O(W,"WAVC"), O("Calisia University"), O("Aerospace Valley"), O("Flanders Aerospace"),
  O("Poznań University of Technology"), O("Pratt & Whitney Kalisz"), O("Kalisz Vocational Schools Complex No. 1"),
  O("Business Sweden"), O("Aerospace West")],
 [E("4th partner meeting of the AERO-SKILLS Eurocluster","2039-10-12","2039-10-13","Kalisz","Poland"),
  E("Workshop: skills needs of aerospace suppliers after 2040","2039-10-12",None,"Kalisz","Poland"),
  E("Steering Committee meeting","2039-10-12",None,"Kalisz","Poland"),
  E("Networking dinner","2039-10-12",None,"Kalisz","Poland"),
  E("Visit to Pratt & Whitney Kalisz","2039-10-13",None,"Kalisz","Poland"),
  E("Visit to the training centre of the Kalisz Vocational Schools Complex No. 1","2039-10-13",None,"Kalisz","Poland"),
  E("online partner call","2039-09-05",None,None,None),
  E("Next online call","2039-11-07",None,None,None)],
 ["2039-10-12/2039-10-13","2039-09-30","2039-10-12","2039-10-13","2039-09-14","2039-09-06","2039-09-05",
  "2040-01-15","2039-11-07","2039-09-08","2039-10-10"],
 ["The 4th partner meeting will take place in Kalisz on 12-13 October 2039, hosted by WAVC",
  "The 3rd open call for SMEs will open on 15 January 2040 with a budget of EUR 450 000",
  "Sofia Lindqvist (Business Sweden / Aerospace West) will lead the mid-term review"],
 pub="2039-09-08")
