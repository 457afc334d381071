from common import *
fn = "MPO_rada-pro-mobilitu_jmenovani_2035-pdf.txt"
write_txt(fn, """
Ministry of Industry and Trade of the Czech Republic                          Ref. No. MPO 41 882/35/61100
Advisory Council for the Transformation of the Automotive Industry             page 1 / 3

NOMINATIONS TO THE ADVISORY COUNCIL FOR THE TRANSFORMATION OF
THE AUTOMOTIVE INDUSTRY (TERM 2035–2038)

Prague, 3 September 2035

The Minister of Industry and Trade, having regard to the Statute of the Advisory Council
adopted on 12 June 2029, and on the proposal of the Department of Industrial Strategy, ap-
points the following persons as members of the Advisory Council for the Transformation of
the Automotive Industry (hereinafter "the Council") for the term from 1 October 2035 to 30
September 2038.

Chair of the Council
Ing. Václav Řezníček, Ph.D., Deputy Minister for Industry, Ministry of Industry and Trade
(MPO)

Vice-Chair
Mgr. Hana Kopecká-Dvořáková, President, Odra Automotive Cluster (OAC)

Members nominated by industry
  - Ing. Radek Šťastný, Chief Executive Officer, Bohemia Drivetrain a.s., Mladá Bo-
    leslav
  - Petra Hulínová, MBA, HR Director, Valeo-like ... [see annex]
  - Ing. Jiří Mach, Managing Director, Karoserie Kopřivnice s.r.o.
  - Dipl.-Ing. Markus Feuerlein, Plant Manager, Schönbach Automotive Components s.r.o.,
    Liberec
  - Kateřina Němcová, founder and CEO, Voltaro s.r.o. (battery recycling)

Members nominated by research and education
  - prof. Ing. Tomáš Bednář, CSc., Rector, VŠB – Technical University of Ostrava
  - doc. Ing. Lucie Svobodová, Ph.D., head of the Centre for Electromobility, Czech Technical
    University in Prague (CTU)
  - Mgr. Ondřej Pazdera, Director, Regional Vocational School of Engineering Zlín

Ministry of Industry and Trade of the Czech Republic                          Ref. No. MPO 41 882/35/61100
Advisory Council for the Transformation of the Automotive Industry             page 2 / 3

Members nominated by regions and social partners
  - Ing. Martina Zahradníková, Deputy Governor for Economic Development, Moravian-Silesian
    Region
  - Bc. Pavel Hrubý, Vice-President, Trade Union KOVO
  - JUDr. Aleš Konečný, Director for Industrial Policy, Confederation of Industry of the
    Czech Republic (SP ČR)

Permanent guests (without voting right)
  - a representative of CzechInvest (the Business and Investment Development Agency)
  - a representative of the Technology Agency of the Czech Republic (TA ČR)
  - Mr Jan Ptáček, Secretary of the Council, Department of Industrial Strategy, MPO

Outgoing members
The Minister thanks the members of the Council whose mandate ends on 30 September 2035,
in particular its founding Chair, Ing. Karel Bureš, who chaired the Council from 2029 and
has left the Ministry to become Director General of CzechInvest, and Ing. Eva Malinová,
Ph.D., long-standing representative of the Automotive Industry Association (SAP), for
their contribution to the National Strategy for Automotive Transformation 2030–2040.

Tasks of the Council in the new term
The Council will in particular:
(a) advise the Minister on the use of the Just Transition Fund in the Moravian-Silesian and
    Ústí regions;
(b) comment on the draft programme for the retraining of 20,000 workers by 2038;
(c) prepare an opinion on the battery value chain for the meeting of the Government Council
    for Economic Strategy in spring 2036.

Ministry of Industry and Trade of the Czech Republic                          Ref. No. MPO 41 882/35/61100
Advisory Council for the Transformation of the Automotive Industry             page 3 / 3

Meetings
The constituent meeting of the Council in its new composition will take place on 14 Octo-
ber 2035 at 10:00 at the Ministry, Na Františku 32, Prague 1. Further meetings are pro-
visionally scheduled for 20 January 2036 (Ostrava, at the premises of OAC) and
9 June 2036 (Mladá Boleslav).

                                                   Ing. Lubomír Štěpánek
                                                   Minister of Industry and Trade

Annex: declarations of no conflict of interest (not published)
""".replace("HR Director, Valeo-like ... [see annex]", "HR Director, Kolín Seating Systems s.r.o."))
gold(fn, "2035-09-03",
 [P("Václav Řezníček","Chair of the Council","Advisory Council for the Transformation of the Automotive Industry"),
  P("Hana Kopecká-Dvořáková","Vice-Chair","Advisory Council for the Transformation of the Automotive Industry"),
  P("Radek Šťastný","Chief Executive Officer","Bohemia Drivetrain a.s."),
  P("Petra Hulínová","HR Director","Kolín Seating Systems s.r.o."),
  P("Jiří Mach","Managing Director","Karoserie Kopřivnice s.r.o."),
  P("Markus Feuerlein","Plant Manager","Schönbach Automotive Components s.r.o."),
  P("Kateřina Němcová","founder and CEO","Voltaro s.r.o."),
  P("Tomáš Bednář","Rector","VŠB – Technical University of Ostrava"),
  P("Lucie Svobodová","head of the Centre for Electromobility","Czech Technical University in Prague"),
  P("Ondřej Pazdera","Director","Regional Vocational School of Engineering Zlín"),
  P("Martina Zahradníková","Deputy Governor for Economic Development","Moravian-Silesian Region"),
  P("Pavel Hrubý","Vice-President","Trade Union KOVO"),
  P("Aleš Konečný","Director for Industrial Policy","Confederation of Industry of the Czech Republic"),
  P("Jan Ptáček","Secretary of the Council","Department of Industrial Strategy"),
  P("Karel Bureš","Director General","CzechInvest"),
  P("Eva Malinová",None,"Automotive Industry Association"),
  P("Lubomír Štěpánek","Minister of Industry and Trade",None)],
 [O("Ministry of Industry and Trade of the Czech Republic","MPO"),
  O("Advisory Council for the Transformation of the Automotive Industry"),
  O("Department of Industrial Strategy"),
  O("Odra Automotive Cluster","OAC"), O("Bohemia Drivetrain a.s."), O("Kolín Seating Systems s.r.o."),
  O("Karoserie Kopřivnice s.r.o."), O("Schönbach Automotive Components s.r.o."), O("Voltaro s.r.o."),
  O("VŠB – Technical University of Ostrava"), O("Centre for Electromobility"),
  O("Czech Technical University in Prague","CTU"), O("Regional Vocational School of Engineering Zlín"),
  O("Moravian-Silesian Region"), O("Trade Union KOVO"),
  O("Confederation of Industry of the Czech Republic","SP ČR"),
  O("CzechInvest"), O("Technology Agency of the Czech Republic","TA ČR"),
  O("Automotive Industry Association","SAP"), O("Government Council for Economic Strategy")],
 [E("constituent meeting","2035-10-14","2035-10-14","Prague","Czech Republic"),
  E("meeting of the Council","2036-01-20","2036-01-20","Ostrava","Czech Republic"),
  E("meeting of the Council","2036-06-09","2036-06-09","Mladá Boleslav","Czech Republic"),
  E("meeting of the Government Council for Economic Strategy","2036","2036",None,None)],
 ["2035/2038","2035-09-03","2029-06-12","2035-10-01/2038-09-30","2035-09-30","2029","2030/2040","2038","2036","2035-10-14","2036-01-20","2036-06-09"],
 [])
