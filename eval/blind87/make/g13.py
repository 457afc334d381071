from h import *
F = 'g13_maribor_automotive_cluster_award.txt'
assert wd(2038,6,10)=='Thursday' and wd(2038,6,11)=='Friday' and wd(2038,9,22)=='Wednesday'
T = """Skip to content
ACS Drava – Automotive Cluster Styria-Drava
About | Members | Competence centres | Projects | News | Events | Career | Contact   SLO | ENG | DEU
Cookies help us deliver our services. By using our services, you agree to our use of cookies.  OK  Learn more

News › Awards

ACS Drava receives the Gold Label for cluster management excellence
14 June 2038 | Author: Nina Potočnik, PR and Communication | Photo: ESCA / Frank Kleefeldt

Maribor, 14 June 2038 – The automotive cluster ACS Drava from Maribor is the first Slovenian cluster organisation to receive the Gold Label of the European Cluster Excellence Initiative. The certificate was handed over on Thursday, 10 June 2038, during the award ceremony of the European Cluster Excellence Days in Berlin, organised by the European Secretariat for Cluster Analysis (ESCA).

The benchmarking took place in February and March 2038 and included an on-site visit of two ESCA assessors in Maribor, interviews with 18 member companies and an analysis of 36 indicators on governance, financing, services and strategy. ACS Drava reached the highest score in the categories of strategy and internationalisation.

"For our small team of seven people this is a big recognition. But first of all it is the merit of our members, who trusted us with projects that were not always easy," said Mag. Boštjan Kranjc, Managing Director of ACS Drava, after the ceremony. He received the certificate together with the President of the Board, Dr. Tatjana Vrečko, CEO of Podravje Precision Castings d.o.o.

From 2031 to today
ACS Drava was founded in 2031 by eleven suppliers of the automotive industry in the Podravje and Pomurje regions. Today it has 64 members, among them global suppliers, SMEs, the University of Maribor and the Slovenian National Building and Civil Engineering Institute. In 2034 the cluster received the Bronze Label and in 2036 the Silver Label.

In the last three years the cluster coordinated the cross-border project E-DRIVE SI-AT with the Austrian partner AC Styria Mobilitätscluster GmbH from Graz, and led a consortium of 12 members in the Slovenian Strategic Research and Innovation Partnership for mobility (SRIP ACS+). It also opened its first foreign representation in Stuttgart in 2037, together with the Slovenian Enterprise Fund and SPIRIT Slovenia, the public agency for entrepreneurship, internationalisation, foreign investments and technology.

The road to gold
Preparing for the assessment took the cluster team almost a year. All internal procedures were written down, a new customer relationship system was introduced, and the members were asked twice to evaluate the services of the cluster in an anonymous survey. The result of the last survey, with 87 % of members satisfied or very satisfied, was one of the arguments that convinced the assessors. The team also rewrote the cluster strategy with three clear priorities: electrification of powertrains, lightweight materials and digital production. For each priority the Board appointed a member company as a "champion" that leads the working group and reports twice a year.

Congratulations from the ministry
Matej Arčon-Lešnik, State Secretary at the Ministry of the Economy, Tourism and Sport, congratulated the cluster on the award. "The transformation of the automotive supply chain towards electric drives is the biggest industrial challenge for Slovenia in this decade. Strong clusters like ACS Drava are our partners in this transformation," he wrote in a letter to the cluster.

The Mayor of Maribor, Saša Arsenovič, invited the team to a reception at the Maribor town hall on Friday, 11 June 2038.

What the assessors said
The ESCA assessors, Dr. Helmut Kergel and Ana Cristina Peixoto, highlighted in their report:
- a clear strategy with measurable targets, updated every year with members,
- a high share of income from member services (41 %),
- strong cooperation with research organisations and vocational schools,
- a well-developed international network, especially in Austria, Germany and Northern Italy.
As an area for improvement they recommended a more systematic evaluation of the impact of cluster services on members.

Next steps
The Gold Label is valid for two years. The cluster will present its experience at the Slovenian Cluster Day on Wednesday, 22 September 2038 in Ljubljana, organised by the Chamber of Commerce and Industry of Slovenia (GZS). Members are invited to the annual members' meeting and summer picnic on 1 July 2038 at the Pohorje adventure park.

Photo caption: Boštjan Kranjc and Tatjana Vrečko (middle) with the ESCA team at the award ceremony in Berlin. © ESCA / Frank Kleefeldt

The full assessment report is available to members on request from the cluster office.

Related news
› E-DRIVE SI-AT: final conference in Graz
› New member: Štajerska Robotics d.o.o.
› Job opening: Project manager (m/f/d)

Share  f  in  X  ✉

ACS Drava – Automotive Cluster Styria-Drava, GIZ
Tezenska cesta 99, 2000 Maribor, Slovenia
info@acsdrava.example.si | +386 2 000 00 00
Privacy policy | Imprint
"""
write(F, T)
gold(F,
 [P("Nina Potočnik","PR and Communication","ACS Drava"), P("Frank Kleefeldt",None,"ESCA"),
  P("Boštjan Kranjc","Managing Director","ACS Drava"),
  P("Tatjana Vrečko","President of the Board","ACS Drava"),
  P("Matej Arčon-Lešnik","State Secretary","Ministry of the Economy, Tourism and Sport"),
  P("Saša Arsenovič","Mayor of Maribor",None),
  P("Helmut Kergel","assessor","ESCA"), P("Ana Cristina Peixoto","assessor","ESCA")],
 [O("ACS Drava – Automotive Cluster Styria-Drava","ACS Drava"), O("European Secretariat for Cluster Analysis","ESCA"),
  O("Podravje Precision Castings d.o.o."), O("University of Maribor"),
  O("Slovenian National Building and Civil Engineering Institute"), O("AC Styria Mobilitätscluster GmbH"),
  O("Slovenian Strategic Research and Innovation Partnership for mobility","SRIP ACS+"),
  O("Slovenian Enterprise Fund"), O("SPIRIT Slovenia"), O("Ministry of the Economy, Tourism and Sport"),
  O("Chamber of Commerce and Industry of Slovenia","GZS"), O("Štajerska Robotics d.o.o.")],
 [E("award ceremony of the European Cluster Excellence Days","2038-06-10",None,"Berlin","Germany"),
  E("European Cluster Excellence Days",None,None,"Berlin","Germany"),
  E("on-site visit",None,None,"Maribor","Slovenia"),
  E("reception at the Maribor town hall","2038-06-11",None,"Maribor","Slovenia"),
  E("Slovenian Cluster Day","2038-09-22",None,"Ljubljana","Slovenia"),
  E("annual members' meeting and summer picnic","2038-07-01",None,None,"Slovenia"),
  E("E-DRIVE SI-AT final conference",None,None,"Graz","Austria")],
 ["2038-06-14","2038-06-10","2038-02/2038-03","2031","2034","2036","2037","2038-06-11","2038-09-22","2038-07-01"],
 [], pub="2038-06-14")
