from common import *
doc = "fintech-wednesdays-webinar-series.md"
text(doc, """
[Home](/) > [Events](/events) > FinTech Wednesdays

# FinTech Wednesdays – webinar series 2036

*Posted on 9 January 2036 by Siobhán Ní Bhriain, Communications Lead*

**Liffey FinTech Cluster (LFC)** runs a lunchtime webinar every second Wednesday from January to April. Each episode lasts
45 minutes: a 20-minute talk, a member case and questions from the audience. Episodes are free for members and partners;
recordings go online on our YouTube channel within 48 hours.

The series is co-organised with Enterprise Ireland and the Irish node of the European Digital Innovation Hub network,
FinHub Éire.

## Why FinTech Wednesdays?

Our members told us that they cannot leave the office for half-day conferences, but that they want regular updates
on regulation and markets. The lunchtime format keeps sessions short and practical: every talk ends with three
things to do next week, and every member case shows real numbers. Suggestions for topics and speakers for the next
season are welcome at any time.

## Episodes

**Episode 1 – Open finance after PSD3: what Irish SMEs should prepare for**
Wednesday, 16 January 2036, 12:30–13:15 (GMT)
Speaker: Conall Mac Giolla Phádraig, Head of Regulatory Affairs, LFC
Member case: PayLoch Ltd

**Episode 2 – Instant payments in the euro area**
Wednesday, 30 January 2036, 12:30–13:15
Speaker: Dr. Eimear O'Driscoll, economist, Central Bank of Ireland

**Episode 3 – AI credit scoring and the AI Act: high-risk in practice**
Wednesday, 13 February 2036
Speakers: Ruairí Ó Séaghdha (Credlytic), Martina Rossi-Hughes, legal counsel, Brennock & Partners LLP

**Episode 4 – Selling to banks: procurement without pain**
27 Feb 2036
Speaker: Gráinne Kavanagh, chief procurement officer, Lighthouse Bank plc

**Episode 5 – Crypto-asset rules (MiCA) two years on**
12.03.2036
Speaker: Pieter van der Wal, partner, Amstelrecht Advocaten N.V. (Amsterdam)

**Episode 6 – Scaling to the Nordics**
Wednesday 26 March
Speaker: Ingrid Aalto, managing director, Helsinki Fintech Hub Oy

**Episode 7 (special) – Wrap-up with the Minister of State**
Wednesday 9 April 2036, 12:00–13:00
With Seán Fitzmaurice, Minister of State for Financial Services, and LFC chair Orla McEnaney

## Previous seasons

- Season 2 (autumn 2035): 7 episodes, 2,140 registrations, average rating 4.6/5
- Season 1 (spring 2035): 6 episodes

## Register

Registration closes 24 hours before each episode. Questions: events@liffeyfintech.example

Related events: **Liffey FinTech Week**, 18–22 May 2036 · **LFC Members' Summer Party**, 25 June 2036

Share: [LinkedIn] [X] [Email]

© Liffey FinTech Cluster CLG · Privacy · Cookie settings
""")
gold(doc, "2036-01-09",
 [P("Siobhán Ní Bhriain","Communications Lead","Liffey FinTech Cluster"),
  P("Conall Mac Giolla Phádraig","Head of Regulatory Affairs","LFC"),
  P("Eimear O'Driscoll","economist","Central Bank of Ireland"),
  P("Ruairí Ó Séaghdha",None,"Credlytic"),
  P("Martina Rossi-Hughes","legal counsel","Brennock & Partners LLP"),
  P("Gráinne Kavanagh","chief procurement officer","Lighthouse Bank plc"),
  P("Pieter van der Wal","partner","Amstelrecht Advocaten N.V."),
  P("Ingrid Aalto","managing director","Helsinki Fintech Hub Oy"),
  P("Seán Fitzmaurice","Minister of State for Financial Services",None),
  P("Orla McEnaney","chair","LFC")],
 [O("Liffey FinTech Cluster CLG","LFC"), O("Enterprise Ireland"), O("FinHub Éire"), O("PayLoch Ltd"), O("Central Bank of Ireland"),
  O("Credlytic"), O("Brennock & Partners LLP"), O("Lighthouse Bank plc"), O("Amstelrecht Advocaten N.V."), O("Helsinki Fintech Hub Oy")],
 [E("Episode 1 – Open finance after PSD3: what Irish SMEs should prepare for","2036-01-16","2036-01-16",None,None),
  E("Episode 2 – Instant payments in the euro area","2036-01-30","2036-01-30",None,None),
  E("Episode 3 – AI credit scoring and the AI Act: high-risk in practice","2036-02-13","2036-02-13",None,None),
  E("Episode 4 – Selling to banks: procurement without pain","2036-02-27","2036-02-27",None,None),
  E("Episode 5 – Crypto-asset rules (MiCA) two years on","2036-03-12","2036-03-12",None,None),
  E("Episode 6 – Scaling to the Nordics","2036-03-26","2036-03-26",None,None),
  E("Episode 7 (special) – Wrap-up with the Minister of State","2036-04-09","2036-04-09",None,None),
  E("Liffey FinTech Week","2036-05-18","2036-05-22",None,None),
  E("LFC Members' Summer Party","2036-06-25","2036-06-25",None,None)],
 ["2036-01-09","2036-01-16","2036-01-30","2036-02-13","2036-02-27","2036-03-12","2036-03-26","2036-04-09",
  "2035","2036-01/2036-04","2036-05-18/2036-05-22","2036-06-25"], [])
