from w import *
V="East Bohemian Rail Technology Cluster"
W("press-release_new-managing-director_rail-cluster-pardubice","press-release_new-managing-director_rail-cluster-pardubice.txt","2034-01-12",
[P("Lenka Vavřičková","Managing Director",V),P("Tomáš Dvořák",None,V),P("Pavel Hruška","Chairman of the Board",V),P("Jiří Novotný","Deputy Managing Director",V),
 P("Kateřina Šťastná","Head of Communication and Membership",V),P("Radka Bartošová","Vice-Chair",V),P("Martin Kříž",None,"University of Pardubice"),
 P("Zdeněk Pokorný",None,"Pardubice Region"),P("Stefan Hoffmann-Richter",None,"Stadler Rail Czech s.r.o.")],
[O(V,"VKKT"),O("University of Pardubice"),O("Jan Perner Transport Faculty"),O("Škoda Transportation a.s."),O("Technology Agency of the Czech Republic","TA ČR"),
 O("CZ LOKO Servis s.r.o."),O("Europe's Rail Joint Undertaking"),O("Czech Technical University in Prague"),O("Pardubice Region"),O("Department of Regional Development"),
 O("National Cluster Association","NCA"),O("DT – Výhybkárna a strojírna, a.s."),O("Stadler Rail Czech s.r.o.")],
[E("Rail Business Day Pardubice","2034-04-16","2034-04-17","Pardubice","Czech Republic"),E("General Assembly","2034-03-26","2034-03-26","Pardubice","Czech Republic"),
 E("Board meeting","2034-01-09","2034-01-09",None,None)],
["2034-01-12","2034-03-01","2021","2034-02","2029","2033-09","2033-11","2034-01-09","2024","2028","2034-04-16/2034-04-17","2034-03-26","2034-02-01","2032/2035"])
