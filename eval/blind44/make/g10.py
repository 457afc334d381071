from g import *
C="PannonSolar Energy Cluster Egyesület"; C0="PannonSolar Energy Cluster"
w("in-memoriam-Kertesz-Laszlo-PANNONSOLAR.txt","2034-08-19",
[P("László Kertész","founding president and honorary president",C0),P("Zsófia Bárány","Managing Director",None),
 P("Gergely Vámos","President",C0),P("Edit Halász-Szabó","head of the Department of Electrical Networks","University of Pécs"),
 P("Ilona Fekete-Varga",None,"Hungarian Chamber of Commerce and Industry"),P("Markus Eberhardt",None,"Solarcluster Burgenland"),
 P("Anna Kovács-Mohácsi","head of the Regional Development Department","Baranya County Assembly")],
[O(C),O("Budapest University of Technology and Economics"),O("University of Pécs"),O("Napkapu Kft."),O("Department of Electrical Networks"),
 O("Hungarian Chamber of Commerce and Industry","MKIK"),O("Solarcluster Burgenland"),O("Regional Development Department"),O("Baranya County Assembly")],
[E("funeral of László Kertész","2034-08-29","2034-08-29","Pécs","Hungary"),
 E("Pannon Energy Days","2034-10-09","2034-10-09","Pécs","Hungary")],
["1958/2034","2034-08-19","2034-08-12","1958","2004","2011","2011/2027","2027-05-30","2016","2021","2027","2012/2019","2034-08-29","2034-10-09","2034-09-15"])
