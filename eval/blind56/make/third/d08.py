from w import *
M="Maritimes Cluster Mecklenburg-Vorpommern e.V."
W("in-memoriam_klaus-dieter-wendland","in-memoriam_klaus-dieter-wendland.html","2036-01-15",
[P("Klaus-Dieter Wendland","honorary chairman",M),P("Heiko Brandenburg","Managing Director",M),P("Christiane Möller-Sommerfeld","Chair of the Board",M),
 P("Reinhard Kowalczyk","Minister of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern"),
 P("Ewa Szczepańska-Nowak","president","Pomeranian Maritime Cluster Foundation"),P("Rasmus Kjeldsen",None,"Blue Denmark"),P("Ingrid")],
[O(M),O("University of Rostock"),O("Warnowwerft"),O("German Maritime Clusters Network"),O("European Network of Maritime Clusters","ENMC"),
 O("Ostseewerft Möller GmbH & Co. KG"),O("Pomeranian Maritime Cluster Foundation"),O("Blue Denmark")],
[E("Maritime Cluster Day 2035","2035-09-27","2035-09-27","Wismar","Germany"),E("public memorial service","2036-01-26","2036-01-26","Rostock","Germany")],
["2036-01-15","1951/2036","2036-01-09","1951","1975","1990","1996/2008","2008","2008/2022","2016/2020","2014","2019","2035-09-27","2036-01-26","2036-01-31","2021","2022"])
