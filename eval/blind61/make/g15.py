from common import *
F = 'b61_15_interview_mures.md'
KM = ["The Mureș medical devices cluster grew from 9 to 58 members in eight years, mostly through spin-offs from the university",
 "Hospitals are the cluster's best test beds, but procurement rules still make it hard for them to buy from local start-ups",
 "The cluster will open a shared clean room and certification lab in Târgu Mureș in 2035",
 "Cooperation with Hungarian and Moldovan clusters is a priority for the next three years"]
t = """# "Our hospitals are our best laboratories" — interview with Dr. Ioana-Cristina Moldovan

*Transylvania Business Review · Interviews · 8 April 2034 · by Andrei Sălăjan*

**Dr. Ioana-Cristina MOLDOVAN has been executive director of the MedTech Mureș Cluster (Asociația Clusterul de Tehnologii Medicale Mureș) since its foundation in 2026. A physician by training, she worked for ten years at the Emergency County Clinical Hospital Târgu Mureș before moving into innovation management. We met her at the cluster's offices in the Science and Technology Park of the George Emil Palade University of Medicine, Pharmacy, Science and Technology of Târgu Mureș (UMFST), a week after the cluster received the Gold Label.**

## Key points

""" + "".join(f"- {k}\n" for k in KM) + """
---

**TBR: Congratulations on the Gold Label. What does it change?**

**Moldovan:** Mostly it changes how others look at us. When we started in 2026 we were nine members: the university, the county hospital, two software firms and five small manufacturers of disposables. Today we have 58 members, from Bucharest, Cluj-Napoca, Budapest and even Chișinău. The label tells a partner in Germany or Denmark that we are run professionally. The assessment in February was done by a team from the European Secretariat for Cluster Analysis, and it was tough — they read every board decision from the last three years.

**TBR: Where did the growth come from?**

**Moldovan:** Half of our new members are spin-offs from UMFST or companies founded by its graduates. Prof. Dr. Leonard Azamfirei-Szabó, the rector until 2032, insisted that every doctoral school should have an innovation mentor, and that paid off. The other half are firms that moved to Târgu Mureș because the airport and the motorway made the city reachable. Ortho-Lab SRL, which makes 3D-printed implants, moved its production here from Brașov in 2031.

**TBR: You often say hospitals are the best laboratories.**

**Moldovan:** Because they are. A young company can test a device with the doctors who will use it, and get feedback in weeks, not years. Our partnership with the Emergency County Clinical Hospital and with the Institute of Cardiovascular Diseases and Transplant Târgu Mureș is the heart of the cluster. The problem is buying. Public procurement rules still favour the lowest price and large suppliers. We have asked the Ministry of Health for a pilot of pre-commercial procurement, and we discussed it with State Secretary Dr. Răzvan Ionescu-Dragomir at our annual forum in November 2033.

**TBR: What is next?**

**Moldovan:** The biggest project is the shared clean room and certification lab, which we will open in 2035 with funding from the Centre Regional Development Agency (ADR Centru) and the county council. Today, every company that needs certification under the European medical device rules has to go to Germany or Austria. That costs months. Our engineer in charge, Ing. Zsolt Kovács-Bartha, is already training three young technicians.

The second priority is cooperation across borders. We have signed memoranda with the Hungarian Medical Technology Cluster in Szeged, represented by Dr. Eszter Lakatos, and with the Moldovan medtech association led by Victor Ciobanu. In June we will organise the first joint matchmaking in Chișinău.

**TBR: How do you finance the cluster?**

**Moldovan:** Membership fees cover about a quarter of our budget. The rest comes from projects, from services we sell — training, regulatory advice, access to the test beds — and from a yearly grant of the county council. We are careful not to depend on a single source. In 2030 we almost had to close because a large project ended before the next one started, and I promised myself never again. Today we have a reserve that covers six months of salaries for our team of eleven people.

**TBR: And personally?**

**Moldovan:** I would like more women founders. Among our 23 start-ups, only four are led by women. We launched a mentoring programme with the Romanian Women in Tech Association this year, coordinated by Alina Pop-Mureșan, and the first results are encouraging.

**TBR: Any advice for other cluster managers in Romania?**

**Moldovan:** Listen to the smallest members first. The large companies will always find their way to the ministry; the start-up with three engineers will not. If the cluster solves their problems, the large firms follow, because they need those start-ups as suppliers.

**TBR: Thank you.**

*The interview has been edited for length. MedTech Mureș Cluster's annual forum will take place in Târgu Mureș on 13–14 November 2034.*

[Share on LinkedIn] [Share on Facebook] [Print]

**Related:** Cluster map of Transylvania updated · Cluj IT Cluster elects new president · Brașov aerospace suppliers look east
"""
write_text(F, t)
gold(F, [
 P("Ioana-Cristina Moldovan", "executive director", "MedTech Mureș Cluster"),
 P("Andrei Sălăjan", None, "Transylvania Business Review"),
 P("Leonard Azamfirei-Szabó", "rector", "UMFST"),
 P("Răzvan Ionescu-Dragomir", "State Secretary", "Ministry of Health"),
 P("Zsolt Kovács-Bartha", "engineer in charge", "MedTech Mureș Cluster"),
 P("Eszter Lakatos", None, "Hungarian Medical Technology Cluster"),
 P("Victor Ciobanu", None, None),
 P("Alina Pop-Mureșan", None, None),
],[
 O("Transylvania Business Review", "TBR"), O("MedTech Mureș Cluster"),
 O("Emergency County Clinical Hospital Târgu Mureș"),
 O("Science and Technology Park of the George Emil Palade University of Medicine, Pharmacy, Science and Technology of Târgu Mureș"),
 O("George Emil Palade University of Medicine, Pharmacy, Science and Technology of Târgu Mureș", "UMFST"),
 O("European Secretariat for Cluster Analysis"), O("Ortho-Lab SRL"),
 O("Institute of Cardiovascular Diseases and Transplant Târgu Mureș"), O("Ministry of Health"),
 O("Centre Regional Development Agency", "ADR Centru"), O("Hungarian Medical Technology Cluster"),
 O("Romanian Women in Tech Association"), O("Cluj IT Cluster"),
],[
 E("MedTech Mureș Cluster annual forum (2033 edition)", "2033-11", None, None, None),
 E("first joint matchmaking in Chișinău", "2034-06", None, "Chișinău", "Moldova"),
 E("MedTech Mureș Cluster annual forum (2034 edition)", "2034-11-13", "2034-11-14", "Târgu Mureș", "Romania"),
],["2034-04-08","2026","2035","2030","2034-02","2032","2031","2033-11","2034-06","2034-11-13/2034-11-14"],
 KM, pub="2034-04-08")
