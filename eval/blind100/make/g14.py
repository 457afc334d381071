from h import *
F = 'g14_tampere_circular_summit_report-pdf.txt'
assert wd(2040,9,19)=='Wednesday' and wd(2040,9,20)=='Thursday' and wd(2041,2,6)=='Wednesday'
T = """Nordic Circular Manufacturing Summit 2040 – Outcome Report
Pirkanmaa Manufacturing Cluster | October 2040


NORDIC CIRCULAR MANUFACTURING SUMMIT 2040
Outcome Report

Tampere, Finland · 19–20 September 2040
Tampere Hall

Published by the Pirkanmaa Manufacturing Cluster (PMC)
in cooperation with Business Tampere and Tampere University
Date of publication: 15 October 2040

Editors: Riikka Laaksonen, Jussi Heinonen
Layout: Studio Kivi


                                                                    1

Nordic Circular Manufacturing Summit 2040 – Outcome Report


1. Introduction

The third Nordic Circular Manufacturing Summit brought together 410
participants from 17 countries, among them 230 representatives of man-
ufacturing companies. Over two days the summit discussed how machine
builders, component suppliers and recyclers can keep materials in use
longer, and what clusters can do to make this profitable for small and
medium-sized firms. This report summarises the sessions and lists the
main conclusions agreed at the closing plenary.

The summit was opened on Wednesday, 19 September 2040 by Mikko Ran-
tanen, Chair of the Board of the Pirkanmaa Manufacturing Cluster, and by
Anna-Kaisa Virtanen, Mayor of Tampere. A video message was sent by
Henrik Sjöberg, Director for Industrial Transformation at the Nordic
Innovation agency.

2. Programme and speakers

Day 1 – Wednesday, 19 September 2040

09:00  Opening: Mikko Rantanen; Anna-Kaisa Virtanen
09:30  Keynote: "Designing machines for a second life"
       Prof. Liisa Kallio, Professor of Production Engineering,
       Tampere University
10:30  Panel: Remanufacturing as a business
       Moderator: Jussi Heinonen, Cluster Manager, PMC
       – Ola Bergström, Head of Service Business, Nordkraft Mining Services
         AB
       – Maren Solheim, Chief Executive Officer, Gjenbruk Industri AS
       – Tomasz Wiśniewski, Managing Director, Remanufacturing Poland
         Sp. z o.o.
14:00  Parallel workshops: material passports; repair-friendly design
16:30  Company visits to Pirkka Paper Machines Oy and to the Hervanta
       recycling park
19:00  Summit dinner at the Vapriikki Museum Centre

Day 2 – Thursday, 20 September 2040

09:00  Keynote: "What the Ecodesign rules mean for machinery"
       Dr. Katrin Lehmann, Policy Officer, European Commission, DG
       GROW, Unit for Clean Technologies and Products
10:00  Cluster session: How clusters finance circular pilots
       – Sofie Dahl Andersen, CEO, GreenCircle Denmark
       – Dr. Eero Koskinen, Senior Adviser, Business Finland


                                                                    2

Nordic Circular Manufacturing Summit 2040 – Outcome Report


       – Ingrid Holm, Cluster Manager, Swedish Metal Recycling
         Cluster
11:30  B2B meetings (118 meetings booked via the matchmaking
       platform of Enterprise Europe Network Finland)
13:30  Closing plenary and adoption of conclusions
       Chair: Riikka Laaksonen, Head of Sustainability, PMC

3. Session highlights

In the opening keynote Prof. Liisa Kallio showed that 60 to 80 per cent
of a machine's environmental footprint is fixed at the design stage.
Designers, she argued, should treat the second and third owner as cus-
tomers from day one. In the panel on remanufacturing, Maren Solheim
described how her company buys back hydraulic pumps from fish farms,
rebuilds them and sells them with the same warranty as new ones.
Ola Bergström said that the hardest part was not the technology
but the accounting: service revenue arrives later than a sale.

Dr. Katrin Lehmann explained the timetable of the new ecodesign
requirements for machinery, which the European Commission expects to
propose in 2041. Several participants asked for a transition period
for small firms. In the cluster session Sofie Dahl Andersen presented
a revolving fund that lends money to SMEs for circular pilots and is
repaid from the savings.

The two parallel workshops produced the most concrete proposals.
Participants in the material passport workshop tested three free
templates and found that none could be filled in by a ten-person
workshop in under a day. The repair-friendly design workshop, led
by engineers from Pirkka Paper Machines Oy, collected 26 design rules
that member companies can adopt without new investment; the cluster
will publish them as a checklist before the end of the year.

4. Main conclusions

The closing plenary adopted the following conclusions:

1. Circular design must start at the drawing board: clusters should offer design-for-repair training to engineers in member companies
2. Remanufacturing needs long-term customer contracts, and public buyers should lead by example in their procurement rules
3. Material passports will only work if small suppliers can fill them in with the tools they already use
4. Nordic clusters should create a joint database of remanufacturing capacities by the end of 2041
5. EU ecodesign rules for machinery should include a transition period for SMEs of at least three years

5. Next steps

The Pirkanmaa Manufacturing Cluster will present the conclusions to
the Nordic Council of Ministers and at the European Cluster Confer-
ence. A follow-up webinar for participants is planned for Wednesday,
6 February 2041. The fourth summit will take place in Trondheim,
Norway, in September 2041, hosted by the Norwegian cluster Ocean
Industries Norway.


                                                                    3

Nordic Circular Manufacturing Summit 2040 – Outcome Report


Contact

Pirkanmaa Manufacturing Cluster
Jussi Heinonen, Cluster Manager
jussi.heinonen@pmc.example.fi
+358 3 000 4500

Photos: Tommi Aalto / PMC

The summit was supported by the Regional Council of Pirkanmaa.
Previous editions: 2036 (Turku), 2038 (Gothenburg).


                                                                    4
"""
write(F, T)
C = "Pirkanmaa Manufacturing Cluster"
gold(F,
 [P("Riikka Laaksonen","Head of Sustainability",C), P("Jussi Heinonen","Cluster Manager",C),
  P("Mikko Rantanen","Chair of the Board",C), P("Anna-Kaisa Virtanen","Mayor of Tampere",None),
  P("Henrik Sjöberg","Director for Industrial Transformation","Nordic Innovation"),
  P("Liisa Kallio","Professor of Production Engineering","Tampere University"),
  P("Ola Bergström","Head of Service Business","Nordkraft Mining Services AB"),
  P("Maren Solheim","Chief Executive Officer","Gjenbruk Industri AS"),
  P("Tomasz Wiśniewski","Managing Director","Remanufacturing Poland Sp. z o.o."),
  P("Katrin Lehmann","Policy Officer","Unit for Clean Technologies and Products"),
  P("Sofie Dahl Andersen","CEO","GreenCircle Denmark"), P("Eero Koskinen","Senior Adviser","Business Finland"),
  P("Ingrid Holm","Cluster Manager","Swedish Metal Recycling Cluster"), P("Tommi Aalto",None,None)],
 [O(C,"PMC"), O("Business Tampere"), O("Tampere University"), O("Studio Kivi"), O("Nordic Innovation"),
  O("Nordkraft Mining Services AB"), O("Gjenbruk Industri AS"), O("Remanufacturing Poland Sp. z o.o."),
  O("Pirkka Paper Machines Oy"), O("European Commission"), O("DG GROW"),
  O("Unit for Clean Technologies and Products"), O("GreenCircle Denmark"), O("Business Finland"), O("Swedish Metal Recycling Cluster"),
  O("Enterprise Europe Network Finland"), O("Nordic Council of Ministers"), O("Ocean Industries Norway"),
  O("Regional Council of Pirkanmaa")],
 [E("Nordic Circular Manufacturing Summit 2040","2040-09-19","2040-09-20","Tampere","Finland"),
  E("Company visits","2040-09-19",None,"Tampere","Finland"), E("Summit dinner","2040-09-19",None,"Tampere","Finland"),
  E("B2B meetings","2040-09-20",None,"Tampere","Finland"), E("Parallel workshops","2040-09-19",None,"Tampere","Finland"),
  E("follow-up webinar","2041-02-06",None,None,None),
  E("fourth summit","2041-09",None,"Trondheim","Norway"),
  E("Nordic Circular Manufacturing Summit 2036","2036",None,"Turku","Finland"), E("Nordic Circular Manufacturing Summit 2038","2038",None,"Gothenburg","Sweden"), E("European Cluster Conference",None,None,None,None)],
 ["2040-10","2040-09-19/2040-09-20","2040-10-15","2040-09-19","2040-09-20","2041","2041-02-06","2041-09","2036","2038"],
 ["Circular design must start at the drawing board: clusters should offer design-for-repair training to engineers in member companies",
  "Remanufacturing needs long-term customer contracts, and public buyers should lead by example in their procurement rules",
  "Material passports will only work if small suppliers can fill them in with the tools they already use",
  "Nordic clusters should create a joint database of remanufacturing capacities by the end of 2041",
  "EU ecodesign rules for machinery should include a transition period for SMEs of at least three years"], "2040-10-15")
