from h import *
F = 'g12_flensburg_sonderborg_final_evaluation-pdf.txt'
assert wd(2037,9,22)=='Tuesday' and wd(2037,9,23)=='Wednesday' and wd(2037,10,15)=='Thursday' and wd(2037,11,26)=='Thursday'
T = """Final evaluation of the BRIDGE-CLUSTER project                       Interreg
Executive summary                                              Deutschland-Danmark

FINAL EVALUATION OF THE PROJECT
BRIDGE-CLUSTER – CROSS-BORDER CLUSTER COOPERATION IN
THE FLENSBURG–SØNDERBORG REGION (2034–2037)

Executive summary

Submitted to the project steering committee on 12 November 2037
Evaluator: Nordlicht Evaluering ApS, Aabenraa
Authors: Mette Kjærgaard Holm, Dr. Jens-Uwe Petersen, Sofie Lund-Iversen

Final evaluation of the BRIDGE-CLUSTER project – Executive summary          1

1. The project in brief
BRIDGE-CLUSTER ran from March 2034 to September 2037 with a budget
of EUR 3.1 million. It was led by the
Wirtschaftsförderungs- und Regionalentwicklungsgesellschaft
Flensburg/Schleswig mbH (WiREG) with six partners: Syddansk
Universitet (SDU) in Sønderborg, Hochschule Flensburg, Erhvervshus
Sydjylland, the Danfoss-led energy cluster Energy
Cluster Denmark, the IHK Flensburg and the Sønderborg Municipality.
Its aim was to connect the energy technology and maritime clusters on
both sides of the border and to help small companies find partners,
staff and customers across it. The project was co-financed by the
European Regional Development Fund; Region Syddanmark and the State
Chancellery of Schleswig-Holstein sat in the steering committee as
observers. Erhvervshus Sydjylland and Hochschule Flensburg jointly ran
the skills work package, which placed 37 German and Danish students
in companies on the other side of the border.

2. Method
The evaluation combined an analysis of monitoring data, an online
survey of 143 participating companies (response rate 46 %), 28 inter-
views with partners and stakeholders, and two case studies. Pre-
liminary results were discussed with the partners at the project's
final conference in Sønderborg on 22–23 September 2037.

Final evaluation of the BRIDGE-CLUSTER project – Executive summary          2

3. Main findings
(a) The project exceeded its output targets: 212 companies received
support against a target of 150, and 64 cross-border cooperation
projects were started.
(b) The cross-border matchmaking events were the most valued activity;
companies rated them 4.3 on a scale of 5.
(c) Language and differences in public procurement rules remain the
main barriers to cross-border business, and the project could only
partly reduce them.
(d) Cooperation between the two universities became lasting, with a
joint master's module in energy systems from the autumn of 2036.
(e) Involvement of the maritime cluster was weaker than planned, as
the shipyard crisis of 2035 absorbed its capacity.

4. Recommendations for future cooperation
1. Keep a permanent cross-border cluster desk after the end of the
project, jointly financed by the partners.
2. Focus future matchmaking on three or four value chains instead of
open events.
3. Offer companies practical help with Danish and German public
tenders, including translation.
4. Involve the maritime sector again through a dedicated work package
in any follow-up project.

Final evaluation of the BRIDGE-CLUSTER project – Executive summary          3

5. Events and outreach
Over its lifetime the project organised eleven matchmaking events,
four study trips and an annual Cross-Border Energy Day, held alter-
nately in Flensburg (2034, 2036) and Sønderborg (2035, 2037). The
2037 Energy Day on 23 September was combined with the final con-
ference and attracted 230 visitors.

6. Follow-up
The steering committee discussed the evaluation at its last meeting
on 26 November 2037 in Flensburg and decided to prepare a follow-up
application. The deadline of the next call for proposals is 31 Jan-
uary 2038. Project manager Birte Jørgensen-Thies (WiREG) thanked the
partners; SDU's vice-dean Prof. Henrik Skov Madsen said the joint
module "would not exist without the project".

Contact: bridge-cluster@wireg.example.de · www.bridge-cluster.example.eu

Final evaluation of the BRIDGE-CLUSTER project – Executive summary          4
"""
write(F, T)
W = "WiREG"
gold(F,
 [P("Mette Kjærgaard Holm", None, "Nordlicht Evaluering ApS"),
  P("Jens-Uwe Petersen", None, "Nordlicht Evaluering ApS"),
  P("Sofie Lund-Iversen", None, "Nordlicht Evaluering ApS"),
  P("Birte Jørgensen-Thies", "Project manager", W),
  P("Henrik Skov Madsen", "vice-dean", "SDU")],
 [O("Nordlicht Evaluering ApS"), O("Wirtschaftsförderungs- und Regionalentwicklungsgesellschaft Flensburg/Schleswig mbH", "WiREG"), O("Syddansk Universitet", "SDU"),
  O("Hochschule Flensburg"), O("Erhvervshus Sydjylland"), O("Region Syddanmark"), O("State Chancellery of Schleswig-Holstein"),
  O("Danfoss"), O("Energy Cluster Denmark"), O("IHK Flensburg"), O("Sønderborg Municipality")],
 [E("final conference", "2037-09-22", "2037-09-23", "Sønderborg", "Denmark"),
  E("Cross-Border Energy Day (2034)", "2034", None, "Flensburg", "Germany"),
  E("Cross-Border Energy Day (2035)", "2035", None, "Sønderborg", "Denmark"),
  E("Cross-Border Energy Day (2036)", "2036", None, "Flensburg", "Germany"),
  E("2037 Energy Day", "2037-09-23", None, "Sønderborg", "Denmark"),
  E("last meeting", "2037-11-26", None, "Flensburg", "Germany")],
 ["2034/2037", "2037-11-12", "2034-03/2037-09", "2037-09-22/2037-09-23", "2036", "2035", "2034", "2037", "2037-09-23",
  "2037-11-26", "2038-01-31"],
 ["The project exceeded its output targets: 212 companies received support against a target of 150, and 64 cross-border cooperation projects were started",
  "The cross-border matchmaking events were the most valued activity; companies rated them 4.3 on a scale of 5",
  "Language and differences in public procurement rules remain the main barriers to cross-border business, and the project could only partly reduce them",
  "Cooperation between the two universities became lasting, with a joint master's module in energy systems from the autumn of 2036",
  "Involvement of the maritime cluster was weaker than planned, as the shipyard crisis of 2035 absorbed its capacity",
  "Keep a permanent cross-border cluster desk after the end of the project, jointly financed by the partners",
  "Focus future matchmaking on three or four value chains instead of open events",
  "Offer companies practical help with Danish and German public tenders, including translation",
  "Involve the maritime sector again through a dedicated work package in any follow-up project"],
 pub="2037-11-12")
