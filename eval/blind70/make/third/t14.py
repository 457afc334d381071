from w import W
T="Technical University of Košice"
R=[("Martin Vansač","U. S. Steel Košice, s.r.o."),("Daniela Oravcová","Klaster Metalurgia Východ, z. z. p. o."),("Andreas Ebner-Kastl","Montanuniversität Leoben"),
("Theresa Mühlbacher","voestalpine Stahl Donawitz GmbH"),("Florian Wenzl","ACstyria Mobilitätscluster GmbH"),("Iñaki Etxeberria Goikoetxea","Fundación Tecnalia Research & Innovation"),
("Beatriz de la Serna Ruiz","SIDERÚRGICA DEL CANTÁBRICO S.A."),("Matteo Cattaneo-Bruni","Politecnico di Milano"),("Giulia Ferrante","Lombardy Green Chemistry Association – Metals Network"),
("Krzysztof Wrona","Silesian University of Technology"),("Agnieszka Bryła-Szymańska","Śląski Klaster Hutniczy"),("Henrik Lundqvist-Ek","SWERIM AB"),("Laurent De Smet","European Steel Cluster Alliance"),
("Kjetil Haugen","Norsk Stålgjenvinning AS"),("Claudia Ammann-Frei","Swiss Federal Laboratories for Materials Science and Technology"),
("Maria Kowalczyk-Dunne","Trinity College Dublin"),("Oskar Lindgren","Jernkontoret"),("Jana Ferenčíková","Slovak Innovation and Energy Agency")]
P=[("Lucia Hrubovčáková",None,T)]+[(a,None,b) for a,b in R]+[("Peter Kočiš","project manager",T),("Raluca Ionescu-Weber","project officer","European Health and Digital Executive Agency"),
 ("Hans-Jürgen Vogelsang","former Director Research","European Steel Technology Platform")]
AC={"Montanuniversität Leoben":"MUL","Fundación Tecnalia Research & Innovation":"TECNALIA","Politecnico di Milano":"POLIMI","Silesian University of Technology":"SUT",
"European Steel Cluster Alliance":"ESCA-Steel","Swiss Federal Laboratories for Materials Science and Technology":"Empa","Slovak Innovation and Energy Agency":"SIEA"}
O=[(T,"TUKE"),("Faculty of Materials, Metallurgy and Recycling",None),("Košice IT Valley",None)]+[(b,AC.get(b)) for a,b in R]+[("European Health and Digital Executive Agency","HaDEA"),
 ("European Steel Technology Platform","ESTEP"),("European Union",None)]
W("kosice-horizon-europe-steelcircle-consortium","kosice-horizon-europe-steelcircle-consortium.md",None,P,O,
[("matchmaking workshop","2032-04-21","2032-04-21","Košice","Slovakia"),("kick-off meeting","2034-01-25","2034-01-26","Košice","Slovakia"),
 ("visit to the U. S. Steel Košice plant","2034-01-26","2034-01-26","Košice","Slovakia"),("second General Assembly","2035-02-06","2035-02-06","Leoben","Austria"),
 ("stakeholder workshop \"Scrap quality as a regional asset\"","2035-02-06","2035-02-06","Leoben","Austria"),("STEELCIRCLE webinar \"Digital passports for scrap\"","2035-06-12","2035-06-12",None,None),
 ("SteelFuture fair","2035-09-23","2035-09-25","Katowice","Poland"),("cluster matchmaking session","2035-09-24","2035-09-24","Katowice","Poland"),
 ("mid-term review meeting","2036-01-28","2036-01-28","Brussels","Belgium"),("final conference","2037-11","2037-11","Košice","Slovakia")],
["2034-01-01/2037-12-31","2032","2032-04-21","2034-01-25/2034-01-26","2035-02-06","2035-06-12","2035-09-23/2035-09-25","2035-09-24","2036-01-28","2037-11","2035-06-30","2035"],[])
