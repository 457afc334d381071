from h import *
doc = "C2033-210_expert-group-cluster-resilience_composition-pdf.txt"
T = """EUROPEAN COMMISSION
Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs

Brussels, 14.1.2033
GROW/G3/MK/ (2033) 118844

COMMISSION EXPERT GROUP ON CLUSTER INTERNATIONALISATION AND SUPPLY-CHAIN RESILIENCE (E04210)
Composition of the group – appointment of members for the mandate 2033–2036

1. Background
By decision of 2 December 2032 the Directorate-General for Internal Market, Industry, Entre-
preneurship and SMEs (DG GROW) set up an informal expert group to advise the Commission on the
internationalisation of cluster organisations and on the resilience of industrial supply chains. Fol-
lowing the call for applications published on 19 September 2032 (deadline 31 October 2032), 143
applications were received. The selection committee, chaired by Ana Rebelo Quintas, Head of Unit
G.3 "Clusters, Social Economy and Entrepreneurship", met on 22 and 23 November 2032.

2. Composition
The group is composed of 18 members: 8 individuals appointed in their personal capacity (Type A),
6 organisations (Type C) and 4 Member State authorities (Type D). Each Type C and Type D member
has named one representative and one alternate. The group is chaired by a representative of DG
GROW. The secretariat is provided by Unit G.3.

3. Meetings
The first meeting of the group will take place on 9 March 2033 in Brussels (Albert Borschette Con-
gress Centre). Three further meetings are planned for 2033, one of them online.

Ref. Ares(2033)118844 – 14/01/2033                                                          1

Expert group E04210 – Composition                                                  Annex

ANNEX – LIST OF MEMBERS

Chair: Jens-Peter HOLMGAARD, Director, Directorate G "Industrial Ecosystems III", DG GROW
Secretariat: Marta KOWALCZYK-RIEDL, Policy Officer, DG GROW Unit G.3; Nikos ANDREOU, Policy Assistant

Type A – Individuals appointed in their personal capacity
Name                          Organisation (for information)              Country
Dr Giovanna MASTRANGELO       Università degli Studi del Molise           Italy
Sean Ó MAOLÁIN                University of Limerick                      Ireland
Prof. Hélène VAN DAMME        KU Leuven                                   Belgium
Jiří NOVOTNÝ-BAREŠ            independent consultant                      Czechia
Marjolein de KEIZER           Flevo Innovatie Advies B.V.                 Netherlands
Dr Tuomas HEIKKURINEN         University of Eastern Finland               Finland
Ioana-Cristina STAN           Universitatea Transilvania din Brașov        Romania
Alejandro FERNÁNDEZ DE LA CRUZ  independent consultant                    Spain

Type C – Organisations
Organisation                                   Representative / Alternate          Country
Alliance of Regional Cluster Networks (ARCN)   Birgit NEUHAUSER (Secretary General) /
                                               Paulo AZEVEDO RAMOS                  Belgium
European Federation of Industrial Subcontractors (EFIS)
                                               Karel DVOŘÁK / Sandrine MOULIN       Belgium
Nordic Cluster Network Forum (NCNF)            Ingrid ASPLUND / Jarle HOVLAND       Sweden
BalkanMetal Cluster Association                Dragan PETKOVIĆ / Ana BARIŠIĆ        Croatia
SME Supply Chains Europe (SSCE)                Liesbeth VERHOEVEN / Olga ZIELIŃSKA  Belgium
Baltic Automotive Suppliers' Club (BASC)       Mindaugas KAZLAUSKAS / Kristīne OZOLA Lithuania

Ref. Ares(2033)118844 – 14/01/2033                                                          2

Expert group E04210 – Composition                                                  Annex

Type D – Member State authorities
Authority                                      Representative / Alternate          Country
Bundesministerium für Wirtschaft und Energie, 
Referat Clusterpolitik                         Dr Kathrin WEIßENFELS / Tobias KERN  Germany
Ministère de l'Économie, Direction générale des Entreprises (DGE)
                                               Mathieu LAGARDE / Corinne PAYET      France
Ministerio de Industria y Turismo              Rocío GALLARDO PEÑA / Iván SOLER     Spain
Ministry of Economic Development and Technology (MGRT)
                                               Špela KOVAČ / Marko ZUPAN           Slovenia

Observers
The European Innovation Council and SMEs Executive Agency (EISMEA) and the
European Cluster Collaboration Platform (ECCP) attend as observers.

Notes
(1) Members of Type A sign a declaration of interests; the declarations are published in the Reg-
ister of Commission expert groups.
(2) Marjolein de KEIZER replaces Ruud BAKKER-OOMS, who withdrew on 6 January 2033.
(3) The mandate of members ends on 31 December 2036.

Ref. Ares(2033)118844 – 14/01/2033                                                          3
"""
G = "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
people = [
 P("Ana Rebelo Quintas", "Head of Unit", G),
 P("Jens-Peter HOLMGAARD", "Director", G),
 P("Marta KOWALCZYK-RIEDL", "Policy Officer", G),
 P("Nikos ANDREOU", "Policy Assistant", G),
 P("Giovanna MASTRANGELO", None, "Università degli Studi del Molise"),
 P("Sean Ó MAOLÁIN", None, "University of Limerick"),
 P("Hélène VAN DAMME", None, "KU Leuven"),
 P("Jiří NOVOTNÝ-BAREŠ", "independent consultant", None),
 P("Marjolein de KEIZER", None, "Flevo Innovatie Advies B.V."),
 P("Tuomas HEIKKURINEN", None, "University of Eastern Finland"),
 P("Ioana-Cristina STAN", None, "Universitatea Transilvania din Brașov"),
 P("Alejandro FERNÁNDEZ DE LA CRUZ", "independent consultant", None),
 P("Birgit NEUHAUSER", "Secretary General", "Alliance of Regional Cluster Networks"),
 P("Paulo AZEVEDO RAMOS", None, "Alliance of Regional Cluster Networks"),
 P("Karel DVOŘÁK", None, "European Federation of Industrial Subcontractors"),
 P("Sandrine MOULIN", None, "European Federation of Industrial Subcontractors"),
 P("Ingrid ASPLUND", None, "Nordic Cluster Network Forum"),
 P("Jarle HOVLAND", None, "Nordic Cluster Network Forum"),
 P("Dragan PETKOVIĆ", None, "BalkanMetal Cluster Association"),
 P("Ana BARIŠIĆ", None, "BalkanMetal Cluster Association"),
 P("Liesbeth VERHOEVEN", None, "SME Supply Chains Europe"),
 P("Olga ZIELIŃSKA", None, "SME Supply Chains Europe"),
 P("Mindaugas KAZLAUSKAS", None, "Baltic Automotive Suppliers' Club"),
 P("Kristīne OZOLA", None, "Baltic Automotive Suppliers' Club"),
 P("Kathrin WEIßENFELS", None, "Bundesministerium für Wirtschaft und Energie"),
 P("Tobias KERN", None, "Bundesministerium für Wirtschaft und Energie"),
 P("Mathieu LAGARDE", None, "Ministère de l'Économie"),
 P("Corinne PAYET", None, "Ministère de l'Économie"),
 P("Rocío GALLARDO PEÑA", None, "Ministerio de Industria y Turismo"),
 P("Iván SOLER", None, "Ministerio de Industria y Turismo"),
 P("Špela KOVAČ", None, "Ministry of Economic Development and Technology"),
 P("Marko ZUPAN", None, "Ministry of Economic Development and Technology"),
 P("Ruud BAKKER-OOMS", None, None),
]
orgs = [O("EUROPEAN COMMISSION"), O(G, "DG GROW"), O("COMMISSION EXPERT GROUP ON CLUSTER INTERNATIONALISATION AND SUPPLY-CHAIN RESILIENCE"), O("Unit G.3"), O("Directorate G"),
 O("Università degli Studi del Molise"), O("University of Limerick"), O("KU Leuven"), O("Flevo Innovatie Advies B.V."),
 O("University of Eastern Finland"), O("Universitatea Transilvania din Brașov"), O("Alliance of Regional Cluster Networks", "ARCN"),
 O("European Federation of Industrial Subcontractors", "EFIS"), O("Nordic Cluster Network Forum", "NCNF"),
 O("BalkanMetal Cluster Association"), O("SME Supply Chains Europe", "SSCE"), O("Baltic Automotive Suppliers' Club", "BASC"),
 O("Bundesministerium für Wirtschaft und Energie"), O("Referat Clusterpolitik"), O("Ministère de l'Économie"),
 O("Direction générale des Entreprises", "DGE"), O("Ministerio de Industria y Turismo"),
 O("Ministry of Economic Development and Technology", "MGRT"),
 O("European Innovation Council and SMEs Executive Agency", "EISMEA"), O("European Cluster Collaboration Platform", "ECCP")]
events = [E("first meeting of the Commission expert group on cluster internationalisation and supply-chain resilience", "2033-03-09", "2033-03-09", "Brussels", "Belgium")]
dates = ["2033-01-14", "2033/2036", "2032-12-02", "2032-09-19", "2032-10-31", "2032-11-22/2032-11-23", "2033-03-09", "2033", "2033-01-06", "2036-12-31"]
save(doc, T, "2033-01-14", people, orgs, events, dates, [])
