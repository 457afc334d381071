from common import *
doc = "week-ahead_cluster-policy_2034-W41.txt"
text(doc, """
THE WEEK AHEAD IN EU CLUSTER POLICY
Week of 9–13 October 2034 | compiled by the ClusterWire editorial desk, Brussels
Issue 41/2034 · sent Friday 6 October 2034

Good afternoon. A busy week: the European Week of Regions and Cities fills Brussels, two cluster partnerships meet,
and the Commission opens the next Euroclusters consultation. Our picks, day by day:

MONDAY 9 OCTOBER
• 10:00–12:30 | Brussels, Committee of the Regions (JDE 52)
  "Clusters in the Regions' Industrial Plans" – workshop co-organised by the European Committee of the Regions and
  the European Cluster Alliance (ECA). Speakers include Fiona MacLennan, president of ECA, and Matteo Ravasio,
  Head of Unit for Clusters, DG GROW.
• 14:00 | online
  ECCP webinar "Cluster internationalisation towards Latin America", with the EU–LAC Business Network.

TUESDAY 10 OCTOBER
• European Week of Regions and Cities (EWRC), Brussels, 9–12 October – cluster-related sessions on Tuesday
  afternoon, including a lab on Smart Specialisation hosted by the Joint Research Centre (JRC).
• 18:30 | Brussels, Maison de la Bavière
  Reception of the Bavarian cluster offensive, hosted by Bayern Innovativ GmbH (invitation only).

WEDNESDAY 11 OCTOBER
• 09:00–17:00 | Tallinn
  Annual partner meeting of the European Strategic Cluster Partnership "GreenShip4EU" (maritime decarbonisation),
  hosted by Läänemere Laevandusklaster MTÜ.
• 11:00 | online
  EISMEA info day on the Single Market Programme cluster call (deadline of the call: 22 January 2035).

THURSDAY 12 OCTOBER
• Hybrid | Vienna
  Launch of the report "Clusters and skills 2035" by the Austrian Cluster Platform, with Johanna Steinwendtner,
  federal cluster coordinator, Federal Ministry of Labour and Economy.

FRIDAY 13 OCTOBER
• 10:00 | Brussels, Thon Hotel EU
  Breakfast debate "Defence supply chains and dual-use clusters", organised by EDIH-Defence Network AISBL. Moderation:
  Pierre-Yves Van Hamme.

OUR READ OF THE WEEK
Expect the regional dimension of industrial policy to dominate the conversation. Several cluster networks will use
the Brussels week to press for simpler rules in the next generation of cluster calls and for a stronger link between
cluster support and the regions' own industrial plans. Watch also for the first signals on how defence and dual-use
supply chains will be treated in cluster programmes, a topic that divides member states and cluster managers alike.

LOOKING FURTHER AHEAD
• 13–15 November 2034 – European Cluster Conference, Aalborg, Denmark
• 4 December 2034 – ClusterWire readers' meet-up, Brussels
• Consultation on the future of Euroclusters runs until 15.12.2034

Tips for next week's issue? Write to desk@clusterwire.example. Editor: Judith Vanhoutte-Kerkhof
Unsubscribe | Forward to a colleague | View in browser
""")
gold(doc, "2034-10-06",
 [P("Fiona MacLennan","president","ECA"), P("Matteo Ravasio","Head of Unit for Clusters","DG GROW"),
  P("Johanna Steinwendtner","federal cluster coordinator","Federal Ministry of Labour and Economy"),
  P("Pierre-Yves Van Hamme",None,None), P("Judith Vanhoutte-Kerkhof","Editor","ClusterWire")],
 [O("ClusterWire"), O("European Committee of the Regions"), O("European Cluster Alliance","ECA"), O("DG GROW"), O("ECCP"),
  O("EU–LAC Business Network"), O("Joint Research Centre","JRC"), O("Bayern Innovativ GmbH"), O("Läänemere Laevandusklaster MTÜ"),
  O("EISMEA"), O("Austrian Cluster Platform"), O("Federal Ministry of Labour and Economy"), O("EDIH-Defence Network AISBL"),
  O("Commission")],
 [E("Clusters in the Regions' Industrial Plans","2034-10-09","2034-10-09","Brussels","Belgium"),
  E("Cluster internationalisation towards Latin America","2034-10-09","2034-10-09",None,None),
  E("European Week of Regions and Cities","2034-10-09","2034-10-12","Brussels","Belgium"),
  E("Reception of the Bavarian cluster offensive","2034-10-10","2034-10-10","Brussels","Belgium"),
  E('Annual partner meeting of the European Strategic Cluster Partnership "GreenShip4EU"',"2034-10-11","2034-10-11","Tallinn","Estonia"),
  E("EISMEA info day on the Single Market Programme cluster call","2034-10-11","2034-10-11",None,None),
  E('Launch of the report "Clusters and skills 2035"',"2034-10-12","2034-10-12","Vienna","Austria"),
  E("Defence supply chains and dual-use clusters","2034-10-13","2034-10-13","Brussels","Belgium"),
  E("European Cluster Conference","2034-11-13","2034-11-15","Aalborg","Denmark"),
  E("ClusterWire readers' meet-up","2034-12-04","2034-12-04","Brussels","Belgium")],
 ["2034-10-09/2034-10-13","2034-10-06","2034-10-09","2034-10-10","2034-10-11","2034-10-12","2034-10-13","2034-10-09/2034-10-12",
  "2035-01-22","2034-11-13/2034-11-15","2034-12-04","2034-12-15"], [])
