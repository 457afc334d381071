from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'Reminder_AMDN-MDR-workshop_new-room-online-option.eml'
body = '''Dear members and friends of AMDN,

A quick reminder that our workshop "Ready for the notified body: practical EU MDR and IVDR preparation for SMEs" takes place this Thursday, 6 March 2031. Two things have changed since the invitation below:

1) NEW ROOM. Because 58 people have registered (we planned for 35), we have moved from the Innovation Centre meeting room to the Lecture Theatre B0012 in the Business & Engineering building of ATU Sligo, Ash Lane campus. Signs will be in place from the main entrance. Parking is in car park 3; please register your car at reception.

2) NEW ONLINE OPTION. The morning sessions (10:00–12:30) will also be streamed on Microsoft Teams for colleagues in Donegal, Leitrim and Mayo who cannot travel. The link will be sent on Wednesday 5 March to everyone who ticks "online" in the short form at amdn.example/mdr-online by Tuesday 4 March at 17:00. The afternoon clinic with the notified body is in person only.

The programme is unchanged, except that Dr Caoimhe Ní Fhlannagáin now joins in person rather than by video, and that Rónán Mac Giolla Easpaig of Enterprise Ireland will close the morning with a short update on the Regulatory Support Fund.

Lunch: if you have dietary requirements and did not mention them when registering, simply reply to this e-mail by Tuesday. Slides from the morning will be shared with all registered participants, in the room and online, within a week. For the afternoon clinic, 14 of the 18 slots are booked; if you would like one of the remaining four, reply with your preferred time and a two-line description of your device and its class.

If you can no longer attend, please let us know so that we can offer your place (and lunch) to someone on the waiting list.

See you on Thursday,

Aoife Gilmartin
Network Coordinator
Atlantic MedDevice Network (AMDN) CLG
c/o Innovation Centre, ATU Sligo, Ash Lane, Sligo F91 YW50, Ireland
+353 71 900 0417 | aoife.gilmartin@amdn.example

-------- Original message --------
From: Aoife Gilmartin <aoife.gilmartin@amdn.example>
Date: Mon, 10 Feb 2031 09:14
To: AMDN members <members@amdn.example>
Subject: Invitation – MDR/IVDR workshop, Thursday 6 March 2031, ATU Sligo

Dear members,

The Atlantic MedDevice Network is pleased to invite you to a one-day workshop for small and medium-sized medical device and diagnostics companies of the North West:

"Ready for the notified body: practical EU MDR and IVDR preparation for SMEs"
Thursday 6 March 2031, 09:30–16:30
Innovation Centre, ATU Sligo, Ash Lane, Sligo

Programme
09:30 Registration and coffee
10:00 Welcome – Declan Feeney, Chairperson, AMDN, and CEO, Garavogue Surgical Ltd
10:15 "What notified bodies really look for in a technical file" – Dr Caoimhe Ní Fhlannagáin, Lead Auditor, NSAI Medical Devices (by video)
11:00 "Clinical evaluation on a small budget" – Prof. Marcus O'Dowd, Department of Life Sciences, Atlantic Technological University
11:45 Case study: how we got our class IIa CE mark in 14 months – Siobhán McLoughlin, Quality & Regulatory Manager, Benbulben Diagnostics DAC
12:30 Lunch and networking
13:30 Afternoon clinic: 20-minute one-to-one sessions with NSAI and with regulatory consultants from Lough Gill Compliance Ltd (book your slot when registering)
16:00 Wrap-up and dates of the next AMDN events
16:30 Close

The workshop is free for AMDN members and costs EUR 75 for non-members. It is part of the "MedTech North West Skills" programme co-funded by the Higher Education Authority's Human Capital Initiative.

Please register by Friday 28 February 2031 at amdn.example/mdr-workshop.

Save the dates for our next events:
- AMDN Annual Members' Meeting – Wednesday 21 May 2031, Sligo
- MedTech Rising Star pitch evening – September 2031, Galway (jointly with the Western Development Commission)

Kind regards,
Aoife Gilmartin
Network Coordinator, Atlantic MedDevice Network (AMDN) CLG
'''
m = EmailMessage()
m['From'] = 'Aoife Gilmartin <aoife.gilmartin@amdn.example>'
m['To'] = 'AMDN members <members@amdn.example>'
m['Subject'] = 'REMINDER + CHANGES: MDR/IVDR workshop this Thursday 6 March – new room & online option'
m['Date'] = format_datetime(datetime.datetime(2031, 3, 3, 8, 41, tzinfo=datetime.timezone.utc))
m.set_content(body)
open(B + '/docs/' + F, 'wb').write(bytes(m))
A='Atlantic MedDevice Network (AMDN) CLG'
gold(F, '2031-03-03',
 [P('Caoimhe Ní Fhlannagáin','Lead Auditor','NSAI Medical Devices'),
  P('Rónán Mac Giolla Easpaig',None,'Enterprise Ireland'),
  P('Aoife Gilmartin','Network Coordinator',A),
  P('Declan Feeney','Chairperson',A),
  P("Marcus O'Dowd",None,'Atlantic Technological University'),
  P('Siobhán McLoughlin','Quality & Regulatory Manager','Benbulben Diagnostics DAC')],
 [O(A,'AMDN'),O('ATU Sligo'),O('Atlantic Technological University'),O('Enterprise Ireland'),O('Garavogue Surgical Ltd'),O('NSAI Medical Devices','NSAI'),
  O('Department of Life Sciences'),O('Benbulben Diagnostics DAC'),O('Lough Gill Compliance Ltd'),O("Higher Education Authority"),O('Western Development Commission')],
 [E('Ready for the notified body: practical EU MDR and IVDR preparation for SMEs','2031-03-06',None,'Sligo','Ireland'),
  E("AMDN Annual Members' Meeting",'2031-05-21',None,'Sligo','Ireland'),
  E('MedTech Rising Star pitch evening','2031-09',None,'Galway','Ireland')],
 ['2031-03-03','2031-03-06','2031-03-05','2031-03-04','2031-02-10','2031-02-28','2031-05-21','2031-09'],
 [])
