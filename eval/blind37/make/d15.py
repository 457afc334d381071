from common import *
doc = "cluster-excellence-academy-2035-programme.md"
write(doc, """
# Cluster Excellence Academy 2035 — online programme for cluster managers

**Luxembourg Cluster Office · Programme announcement · last updated 28/01/2035**

[Programme](#modules) | [Trainers](#trainers) | [Fees](#fees) | [Apply](#apply)

The Cluster Excellence Academy is a ten-week online course for managers and staff of cluster organisations in the
Greater Region and beyond. It is run by the Luxembourg Cluster Office (LCO) with the support of Luxinnovation and
the Ministry of the Economy of Luxembourg. The 2035 edition is the fourth; 112 people from 21 countries have
completed the earlier editions.

Each module consists of a live session (Tuesdays, 14:00–16:00 CET), a short assignment and a peer-coaching call
on Thursday. Participants who complete all modules and the final case study receive a certificate recognised in the
cluster-management excellence benchmarking of the European Secretariat for Cluster Analysis (ESCA).

## Modules {#modules}

| # | Date | Module | Trainer |
|---|---|---|---|
| 0 | 6 March 2035 | Kick-off and introductions | Academy team |
| 1 | 13 March 2035 | Cluster strategy and smart specialisation | Dr. Josée Wagner-Kieffer |
| 2 | 20 March 2035 | Member services that members pay for | Pieter-Jan de Vries |
| 3 | 27 March 2035 | Financing the cluster organisation | Anne Mersch |
| 4 | 3 April 2035 | EU funding for clusters: Single Market Programme, Horizon Europe, Interreg | Carlos Ibáñez Ferrer |
| — | 10 April 2035 | Spring break, no session | |
| 5 | 17 April 2035 | Internationalisation and the ECCP | Ewa Szczepańska |
| 6 | 24 April 2035 | Digital and green transition services | Dr. Josée Wagner-Kieffer |
| 7 | 1 May 2035 | Measuring impact | Mats Lindqvist |
| 8 | 8 May 2035 | Final case-study presentations | all trainers |

A one-day **on-site graduation day** will take place in Luxembourg-Kirchberg on Friday 11 May 2035, combined with a
visit to the House of Automobile and the Luxembourg Space Campus. Attendance is optional.

## Trainers {#trainers}

- **Dr. Josée Wagner-Kieffer** — head of the Luxembourg Cluster Office, academy director
- **Pieter-Jan de Vries** — former managing director of a Dutch food cluster, independent consultant
- **Anne Mersch** — finance and governance adviser, LCO
- **Carlos Ibáñez Ferrer** — EU funding adviser, Basque Business Development Agency (SPRI)
- **Ewa Szczepańska** — international cooperation manager, Wielkopolska Cluster Association
- **Mats Lindqvist** — evaluator, Kattegatt Analys AB

## Fees {#fees}

€650 per participant; €450 for members of Luxembourg clusters. Two scholarships for cluster staff from
Ukraine and Moldova are offered by the Ministry of the Economy.

## Apply {#apply}

Applications close on **14 February 2035**. Admission decisions are sent by 21.02.2035. Maximum 30 participants.

Questions: academy@lco.example · +352 000 000

> "The academy gave me the vocabulary to explain to my board why services must be paid for." — participant of the
> 2034 edition, cluster manager from Slovenia
""")
gold(doc, None,
 [P("Josée Wagner-Kieffer","head","Luxembourg Cluster Office"),
  P("Pieter-Jan de Vries","independent consultant",None), P("Anne Mersch","finance and governance adviser","LCO"),
  P("Carlos Ibáñez Ferrer","EU funding adviser","Basque Business Development Agency"),
  P("Ewa Szczepańska","international cooperation manager","Wielkopolska Cluster Association"),
  P("Mats Lindqvist","evaluator","Kattegatt Analys AB")],
 [O("Luxembourg Cluster Office","LCO"), O("Luxinnovation"), O("Ministry of the Economy of Luxembourg"),
  O("European Secretariat for Cluster Analysis","ESCA"), O("ECCP"), O("Basque Business Development Agency","SPRI"),
  O("Wielkopolska Cluster Association"), O("Kattegatt Analys AB")],
 [E("Cluster Excellence Academy 2035","2035-03-06","2035-05-08",None,None),
  E("Kick-off and introductions","2035-03-06",None,None,None),
  E("Cluster strategy and smart specialisation","2035-03-13",None,None,None),
  E("Member services that members pay for","2035-03-20",None,None,None),
  E("Financing the cluster organisation","2035-03-27",None,None,None),
  E("EU funding for clusters: Single Market Programme, Horizon Europe, Interreg","2035-04-03",None,None,None),
  E("Internationalisation and the ECCP","2035-04-17",None,None,None),
  E("Digital and green transition services","2035-04-24",None,None,None),
  E("Measuring impact","2035-05-01",None,None,None),
  E("Final case-study presentations","2035-05-08",None,None,None),
  E("on-site graduation day","2035-05-11",None,"Luxembourg","Luxembourg")],
 ["2035-01-28","2035-03-06","2035-03-13","2035-03-20","2035-03-27","2035-04-03","2035-04-10","2035-04-17","2035-04-24",
  "2035-05-01","2035-05-08","2035-05-11","2035-02-14","2035-02-21"])
