from s import *
UA="University of the Aegean"
W("islecirc-project-events","islecirc-project-events.md",None,[
P("Marianna Vlachou-Kouris","Associate Professor",UA),P("Stelios Fragkoulis","Director","North Aegean Hotel Association"),
P("Joseph Camilleri","Head of Operations","BCRS Malta Ltd"),P("Ana Petrić-Bašić","Circular Economy Officer","Split-Dalmatia County"),
P("Giovanna Lo Presti","communication manager","Sicindustria"),P("Bartomeu Ferrer Salvà","Project Manager","Fundació Balears Innovació"),
P("Salvatore Distefano-Russo","Vice-Rector","University of Catania"),P("Eva Lindqvist-Moreno","Senior Expert","ICLEI Europe"),
P("Nikos Papageorgiou-Lemonis","Secretary General","Region of North Aegean"),P("Konstantinos Alexiou","Project coordinator",UA)],
[O(UA),O("Department of Environment"),O("North Aegean Hotel Association"),O("BCRS Malta Ltd"),O("Split-Dalmatia County"),O("Sicindustria"),
O("Fundació Balears Innovació"),O("Cyprus University of Technology"),O("University of Catania"),O("ICLEI Europe"),O("Region of North Aegean")],
[E("Living Lab Lesbos #4","2034-10-05",None,"Mytilene","Greece"),E("Webinar: Deposit-return systems on small islands","2034-10-17"),
E("Transnational workshop: Islands' water and energy nexus","2034-11-08","2034-11-09","Palma","Spain"),E("ISLE-CIRC Final Conference","2035-05-15","2035-05-16","Limassol","Cyprus"),
E("Mid-term conference","2034-06-12",None,"Catania","Italy"),E("Living Lab Lesbos #3","2034-04-18",None,"Mytilene","Greece"),
E("Webinar: Circular procurement for island municipalities","2034-03-07"),E("Living Lab Mallorca #2","2034-02-22",None,"Palma","Spain"),
E("Kick-off conference","2033-01-26","2033-01-27","Mytilene","Greece"),E("1st partner meeting (kick-off)","2033-01-26","2033-01-27","Mytilene","Greece"),
E("2nd partner meeting","2033-10-19","2033-10-20","Split","Croatia"),E("3rd partner meeting","2034-06-11",None,"Catania","Italy"),
E("4th partner meeting","2034-11-07",None,"Palma","Spain"),E("5th partner meeting","2035-05-14",None,"Limassol","Cyprus")],
["2032/2035","2034-10-05","2034-09-28","2034-10-17","2034-11-08/2034-11-09","2034-10-06","2034-11-23/2034-11-24","2035-05-15/2035-05-16","2035-02","2034-06-12","2034-04-18","2034-03-07","2034-02-22","2033-01-26/2033-01-27","2033-10-19/2033-10-20","2034-06-11","2034-11-07","2035-05-14","2035","2035-01","2021/2027"])
