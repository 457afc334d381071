from common import *
doc = "summer-school-circular-plastics-linz-2036.txt"
text(doc, """
Home › Training › Summer School 2036

CIRCULAR PLASTICS SUMMER SCHOOL 2036
"Design, recycle, repeat"
7–18 July 2036 · Linz, Upper Austria

Published 20.01.2036 by KunststoffNetz Oberösterreich

The KunststoffNetz Oberösterreich (KNO), the plastics cluster of Upper Austria, invites young engineers, PhD
students and employees of member companies to its second Circular Plastics Summer School. Over two weeks,
participants work in international teams on real recycling challenges set by companies of the cluster.

The summer school is organised with the Institute of Polymer Processing and Digital Transformation of Johannes
Kepler University Linz (JKU) and the University of Applied Sciences Upper Austria, campus Wels, and is supported
by the regional business agency Business Upper Austria.

PROGRAMME AT A GLANCE
Week 1 (7–11 July): lectures on polymer chemistry, mechanical and chemical recycling, design for recycling; visit
to the sorting plant of Recyclingwerk Traun GmbH
Week 2 (14–18 July): team challenges with four companies: Polyform Austria GmbH, Gruber-Lenz Verpackungen GmbH,
Alpenfolie AG and the Slovak company Trnavský Granulát a.s.
Friday 18 July: final pitches and certificate ceremony at the Ars Electronica Center

LECTURERS (selection)
Univ.-Prof. Dr. Theresa Aichinger-Wolf, JKU
Dr. Jakub Horváth, head of R&D, Trnavský Granulát a.s.
Ing. Paul Leitgeb, MSc, circular economy expert, Business Upper Austria
Dr. Ayşe Demirci-Hofer, senior researcher, FH Oberösterreich

HOW THE SCHOOL WORKS
Mornings are reserved for lectures and lab sessions; afternoons for team work on the company challenges. Each team
has five members from at least three countries and is coached by an engineer of the challenge company. Teams get
access to the pilot extrusion line and the testing laboratory of the university. In the evenings there is an
optional social programme, including a boat trip on the Danube and a visit to a local brewery. Participants who
complete all sessions and present a final pitch receive a certificate worth 5 ECTS credits.

WHO CAN APPLY
Master and PhD students in engineering, chemistry or design; young professionals (up to 35) from companies in
EU member states and Switzerland. 30 places.

FEES AND GRANTS
EUR 650 including accommodation in the student residence and lunches. Twelve grants covering the fee are
available for participants from Central and Eastern Europe, financed by the cluster's Interreg project
CIRCUPLAST.

IMPORTANT DATES
Application opens: 1 February 2036
Application deadline: 15 April 2036, 12:00 CET
Notification of acceptance: by 10 May 2036
Payment of fee: until 5 June 2036

The first edition in July 2035 brought together 26 participants from 11 countries.

Contact: Magdalena Pühringer, training coordinator, KunststoffNetz Oberösterreich,
summerschool@kno.example, +43 732 000 000

Cluster manager: DI Stefan Grünbacher

Share · Print · Back to overview
© KunststoffNetz Oberösterreich · Imprint · Data protection
""")
gold(doc, "2036-01-20",
 [P("Theresa Aichinger-Wolf",None,"JKU"), P("Jakub Horváth","head of R&D","Trnavský Granulát a.s."),
  P("Paul Leitgeb","circular economy expert","Business Upper Austria"), P("Ayşe Demirci-Hofer","senior researcher","FH Oberösterreich"),
  P("Magdalena Pühringer","training coordinator","KunststoffNetz Oberösterreich"), P("Stefan Grünbacher","Cluster manager","KunststoffNetz Oberösterreich")],
 [O("KunststoffNetz Oberösterreich","KNO"), O("Institute of Polymer Processing and Digital Transformation"),
  O("Johannes Kepler University Linz","JKU"), O("University of Applied Sciences Upper Austria"), O("Business Upper Austria"),
  O("Recyclingwerk Traun GmbH"), O("Polyform Austria GmbH"), O("Gruber-Lenz Verpackungen GmbH"), O("Alpenfolie AG"),
  O("Trnavský Granulát a.s.")],
 [E("Circular Plastics Summer School 2036","2036-07-07","2036-07-18","Linz","Austria"),
  E("first edition","2035-07","2035-07",None,None)],
 ["2036-07-07/2036-07-18","2036-01-20","2036-07-07/2036-07-11","2036-07-14/2036-07-18","2036-07-18","2036-02-01",
  "2036-04-15","2036-05-10","2036-06-05","2035-07"], [])
