from common import *
FN = "whats-on_polynet-ooe_april-2031.md"
T = """
# What's on at PolyNet OÖ — April 2031

*PolyNet Oberösterreich · Members' digest No. 4/2031 · sent 28 March 2031*

[Home](https://polynet-ooe.example/) › [News](https://polynet-ooe.example/news) › What's on

Dear members, spring is the busiest season in our calendar. Below you will find everything that is coming up in
April, plus two dates to keep free in May. As always, members register through the portal; non-members pay the
reduced partner fee if they come from one of our sister networks.

---

### Tue 8 April — Recyclate quality breakfast (Wels)

Our working group on mechanical recycling meets at the Wels Business & Innovation Centre from 8:00 to 10:30.
Ing. Martina Aigner-Pölzl, quality manager at Resinova GmbH, shows how her team grades post-consumer polypropylene
before it goes back into automotive trims. Moderation: **Florian Haslinger** (PolyNet OÖ, project manager
circular economy).

### Thu 10 April — Webinar: the PPWR and what it means for your packaging

One hour online, 14:00–15:00. Dr. Katharina Seidl-Moser from the law firm Moser & Partner Rechtsanwälte walks through
the new recycled-content targets and the labelling rules. Questions can be sent in advance.

### 15–16 April — Injection moulding masterclass, Steyr

Two days at the training hall of FH Oberösterreich, Campus Steyr, for process technicians with at least three years
of practice. Trainer: Bernd Hofstätter, head of application engineering at Formtek Maschinenbau GmbH. Maximum 14
participants; the March course was full within a week.

### Wed 23 April — Members' evening "Plastics meets Medtech"

Together with the Medizintechnik-Netzwerk Linz (MTN) we visit the clean-room production of Sterilux Medical GmbH in
Linz-Pichling. Welcome by CEO Andreas Wimmer at 17:00, tour in groups, networking buffet from 18:30. Places are limited
to 40 and will be shared equally between the two networks.

### 29 April – 1 May — Delegation to Plast, Milan

Instead of a long trip to Asia this spring, we are taking a group of 12 members to the **Plast**
trade fair in Milan. The cluster books the hotel block and a shared meeting table in Hall 24. Contact:
Julia Brandstätter (internationalisation, PolyNet OÖ).

---

## Save the date

- **Mon 12 May 2031** — General Assembly of PolyNet OÖ, Design Center Linz, 15:00. The invitation with the agenda
  and the annual report for 2030 follows by e-mail.
- **4–5 June 2031** — 8th Upper Austrian Plastics Days (Kunststofftage), Tabakfabrik Linz, with a matchmaking
  afternoon run together with the Enterprise Europe Network (EEN) on the second day.

## From our partners

- The Business Upper Austria agency (Biz-Up) reminds members that its "Digital Production" voucher call closes on
  30 April 2031.
- Johannes Kepler University Linz (JKU) opens its polymer-processing pilot hall to SMEs on Friday 25 April; the Institute
  of Polymer Processing shows its new reactive-extrusion line. Free, registration at the institute.
- The Austrian Economic Chamber (WKO Oberösterreich) organises a half-day seminar on energy costs in late April;
  the date will be announced on its website.

## Looking back: March in numbers

Our March events gathered 312 participants in total. The best attended was the "Bio-based polymers" workshop of
18 March in Linz with 74 people; thank you to Dr. Lena Öztürk (JKU) and to Matthias Grünbacher of Biofil Compounds
GmbH for two excellent talks. The slides are in the members' area.

---

Questions about the calendar? Write to Sabine Leitner, events coordinator, events@polynet-ooe.example.

PolyNet Oberösterreich · Hafenstraße 47–51 · 4020 Linz · A cluster initiative of the Province of Upper Austria
[Unsubscribe](#) · [Privacy](#) · © 2031 PolyNet OÖ
"""
save_text(FN, T)
save_gold(FN, "2031-03-28",
 [P("Martina Aigner-Pölzl","quality manager","Resinova GmbH"),
  P("Florian Haslinger","project manager circular economy","PolyNet OÖ"),
  P("Katharina Seidl-Moser",None,"Moser & Partner Rechtsanwälte"),
  P("Bernd Hofstätter","head of application engineering","Formtek Maschinenbau GmbH"),
  P("Andreas Wimmer","CEO","Sterilux Medical GmbH"),
  P("Julia Brandstätter","internationalisation","PolyNet OÖ"),
  P("Lena Öztürk",None,"JKU"),
  P("Matthias Grünbacher",None,"Biofil Compounds GmbH"),
  P("Sabine Leitner","events coordinator","PolyNet OÖ")],
 [O("PolyNet Oberösterreich","PolyNet OÖ"), O("Resinova GmbH"),
  O("Moser & Partner Rechtsanwälte"), O("FH Oberösterreich"), O("Formtek Maschinenbau GmbH"),
  O("Medizintechnik-Netzwerk Linz","MTN"), O("Sterilux Medical GmbH"), O("Enterprise Europe Network","EEN"),
  O("Business Upper Austria","Biz-Up"), O("Johannes Kepler University Linz","JKU"), O("Institute of Polymer Processing"),
  O("Austrian Economic Chamber","WKO Oberösterreich"), O("Biofil Compounds GmbH"), O("Province of Upper Austria")],
 [E("Recyclate quality breakfast","2031-04-08",None,"Wels","Austria"),
  E("Webinar: the PPWR and what it means for your packaging","2031-04-10",None,None,None),
  E("Injection moulding masterclass","2031-04-15","2031-04-16","Steyr","Austria"),
  E("Members' evening \"Plastics meets Medtech\"","2031-04-23",None,"Linz","Austria"),
  E("Plast","2031-04-29","2031-05-01","Milan","Italy"),
  E("General Assembly of PolyNet OÖ","2031-05-12",None,"Linz","Austria"),
  E("8th Upper Austrian Plastics Days","2031-06-04","2031-06-05","Linz","Austria"),
  E("JKU polymer-processing pilot hall open day","2031-04-25",None,"Linz","Austria"),
  E("half-day seminar on energy costs","2031-04",None,None,None),
  E("\"Bio-based polymers\" workshop","2031-03-18",None,"Linz","Austria")],
 ["2031-03-28","2031-04","2031-04-08","2031-04-10","2031-04-15/2031-04-16","2031-04-23","2031-04-29/2031-05-01",
  "2031-05","2031-05-12","2031-06-04/2031-06-05","2031-04-30","2031-04-25","2030","2031-03","2031-03-18"],
 [])
