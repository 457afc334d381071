from common import *
t = """News | Cluster life

After 15 years at the helm: Gerlinde Schwarzkopf hands over Bahntechnik-Cluster Franken

Posted on 28 February 2035 by Redaktion

Nuremberg. When Gerlinde Schwarzkopf opened the first members' meeting of the Bahntechnik-Cluster Franken e.V. (BCF) in a rented seminar room in Fürth in spring 2020, the network had 19 members and one part-time assistant. On 31 March 2035 she retires as cluster manager of an association with 142 members, a staff of nine and a project portfolio that reaches from hydrogen trains to predictive maintenance of switches.

Her successor is Dr. Malte Oberhuber, 41, until now head of the rail systems group at the Fraunhofer Institute for Integrated Circuits IIS in Erlangen. He joins the cluster on 1 March 2035 for a one-month handover and takes over formally on 1 April 2035.

Fifteen years, three strategies

Under Schwarzkopf the cluster wrote three strategies (2021–2025, 2026–2030 and the current one for 2031–2035), obtained the ECEI Gold label in 2029 and coordinated two European projects on rail freight digitalisation. She also founded the "Schienenforum Nordbayern", which has become the annual meeting point of the Franconian rail industry; its 12th edition took place on 16 October 2034 in Bamberg.

Tributes

"Gerlinde built this cluster out of nothing but persistence and a very good address book. Every member company I know has a story about a door she opened for them," said Dr. Ulrich Weißenberger, Chairman of the Board of BCF and Managing Director of Weißenberger Gleistechnik GmbH.

"She understood before most of us that rail is a data business. Our first joint project with the cluster, in 2022, is still the basis of our diagnostics product," recalled Katrin Hölzlwimmer, CTO of the Nuremberg start-up Spurwerk Analytics GmbH.

From the ministry, Ministerialrätin Andrea Lindenthal, head of the cluster policy unit at the Bavarian State Ministry of Economic Affairs, Regional Development and Energy (StMWi), called Schwarzkopf "one of the people who made the Bavarian cluster offensive work on the ground".

Her European peers also sent messages. Bernhard Zöchling, cluster manager of the Vienna Rail Tech Network, wrote that "every joint proposal we drafted with Gerlinde was better prepared than our own". Agnieszka Wróbel-Lis, who chaired the ECCP rail partnership with her, remembered "her patience with twelve partners and twelve languages".

A cluster manager's cluster manager

Colleagues describe a manager who preferred the workshop floor to the stage. In her first years she visited every member company at least once a year, a habit she kept even when the network passed one hundred members. She insisted that project proposals be written with the companies, not for them, and that every European project leave behind something the members could use on their own.

Farewell

Members, partners and former staff are invited to a farewell reception on 27 March 2035 at 17:00 at the DB Museum in Nuremberg. Registration by 20 March via the members' area.

What's next for her? "First the Camino from Porto, then my garden in Schwabach. And if someone needs an old cluster manager for a mentoring programme, they know where to find me."

Related
- Schienenforum Nordbayern 2034: record attendance in Bamberg (17.10.2034)
- BCF welcomes five new members (12.01.2035)

Tags: people, management, Bahntechnik
© Bahntechnik-Cluster Franken e.V. · Imprint · Privacy
"""
save("news_cluster-manager-Schwarzkopf-retires-after-15-years.txt", t, "2035-02-28",
 people=[P("Gerlinde Schwarzkopf","cluster manager","Bahntechnik-Cluster Franken e.V."),
  P("Malte Oberhuber","head of the rail systems group","Fraunhofer Institute for Integrated Circuits IIS"),
  P("Ulrich Weißenberger","Chairman of the Board","Bahntechnik-Cluster Franken e.V."),
  P("Katrin Hölzlwimmer","CTO","Spurwerk Analytics GmbH"),
  P("Andrea Lindenthal","head of the cluster policy unit","Bavarian State Ministry of Economic Affairs, Regional Development and Energy"),
  P("Bernhard Zöchling","cluster manager","Vienna Rail Tech Network"),
  P("Agnieszka Wróbel-Lis")],
 orgs=[O("Bahntechnik-Cluster Franken e.V.","BCF"),O("Fraunhofer Institute for Integrated Circuits IIS","IIS"),
  O("Weißenberger Gleistechnik GmbH"),O("Spurwerk Analytics GmbH"),
  O("Bavarian State Ministry of Economic Affairs, Regional Development and Energy","StMWi"),
  O("Vienna Rail Tech Network"),O("ECCP")],
 events=[E("first members' meeting","2020",None,"Fürth","Germany"),
  E("Schienenforum Nordbayern 2034","2034-10-16",None,"Bamberg","Germany"),
  E("farewell reception","2035-03-27",None,"Nuremberg","Germany")],
 dates=["2035-02-28","2020","2035-03-31","2035-03-01","2035-04-01","2021/2025","2026/2030","2031/2035","2029","2034-10-16","2022","2035-03-27","2035-03-20","2034-10-17","2035-01-12"])
