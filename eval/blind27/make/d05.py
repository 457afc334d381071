from mk import *
doc = "aac-press-release-grassland-innovation-summit-2032.txt"
text(doc, """
PRESS RELEASE
For immediate release

More than 300 farmers, researchers and agritech firms meet in Athlone; next summit set for Kilkenny

ATHLONE, 21 November 2032 — More than 300 participants gathered at the Sheraton Athlone on 17 and 18 November
for the Grassland Innovation Summit 2032, organised by the Atlantic AgriTech Cluster (AAC). Over two days, 41
speakers and 26 exhibitors looked at how sensors, satellite data and low-emission grazing systems can help Irish
livestock farms cut nitrogen losses without losing income.

The summit was opened by Niamh Ó Dálaigh, chairperson of AAC, and by Declan Furlong, Head of Regional
Development at Enterprise Ireland. In the keynote, Professor Aoife Mulready of the University of Galway
presented first results of the PastureLink field trials on 58 farms in Roscommon, Galway and Westmeath.

"Two years ago this was a conversation between researchers. This week it was farmers telling technology
companies what works in a wet field in February," said Conor Quigley, cluster manager of AAC.

A start-up pitch session on the second morning was won by FieldPulse Ltd., a Sligo company whose low-cost soil
probes send readings every 15 minutes. The company receives a place in the cluster's 2033 accelerator. Second
place went to Graziq, a grazing-planning app from Mullingar.

Main outcomes
• Farmers want fewer apps and one dashboard: interoperability of farm data must come before new sensors
• Field trials should run over at least three grazing seasons before results are used in advice
• Advisory services and agritech companies need a shared training offer for farm advisors
• The cluster will set up a working group on data sharing with Teagasc and the co-operatives

Partners and sponsors of the 2032 edition included Teagasc, Lakeland Dairies Co-operative Society Limited,
Technological University of the Shannon (TUS) and the Western Development Commission.

Next edition
The Grassland Innovation Summit 2033 will take place on 6–7 October 2033 in Kilkenny, hosted together with the
South East Agri-Food Network. A call for speakers opens in February 2033.

ENDS

Notes to editors
The Atlantic AgriTech Cluster (AAC) brings together 74 companies, two universities and five farm organisations
from the West and Midlands of Ireland. It was founded in 2027.

Media contact: Sinéad Kilbride, communications officer, AAC, +353 90 000 0000, press@aac.example
""")
gold(doc, "2032-11-21",
 [P("Niamh Ó Dálaigh", "chairperson", "AAC"), P("Declan Furlong", "Head of Regional Development", "Enterprise Ireland"),
  P("Aoife Mulready", None, "University of Galway"), P("Conor Quigley", "cluster manager", "AAC"),
  P("Sinéad Kilbride", "communications officer", "AAC")],
 [O("Atlantic AgriTech Cluster", "AAC"), O("Enterprise Ireland"), O("University of Galway"), O("FieldPulse Ltd."),
  O("Graziq"), O("Teagasc"), O("Lakeland Dairies Co-operative Society Limited"), O("Technological University of the Shannon", "TUS"),
  O("Western Development Commission"), O("South East Agri-Food Network")],
 [E("Grassland Innovation Summit 2032", "2032-11-17", "2032-11-18", "Athlone", "Ireland"),
  E("Grassland Innovation Summit 2033", "2033-10-06", "2033-10-07", "Kilkenny", "Ireland")],
 ["2032-11-21", "2032-11-17/2032-11-18", "2033-10-06/2033-10-07", "2033-02", "2027"],
 ["Farmers want fewer apps and one dashboard: interoperability of farm data must come before new sensors",
  "Field trials should run over at least three grazing seasons before results are used in advice",
  "Advisory services and agritech companies need a shared training offer for farm advisors",
  "The cluster will set up a working group on data sharing with Teagasc and the co-operatives"])
