from h import *
F = 'g05_graz_call_for_participation.md'
assert wd(2040,6,11)=='Monday' and wd(2040,6,12)=='Tuesday' and wd(2040,3,16)=='Friday' and wd(2040,4,20)=='Friday' and wd(2040,4,26)=='Thursday'
T = """# Call for Participation: Alpine Mobility Showcase 2040

**Graz, Austria · Monday 11 – Tuesday 12 June 2040**
*Posted 22 January 2040 by the ACstyria Mobility Cluster events team · 5 min read*

[Home](/) > [Events](/events) > [Calls](/events/calls) > Alpine Mobility Showcase 2040

---

The ACstyria Mobility Cluster, together with the Green Tech Cluster Styria and Silicon Alps Cluster, invites companies, research groups and start-ups to take part in the fourth Alpine Mobility Showcase. The Showcase brings together around 600 engineers, buyers and investors from the automotive, rail and aerospace supply chains of Austria, Slovenia, northern Italy and southern Germany at the Messe Congress Graz.

This call covers **three ways to participate**: exhibiting on the shared Innovation Floor, presenting in one of the technical sessions, and pitching to investors in the Start-up Arena.

## 1. Innovation Floor (exhibition)

- Table-top stands (2 × 2 m) for members and non-members
- Member rate €980, non-member rate €1,650 (excl. VAT)
- Includes two exhibitor passes, catering, listing in the printed guide
- **Deadline for stand bookings: 16 March 2040**

## 2. Technical sessions

We are looking for short talks (15 minutes) on four topics:

1. Lightweight structures and recycled composites
2. Battery systems for rail and off-road vehicles
3. Hydrogen logistics in alpine regions
4. Software-defined vehicles and cybersecurity

Submit an abstract of no more than 300 words through the online form. The programme committee, chaired by Dr. Verena Kohlbacher (Head of Research, Virtual Vehicle Research GmbH), will select about 24 talks.

- **Abstract deadline: 16 March 2040**
- Notification of acceptance: 20 April 2040
- Final slides due: 1 June 2040

## 3. Start-up Arena

Start-ups founded after 1 January 2035 with a product in mobility can apply for a pitch slot. Ten teams will pitch on the afternoon of 12 June 2040 to a jury of investors including Markus Rainer (Partner, Alpine Venture Partners) and Laura Benedetti (Investment Manager, Friulia S.p.A.). The winner receives a free stand at the 2041 edition and three months of coaching by the Science Park Graz.

- **Application deadline: 20 April 2040**
- Pitch training (online, mandatory): Thursday 26 April 2040, 14:00–16:00

## Programme at a glance

| Day | Time | Item |
|---|---|---|
| Mon 11 June | 09:00 | Opening by Barbara Eibinger-Miedl, Regional Minister for Economy (tbc) |
| Mon 11 June | 10:00–17:30 | Innovation Floor open; technical sessions 1 and 2 |
| Mon 11 June | 19:00 | Showcase dinner at the Schlossberg Restaurant |
| Tue 12 June | 09:00–12:30 | Technical sessions 3 and 4; B2B meetings |
| Tue 12 June | 13:30–16:30 | Start-up Arena and award |
| Tue 12 June | 16:30 | Closing |

## Previous editions

- 2039 – Graz, 540 participants, 71 exhibitors
- 2038 – Maribor (Slovenia), co-hosted with the Automotive Cluster of Slovenia (ACS)
- 2037 – Graz, first edition

## Selection criteria

Proposals are assessed on relevance to the topics, technical novelty, potential for cooperation with cluster members, and balance between countries and types of organisation. Commercial sales presentations will not be accepted in the technical sessions.

## Contact

**Thomas Pichler**
Project Manager Events, ACstyria Mobility Cluster
Parkring 18, 8074 Grambach/Graz
showcase@acstyria.example.at · +43 316 000 000

Questions about the Start-up Arena: **Sandra Wolf**, Start-up Programme Lead, Science Park Graz

---

*The Alpine Mobility Showcase is supported by the Styrian Business Promotion Agency (SFG) and the Austrian Federal Ministry for Climate Action.*

Share: [LinkedIn](#) · [X](#) · [E-mail](#)

Tags: call, exhibition, start-ups, mobility

> Related: [Cluster annual report 2039](#) · [Members' area](#)
"""
write(F, T)
A='ACstyria Mobility Cluster'
gold(F,
 [P("Verena Kohlbacher","Head of Research","Virtual Vehicle Research GmbH"),
  P("Markus Rainer","Partner","Alpine Venture Partners"),
  P("Laura Benedetti","Investment Manager","Friulia S.p.A."),
  P("Barbara Eibinger-Miedl","Regional Minister for Economy",None),
  P("Thomas Pichler","Project Manager Events",A),
  P("Sandra Wolf","Start-up Programme Lead","Science Park Graz")],
 [O(A), O("Green Tech Cluster Styria"), O("Silicon Alps Cluster"),
  O("Virtual Vehicle Research GmbH"), O("Alpine Venture Partners"), O("Friulia S.p.A."), O("Science Park Graz"),
  O("Automotive Cluster of Slovenia","ACS"), O("Styrian Business Promotion Agency","SFG"),
  O("Austrian Federal Ministry for Climate Action")],
 [E("Alpine Mobility Showcase 2040","2040-06-11","2040-06-12","Graz","Austria"),
  E("Start-up Arena","2040-06-12",None,"Graz","Austria"),
  E("Pitch training","2040-04-26"),
  E("Showcase dinner","2040-06-11",None,"Graz","Austria"),
  E("B2B meetings","2040-06-12",None,"Graz","Austria"),
  E("Alpine Mobility Showcase (2039 edition)","2039",None,"Graz","Austria"),
  E("Alpine Mobility Showcase (2038 edition)","2038",None,"Maribor","Slovenia"),
  E("Alpine Mobility Showcase (2037 edition)","2037",None,"Graz","Austria"),
  E("Alpine Mobility Showcase (2041 edition)","2041")],
 ["2040-06-11/2040-06-12","2040-01-22","2040-03-16","2040-04-20","2040-06-01","2035-01-01","2040-06-12","2040-06-11",
  "2040-04-26","2039","2038","2037"],
 [], "2040-01-22")
