from h import *
F = 'g12_arad_summit_speakers-pdf.txt'
assert wd(2036,10,8)=='Wednesday' and wd(2036,10,9)=='Thursday'
HDR = "WEST ROMANIA CLUSTER SUMMIT 2036 · Arad, 8–9 October 2036 · Speakers' booklet"
T = HDR + """

Speakers' biographies

This booklet presents the speakers of the third West Romania Cluster Sum-
mit, organised by the Arad Industrial Cluster Association (AICA) together
with ADR Vest – the West Regional Development Agency and the Aurel Vlaicu
University of Arad. Biographies are in alphabetical order and were pro-
vided by the speakers. Programme changes are published on the summit web-
site.

Previous editions: 1st summit, Timișoara, 2034 (clusters and the automo-
tive transition); 2nd summit, Arad, 11–12 October 2035 (skills for indus-
try 5.0).

Ioana-Maria Bălan
Executive Director, Arad Industrial Cluster Association (AICA)
Ioana-Maria Bălan has led AICA since 2033. She previously spent ten years
in the purchasing department of Continental Automotive Romania in Timi-
șoara (2021–2031) and two years as a cluster expert at ADR Vest. She is
a member of the board of the Romanian Cluster Association (CLUSTERO) and
co-chairs its working group on supplier development. At the summit she
will open the first day and moderate the session on cross-border supply
chains.

Dr. Ferenc Kovács-Nagy
Head of Business Development, Pannon Automotive Cluster, Győr
Ferenc has worked on Hungarian–Romanian cluster cooperation since 2029
and coordinated the Interreg project "ROHU Supply Net". He holds a PhD in
economics from Széchenyi István University. He will present lessons from
ten years of joint supplier days between Győr, Oradea and Arad.

Heike Brandstätter
Policy Officer, European Commission, DG GROW – Unit for Clusters, Social
Economy and Entrepreneurship
Heike joined the European Commission in 2030 after working for the Ger-
man cluster initiative go-cluster in Berlin. She follows the European
Cluster Collaboration Platform and the Commission's work on cluster part-
nerships. Keynote on day one: "What Europe expects from its clusters".

Prof. Mihai Dobrescu
Rector, Aurel Vlaicu University of Arad
Professor of industrial engineering, rector since 2032. Under his lead-
ership the university opened the Arad Automation Lab together with AICA
member companies in 2035.

""" + HDR + """                                                   page 2

Alexandra Pop-Rădulescu
Chief Executive Officer, Arobs Industrial SRL, Arad
Alexandra founded her first software company in Cluj-Napoca in 2026 and
joined Arobs Industrial in 2031. Her company develops software for pro-
duction planning and has 140 employees in Arad and Timișoara. She chairs
the AICA digital working group.

Gheorghe Stoica
Director General, ADR Vest – the West Regional Development Agency
Gheorghe has directed ADR Vest since 2034. Before that he was head of
the agency's programming department (2027–2034). He will present the
regional smart specialisation strategy for 2035–2041 and the new call for
cluster projects, which closes on 15 December 2036.

Laura van der Meer
Cluster Manager, Brainport Industries, Eindhoven
Laura manages international relations for Brainport Industries and co-
ordinates its partnership with clusters in Central and Eastern Europe.
She studied at Eindhoven University of Technology. She will speak about
how suppliers in the Netherlands share capacity and orders.

Radu Ciobanu
Mayor of Arad
Radu Ciobanu was elected mayor in 2032 and re-elected in 2036. He will
welcome participants at the summit dinner.

Programme at a glance
Wednesday 8 October 2036
09:00 Registration and coffee
09:30 Opening – Ioana-Maria Bălan, Radu Ciobanu
10:00 Keynote – Heike Brandstätter
11:00 Session 1: Cross-border supply chains (moderator: Ioana-Maria Bălan)
14:00 B2B meetings between cluster members and buyers
19:30 Summit dinner, Arad Fortress officers' mess
Thursday 9 October 2036
09:00 Company visits: Astra Rail Industries and the Arad Automation Lab
13:00 Closing and lunch

Organisers: Arad Industrial Cluster Association · ADR Vest · Aurel Vlaicu
University of Arad. Contact: summit@aica.example.ro

""" + HDR + """                                                   page 3
"""
write(F, T)
A="Arad Industrial Cluster Association"
gold(F,
 [P("Ioana-Maria Bălan","Executive Director",A),
  P("Ferenc Kovács-Nagy","Head of Business Development","Pannon Automotive Cluster"),
  P("Heike Brandstätter","Policy Officer","DG GROW"),
  P("Mihai Dobrescu","Rector","Aurel Vlaicu University of Arad"),
  P("Alexandra Pop-Rădulescu","Chief Executive Officer","Arobs Industrial SRL"),
  P("Gheorghe Stoica","Director General","ADR Vest"),
  P("Laura van der Meer","Cluster Manager","Brainport Industries"),
  P("Radu Ciobanu","Mayor of Arad",None)],
 [O(A,"AICA"), O("ADR Vest – the West Regional Development Agency","ADR Vest"), O("Aurel Vlaicu University of Arad"),
  O("Continental Automotive Romania"), O("Romanian Cluster Association","CLUSTERO"), O("Pannon Automotive Cluster"),
  O("Széchenyi István University"), O("European Commission"), O("DG GROW"), O("go-cluster"),
  O("European Cluster Collaboration Platform"), O("Arad Automation Lab"), O("Arobs Industrial SRL"), O("Brainport Industries"),
  O("Eindhoven University of Technology"), O("Astra Rail Industries")],
 [E("West Romania Cluster Summit 2036","2036-10-08","2036-10-09","Arad","Romania"),
  E("1st summit","2034",None,"Timișoara","Romania"),
  E("2nd summit","2035-10-11","2035-10-12","Arad","Romania"),
  E("B2B meetings","2036-10-08",None,"Arad","Romania"),
  E("Summit dinner","2036-10-08",None,"Arad","Romania"),
  E("Company visits","2036-10-09",None,"Arad","Romania")],
 ["2036-10-08/2036-10-09","2034","2035-10-11/2035-10-12","2033","2021/2031","2029","2030","2032","2035","2026","2031","2027/2034","2035/2041","2036-12-15","2036","2036-10-08","2036-10-09"],
 [])
