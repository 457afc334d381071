from g import *
fname = "ESMC_study-visit-Augsburg-programme_v3.md"
t = """# Study visit to Bavarian Swabia – Robotics and automation in SMEs
## Delegation of the Estonian Smart Manufacturing Cluster (ESMC), 3–6 June 2030

*Programme – version 3, 21 May 2030. Changes to version 2 are marked with (new).*

Organised by ESMC with Schwaben Robotics Network e.V. as host. Travel costs of participating SMEs are co-financed by the
Estonian Business and Innovation Agency (EIS). Delegation leader: Kadri Tamm-Saar, cluster manager, ESMC
(+372 5000 0000). Host contact on site: Florian Wörle, project manager, Schwaben Robotics Network e.V.

---

### Day 1 – Monday 3 June
- 10:40 Flight Tallinn – Munich (arrival 12:10), bus transfer to Augsburg
- 15:00 Check-in, Hotel am Dom, Augsburg
- 16:30 Welcome and introduction to the Swabian robotics ecosystem – **Dr. Sabine Holzapfel**, managing director,
  Schwaben Robotics Network e.V.
- 19:00 Welcome dinner with the host network's board (Ratskeller Augsburg)

### Day 2 – Tuesday 4 June
- 08:30 Visit to Fraunhofer IGCV: flexible welding cells and digital twins of assembly lines, guided by **Tobias Ehrhardt**,
  head of the automation group
- 11:00 Company visit: Kranwerk Lech GmbH (cobots in small-batch crane production) – **Monika Straßer**, COO
- 13:00 Lunch at the University of Augsburg campus
- 14:30–17:30 B2B meetings with 14 Swabian companies at IHK Schwaben (pre-booked, 25 minutes each) (new)

### Day 3 – Wednesday 5 June
- 07:45 Bus to Munich
- 09:30–15:00 Visit to automatica 2030 at Messe München; guided tour of the cobot area with **Jaan Põld**, ESMC board
  member and CEO of Sirkel Automaatika OÜ
- 16:00 Meeting at Bayern Innovativ: funding for German–Estonian pilot projects (new)
- 18:30 Return to Augsburg

### Day 4 – Thursday 6 June
- 09:00 Company visit: Roboweld Augsburg GmbH & Co. KG – **Henrik Saar**, sales director for the Baltic states
- 11:00 Wrap-up: what do we take home? Moderated by Kadri Tamm-Saar
- 13:30 Bus to Munich airport, 16:05 flight to Tallinn

---

**Participants (9):** Sirkel Automaatika OÜ, Tarkmetall AS, Rebase Robotics OÜ, Pärnu Plastvalu AS, Tallinn University of
Technology (TalTech), and four ESMC staff members.

**Practical information:** please bring safety shoes for days 2 and 4. Hotel costs are booked centrally; dinner on day 1
is offered by the host. Registration closed on 10 May.
"""
write_doc(fname, t)
E_ = "Estonian Smart Manufacturing Cluster"
S = "Schwaben Robotics Network e.V."
gold(fname,
 [P("Kadri Tamm-Saar","cluster manager","ESMC"),
  P("Florian Wörle","project manager",S),
  P("Sabine Holzapfel","managing director",S),
  P("Tobias Ehrhardt","head of the automation group","Fraunhofer IGCV"),
  P("Monika Straßer","COO","Kranwerk Lech GmbH"),
  P("Jaan Põld","board member","ESMC"),
  P("Henrik Saar","sales director for the Baltic states","Roboweld Augsburg GmbH & Co. KG")],
 [O(E_,"ESMC"), O(S), O("Estonian Business and Innovation Agency","EIS"), O("Fraunhofer IGCV"), O("Kranwerk Lech GmbH"),
  O("University of Augsburg"), O("IHK Schwaben"), O("Sirkel Automaatika OÜ"), O("Bayern Innovativ"),
  O("Roboweld Augsburg GmbH & Co. KG"), O("Tarkmetall AS"), O("Rebase Robotics OÜ"), O("Pärnu Plastvalu AS"),
  O("Tallinn University of Technology","TalTech")],
 [E("Study visit to Bavarian Swabia","2030-06-03","2030-06-06","Augsburg","Germany"),
  E("Welcome dinner","2030-06-03",None,"Augsburg","Germany"),
  E("automatica 2030","2030-06-05",None,"Munich","Germany")],
 ["2030-06-03/2030-06-06","2030-05-21","2030-06-03","2030-06-04","2030-06-05","2030-06-06","2030-05-10"])
