from h import *
from email.message import EmailMessage
F = 'g07_linz_mechatronics_newsletter_ga.eml'
assert wd(2040,5,28)=='Monday' and wd(2040,6,21)=='Thursday' and wd(2040,6,5)=='Tuesday' and wd(2040,5,15)=='Tuesday' and wd(2040,6,7)=='Thursday'
body = """Having trouble reading this e-mail? View it in your browser.

DANUBE MECHATRONICS NETWORK – MEMBER NEWSLETTER No. 5/2040
Linz, 28 May 2040

Dear members,

summer is coming, and with it the most important dates of our association's year. Please read this
issue carefully: it contains the formal notice of the General Assembly.

=====================================================================
1. NOTICE OF THE ORDINARY GENERAL ASSEMBLY
=====================================================================

In accordance with Article 9 of the statutes, the Board convenes the ordinary General Assembly of
the Danube Mechatronics Network on

   Thursday, 21 June 2040, 15:00–17:30
   Tabakfabrik Linz, Peter-Behrens-Platz, Linz (Room "Magazin 1")

Agenda
 1. Opening, quorum, approval of the agenda
 2. Report of the Board on the year 2039
 3. Financial statements 2039 and report of the auditors
 4. Discharge of the Board
 5. Budget and membership fees 2041
 6. Election of two Board members (the terms of Gerlinde Aigner and Stefan Hofer end)
 7. Admission of new members
 8. Any other business

Candidacies for the Board must reach the office by Thursday, 7 June 2040. Members who cannot attend
may give a written proxy to another member; each member may hold at most two proxies. If the quorum is
not reached at 15:00, the Assembly meets half an hour later with the same agenda and decides regardless
of the number of members present.

From 17:30 the Assembly is followed by the summer get-together on the terrace, with food from
member company Mühlviertler Feinkost GmbH.

=====================================================================
2. BOARD MEETING – DATES AND DECISIONS
=====================================================================

The next Board meeting takes place on Tuesday, 5 June 2040 at the premises of Fronius International
GmbH in Wels. At its meeting of Tuesday, 15 May 2040 the Board took the following decisions:

Decisions
 - The Board approves the draft financial statements 2039 and submits them to the General Assembly.
 - The membership fee for start-ups remains at EUR 250 for 2041.
 - The network joins the European Cluster Collaboration Platform's new partnering group on robotics.

=====================================================================
3. UPCOMING EVENTS
=====================================================================

 * 12 June 2040 – Robotics Lab Night at the Johannes Kepler University Linz (JKU), LIT Robopark.
   Free for members, registration required.
 * 26–28 June 2040 – Smart Automation Austria, Linz Design Center: joint stand with eight members.
 * 19 September 2040 – Workshop "Functional safety for collaborative robots" with TÜV Austria,
   Steyr.
 * October 2040 – Study trip to the Automatica trade fair, Munich (details in the next issue).

=====================================================================
4. NEW MEMBERS
=====================================================================

We welcome Krenn Antriebstechnik GmbH (Enns), Nexa Vision e.U. (Linz) and the Upper Austria University
of Applied Sciences, Campus Wels, as new members. The network now counts 137 members.

---------------------------------------------------------------------
With best regards

Gerlinde Aigner
President, Danube Mechatronics Network
Managing Director, Aigner Steuerungstechnik GmbH

Danube Mechatronics Network (DMN) · Hafenstraße 47–51 · 4020 Linz · Austria
ZVR number 000000000 · office@dmn.example.at · +43 732 000000

You receive this newsletter as a contact person of a member organisation. Unsubscribe | Update your profile

---------- Forwarded message ----------
From: Stefan Hofer <s.hofer@dmn.example.at>
Date: Tue, 15 May 2040 17:42
Subject: Re: GA room booking
To: Office DMN

Hi Julia,
the Tabakfabrik confirmed Magazin 1 for 21 June. Could you add the proxy form to the newsletter?
Thanks, Stefan

> On 14 May 2040, Julia Reisinger (Office Manager, DMN) wrote:
> Dear Stefan, can you check whether the room at the Tabakfabrik is still free on the 21st? The JKU
> lecture hall is booked.
"""
m = EmailMessage()
m['From'] = 'Danube Mechatronics Network <newsletter@dmn.example.at>'
m['To'] = 'members@dmn.example.at'
m['Subject'] = 'DMN Newsletter 5/2040: Notice of the General Assembly on 21 June'
m['Date'] = 'Mon, 28 May 2040 09:15:00 +0200'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
DMN="Danube Mechatronics Network"
gold(F,
 [P("Gerlinde Aigner","President",DMN), P("Stefan Hofer","Board member",DMN),
  P("Julia Reisinger","Office Manager","DMN")],
 [O(DMN,"DMN"), O("Mühlviertler Feinkost GmbH"), O("Fronius International GmbH"),
  O("European Cluster Collaboration Platform"), O("Johannes Kepler University Linz","JKU"), O("TÜV Austria"),
  O("Krenn Antriebstechnik GmbH"), O("Nexa Vision e.U."), O("Upper Austria University of Applied Sciences"),
  O("Aigner Steuerungstechnik GmbH"), O("Tabakfabrik Linz")],
 [E("General Assembly","2040-06-21",None,"Linz","Austria"),
  E("summer get-together","2040-06-21",None,"Linz","Austria"),
  E("Board meeting","2040-06-05",None,"Wels","Austria"),
  E("meeting of the Board","2040-05-15",None,None,None),
  E("Robotics Lab Night","2040-06-12",None,"Linz","Austria"),
  E("Smart Automation Austria","2040-06-26","2040-06-28","Linz","Austria"),
  E('Workshop "Functional safety for collaborative robots"',"2040-09-19",None,"Steyr","Austria"),
  E("Study trip to the Automatica trade fair","2040-10",None,"Munich","Germany"),
  E("Automatica",None,None,"Munich","Germany")],
 ["2040-05-28","2040-06-21","2039","2041","2040-06-07","2040-06-05","2040-05-15","2040-06-12","2040-06-26/2040-06-28",
  "2040-09-19","2040-10","2040-05-14"],
 ["The Board approves the draft financial statements 2039 and submits them to the General Assembly",
  "The membership fee for start-ups remains at EUR 250 for 2041",
  "The network joins the European Cluster Collaboration Platform's new partnering group on robotics"],
 "2040-05-28")
