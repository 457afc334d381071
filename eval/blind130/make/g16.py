from h import *
F = 'g16_norrbotten_peer_review_report.md'
assert [wd(2035,8,d) for d in (28,29,30)]==['Tuesday','Wednesday','Thursday'] and wd(2035,9,24)=='Monday' and wd(2035,11,15)=='Thursday'
T = """# Peer review report: the Arctic Minerals Cluster and the Norrbotten mining ecosystem

**Peer review held in Kiruna and Luleå, 28–30 August 2035**
Report finalised 10 October 2035 · Host: Region Norrbotten · Facilitation: Arctic Minerals Cluster (AMC)

> Status: final. Circulated to the host organisations, the peers and the members of the AMC steering board.

---

## 1. Background

Norrbotten is going through the largest industrial investment wave in its history: fossil-free steel, battery materials and new mines are expected to create more than 10,000 jobs by 2040. The Arctic Minerals Cluster (AMC), set up in 2034 with 73 member companies, asked three peer regions to look at one question: *how can a small cluster organisation make sure that local suppliers, and not only the large companies, benefit from the investment wave?*

The peer review followed the method of a policy learning exchange: the host prepared a self-assessment, the peers spent three days in the region, and the findings were presented on the last day.

**The peers**

- Dr. Katrin Weißenborn, head of the mining and raw materials unit, Saxon State Ministry for Economic Affairs, Labour and Tourism (Dresden)
- Juho Mäkelä-Kallio, development manager, Regional Council of Lapland (Rovaniemi)
- Agnieszka Kubiak, senior expert, Marshal's Office of the Silesian Voivodeship (Katowice)

## 2. Programme

**Tuesday 28 August – Kiruna**
- 13:00 Welcome by Lars-Göran Nilsson, Chair of the Regional Development Committee of Region Norrbotten
- 14:00 Presentation of the self-assessment by Maja Lindgren Sjöberg, cluster manager of AMC
- 16:00 Site visit to the LKAB underground mine
- 19:00 Dinner with supplier companies at the Kiruna town hall

**Wednesday 29 August – Kiruna and Gällivare**
- 09:00 Interviews with eight member companies, Kiruna kommun and the public employment service Arbetsförmedlingen
- 15:00 Visit to the Aitik copper mine in Gällivare, operated by Boliden

**Thursday 30 August – Luleå**
- 09:00 Meeting with Luleå University of Technology (LTU) and the incubator LTU Business
- 13:00 Presentation of the peers' findings and discussion with the stakeholders

## 3. Conclusions of the peers

1. The cluster has a strong network but too few staff: two employees cannot serve 73 members and broker contracts with the large investors at the same time.
2. Local suppliers lack the certifications the large investors require; without them they are excluded from most tenders.
3. Housing and skills, not orders, are the main bottleneck for supplier growth.
4. Cooperation with Finnish Lapland is underused, although the supplier base is complementary.

## 4. Recommendations

- Agree a supplier development programme with the three largest investors, including certification support
- Double the cluster team by 2037 with a shared financing model between Region Norrbotten, the municipalities and member fees
- Set up a joint skills pool with the Regional Council of Lapland for welders, electricians and automation technicians
- Use the Silesian experience of a regional just transition observatory to monitor supplier participation in the investments

## 5. Follow-up

The host will present the report at the meeting of the Regional Development Committee of Region Norrbotten on Monday 24 September 2035 and prepare an action plan by 15 November 2035. Katrin Weißenborn invited AMC to a return visit to Saxony in spring 2036; Juho Mäkelä-Kallio proposed a joint Lapland–Norrbotten supplier day in Rovaniemi in early 2036.

*Report prepared by Maja Lindgren Sjöberg (AMC) and Erik Lindqvist-Aho (Region Norrbotten), with contributions from the peers.*

---
Arctic Minerals Cluster · Kiruna · amc@arcticminerals.example.se · [Back to publications](/publications)
"""
write(F, T)
A = "Arctic Minerals Cluster"; R = "Region Norrbotten"
gold(F,
 [P("Katrin Weißenborn", "head of the mining and raw materials unit", "Saxon State Ministry for Economic Affairs, Labour and Tourism"),
  P("Juho Mäkelä-Kallio", "development manager", "Regional Council of Lapland"),
  P("Agnieszka Kubiak", "senior expert", "Marshal's Office of the Silesian Voivodeship"),
  P("Lars-Göran Nilsson", "Chair", "Regional Development Committee of Region Norrbotten"),
  P("Maja Lindgren Sjöberg", "cluster manager", "AMC"),
  P("Erik Lindqvist-Aho", None, R)],
 [O(A, "AMC"), O(R), O("Saxon State Ministry for Economic Affairs, Labour and Tourism"), O("Regional Council of Lapland"),
  O("Marshal's Office of the Silesian Voivodeship"), O("Regional Development Committee of Region Norrbotten"), O("LKAB"),
  O("Kiruna kommun"), O("Arbetsförmedlingen"), O("Boliden"), O("Luleå University of Technology", "LTU"), O("LTU Business")],
 [E("Peer review", "2035-08-28", "2035-08-30", "Kiruna, Luleå", "Sweden"),
  E("Site visit to the LKAB underground mine", "2035-08-28", None, "Kiruna", "Sweden"),
  E("Dinner with supplier companies", "2035-08-28", None, "Kiruna", "Sweden"),
  E("Visit to the Aitik copper mine", "2035-08-29", None, "Gällivare", "Sweden"),
  E("meeting of the Regional Development Committee of Region Norrbotten", "2035-09-24", None, None, None),
  E("return visit to Saxony", "2036", None, None, None),
  E("joint Lapland–Norrbotten supplier day", "2036", None, "Rovaniemi", "Finland")],
 ["2035-08-28/2035-08-30", "2035-10-10", "2040", "2034", "2035-08-28", "2035-08-29", "2035-08-30", "2037", "2035-09-24", "2035-11-15", "2036"],
 ["The cluster has a strong network but too few staff: two employees cannot serve 73 members and broker contracts with the large investors at the same time",
  "Local suppliers lack the certifications the large investors require; without them they are excluded from most tenders",
  "Housing and skills, not orders, are the main bottleneck for supplier growth",
  "Cooperation with Finnish Lapland is underused, although the supplier base is complementary",
  "Agree a supplier development programme with the three largest investors, including certification support",
  "Double the cluster team by 2037 with a shared financing model between Region Norrbotten, the municipalities and member fees",
  "Set up a joint skills pool with the Regional Council of Lapland for welders, electricians and automation technicians",
  "Use the Silesian experience of a regional just transition observatory to monitor supplier participation in the investments"],
 pub="2035-10-10")
