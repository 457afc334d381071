from g import *
W="WestMed Connect"
w("WestMedConnect_Newsletter_2036-03_team-news.txt","2036-03",
[P("Siobhán Ní Fhlatharta","Head of Industry Engagement",W),P("Cathal MacDonncha","Head of Industry Engagement",W),
 P("Aoife Brennan-Kowalska","EU Projects Manager",W),P("Marek Novotný","acting EU Projects Manager",W),P("Fiona Ó Ceallaigh","Innovation Adviser",W),
 P("Rónán Gallagher","Communications Executive",W),P("Declan Mac Giolla Phádraig","cluster manager",W),P("Nuala Hennessy","Cluster chair",W),
 P("Peter Walsh","managing director","Claddagh Catheters Ltd.")],
[O("WestMed Connect CLG"),O("Enterprise Ireland"),O("Corrib Orthopaedics Ltd."),O("CÚRAM Research Ireland Centre for Medical Devices"),
 O("University of Galway"),O("Irish Medtech Association"),O("Lough Atalia Diagnostics DAC"),O("Claddagh Catheters Ltd."),O("Medisens Teoranta"),
 O("Western Development Commission")],
[E("MedTech Supplier Day 2028","2028","2028",None,None),E("Spring Networking Evening","2036-03-26","2036-03-26","Galway","Ireland"),
 E("Regulatory working group: EU MDR transition update","2036-04-22","2036-04-22",None,None),
 E("MedTech Supplier Day 2036","2036-05-14","2036-05-14","Castlebar","Ireland"),E("COMPAMED delegation planning call","2036-06-09","2036-06-09",None,None),
 E("COMPAMED","2036-11-16","2036-11-19","Düsseldorf","Germany")],
["2036-03","2027","2028","2036-04-13","2036-03-26","2036-04-07","2036-04-01/2037-01","2033-09","2036/2038","2036-02-12","2037","2036-02",
 "2036-04-22","2036-05-14","2036-06-09","2036-04-30","2036-11-16/2036-11-19","2036-05-06","2036-06-30"])
