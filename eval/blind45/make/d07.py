from common import *
fn = "Call-EoI_host-Celtic-Cluster-Summit-2034.txt"
t = """CALL FOR EXPRESSIONS OF INTEREST
Hosting the Celtic Cluster Summit 2034

Issued by: the Celtic and Atlantic Cluster Alliance (CACLA secretariat: Alba Cluster Services Ltd, Glasgow)
Date of issue: 2 May 2033 | Reference: CACLA-EOI-2033-01

1. Background
The Celtic and Atlantic Cluster Alliance is an informal network of 46 cluster organisations from Scotland, Wales, Northern Ireland, Ireland, Cornwall, the Isle of Man and Cantabria. Since 2026 the Alliance has held a summit every year in a different member region. The 2032 summit took place in Aberdeen (14–15 June 2032) and the 2033 summit will be held in Swansea on 19–20 June 2033, hosted by Cymru Marine Tech Cluster.

The Steering Group now invites member clusters, alone or with their regional development agency, to express their interest in hosting the Celtic Cluster Summit 2034, expected in May or June 2034.

2. What the host provides
- a venue for 200–250 participants, with one plenary room and four breakout rooms;
- a site visit programme to at least three companies or research facilities of the host region;
- a networking dinner on the first evening;
- a local organising team of at least two persons.

The secretariat provides the programme, speakers' travel for up to eight keynote speakers, registration and promotion through the Alliance's channels and the European Cluster Collaboration Platform.

3. Who can apply
Full members of the Alliance in good standing (fees for 2033 paid). Joint applications by two clusters of the same region are welcome. A letter of support from the regional authority (for example Scottish Enterprise, Highlands and Islands Enterprise, the Welsh Government or Invest Northern Ireland) is an advantage but not required.

4. Timeline
- 2 May 2033: call opens
- 9 June 2033, 12:00 (UK time): online information session for interested members (30 minutes)
- 30 June 2033, 17:00 (UK time): deadline for expressions of interest (max. 4 pages + budget sheet)
- 1–21 July 2033: evaluation by the Steering Group; shortlisted applicants may be asked to present online on 18 July 2033
- 20 June 2033: the host is NOT chosen at the Swansea summit; the call result will be announced on 31 July 2033
- September 2033: signature of the hosting agreement
- Autumn 2033: save-the-date and first announcement

5. Evaluation criteria
(a) strategic relevance of the host region for the Alliance's priorities: blue economy, offshore renewables, food and drink, life sciences (30 points); (b) quality and accessibility of the venue (20); (c) site-visit and matchmaking ideas (20); (d) co-financing and in-kind support (20); (e) sustainability of the event – travel, catering, waste (10).

6. Evaluation committee
Chair: Morag MacLeod, chair of the Steering Group and chief executive of Moray Firth Food Cluster
Members: Dr Ciarán Ó Súilleabháin, head of clusters, Cork Harbour Cluster Network; Tamsin Penhaligon, director, Kernow Offshore Cluster; Rhys ap Gruffydd, programme manager, Cymru Marine Tech Cluster (not voting on Welsh applications).
Observer: Fiona Craigie, Scottish Enterprise.

7. How to apply
Send the form and budget sheet to eoi@celticclusters.example. Questions until 23 June 2033 to Alasdair Munro-Kerr, Alliance coordinator, Alba Cluster Services Ltd, tel. +44 141 000 0000. Answers will be published as FAQ.

8. Previous summits
2026 Cork · 2027 Santander · 2028 Inverness · 2029 Belfast · 2030 Truro · 2031 Douglas · 2032 Aberdeen · 2033 Swansea

Glasgow, 2 May 2033
For the Steering Group: Morag MacLeod
"""
write_doc(fn, t)
C = "Celtic and Atlantic Cluster Alliance"
gold(fn,
 [P("Morag MacLeod","chief executive","Moray Firth Food Cluster"),
  P("Ciarán Ó Súilleabháin","head of clusters","Cork Harbour Cluster Network"),
  P("Tamsin Penhaligon","director","Kernow Offshore Cluster"),
  P("Rhys ap Gruffydd","programme manager","Cymru Marine Tech Cluster"),
  P("Fiona Craigie",None,"Scottish Enterprise"),
  P("Alasdair Munro-Kerr","Alliance coordinator","Alba Cluster Services Ltd")],
 [O(C,"CACLA"), O("Alba Cluster Services Ltd"), O("Cymru Marine Tech Cluster"), O("European Cluster Collaboration Platform"),
  O("Scottish Enterprise"), O("Highlands and Islands Enterprise"), O("Welsh Government"), O("Invest Northern Ireland"),
  O("Moray Firth Food Cluster"), O("Cork Harbour Cluster Network"), O("Kernow Offshore Cluster")],
 [E("Celtic Cluster Summit 2034","2034",None,None,None),
  E("Celtic Cluster Summit 2032","2032-06-14","2032-06-15","Aberdeen","United Kingdom"),
  E("Celtic Cluster Summit 2033","2033-06-19","2033-06-20","Swansea","United Kingdom"),
  E("online information session","2033-06-09"),
  E("Celtic Cluster Summit 2026","2026",None,"Cork","Ireland"),
  E("Celtic Cluster Summit 2027","2027",None,"Santander","Spain"),
  E("Celtic Cluster Summit 2028","2028",None,"Inverness","United Kingdom"),
  E("Celtic Cluster Summit 2029","2029",None,"Belfast","United Kingdom"),
  E("Celtic Cluster Summit 2030","2030",None,"Truro","United Kingdom"),
  E("Celtic Cluster Summit 2031","2031",None,"Douglas","Isle of Man")],
 ["2033-05-02","2026","2032-06-14/2032-06-15","2033-06-19/2033-06-20","2034-05/2034-06","2033","2033-06-09","2033-06-30",
  "2033-07-01/2033-07-21","2033-07-18","2033-06-20","2033-07-31","2033-09","2023-06-23" if False else "2033-06-23",
  "2027","2028","2029","2030","2031","2032"],
 pub="2033-05-02")
