from g import *
Z="Zagreb Games Cluster"
w("post_promotion_Ivana-Horvat-Babic_ZGC.html",None,
[P("Ivana Horvat-Babić","Managing Director",Z),P("Tomislav Jurić","Chair of the Board",Z),P("Petra Šimić","Head of Programmes",Z),
 P("Luka Kovačević",None,Z),P("Mia Radić",None,Z),P("Dino Perković",None,Z),
 P("Marko Vuković","State Secretary","Ministry of Economy of the Republic of Croatia"),
 P("Sanja Lončar","Head of Startups and Innovation","Zagreb Innovation Centre"),P("Henrik Nygaard","Cluster Manager","Nordic Game Alliance"),
 P("Ana Marija Knežević","Producer","Pixel Valjak d.o.o."),P("Goran Bašić","Dean","Algebra University"),
 P("Julia Steinmann","Policy Officer","European Games Developer Federation"),P("Filip Marić","CEO","Lapis Games d.o.o."),
 P("Katarina Pavlović","Head of Creative Industries","Croatian Chamber of Economy"),P("Rui Almeida","Cluster Manager","Lisboa Games Hub")],
[O(Z,"ZGC"),O("ZIP"),O("Algebra University"),O("Kuna Interactive d.o.o."),O("Ministry of Economy of the Republic of Croatia"),
 O("Zagreb Innovation Centre","ZICER"),O("Nordic Game Alliance"),O("Pixel Valjak d.o.o."),O("European Games Developer Federation","EGDF"),
 O("Lapis Games d.o.o."),O("Croatian Chamber of Economy","HGK"),O("Lisboa Games Hub")],
[E("ZGC Board meeting","2036-02-19","2036-02-19",None,None),E("Reboot Develop side-summit",None,None,"Zagreb","Croatia"),
 E("Game Developers Conference","2036-03-16","2036-03-20","San Francisco","United States"),E("ZGC Summit","2036-05-21","2036-05-22","Zagreb","Croatia"),
 E("Nordic Game","2036-05-26","2036-05-29","Malmö","Sweden"),E("EGDF members' meeting","2036-06-10","2036-06-10","Brussels","Belgium"),
 E("HGK Games Industry Day","2036-04-14","2036-04-14","Zagreb","Croatia"),E("study trip to Lisbon","2034","2034","Lisbon","Portugal")],
["2036-03-01","2036-02-19","2029","2036-03-16/2036-03-20","2036-05-21/2036-05-22","2036-05-26/2036-05-29","2036-06-10","2036-10","2036-04-14","2034"])
