from h import *
T = """# Cluster Match Brașov–Miskolc 2033: event report

**Cross-regional B2B event of the automotive and mechatronics clusters of Centru (Romania) and Észak-Magyarország (Hungary)**
Brașov, 24–25 May 2033 · Report prepared by the organisers, 12 June 2033

## 1. Background

The "Cluster Match" format was launched in 2030 by two cluster organisations that had met at the European Cluster Conference: AutoCarpatia Cluster (Brașov) and the Miskolc-based Bükk Mechatronics Cluster (BMK). The first Cluster Match was held in Miskolc on 6–7 October 2031; the second, hosted in Brașov, is the subject of this report. The format combines a short conference, pre-booked B2B meetings and company visits, and is open to members of both clusters and to guests from other regions.

The 2033 edition was co-organised with the Regional Development Agency Centru (ADR Centru) and the Enterprise Europe Network Romania, with the support of the Hungarian Trade Office in Bucharest.

## 2. Programme in brief

Day 1 (24 May) opened at the Transilvania University of Brașov with welcome addresses by Radu-Mihai COMAN, president of AutoCarpatia Cluster, and Zsuzsanna Pál-Kovács, managing director of BMK. Keynotes were given by Prof. Dr. Eng. Gheorghe-Sorin BĂLAN (Transilvania University of Brașov) on electrification of light commercial vehicles and by Tamás Erdődy, purchasing director at Borsodi Precíziós Kft., on what tier-1 buyers expect from new suppliers. The afternoon was devoted to B2B meetings.

Day 2 (25 May) continued the B2B meetings in the morning and offered three company visits in the afternoon: Hidrovalv Brașov S.R.L., Carpatmotion S.A. in Ghimbav and the testing centre of Tractiva Power S.R.L.

## 3. Figures

| Indicator | Cluster Match 2031 (Miskolc) | Cluster Match 2033 (Brașov) |
|---|---|---|
| Registered participants | 96 | 148 |
| Companies | 58 | 91 |
| Countries | 2 | 5 (RO, HU, SK, PL, MD) |
| B2B meetings held | 174 | 312 |
| Meetings rated "promising" by both sides | 41 % | 47 % |
| Cooperation agreements announced on site | 3 | 7 |

Meeting satisfaction: 4.3 out of 5 (survey of 83 respondents, closed 5 June 2033).

Among the agreements announced on site: a joint bid by Hidrovalv Brașov S.R.L. and Szerszám-Tech Zrt. for a tooling contract; a testing-services framework between Tractiva Power S.R.L. and the University of Miskolc; and a training exchange for CNC operators between the two clusters' members.

## 3a. Who took part

Of the 91 companies, 52 came from Romania (mostly the Brașov–Sibiu–Mureș triangle), 28 from Hungary, 5 from Slovakia, 4 from Poland and 2 from the Republic of Moldova. Two thirds were SMEs with fewer than 250 employees; 14 were tier-1 or tier-2 suppliers to vehicle manufacturers. Eleven research organisations and training centres also took part, among them the Bay Zoltán Nonprofit Ltd. applied research institute and the Centrul de Formare Profesională Ghimbav. The B2B platform was run by the Enterprise Europe Network Romania, which also handled the meeting schedules on site with a team of four led by Mihaela ZAMFIR.

## 3b. Costs

The total cost of the 2033 edition was EUR 61,400, covered by the two clusters (40 %), the Regional Development Agency Centru (35 %) and participation fees (25 %). Participation was free for members of both clusters; guests paid EUR 120.

## 4. Feedback quotes

"We had eleven meetings in two days. Two of them are already followed by samples," said Ildikó Varga-Szabó, sales manager at Szerszám-Tech Zrt.

"The match is useful because the clusters prepare the meetings; we are not just handed a list," noted Andrei NEAGU, CEO of Carpatmotion S.A.

Several participants also commented on the organisation. The B2B schedules were sent two days before the event, which most found too late; the Romanian–Hungarian interpretation at the keynotes was appreciated; and the bus to the company visits in Ghimbav left late because of the long lunch. The organisers have taken note of all three points.

## 5. Conclusions

- Cross-border B2B works best when both cluster managers pre-screen requests; the share of "promising" meetings rose from 41 % to 47 %.
- Company visits were the most appreciated element and should keep a full afternoon.
- Participation from third regions (Slovakia, Poland, Moldova) shows demand for an open format, which needs a registration fee to cover costs.
- Follow-up must be organised: a check-in call three months after the event with each company that announced a cooperation.
- The next edition should add a session on public procurement in the automotive supply chain.

## 6. Next steps

The third Cluster Match will take place in Miskolc in autumn 2035 (dates to be fixed at the joint steering meeting in January 2034). Both clusters will present the format at the European Cluster Conference in Brussels in November 2033.

Contacts: Ioana-Cristina DUMITRESCU, project manager, AutoCarpatia Cluster · Bence Hajdú, international officer, BMK

Annex: list of participants (members only area)
"""
write("Cluster-Match-Brasov-Miskolc-2033_event-report.md", T, "2033-06-12",
 [P("Radu-Mihai COMAN","president","AutoCarpatia Cluster"),
  P("Zsuzsanna Pál-Kovács","managing director","BMK"),
  P("Gheorghe-Sorin BĂLAN",None,"Transilvania University of Brașov"),
  P("Tamás Erdődy","purchasing director","Borsodi Precíziós Kft."),
  P("Mihaela ZAMFIR",None,"Enterprise Europe Network Romania"),
  P("Ildikó Varga-Szabó","sales manager","Szerszám-Tech Zrt."),
  P("Andrei NEAGU","CEO","Carpatmotion S.A."),
  P("Ioana-Cristina DUMITRESCU","project manager","AutoCarpatia Cluster"),
  P("Bence Hajdú","international officer","BMK")],
 [O("AutoCarpatia Cluster"),O("Bükk Mechatronics Cluster","BMK"),O("Regional Development Agency Centru","ADR Centru"),
  O("Enterprise Europe Network Romania"),O("Hungarian Trade Office"),O("Transilvania University of Brașov"),
  O("Borsodi Precíziós Kft."),O("Hidrovalv Brașov S.R.L."),O("Carpatmotion S.A."),O("Tractiva Power S.R.L."),
  O("Szerszám-Tech Zrt."),O("University of Miskolc"),O("Bay Zoltán Nonprofit Ltd."),O("Centrul de Formare Profesională Ghimbav")],
 [E("Cluster Match Brașov–Miskolc 2033","2033-05-24","2033-05-25","Brașov","Romania"),
  E("Cluster Match 2031","2031-10-06","2031-10-07","Miskolc","Hungary"),
  E("third Cluster Match","2035","2035","Miskolc","Hungary"),
  E("joint steering meeting","2034-01","2034-01",None,None),
  E("European Cluster Conference","2033-11","2033-11","Brussels","Belgium")],
 ["2033-05-24/2033-05-25","2033-06-12","2030","2031-10-06/2031-10-07","2033-05-24","2033-05-25","2033-06-05","2035","2034-01","2033-11","2033"],
 ["Cross-border B2B works best when both cluster managers pre-screen requests; the share of \"promising\" meetings rose from 41 % to 47 %",
  "Company visits were the most appreciated element and should keep a full afternoon",
  "Participation from third regions (Slovakia, Poland, Moldova) shows demand for an open format, which needs a registration fee to cover costs",
  "Follow-up must be organised: a check-in call three months after the event with each company that announced a cooperation",
  "The next edition should add a session on public procurement in the automotive supply chain"])
