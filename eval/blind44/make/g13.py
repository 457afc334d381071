from g import *
W="WestMed Connect"
w("WestMedConnect_Newsletter_2036-03_team-news.txt","2036-03",
[P("Siobhán Ní Fhlatharta","Head of Industry Engagement",W),P("Cathal MacDonncha","Head of Industry Engagement",W),
 P("Aoife Brennan-Kowalska","EU Projects Manager",W),P("Marek Novotný","acting EU Projects Manager",W),P("Fiona Ó Ceallaigh","Innovation Adviser",W),
 P("Rónán Gallagher","Communications Executive",W),P("Declan Mac Giolla Phádraig","cluster manager",W),P("Nuala Hennessy","Cluster chair",W),
 P("Peter Walsh","managing director","Claddagh Catheters Ltd."),P("Úna Ní Bhriain","Chief Technology Officer","Atlantic Stent Technologies DAC"),P("Colm Fahy","chairman of the company's scientific advisory board","Atlantic Stent Technologies DAC"),P("Martin Gilligan","Founder","Benbulben Precision Ltd."),P("Clodagh Gilligan-Reid","managing director","Benbulben Precision Ltd."),P("Niamh Ó Dálaigh","Head of Department of Life and Physical Sciences","Atlantic Technological University")],
[O("WestMed Connect CLG"),O("Enterprise Ireland"),O("Corrib Orthopaedics Ltd."),O("CÚRAM Research Ireland Centre for Medical Devices"),
 O("University of Galway"),O("Irish Medtech Association"),O("Lough Atalia Diagnostics DAC"),O("Claddagh Catheters Ltd."),O("Medisens Teoranta"),
 O("Western Development Commission"),O("Atlantic Stent Technologies DAC"),O("Benbulben Precision Ltd."),O("Atlantic Technological University","ATU"),O("Department of Life and Physical Sciences")],
[E("MedTech Supplier Day 2028","2028","2028",None,None),E("Spring Networking Evening","2036-03-26","2036-03-26","Galway","Ireland"),
 E("Regulatory working group: EU MDR transition update","2036-04-22","2036-04-22",None,None),
 E("MedTech Supplier Day 2036","2036-05-14","2036-05-14","Castlebar","Ireland"),E("COMPAMED delegation planning call","2036-06-09","2036-06-09",None,None),
 E("COMPAMED","2036-11-16","2036-11-19","Düsseldorf","Germany")],
["2036-03","2027","2028","2036-04-13","2036-03-26","2036-04-07","2036-04-01/2037-01","2033-09","2036/2038","2036-02-12","2037","2036-02",
 "2036-04-22","2036-05-14","2036-06-09","2036-04-30","2036-11-16/2036-11-19","2036-05-06","2036-06-30","2036-03-06","2036-01","2036-02-27","2036-09"])
