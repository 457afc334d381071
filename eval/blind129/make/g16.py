from h import *
F = 'g16_cluster_people_on_the_move_digest.txt'
assert wd(2042,4,2)=='Wednesday' and wd(2042,3,5)=='Wednesday' and wd(2042,3,19)=='Wednesday' and wd(2042,2,17)=='Monday'
T = """EUROPEAN CLUSTER BULLETIN – Issue 7/2042 – 26 February 2042
People on the move | Calendar | Calls | Read online

PEOPLE ON THE MOVE

Every month we report on appointments, elections and farewells in the European cluster community. Send your news to people@clusterbulletin.example.eu by the 20th of the month.

--- South Karelia: new head for the energy cluster ---
Lappeenranta. The board of Green Energy Cluster South Karelia has appointed Outi Kärkkäinen-Laine as Cluster Director from 1 March 2042. She moves from LUT University, where she was head of business collaboration at the School of Energy Systems. She succeeds Jukka Tervonen, who led the cluster for ten years and becomes Senior Adviser to the Regional Council of South Karelia. "We have the hydrogen projects and the grid capacity; now we need the people," Kärkkäinen-Laine said.

--- South Moravia: two women at the top of the ICT cluster ---
Brno. At its general assembly on 12 February 2042 the Moravian ICT Cluster (MoICT, z. s.) elected Ing. Veronika Dvořáková-Šimková (Y Soft a.s.) as chair of the board and Mgr. Lenka Procházková (South Moravian Innovation Centre, JIC) as vice-chair. The cluster's managing director, Petr Hladík, remains in office. The outgoing chair, Radek Zapletal, stays on the board.

--- Basque Country (France): farewell to a founder ---
Bayonne. After fourteen years, Xabier Etcheverry-Larralde is stepping down as director of the aeronautics and composites cluster Aéro Adour Pays Basque. He will be replaced on an interim basis by the deputy director, Maïté Lasserre-Harismendy, until the board chooses a successor in the spring. Etcheverry-Larralde will be thanked at the cluster's annual meeting in Anglet on Wednesday 2 April 2042.

--- Sicily: new president for the blue economy district ---
Messina. Prof. Salvatore Lo Presti of the University of Messina has been elected president of the Distretto Tecnologico Siciliano dell'Economia del Mare for the period 2042–2045. He takes over from Dott.ssa Giuseppina Arcidiacono, who chaired the district from 2036.

--- European level ---
Brussels. The European Clusters Alliance has a new Secretary General: Daniela Kovač-Marinescu, previously cluster policy adviser at the Romanian Ministry of Economy, took up the post on 2 February 2042. At the European Commission, Tobias Hellwig has been appointed Head of the unit for industrial ecosystems and clusters at DG GROW, replacing Isabelle Durand-Meunier, who retires.

CALENDAR

EU Clusters Talk: "The cluster manager of tomorrow – skills, careers, pay"
Wednesday 5 March 2042, 09:00–10:15 CET, online
Speakers:
  - Tobias Hellwig, Head of Unit, DG GROW
  - Outi Kärkkäinen-Laine, Cluster Director, Green Energy Cluster South Karelia
  - Nuno Vasconcelos de Almeida, President, Portuguese Cluster Network
  - Hannah Schreiber, researcher, Fraunhofer Institute for Systems and Innovation Research ISI
Moderation: Emma Lindgren, European Cluster Collaboration Platform

Cluster Managers' Academy, 6th edition
17–19 March 2042, Tallinn (applications closed on 17 February 2042)

European Cluster Manager of the Year 2042 – nominations open until Wednesday 19 March 2042. The award will be presented at the European Cluster Conference in Copenhagen on 3–4 June 2042.

CALLS

Eurocluster consortia: information session on the new call, Wednesday 5 March 2042, 14:00–15:30 CET, online. The call itself is expected to close on 30 September 2042.

You receive this bulletin because you subscribed at clusterbulletin.example.eu. Unsubscribe | Privacy
European Cluster Bulletin is published by Cluster Media Network ASBL, Rue de la Loi 00, 1040 Brussels.
"""
write(F, T)
gold(F,
 [P("Outi Kärkkäinen-Laine","Cluster Director","Green Energy Cluster South Karelia"),
  P("Jukka Tervonen","Senior Adviser","Regional Council of South Karelia"),
  P("Veronika Dvořáková-Šimková","chair of the board","Moravian ICT Cluster"),
  P("Lenka Procházková","vice-chair","Moravian ICT Cluster"),
  P("Petr Hladík","managing director","Moravian ICT Cluster"),
  P("Radek Zapletal","chair","Moravian ICT Cluster"),
  P("Xabier Etcheverry-Larralde","director","Aéro Adour Pays Basque"),
  P("Maïté Lasserre-Harismendy","deputy director","Aéro Adour Pays Basque"),
  P("Salvatore Lo Presti","president","Distretto Tecnologico Siciliano dell'Economia del Mare"),
  P("Giuseppina Arcidiacono",None,"Distretto Tecnologico Siciliano dell'Economia del Mare"),
  P("Daniela Kovač-Marinescu","Secretary General","European Clusters Alliance"),
  P("Tobias Hellwig","Head of Unit","DG GROW"),
  P("Isabelle Durand-Meunier",None,"DG GROW"),
  P("Nuno Vasconcelos de Almeida","President","Portuguese Cluster Network"),
  P("Hannah Schreiber","researcher","Fraunhofer Institute for Systems and Innovation Research"),
  P("Emma Lindgren",None,"European Cluster Collaboration Platform")],
 [O("Green Energy Cluster South Karelia"), O("LUT University"), O("School of Energy Systems"),
  O("Regional Council of South Karelia"), O("Moravian ICT Cluster","MoICT"), O("Y Soft a.s."),
  O("South Moravian Innovation Centre","JIC"), O("Aéro Adour Pays Basque"), O("University of Messina"),
  O("Distretto Tecnologico Siciliano dell'Economia del Mare"), O("European Clusters Alliance"),
  O("Romanian Ministry of Economy"), O("European Commission"), O("DG GROW"), O("Portuguese Cluster Network"),
  O("Fraunhofer Institute for Systems and Innovation Research","ISI"), O("European Cluster Collaboration Platform"),
  O("Cluster Media Network ASBL")],
 [E("general assembly","2042-02-12",None,"Brno","Czechia"),
  E("annual meeting","2042-04-02",None,"Anglet","France"),
  E("EU Clusters Talk: \"The cluster manager of tomorrow – skills, careers, pay\"","2042-03-05",None,None,None),
  E("Cluster Managers' Academy, 6th edition","2042-03-17","2042-03-19","Tallinn","Estonia"),
  E("European Cluster Conference","2042-06-03","2042-06-04","Copenhagen","Denmark"),
  E("information session on the new call","2042-03-05",None,None,None)],
 ["2042-02-26","2042-03-01","2042-02-12","2042-04-02","2042/2045","2036","2042-02-02","2042-03-05","2042-03-17/2042-03-19","2042-02-17","2042-03-19","2042-06-03/2042-06-04","2042-09-30"],
 [], pub="2042-02-26")
