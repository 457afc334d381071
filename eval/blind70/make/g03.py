from h import *
F = 'south-bohemian-food-cluster-annual-report-2034-pdf.txt'
T = """Jihočeský potravinářský klastr, z.s. – Annual Report 2034                                     7

3  GOVERNANCE

3.1  Bodies of the association

The South Bohemian Food Cluster (Jihočeský potravinářský klastr, z.s., JPK) is a regis-
tered association (zapsaný spolek) under Czech law with its seat in České Budějovice. Its
bodies are the General Assembly of members, the Board (výkonná rada) and the Supervisory
Board (kontrolní komise). The General Assembly met once in the reporting year, on
Thursday 27 April 2034 at the Faculty of Agriculture and Technology of the University of
South Bohemia in České Budějovice (JU). It approved the annual report and accounts for
2033, adopted the budget for 2034 and elected the Board for the term 2034–2038.

Board elected on 27 April 2034

  Chair                 Ing. Radka Dvořáková-Šímová    Madeta a.s.
  Vice-chair            doc. Ing. Pavel Kopecký, Ph.D. University of South Bohemia (JU)
  Member                Ing. Lukáš Vondrášek           Budějovický Budvar, n.p.
  Member                Mgr. Hana Pokorná               South Bohemian Chamber of
                                                        Commerce (JHK)
  Member                Jan van den Broek               Vitaflora Trhové Sviny s.r.o.

Supervisory Board

  Chair                 Ing. Miloslav Šesták           Rybářství Třeboň Hld. a.s.
  Member                Bc. Jitka Koubová               Pekárna Lipno s.r.o.
  Member                Ing. Ota Heřmanský              South Bohemian Region

Ing. Tomáš Rožek, who had chaired the Board since the cluster's foundation in 2018, did
not stand again; the General Assembly thanked him and appointed him honorary chair. The
cluster office is led by Executive Director Mgr. Veronika Stehlíková (since 2029), with
three project managers and a part-time accountant.

3.2  Membership

At 31 December 2034 the cluster had 61 members (2033: 54): 44 food and drink producers,
6 suppliers of technology and packaging, 5 research and education institutions, 4 public
bodies and 2 financial institutions. Nine new members joined and two left. The member-
ship fee was unchanged.

3.3  Labels and networks

In October 2034 the cluster renewed its Bronze Label of the European Secretariat for
Cluster Analysis (ESCA). It is a member of the National Cluster Association (NCA) and, since
March 2034, of the European food cluster network FoodClusters4EU.

__________________________________________________________________________________________
Jihočeský potravinářský klastr, z.s. – Annual Report 2034                                     8

4  RESULTS OF THE YEAR

4.1  Main results 2034

  • 14 collaborative innovation projects were running, six of them started in 2034, with
    a total volume of CZK 38.4 million
  • The shared pilot plant for plant-based dairy alternatives in Třeboň went into
    operation and was used by 17 companies
  • 312 employees of member companies took part in 26 training courses of the South
    Bohemian Food Academy
  • Members exhibited on a joint stand at two international fairs and signed export
    contracts worth CZK 21 million
  • The cluster's carbon-footprint calculator was used by 23 producers to prepare their
    first sustainability reports

4.2  Events

The cluster organised or co-organised eleven events with 1,460 participants. The most im-
portant were:

  – the South Bohemian Food Innovation Day in České Budějovice on 15 March 2034
    (230 participants), opened by the Regional Councillor for Agriculture, Ing. Petr
    Kuchta;
  – the joint stand at Anuga in Cologne, 7–11 October 2034, with eight member companies;
  – the Czech–Bavarian food business forum in Passau on 19 June 2034, organised with
    Cluster Ernährung Bayern and the Bavarian-Czech Chamber of Commerce;
  – the carp and aquaculture workshop in Třeboň on 4 September 2034, with the Fisheries
    Association of the Czech Republic and 41 participants.

4.3  Projects

Among the projects started in the year were PROTEINA-JČ (plant protein from
South Bohemian peas, with JU and four producers, 2034–2036), SMART-PACK (returnable
packaging for dairy products, with Madeta a.s. and the Institute of Chemical Technology
in Prague (VŠCHT), 2034–2035) and the Interreg Bavaria–Czech Republic project FISH-
CHAIN with the Bavarian State Research Center for Agriculture (LfL).

4.4  Finances

Income in 2034 was CZK 12.7 million (2033: CZK 10.9 million), of which membership fees
were CZK 1.9 million, project grants CZK 8.6 million and services CZK 2.2 million. The
year closed with a surplus of CZK 0.3 million, which the Board proposes to carry forward.
The accounts were audited by Ing. Kateřina Pešková of AUDIT JIH s.r.o.

4.5  Outlook

For 2035 the Board has set three priorities: to open the pilot plant to companies from
Upper Austria, to prepare the cluster's application for the ESCA Silver Label, and to
launch a food-waste programme with the South Bohemian Region. The next General Assembly
is scheduled for 24 April 2035.

__________________________________________________________________________________________
                                                                                              9
"""
write(F, T)
K='Jihočeský potravinářský klastr, z.s.'
gold(F,
 [P('Radka Dvořáková-Šímová','Chair','Jihočeský potravinářský klastr, z.s.'), P('Pavel Kopecký','Vice-chair','Jihočeský potravinářský klastr, z.s.'), P('Lukáš Vondrášek','Member','Jihočeský potravinářský klastr, z.s.'),
  P('Hana Pokorná','Member','Jihočeský potravinářský klastr, z.s.'), P('Jan van den Broek','Member','Jihočeský potravinářský klastr, z.s.'),
  P('Miloslav Šesták','Chair','Jihočeský potravinářský klastr, z.s.'), P('Jitka Koubová','Member','Jihočeský potravinářský klastr, z.s.'), P('Ota Heřmanský','Member','Jihočeský potravinářský klastr, z.s.'),
  P('Tomáš Rožek','honorary chair',K), P('Veronika Stehlíková','Executive Director',K), P('Petr Kuchta','Regional Councillor for Agriculture',None),
  P('Kateřina Pešková',None,'AUDIT JIH s.r.o.')],
 [O(K,'JPK'), O('Faculty of Agriculture and Technology'), O('University of South Bohemia in České Budějovice','JU'), O('Madeta a.s.'), O('Budějovický Budvar, n.p.'),
  O('South Bohemian Chamber of Commerce','JHK'), O('Vitaflora Trhové Sviny s.r.o.'), O('Rybářství Třeboň Hld. a.s.'), O('Pekárna Lipno s.r.o.'), O('South Bohemian Region'),
  O('European Secretariat for Cluster Analysis','ESCA'), O('National Cluster Association','NCA'), O('FoodClusters4EU'), O('South Bohemian Food Academy'),
  O('Cluster Ernährung Bayern'), O('Bavarian-Czech Chamber of Commerce'), O('Institute of Chemical Technology in Prague','VŠCHT'),
  O('Bavarian State Research Center for Agriculture','LfL'), O('AUDIT JIH s.r.o.'), O('Fisheries Association of the Czech Republic')],
 [E('General Assembly','2034-04-27','2034-04-27','České Budějovice','Czechia'), E('South Bohemian Food Innovation Day','2034-03-15','2034-03-15','České Budějovice','Czechia'),
  E('Anuga','2034-10-07','2034-10-11','Cologne','Germany'), E('Czech–Bavarian food business forum','2034-06-19','2034-06-19','Passau','Germany'),
  E('carp and aquaculture workshop','2034-09-04','2034-09-04','Třeboň','Czechia'),   E('General Assembly','2035-04-24','2035-04-24',None,None)],
 ['2034-04-27','2033','2034','2034/2038','2018','2029','2034-12-31','2034-10','2034-03','2034-03-15','2034-10-07/2034-10-11','2034-06-19','2034-09-04','2034/2036','2034/2035','2035','2035-04-24'],
 km=['14 collaborative innovation projects were running, six of them started in 2034, with a total volume of CZK 38.4 million',
     'The shared pilot plant for plant-based dairy alternatives in Třeboň went into operation and was used by 17 companies',
     '312 employees of member companies took part in 26 training courses of the South Bohemian Food Academy',
     'Members exhibited on a joint stand at two international fairs and signed export contracts worth CZK 21 million',
     "The cluster's carbon-footprint calculator was used by 23 producers to prepare their first sustainability reports"])
