from mk import *
doc = "call-for-speakers-agrifood-innovation-forum-thessaloniki-2034.md"
text(doc, """
# Call for speakers: Agrifood Innovation Forum 2034

*Posted on 4 December 2033 by CeMAC Secretariat · Events, Calls*

The **Central Macedonia Agrifood Cluster (CeMAC)** invites practitioners, researchers and public officials to
propose talks for the fourth **Agrifood Innovation Forum**, which will be held on **19–20 May 2034** at the
Thessaloniki Concert Hall, Greece. This year's theme is *"Water, heat and the Mediterranean farm"*.

## What we are looking for

Short, practical talks (12 minutes) or case studies (20 minutes) on:

- irrigation technologies and water reuse in orchards and vegetable production;
- heat-resistant varieties and climate-smart crop planning;
- cold chain and packaging that cut food loss in summer;
- cooperation models between farmers' co-operatives, processors and retailers.

We especially welcome speakers from companies and co-operatives, and from neighbouring countries (Bulgaria,
North Macedonia, Albania, Cyprus). Sales presentations will not be accepted.

## Key dates

| Step | Date |
|---|---|
| Call opens | 4 December 2033 |
| **Deadline for proposals** | **15 January 2034, 23:59 EET** |
| Notification of selected speakers | 16 February 2034 |
| Online speakers' briefing | 10 March 2034 |
| Final slides due | 5 May 2034 |
| Forum | 19–20 May 2034 |

The online speakers' briefing is a one-hour call on 10 March 2034 at 15:00 with the programme committee.

## How to submit

Fill in the online form with a 250-word abstract, a short biography and a photo. Proposals are reviewed by the
programme committee chaired by Prof. Eleni Papadopoulou-Stergiou (Aristotle University of Thessaloniki), with
Nikos Karagiannis, cluster manager of CeMAC, and Dimitra Vlachou, head of innovation at Thessalia Fresh S.A.

Selected speakers receive free registration and two nights' accommodation; travel costs up to 300 EUR are
reimbursed for speakers from co-operatives.

## About the forum

The forum started in 2031 in Kavala and has since been held in Veria (2032) and Thessaloniki (2033). Last year's
edition drew 420 participants. It is organised with the Region of Central Macedonia and supported by the
Enterprise Europe Network.

Questions: speakers@cemac.example

[Submit a proposal](#) · [Share on LinkedIn](#) · [Back to events](#)
""")
gold(doc, "2033-12-04",
 [P("Eleni Papadopoulou-Stergiou", None, "Aristotle University of Thessaloniki"), P("Nikos Karagiannis", "cluster manager", "CeMAC"),
  P("Dimitra Vlachou", "head of innovation", "Thessalia Fresh S.A.")],
 [O("Central Macedonia Agrifood Cluster", "CeMAC"), O("Aristotle University of Thessaloniki"), O("Thessalia Fresh S.A."),
  O("Region of Central Macedonia"), O("Enterprise Europe Network")],
 [E("Agrifood Innovation Forum 2034", "2034-05-19", "2034-05-20", "Thessaloniki", "Greece"),
  E("Online speakers' briefing", "2034-03-10", "2034-03-10", None, None),
  E("Agrifood Innovation Forum 2031", "2031", "2031", "Kavala", "Greece"),
  E("Agrifood Innovation Forum 2032", "2032", "2032", "Veria", "Greece"),
  E("Agrifood Innovation Forum 2033", "2033", "2033", "Thessaloniki", "Greece")],
 ["2033-12-04", "2034-05-19/2034-05-20", "2034-01-15", "2034-02-16", "2034-03-10", "2034-05-05", "2031", "2032", "2033"])
