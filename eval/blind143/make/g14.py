from h import *
F = 'g14_taranto_aerospace_partner_meeting_minutes.md'
assert wd(2037,4,21)=='Tuesday' and wd(2037,4,22)=='Wednesday' and wd(2037,10,14)=='Wednesday' and wd(2037,10,15)=='Thursday' and wd(2037,5,8)=='Friday' and wd(2036,11,19)=='Wednesday'
T = """# Euro-Mediterranean Aerospace Cluster Alliance (EMACA)
## Minutes of the 5th partner meeting – Grottaglie (Taranto), 21–22 April 2037

**Host:** Apulian Aerospace Cluster (Cluster Aerospaziale Pugliese, CAP)
**Chair:** Dr. Vittoria Lo Presti-Amato, Alliance Coordinator (CAP)
**Minutes:** Noah Abramowicz, Project Officer, Aerospace Valley
**Circulated:** 8 May 2037

### Participants

- Apulian Aerospace Cluster (IT) – Vittoria Lo Presti-Amato, Giuseppe D'Ambrosio
- Aerospace Valley (FR, Toulouse) – Noah Abramowicz, Clémence Arnaud-Sall
- Hegan – Basque Aerospace Cluster (ES) – Iker Etxeberria Goikoetxea
- AED Cluster Portugal (PT) – Rita Mendonça Faria
- Hellenic Aerospace Technology Cluster (EL) – Dimitris Papanikolaou-Reyes
- Excused: Malta Aviation Cluster (MT)

---

### Day 1 – Tuesday 21 April 2037, Grottaglie Airport business centre

**09:30 – Welcome.** Giuseppe D'Ambrosio, President of CAP, welcomed the partners and recalled that the alliance was launched at the kick-off meeting in Toulouse on 19 November 2036. Raffaella Semeraro, councillor for economic development of the Apulia Region, presented the regional plan for the Grottaglie spaceport.

**10:15 – Progress report.** The coordinator reported that two of the five work packages are on schedule. The first module of the joint cluster-management training took place online on Wednesday 28 January 2037 with 34 participants from the five clusters. The second module was postponed because the trainer from the Basque partner was unavailable in February; it is now planned for the autumn, after the summer break. Budget spending stands at 38% of the total, slightly below plan.

**11:30 – Internationalisation roadmap.** Hegan presented the draft roadmap for joint missions. The partners agreed on two target markets, Canada and the Gulf states. A first joint mission to the Montreal aerospace cluster is planned for October 2037.

**14:00 – SME survey results.** Dimitris Papanikolaou-Reyes presented the results of the survey of 212 member SMEs: 61% have no certification for space-grade components, and 44% have never applied for ESA contracts.

**17:00 – Visit to the Grottaglie test range**, guided by the airport operator Aeroporti di Puglia S.p.A.

**20:00 – Partners' dinner** at Masseria Torre Bianca, Taranto.

### Day 2 – Wednesday 22 April 2037, Taranto

**09:00 – Company visit** to Leonardo's fuselage plant in Grottaglie (restricted to 12 people).

**11:30 – Working session on the sustainability plan.** Rita Mendonça Faria proposed that each partner commit staff time after the end of EU funding. Most partners could commit half a day per week; the Greek partner asked for more time to consult its board. The coordinator will circulate a short template so that each cluster can state its contribution in writing before the summer.

**13:00 – Closing and lunch.**

---

### Lessons learnt so far

The partners agreed on the following lessons from the first eighteen months of cooperation:

1. Joint activities work best when one partner takes full ownership of each action, rather than shared responsibility
2. SMEs join international missions only when the target buyers are identified before departure
3. Online meetings are sufficient for reporting, but decisions on budget and priorities need physical meetings
4. The alliance needs a common database of member capabilities, kept up to date by each cluster

### Next meetings

- 6th partner meeting: Wednesday 14 and Thursday 15 October 2037, Bilbao (host: Hegan)
- Final conference: spring 2038, Brussels, in cooperation with the European Cluster Collaboration Platform

*These minutes are deemed approved unless partners send comments within ten working days of circulation.*
"""
write(F, T)
C="Apulian Aerospace Cluster"
gold(F,
 [P("Vittoria Lo Presti-Amato","Alliance Coordinator","CAP"),
  P("Noah Abramowicz","Project Officer","Aerospace Valley"),
  P("Giuseppe D'Ambrosio","President","CAP"),
  P("Clémence Arnaud-Sall",None,"Aerospace Valley"),
  P("Iker Etxeberria Goikoetxea",None,"Hegan – Basque Aerospace Cluster"),
  P("Rita Mendonça Faria",None,"AED Cluster Portugal"),
  P("Dimitris Papanikolaou-Reyes",None,"Hellenic Aerospace Technology Cluster"),
  P("Raffaella Semeraro","councillor for economic development","Apulia Region")],
 [O("Euro-Mediterranean Aerospace Cluster Alliance","EMACA"), O(C,"CAP"), O("Aerospace Valley"),
  O("Hegan – Basque Aerospace Cluster"), O("AED Cluster Portugal"), O("Hellenic Aerospace Technology Cluster"), O("Malta Aviation Cluster"), O("Apulia Region"),
  O("ESA"), O("Aeroporti di Puglia S.p.A."), O("Leonardo"),
  O("European Cluster Collaboration Platform")],
 [E("5th partner meeting","2037-04-21","2037-04-22","Grottaglie","Italy"),
  E("kick-off meeting","2036-11-19",None,"Toulouse","France"),
  E("joint cluster-management training","2037-01-28",None,None,None),
  E("joint mission to the Montreal aerospace cluster","2037-10",None,"Montreal","Canada"),
  E("Visit to the Grottaglie test range","2037-04-21",None,"Grottaglie","Italy"),
  E("Partners' dinner","2037-04-21",None,"Taranto","Italy"),
  E("Company visit","2037-04-22",None,"Grottaglie","Italy"),
  E("6th partner meeting","2037-10-14","2037-10-15","Bilbao","Spain"),
  E("Final conference","2038",None,"Brussels","Belgium")],
 ["2037-04-21/2037-04-22","2037-05-08","2037-04-21","2036-11-19","2037-01-28","2037-02","2037-10","2037-04-22",
  "2037-10-14/2037-10-15","2038"],
 ["Joint activities work best when one partner takes full ownership of each action, rather than shared responsibility",
  "SMEs join international missions only when the target buyers are identified before departure",
  "Online meetings are sufficient for reporting, but decisions on budget and priorities need physical meetings",
  "The alliance needs a common database of member capabilities, kept up to date by each cluster"],
 pub="2037-05-08")
