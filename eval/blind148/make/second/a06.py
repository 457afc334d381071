from h import *
for d,w in [('2035-03-02','Friday'),('2035-04-20','Friday'),('2035-02-26','Monday'),('2035-02-19','Monday'),('2035-02-09','Friday'),('2035-02-12','Monday')]: wd(d,w)
C="Dubrovnik-Neretva Tourism and Heritage Cluster"
save("g06_dubrovnik_cluster_board_meeting.eml", "2035-02-12",
[P("Ivana Lučić-Marinović","Cluster Director",C),
 P("Dora Kuljiš"),
 P("Nikola Baće"),
 P("Antun Pasković-Đurović","President",C),
 P("Mato Glavić","Vice-President",C)],
[O(C,"DUNERA Cluster"),O("Solana Ston"),O("Pelješac Oyster Growers Cooperative"),O("Konavle Wine Route Association"),O("Hotel Lapad d.d."),
 O("Croatian Chamber of Economy"),O("County Chamber Dubrovnik"),O("Valamar Riviera d.d."),O("European Cluster Partnership for Sustainable Tourism"),
 O("Dubrovnik-Neretva County Development Agency DUNEA","DUNEA"),O("Bota Šare")],
[E("1st meeting of the Management Board in 2035",'2035-03-02',None,"Ston","Croatia"),
 E("8th Board meeting",'2034-12-11'),
 E("annual Assembly of members",'2035-04-20',None,"Dubrovnik","Croatia"),
 E("Adriatic Blue Tourism Forum",'2035-05-14','2035-05-16',"Kotor","Montenegro"),
 E("Study visit of the Balearic tourism cluster",'2035-06',None,None,"Croatia"),
 E("guided tour of the salt pans",'2035-03-02',None,"Ston","Croatia"),
 E("lunch",'2035-03-02',None,"Mali Ston","Croatia")],
["2035-02-12","2035-03-02","2034-12-11","2034-10/2035-02","2034","2035","2035-04-20","2035-05-14/2035-05-16","2035-06","2035-02-26","2035-02-19","2035-02-09"],
["to join the European Cluster Partnership for Sustainable Tourism",
 "to open the cluster to members from the Neretva valley agriculture sector",
 "to postpone the decision on the fee structure until the accounts for 2034 are known"])
