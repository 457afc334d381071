from common import *
F = 'b61_02_policy_brief_gozo.md'
KM = ["the Ministry for the Economy designate the Gozo Maritime Cluster as the single entry point for SMEs seeking support in blue-economy projects",
 "a ring-fenced envelope of at least EUR 4 million be set aside in the 2034–2040 period for collaborative projects led by clusters",
 "Malta Enterprise and the Gozo Regional Development Authority publish a joint calendar of calls at the start of each year",
 "cluster managers receive accredited training, with a first cohort starting before the end of 2034",
 "a light evaluation of the cluster programme be carried out every two years and published in full"]
t = f"""# Policy brief 03/2034 — Clusters for an island economy: lessons from Gozo

*Gozo Regional Development Authority (GRDA) · Research and Policy Unit · Victoria, Gozo · 14 February 2034*

Authors: Dr. Marija Camilleri Bonnici, Karl Vella and Prof. Joseph M. AZZOPARDI (University of Malta)

---

## Summary

Gozo is a double-insular region: an island dependent on another island for most of its transport, energy and administrative links. Between 2029 and 2033 the Gozo Regional Development Authority ran a pilot cluster programme for three sectors — maritime services, agrifood and creative industries — with support from Malta Enterprise and the Ministry for the Economy, Enterprise and Strategic Projects. This brief sets out what the pilot achieved, where it fell short, and what should change before the next programming period.

## Background

The pilot was launched at the Gozo Business Forum in Xewkija on 9 May 2029 and initially involved 37 firms. By the end of 2033, the three cluster initiatives together had 121 member firms, of which 94 were micro-enterprises with fewer than ten employees. The Gozo Maritime Cluster, coordinated by Rita Xuereb, became the largest, with 52 members ranging from boat repair yards in Mġarr to dive centres and a small ferry operator.

The agrifood initiative, Ħlewwa Għawdxija, was built around the island's cheeselet producers, olive growers and the Gozo Co-operative of Farmers. The creative cluster, known as Kreattiv Għawdex, grouped designers, film crews and event companies, many of them linked to the Gozo Film Week.

## The study

The evaluation was carried out between September 2033 and January 2034 by a team from the University of Malta's Institute for Island and Small States, led by Prof. AZZOPARDI, with fieldwork by Karl Vella. It combined a survey of member firms (response rate 63%), 28 interviews with firms, public officials and cluster coordinators, and two focus groups held in Victoria on 22 and 23 November 2033.

The interviews included Daniel Spiteri, chief executive of the Gozo Regional Development Authority, and Ramona Grech Attard, head of the SME support directorate at Malta Enterprise. A comparison with the Åland and Bornholm cluster programmes was prepared with the help of Henrik Mortensen of Business Center Bornholm.

## Findings in brief

Firms that joined a cluster were more likely to apply for public funding (41% compared with 17% of a control group) and twice as likely to have exported at least once. Yet the coordination costs were high: each cluster coordinator spent, on average, a third of her or his time on reporting. The programme also suffered from fragmentation. Firms told the evaluators that they did not know whether to approach the GRDA, Malta Enterprise or the Gozo Business Chamber, and several calls were launched within days of each other without any coordination.

Coordinators pointed to the lack of structured training. None of the three had a background in cluster management when they were appointed, and the only training available was an online course offered by the European Cluster Collaboration Platform (ECCP).

## Recommendations

The study recommends that:

""" + "".join(f"- {k};\n" for k in KM[:-1]) + f"- {KM[-1]}.\n" + """
## Next steps

The brief will be discussed at the meeting of the Gozo Regional Development Council on 12 March 2034 and presented to stakeholders during Gozo Innovation Week, 20–24 April 2034. Comments can be sent to the Research and Policy Unit until 31 March 2034.

---

*Policy briefs reflect the views of the authors and not necessarily those of the Authority. Cite as: Camilleri Bonnici, M., Vella, K. and Azzopardi, J. M. (2034). Clusters for an island economy. GRDA Policy Brief 03/2034.*

Contact: research@grda.mt · +356 2215 0000 · [Download PDF](/brief-03-2034.pdf) · [All briefs](/briefs)
"""
write_text(F, t)
gold(F, [
 P("Marija Camilleri Bonnici", None, None),
 P("Karl Vella", None, None),
 P("Joseph M. AZZOPARDI", None, "University of Malta"),
 P("Rita Xuereb", "coordinator", "Gozo Maritime Cluster"),
 P("Daniel Spiteri", "chief executive", "Gozo Regional Development Authority"),
 P("Ramona Grech Attard", "head of the SME support directorate", "Malta Enterprise"),
 P("Henrik Mortensen", None, "Business Center Bornholm"),
],[
 O("Gozo Regional Development Authority", "GRDA"), O("Malta Enterprise"),
 O("Ministry for the Economy, Enterprise and Strategic Projects"), O("University of Malta"),
 O("Gozo Maritime Cluster"), O("Ħlewwa Għawdxija"), O("Gozo Co-operative of Farmers"), O("Kreattiv Għawdex"),
 O("Institute for Island and Small States"), O("Business Center Bornholm"), O("Gozo Business Chamber"),
 O("European Cluster Collaboration Platform", "ECCP"), O("Gozo Regional Development Council"),
],[
 E("Gozo Business Forum", "2029-05-09", None, "Xewkija", "Malta"),
 E("Gozo Film Week"),
 E("focus groups", "2033-11-22", "2033-11-23", "Victoria", "Malta"),
 E("meeting of the Gozo Regional Development Council", "2034-03-12", None, None, None),
 E("Gozo Innovation Week", "2034-04-20", "2034-04-24", None, None),
],["2034-02-14","2029/2033","2034/2040","2034","2029-05-09","2033","2033-09/2034-01","2033-11-22/2033-11-23","2034-03-12","2034-04-20/2034-04-24","2034-03-31"],
 KM, pub="2034-02-14")
