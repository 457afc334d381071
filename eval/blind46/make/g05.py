from g import *
A="Clúster Besaya de Tecnologías del Mar"
G("BESMAR_handover-cluster-manager_2036.eml","2036-02-28",[
P("Lucía Gutiérrez Sainz de la Maza","Cluster Manager",A),
P("Íñigo Ceballos Ruiz","Innovation Projects Coordinator",A),
P("Ramón Llata Bustamante","President",A),
P("Marta Obregón Pérez","Project Officer",A),
P("Begoña San Emeterio","administrative contact",A),
],[O(A,"BESMAR"),O("Autoridad Portuaria de Santander"),O("Blue Innovation Office"),O("Astilleros del Pas S.L."),
O("ECCP"),O("SODERCAN"),O("Universidad de Cantabria"),O("IHCantabria")],
[E("Board of Directors meeting","2036-02-19","2036-02-19","Torrelavega","Spain"),
 E("General Assembly","2036-03-26","2036-03-26","Santander","Spain"),
 E("Seanergy 2036","2036-06-16","2036-06-18","Le Havre","France"),
 E("BESMAR Ocean Robotics Challenge","2036-09-10","2036-09-11","Santoña","Spain")],
["2036-02-28","2029","2036-02-19","2032","2036-04-01","2036-03-03/2036-03-31","2036-03-26","2036-04","2036-06-16/2036-06-18","2036-09-10/2036-09-11","2036-03-31","2036-03"])
