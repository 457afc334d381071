from g import *
fname = "Reminder_Tannery-Water-Day-tomorrow.txt"
t = """From: Chiara Bellandi <eventi@tlic.example>
To: members@tlic.example
Date: Tue, 9 Sep 2031 08:47:12 +0200
Subject: REMINDER - Tannery Water Day tomorrow + next dates

Dear members,

a quick reminder for those who registered (and a last call for those who did not):

TANNERY WATER DAY - TOMORROW, Wednesday
9:30-13:00, Sala consiliare, Santa Croce sull'Arno
- Welcome: Lorenzo Gronchi, President of the Tuscan Leather Innovation Cluster (TLIC)
- New discharge limits for chromium and sulphates: what changes for tanneries - Dr.ssa Elena Puccinelli, ARPAT
- Membrane filtration in a mid-sized tannery: two years of data - Matteo Nardini, plant manager, Conceria Gronchi S.p.A.
- Sludge to biochar: the Aquapura pilot - Sara Lombardi Ricci, CEO of Aquapura S.r.l.
Light lunch at 13:00. If you can no longer come, please write to me by this evening so that we can give your place to
someone on the waiting list.

WEBINAR "REACH UPDATE FOR LEATHER CHEMICALS" - NEXT THURSDAY (18 September), 11:00-12:00
Speaker: Hans-Jürgen Pfeil, regulatory consultant. Link will be sent the day before.

LINEAPELLE - Milan, 23-25 September
The cluster's info point is in Hall 9; come and say hello. Free entry tickets are still available from the office.

BOARD MEETING - Thursday 2 October, 17:00 at the TLIC office (board members only).

Reminder: the membership survey closes at the end of the month. It takes 5 minutes and helps us plan the events for
next year.

Thank you and see you tomorrow!

Chiara Bellandi
Segreteria eventi | Tuscan Leather Innovation Cluster
Via Provinciale Francesca 1, 56029 Santa Croce sull'Arno (PI)
Tel. +39 0571 000000

--
You receive this message as a contact person of a TLIC member company. Unsubscribe: reply with "cancella".
"""
write_doc(fname, t)
T = "Tuscan Leather Innovation Cluster"
gold(fname,
 [P("Chiara Bellandi","Segreteria eventi",T),
  P("Lorenzo Gronchi","President",T),
  P("Elena Puccinelli",None,"ARPAT"),
  P("Matteo Nardini","plant manager","Conceria Gronchi S.p.A."),
  P("Sara Lombardi Ricci","CEO","Aquapura S.r.l."),
  P("Hans-Jürgen Pfeil","regulatory consultant",None)],
 [O(T,"TLIC"), O("ARPAT"), O("Conceria Gronchi S.p.A."), O("Aquapura S.r.l.")],
 [E("Tannery Water Day",None,None,"Santa Croce sull'Arno","Italy"),
  E("Webinar \"REACH update for leather chemicals\"","2031-09-18"),
  E("Lineapelle","2031-09-23","2031-09-25","Milan","Italy"),
  E("Board meeting","2031-10-02")],
 ["2031-09-09","2031-09-18","2031-09-23/2031-09-25","2031-10-02"],
 pub="2031-09-09")
