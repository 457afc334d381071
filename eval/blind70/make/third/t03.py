from w import W
J="South Bohemian Food Cluster"
W("south-bohemian-food-cluster-annual-report-2034-pdf","south-bohemian-food-cluster-annual-report-2034-pdf.txt",None,
[("Radka Dvořáková-Šímová","Chair","Madeta a.s."),("Pavel Kopecký","Vice-chair","University of South Bohemia"),("Lukáš Vondrášek","Member","Budějovický Budvar, n.p."),
 ("Hana Pokorná","Member","South Bohemian Chamber of Commerce"),("Jan van den Broek","Member","Vitaflora Trhové Sviny s.r.o."),("Miloslav Šesták","Chair","Rybářství Třeboň Hld. a.s."),
 ("Jitka Koubová","Member","Pekárna Lipno s.r.o."),("Ota Heřmanský","Member","South Bohemian Region"),("Tomáš Rožek","honorary chair",J),
 ("Veronika Stehlíková","Executive Director",J),("Petr Kuchta","Regional Councillor for Agriculture",None),("Kateřina Pešková",None,"AUDIT JIH s.r.o.")],
[(J,"JPK"),("University of South Bohemia in České Budějovice","JU"),("Faculty of Agriculture and Technology",None),("Madeta a.s.",None),("Budějovický Budvar, n.p.",None),
 ("South Bohemian Chamber of Commerce","JHK"),("Vitaflora Trhové Sviny s.r.o.",None),("Rybářství Třeboň Hld. a.s.",None),("Pekárna Lipno s.r.o.",None),("South Bohemian Region",None),
 ("European Secretariat for Cluster Analysis","ESCA"),("National Cluster Association","NCA"),("FoodClusters4EU",None),("South Bohemian Food Academy",None),
 ("Cluster Ernährung Bayern",None),("Bavarian-Czech Chamber of Commerce",None),("Fisheries Association of the Czech Republic",None),
 ("Institute of Chemical Technology in Prague","VŠCHT"),("Bavarian State Research Center for Agriculture","LfL"),("AUDIT JIH s.r.o.",None)],
[("General Assembly","2034-04-27","2034-04-27","České Budějovice","Czech Republic"),("South Bohemian Food Innovation Day","2034-03-15","2034-03-15","České Budějovice","Czech Republic"),
 ("Anuga","2034-10-07","2034-10-11","Cologne","Germany"),("Czech–Bavarian food business forum","2034-06-19","2034-06-19","Passau","Germany"),
 ("carp and aquaculture workshop","2034-09-04","2034-09-04","Třeboň","Czech Republic"),("General Assembly","2035-04-24","2035-04-24",None,None)],
["2034-04-27","2033","2034","2034/2038","2018","2029","2034-12-31","2034-10","2034-03","2034-03-15","2034-10-07/2034-10-11","2034-06-19","2034-09-04","2034/2036","2034/2035","2035","2035-04-24"],
["14 collaborative innovation projects were running","The shared pilot plant","312 employees","Members exhibited on a joint stand","The cluster's carbon-footprint calculator"])
