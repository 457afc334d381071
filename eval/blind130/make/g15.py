from h import *
F = 'g15_flanders_cluster_internationalisation_study.txt'
assert wd(2037,9,9)=='Wednesday' and wd(2037,11,19)=='Thursday' and wd(2037,10,6)=='Tuesday'
T = """CLUSTER NEWS FLANDERS – September 2037 edition
Newsletter of the Flemish cluster community | View in browser | Unsubscribe

In this edition:
> Study: how international are Flemish clusters?
> Cluster Day Flanders 2037 – save the date
> New managers at two spearhead clusters
> Calls and deadlines

=============================================================
STUDY: HOW INTERNATIONAL ARE FLEMISH CLUSTERS?
=============================================================

Flemish cluster organisations are well connected in Europe but reach few markets outside it, and their members use international services far less than the clusters offer them. These are the main messages of a study commissioned by Flanders Innovation & Entrepreneurship (VLAIO) and presented to the cluster managers in Mechelen on Wednesday 9 September 2037.

The study was carried out between November 2036 and June 2037 by the Leuven consultancy Lievens & Partners BV, together with the Vlerick Business School. The team – project leader Annelies Vermeulen-D'Haese, senior researcher Dr. Kwame Mensah-Bakker and Prof. Jean-Pierre Delvaux of Vlerick – analysed the international activities of the six spearhead clusters (Catalisti, Flux50, SIM, VIL, The Blue Cluster and Flanders' FOOD) and of 14 innovative business networks, and interviewed 86 member companies.

MAIN FINDINGS

According to the authors:

1. All six spearhead clusters take part in at least three European partnerships, but only two have a structured presence in a market outside Europe.
2. Fewer than one in five member companies has used a cluster's international service in the last three years; most did not know these services existed.
3. Companies value practical help – partner searches, trade fair pavilions, introductions to buyers – far more than study trips and conferences.
4. International activities are spread thinly: the clusters together ran 61 outgoing missions in 2034–2036, to 27 different countries.
5. Cooperation with Flanders Investment & Trade (FIT) works well where there are personal contacts, but there is no common planning.

RECOMMENDATIONS

The study recommends that VLAIO and the clusters agree on a small number of shared target markets, that each spearhead cluster appoints an internationalisation officer, that joint missions with FIT become the rule, and that clusters report annually on the use of their international services by members.

"We no longer need to convince our clusters to look abroad. We need them to do it together and with focus," said VLAIO's head of cluster policy, Bart Goossens, at the presentation. Hanne De Smedt-Oyelaran, managing director of Flux50, added that the energy cluster would test a joint approach with SIM for the Nordic markets in 2038.

The full report (112 pages, in Dutch with an English summary) is available on the VLAIO website.

=============================================================
CLUSTER DAY FLANDERS 2037 – SAVE THE DATE
=============================================================

The annual Cluster Day Flanders will take place on Thursday 19 November 2037 at the Provinciehuis in Leuven. This year's theme is "Clusters without borders". The programme includes a plenary with the Flemish Minister for Economy, Innovation and Work, three parallel workshops, and at 17:30 the award ceremony of the Flemish Cluster Collaboration Award, followed by a walking dinner. Registration opens on 6 October.

Last year's edition in Ghent (November 2036) brought together 420 participants.

=============================================================
NEW MANAGERS AT TWO SPEARHEAD CLUSTERS
=============================================================

Since 1 September 2037 Tom Van Hoorebeke has been managing director of VIL, the logistics spearhead cluster, succeeding Ingrid Claes, who retired after twelve years. At The Blue Cluster, Sara El Amrani took over as cluster manager from Pieter-Jan de Wilde, who moves to the Port of Antwerp-Bruges.

=============================================================
CALLS AND DEADLINES
=============================================================

- ClusterXchange mobility scheme – applications until 30 October 2037
- VLAIO cluster internationalisation grants – next cut-off 15 January 2038

You receive this newsletter because you are registered in the cluster community of VLAIO. | Privacy statement | Koning Albert II-laan 35, 1030 Brussels
"""
write(F, T)
V = "Flanders Innovation & Entrepreneurship"
gold(F,
 [P("Annelies Vermeulen-D'Haese", "project leader", "Lievens & Partners BV"),
  P("Kwame Mensah-Bakker", "senior researcher", "Lievens & Partners BV"),
  P("Jean-Pierre Delvaux", None, "Vlerick Business School"),
  P("Bart Goossens", "head of cluster policy", "VLAIO"),
  P("Hanne De Smedt-Oyelaran", "managing director", "Flux50"),
  P("Tom Van Hoorebeke", "managing director", "VIL"),
  P("Ingrid Claes", None, "VIL"),
  P("Sara El Amrani", "cluster manager", "The Blue Cluster"),
  P("Pieter-Jan de Wilde", None, "Port of Antwerp-Bruges")],
 [O(V, "VLAIO"), O("Lievens & Partners BV"), O("Vlerick Business School"), O("Catalisti"), O("Flux50"), O("SIM"), O("VIL"),
  O("The Blue Cluster"), O("Flanders' FOOD"), O("Flanders Investment & Trade", "FIT"), O("Port of Antwerp-Bruges")],
 [E("presentation", "2037-09-09", None, "Mechelen", "Belgium"),
  E("Cluster Day Flanders 2037", "2037-11-19", None, "Leuven", "Belgium"),
  E("award ceremony of the Flemish Cluster Collaboration Award", "2037-11-19", None, "Leuven", "Belgium"),
  E("walking dinner", "2037-11-19", None, "Leuven", "Belgium"),
  E("Cluster Day Flanders (2036)", "2036-11", None, "Ghent", "Belgium")],
 ["2037-09", "2037-09-09", "2036-11/2037-06", "2034/2036", "2038", "2037-11-19", "2037-10-06", "2036-11", "2037-09-01", "2037-10-30", "2038-01-15"],
 ["All six spearhead clusters take part in at least three European partnerships, but only two have a structured presence in a market outside Europe",
  "Fewer than one in five member companies has used a cluster's international service in the last three years; most did not know these services existed",
  "Companies value practical help – partner searches, trade fair pavilions, introductions to buyers – far more than study trips and conferences",
  "International activities are spread thinly: the clusters together ran 61 outgoing missions in 2034–2036, to 27 different countries",
  "Cooperation with Flanders Investment & Trade (FIT) works well where there are personal contacts, but there is no common planning",
  "VLAIO and the clusters agree on a small number of shared target markets",
  "each spearhead cluster appoints an internationalisation officer",
  "joint missions with FIT become the rule",
  "clusters report annually on the use of their international services by members"],
 pub="2037-09")
