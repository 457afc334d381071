from g import *
fname = "news-toy-safety-day-cancelled-online-session.txt"
t = """ITLC · Ibi Toy & Leisure Cluster
Home / News / Toy Safety Day cancelled: we move online

TOY SAFETY DAY CANCELLED - REPLACED BY AN ONLINE SESSION ON 10 NOVEMBER
Posted on 21 October 2032 · Category: Events

We regret to inform members that the Toy Safety Day planned for Thursday 4 November 2032 at the AIJU technology centre
in Ibi has been cancelled. The storm of last week flooded part of the ground floor of the building, and the conference
hall will not be available before the end of the year. We looked for another venue in the Foia de Castalla area, but
none could host 150 people with the testing demonstrations we had planned.

Instead, the core of the programme will take place as an online session:

"New EU toy safety rules: what changes for manufacturers in 2033"
Wednesday 10 November 2032, 10:00-12:00 (CET), on Zoom

- Welcome: Lucía Doménech Vidal, cluster manager, Ibi Toy & Leisure Cluster (ITLC)
- The new regulation in 30 minutes: Klaus Overbeck, policy officer, European Commission, DG GROW
- Chemicals in toys: testing in practice - Elena Sempere Pastor, head of the product safety laboratory, AIJU
- Digital product passport: a first look for toy makers - Vicent Payá Bernabeu, CEO of Juguetes Payá Hermanos S.L.
- Questions from participants

What happens to your registration?
All registrations for the Toy Safety Day are transferred automatically to the online session; you will receive the
link by 8 November. Participants who paid the lunch fee (EUR 25) will be refunded within 30 days. If you do not want
to take part online, no action is needed.

The testing demonstrations and the company visits will not be lost: a face-to-face edition is planned for spring 2033
in Ibi, once the AIJU hall has been repaired. We will announce the date in the January newsletter.

Looking ahead, the cluster's joint stand at Spielwarenmesse in Nuremberg (28 January - 1 February 2033) is confirmed.
Eleven members have already booked; two places are left.

"We are sorry for the inconvenience. Safety rules do not wait, and our members need this information before the
Christmas production peak is over," said Lucía Doménech Vidal.

Contact: events@itlc.example · +34 965 000 000

Share: Facebook | LinkedIn | X | E-mail
(c) 2032 Ibi Toy & Leisure Cluster · Legal notice · Cookie policy
"""
write_doc(fname, t)
I = "Ibi Toy & Leisure Cluster"
gold(fname,
 [P("Lucía Doménech Vidal","cluster manager",I),
  P("Klaus Overbeck","policy officer","DG GROW"),
  P("Elena Sempere Pastor","head of the product safety laboratory","AIJU"),
  P("Vicent Payá Bernabeu","CEO","Juguetes Payá Hermanos S.L.")],
 [O(I,"ITLC"), O("AIJU"), O("European Commission"), O("DG GROW"), O("Juguetes Payá Hermanos S.L.")],
 [E("Toy Safety Day","2032-11-04",None,"Ibi","Spain"),
  E("New EU toy safety rules: what changes for manufacturers in 2033","2032-11-10"),
  E("face-to-face edition","2033",None,"Ibi","Spain"),
  E("Spielwarenmesse","2033-01-28","2033-02-01","Nuremberg","Germany")],
 ["2032-10-21","2032-11-04","2032-11-10","2032-11-08","2033","2033-01","2033-01-28/2033-02-01"],
 pub="2032-10-21")
