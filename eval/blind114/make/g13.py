from h import *
F = 'g13_kalamata_agrifood_cluster_ga_minutes.txt'
assert wd(2034,9,30)=='Saturday' and wd(2034,10,20)=='Friday' and wd(2034,12,4)=='Monday'
T = """MESSINIA AGRI-FOOD CLUSTER (MAC)
Non-profit civil company · Kalamata, Greece

MINUTES OF THE ANNUAL GENERAL ASSEMBLY OF MEMBERS
Saturday, 30 September 2034, 10:30–14:15
Venue: Conference room of the Chamber of Messinia, Kalamata

Present: 52 of 77 member organisations (31 in person, 21 by proxy); quorum confirmed.
Chair of the meeting: Dimitra Katsarou-Lambrou, President of the Board
Minutes: Nikos Vassilakopoulos, Cluster Coordinator

1. Opening
The President opened the Annual General Assembly at 10:30 and welcomed the members and the guests: Panagiotis Andreou, Deputy Regional Governor for Development of the Region of Peloponnese; Prof. Eleni Sotiropoulou, Vice-Rector of the University of the Peloponnese; and Marco Dall'Acqua from the Italian cluster Agrifood Cluster Puglia (CAP), partner of MAC in the Olive-Link cooperation.

2. Activity report 2033–2034
The Cluster Coordinator presented the activity report for the period July 2033 – June 2034. Highlights:
- membership grew from 61 to 77, including 9 olive-oil mills and 4 cooperatives;
- the joint export brand "Messinia Fine Foods" was registered and used by 23 members;
- MAC organised the Kalamata Olive Oil Days (third edition, 12–14 November 2033) and a buyers' mission from Germany and Austria in April 2034;
- the cluster received the Bronze Label of the European Cluster Excellence Initiative in May 2034.

3. Financial statements
Treasurer Stavros Giannakopoulos presented the accounts for 2033. The auditor, Maria Zervou of Zervou & Partners Certified Auditors, confirmed that they give a true picture. The Assembly approved the accounts unanimously and discharged the Board.

4. Election of the Board (term 2034–2037)
Eleven candidates stood for seven seats. After a secret ballot, the following were elected (votes in brackets):
- Dimitra Katsarou-Lambrou, Kalamata Olive Growers' Union (47)
- Georgios Mavromichalis, Mavromichalis Estate S.A. (44)
- Dr. Sofia Kontou, University of the Peloponnese, Department of Food Science (41)
- Ioannis Petropoulos, Petropoulos Figs & Raisins (39)
- Stavros Giannakopoulos, Cooperative Bank of Peloponnese (37)
- Athina Drakopoulou-Steiner, Messinian Gourmet IKE (33)
- Konstantinos Theodorakis, Municipality of Kalamata (31)
At its first meeting, held immediately after the Assembly, the new Board re-elected Dimitra Katsarou-Lambrou as President. Georgios Mavromichalis was elected Vice-President and Stavros Giannakopoulos Treasurer.

5. Decisions
The General Assembly decided:
a) to raise the annual membership fee for companies with more than 50 employees from EUR 400 to EUR 600 from 1 January 2035;
b) to open an office of the cluster in Pylos for the members of the western coast;
c) to apply, together with CAP and the Andalusian olive cluster Citoliva, for the status of a Eurocluster.

6. Any other business
Ioannis Petropoulos asked for a working group on water use in orchards. The Board will present a proposal at the Board meeting on Friday 20 October 2034. A member from Pylos asked whether the new office would also serve companies in Kyparissia; the President confirmed that it would. Members were reminded of the fourth edition of the Kalamata Olive Oil Days, 17–19 November 2034, and of the study visit to Jaén organised with Citoliva on 4 December 2034.

7. Conclusions of the President
Closing the Assembly, the President summarised three conclusions of the day:
- The cluster has outgrown a volunteer structure and needs a second full-time employee
- Export promotion should focus on fewer markets, with Germany and the Nordic countries first
- Cooperation with the university must produce at least one joint research project a year

The meeting closed at 14:15.

Dimitra Katsarou-Lambrou, President          Nikos Vassilakopoulos, Cluster Coordinator

Approved by the Board on 20 October 2034.
"""
write(F, T)
M="MESSINIA AGRI-FOOD CLUSTER"
gold(F,
 [P("Dimitra Katsarou-Lambrou","President of the Board",M),
  P("Nikos Vassilakopoulos","Cluster Coordinator",M),
  P("Panagiotis Andreou","Deputy Regional Governor for Development","Region of Peloponnese"),
  P("Eleni Sotiropoulou","Vice-Rector","University of the Peloponnese"),
  P("Marco Dall'Acqua",None,"Agrifood Cluster Puglia"),
  P("Stavros Giannakopoulos","Treasurer",M),
  P("Maria Zervou","auditor","Zervou & Partners Certified Auditors"),
  P("Georgios Mavromichalis","Vice-President",M),
  P("Sofia Kontou",None,"University of the Peloponnese"),
  P("Ioannis Petropoulos",None,"Petropoulos Figs & Raisins"),
  P("Athina Drakopoulou-Steiner",None,"Messinian Gourmet IKE"),
  P("Konstantinos Theodorakis",None,"Municipality of Kalamata")],
 [O(M,"MAC"), O("Chamber of Messinia"), O("Region of Peloponnese"), O("University of the Peloponnese"),
  O("Agrifood Cluster Puglia","CAP"), O("European Cluster Excellence Initiative"), O("Zervou & Partners Certified Auditors"),
  O("Kalamata Olive Growers' Union"), O("Mavromichalis Estate S.A."), O("Department of Food Science"),
  O("Petropoulos Figs & Raisins"), O("Cooperative Bank of Peloponnese"), O("Messinian Gourmet IKE"),
  O("Municipality of Kalamata"), O("Citoliva")],
 [E("Annual General Assembly","2034-09-30",None,"Kalamata","Greece"),
  E("Kalamata Olive Oil Days","2033-11-12","2033-11-14","Kalamata","Greece"),
  E("buyers' mission from Germany and Austria","2034-04",None,None,None),
  E("first meeting","2034-09-30",None,"Kalamata","Greece"),
  E("Board meeting","2034-10-20",None,None,None),
  E("fourth edition of the Kalamata Olive Oil Days","2034-11-17","2034-11-19","Kalamata","Greece"),
  E("study visit to Jaén","2034-12-04",None,"Jaén","Spain")],
 ["2034-09-30","2033/2034","2033-07/2034-06","2033-11-12/2033-11-14","2034-04","2034-05","2033","2034/2037","2035-01-01",
  "2034-10-20","2034-11-17/2034-11-19","2034-12-04"],
 ["to raise the annual membership fee for companies with more than 50 employees from EUR 400 to EUR 600 from 1 January 2035",
  "to open an office of the cluster in Pylos for the members of the western coast",
  "to apply, together with CAP and the Andalusian olive cluster Citoliva, for the status of a Eurocluster",
  "The cluster has outgrown a volunteer structure and needs a second full-time employee",
  "Export promotion should focus on fewer markets, with Germany and the Nordic countries first",
  "Cooperation with the university must produce at least one joint research project a year"],
 pub=None)
