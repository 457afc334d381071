from common import *
fn = "AQUADANUBE_final-report_partners-pdf.txt"
write_txt(fn, """
AQUADANUBE – Final Report                                                              37
Interreg Danube Region Programme · Project DR0000211

7. PARTNERSHIP AND CONTACT PERSONS

The AQUADANUBE partnership brought together eleven partners from seven countries of the
Danube Region. The project ran from 1 January 2032 to 30 June 2035 (42 months). Table 7.1
lists every partner with its contact person at the end of the project; where the contact
person changed during the project, the former contact is given in brackets.

Table 7.1 – Partners and contact persons

LP   Aquaculture Cluster South Bohemia (ACSB), České Budějovice, CZ
     Contact: Ing. Petra Koutná, cluster manager and project coordinator
     (until 03/2033: Ing. Jakub Veselý)
PP2  Universität für Bodenkultur Wien (BOKU), Institute of Hydrobiology, Vienna, AT
     Contact: Assoc. Prof. Dr. Sabine Gruber-Hainzl, senior scientist
PP3  Hungarian Fish Farmers' Innovation Network (HALINNO), Szarvas, HU
     Contact: Dr. Gábor Szűcs, managing director
PP4  Research Institute for Fisheries, Aquaculture and Irrigation (MATE HAKI), Szarvas, HU
     Contact: Dr. Réka Fodor-Balogh, head of department
PP5  Fischerei-Genossenschaft Niederbayern eG, Passau, DE
     Contact: Maximilian Stöckl, Vorstand
PP6  Slovak Aquaculture Association (SAA), Bratislava, SK
     Contact: Mgr. Ivana Lacková, secretary general
PP7  Croatian Chamber of Economy – Fisheries Section (HGK), Osijek, HR
     Contact: Dubravka Pavić, senior advisor
     (until 11/2033: Tomislav Jurić)
PP8  Institute of Oceanography and Fisheries – Danube Unit, Vukovar, HR
     Contact: dr. sc. Ante Kovačević, research fellow
PP9  Regional Development Agency Vojvodina (RDA Vojvodina), Novi Sad, RS
     Contact: Milica Stanojević, project manager
PP10 Danube Delta National Institute for Research and Development (INCDDD), Tulcea, RO
     Contact: Dr. Ioana-Cristina Munteanu, scientific researcher
PP11 AquaTech Transilvania SRL, Cluj-Napoca, RO
     Contact: Radu Ciobanu, CEO

Associated strategic partners: Ministry of Agriculture of the Czech Republic; Danube
Commission; Ministry of Agriculture and Rural Development of Hungary.

The Joint Secretariat of the Interreg Danube Region Programme in Budapest was represented by
project officer Ms Zsófia Bartha-Kiss, whom the partnership thanks for her guidance through
three reporting periods.

AQUADANUBE – Final Report                                                              38
Interreg Danube Region Programme · Project DR0000211

7.2 Partnership meetings

 No.  Date                  Place                      Host
 1    15–16 February 2032   České Budějovice           ACSB (kick-off)
 2    4–5 October 2032      Szarvas                    HALINNO / MATE HAKI
 3    May 2033              Vienna                     BOKU
 4    26–27 March 2034      Novi Sad                   RDA Vojvodina
 5    9–11 June 2035        Tulcea                     INCDDD (final conference
                                                      "Fish for the Danube")

8. CONCLUSIONS AND RECOMMENDATIONS

Based on three years of pilots in 14 fish farms, the partnership makes the following
recommendations to managing authorities and cluster organisations in the Danube Region:

 1. Treat recirculating aquaculture as part of regional water strategies, not only as
    a farming technique.
 2. Support fish farmers' clusters with multi-annual funding so that they can keep
    trained staff between projects.
 3. Harmonise veterinary and water-permit procedures along the Danube to make
    cross-border investment possible.
 4. Link vocational schools with pilot farms to train the next generation of
    aquaculture technicians.

The full policy brief was presented to the EUSDR Priority Area 6 steering group on
2 July 2035.

                                                                                         38
""")
gold(fn, None,
 [P("Petra Koutná","cluster manager and project coordinator","Aquaculture Cluster South Bohemia"),
  P("Jakub Veselý",None,"Aquaculture Cluster South Bohemia"),
  P("Sabine Gruber-Hainzl","senior scientist","Universität für Bodenkultur Wien"),
  P("Gábor Szűcs","managing director","Hungarian Fish Farmers' Innovation Network"),
  P("Réka Fodor-Balogh","head of department","Research Institute for Fisheries, Aquaculture and Irrigation"),
  P("Maximilian Stöckl","Vorstand","Fischerei-Genossenschaft Niederbayern eG"),
  P("Ivana Lacková","secretary general","Slovak Aquaculture Association"),
  P("Dubravka Pavić","senior advisor","Croatian Chamber of Economy – Fisheries Section"),
  P("Tomislav Jurić",None,"Croatian Chamber of Economy – Fisheries Section"),
  P("Ante Kovačević","research fellow","Institute of Oceanography and Fisheries – Danube Unit"),
  P("Milica Stanojević","project manager","Regional Development Agency Vojvodina"),
  P("Ioana-Cristina Munteanu","scientific researcher","Danube Delta National Institute for Research and Development"),
  P("Radu Ciobanu","CEO","AquaTech Transilvania SRL"),
  P("Zsófia Bartha-Kiss","project officer","Joint Secretariat of the Interreg Danube Region Programme")],
 [O("Aquaculture Cluster South Bohemia","ACSB"), O("Universität für Bodenkultur Wien","BOKU"),
  O("Institute of Hydrobiology"), O("Hungarian Fish Farmers' Innovation Network","HALINNO"),
  O("Research Institute for Fisheries, Aquaculture and Irrigation","MATE HAKI"),
  O("Fischerei-Genossenschaft Niederbayern eG"), O("Slovak Aquaculture Association","SAA"),
  O("Croatian Chamber of Economy – Fisheries Section","HGK"),
  O("Institute of Oceanography and Fisheries – Danube Unit"),
  O("Regional Development Agency Vojvodina","RDA Vojvodina"),
  O("Danube Delta National Institute for Research and Development","INCDDD"),
  O("AquaTech Transilvania SRL"), O("Ministry of Agriculture of the Czech Republic"), O("Danube Commission"),
  O("Ministry of Agriculture and Rural Development of Hungary"),
  O("Joint Secretariat of the Interreg Danube Region Programme")],
 [E("kick-off","2032-02-15","2032-02-16","České Budějovice","Czech Republic"),
  E("partnership meeting","2032-10-04","2032-10-05","Szarvas","Hungary"),
  E("partnership meeting","2033-05","2033-05","Vienna","Austria"),
  E("partnership meeting","2034-03-26","2034-03-27","Novi Sad","Serbia"),
  E("Fish for the Danube","2035-06-09","2035-06-11","Tulcea","Romania")],
 ["2032-01-01/2035-06-30","2033-03","2033-11","2032-02-15/2032-02-16","2032-10-04/2032-10-05","2033-05","2034-03-26/2034-03-27","2035-06-09/2035-06-11","2035-07-02"],
 ["Treat recirculating aquaculture as part of regional water strategies, not only as a farming technique",
  "Support fish farmers' clusters with multi-annual funding so that they can keep trained staff between projects",
  "Harmonise veterinary and water-permit procedures along the Danube to make cross-border investment possible",
  "Link vocational schools with pilot farms to train the next generation of aquaculture technicians"])
