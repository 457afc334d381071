from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt, email, email.policy
FN = "POSTPONED_Save-the-date_Fiberpack-Innovation-Days-2033.eml"
body = """Dear members, partners and friends of Fiberpack Östergötland,

In December we asked you to save the date for the Fiberpack Innovation Days 2033 in Norrköping. We now have to ask you to change it in your calendar:

*** The Fiberpack Innovation Days 2033 are POSTPONED. ***
*** NEW DATES: Wednesday 21 – Thursday 22 September 2033 ***
*** Same venue: Louis De Geer Konsert & Kongress, Norrköping ***

Why? Our main partner, the pilot plant of Holmsund Kartong AB in Kimstad, will only be ready to receive visitors after the summer, and the plant visit is the heart of the programme. We prefer to wait four months rather than to hold the days without it. We are sorry for the inconvenience.

What this means for you:
- Registrations already made for 11–12 May remain valid for the new dates. If you cannot come in September, write to us by 15 March 2033 and we refund the fee in full.
- Hotel blocks at Scandic Norrköping Nord have been moved to 20–22 September.
- Exhibitors will receive a separate message from our event manager, Ebba Lindqvist-Åhlén, this week.
- The call for pitches for start-ups stays open, with a new deadline of 31 May 2033.

The programme remains as announced, with keynotes by Professor Gunnar Tegnér (Linköping University, Division of Packaging Logistics) and Ann-Sofie Rydholm, head of sustainability at Östgöta Livs AB, and the presentation of the Fiberpack Award 2033. The jury meeting for the award has been moved from 20 April to 29 June 2033.

Before the Innovation Days we still meet at:
- Members' lunch seminar "Barrier coatings without PFAS", 23 March 2033, Linköping Science Park (unchanged)
- Annual General Meeting of Fiberpack Östergötland ek. för., 26 April 2033, Norrköping (unchanged)

Thank you for your understanding – and see you in September!

P.S. Several of you asked whether the joint trip to the Empack fair in Gothenburg on 4–5 May 2033 is affected. It is not: the bus leaves Norrköping at 06:30 on 4 May as planned, and there are still six seats. Write to Ebba if you want one.

Best regards,
Magnus Ekdahl
Cluster Manager | Fiberpack Östergötland
Norrköping Science Park, Laxholmen, 602 21 Norrköping
magnus.ekdahl@fiberpack.example | +46 11 000 00 00

----- Original message -----
From: Fiberpack Östergötland <info@fiberpack.example>
Sent: Wednesday, 8 December 2032 10:12
Subject: Save the date: Fiberpack Innovation Days 11-12 May 2033

Save the date!
Fiberpack Innovation Days 2033 – 3rd edition
11–12 May 2033, Louis De Geer, Norrköping

Two days on fibre-based packaging: keynotes, a start-up pitch session, plant visits and the Fiberpack Award. Co-organised with RISE Research Institutes of Sweden and Region Östergötland. After the 2nd edition in Linköping (8–9 June 2032) with 260 participants, we expect more than 300 of you.

Programme in brief:
Day 1 – opening by the cluster's chair Karin Sjövall-Berg, keynotes, start-up pitches, exhibition and the award dinner.
Day 2 – visit to the new pilot line for moulded fibre in Kimstad and three workshops: food contact rules, recycling of fibre-based multilayers, and buying packaging as an SME.

Registration opens in January 2033. Early-bird fee SEK 2,900 for members, SEK 4,200 for non-members.
"""
m = EmailMessage()
m["From"] = "Magnus Ekdahl <magnus.ekdahl@fiberpack.example>"
m["To"] = "members@fiberpack.example"
m["Subject"] = "POSTPONED – Fiberpack Innovation Days 2033 move to 21–22 September 2033"
m["Date"] = format_datetime(dt.datetime(2033, 2, 16, 9, 41, tzinfo=dt.timezone(dt.timedelta(hours=1))))
m.set_content(body)
open(f"{B}/docs/{FN}", "wb").write(bytes(m))
msg = email.message_from_binary_file(open(f"{B}/docs/{FN}", 'rb'), policy=email.policy.default)
txt = "\n".join([f"{k}: {msg[k]}" for k in ('From','To','Subject','Date')] + [msg.get_content()])
gold(FN, txt, "2033-02-16",
 [P("Ebba Lindqvist-Åhlén","event manager","Fiberpack Östergötland"),
  P("Gunnar Tegnér",None,"Linköping University"),
  P("Ann-Sofie Rydholm","head of sustainability","Östgöta Livs AB"),
  P("Magnus Ekdahl","Cluster Manager","Fiberpack Östergötland"),
  P("Karin Sjövall-Berg","chair","Fiberpack Östergötland")],
 [O("Fiberpack Östergötland ek. för.","Fiberpack Östergötland"),O("Holmsund Kartong AB"),O("Linköping University"),
  O("Division of Packaging Logistics"),O("Östgöta Livs AB"),O("RISE Research Institutes of Sweden"),O("Region Östergötland")],
 [E("Fiberpack Innovation Days 2033","2033-09-21","2033-09-22","Norrköping","Sweden"),
  E("Fiberpack Award 2033 jury meeting","2033-06-29","2033-06-29",None,None),
  E("Members' lunch seminar \"Barrier coatings without PFAS\"","2033-03-23","2033-03-23","Linköping","Sweden"),
  E("Annual General Meeting of Fiberpack Östergötland ek. för.","2033-04-26","2033-04-26","Norrköping","Sweden"),
  E("Empack","2033-05-04","2033-05-05","Gothenburg","Sweden"),
  E("Fiberpack Innovation Days (2nd edition)","2032-06-08","2032-06-09","Linköping","Sweden")],
 ["2033-02-16","2033-09-21/2033-09-22","2032-12","2033-05-11/2033-05-12","2033-03-15","2033-09-20/2033-09-22","2033-05-31",
  "2033-04-20","2033-06-29","2033-03-23","2033-04-26","2033-09","2032-12-08","2032-06-08/2032-06-09","2033-01","2033-05-04/2033-05-05","2033-05-04"])
