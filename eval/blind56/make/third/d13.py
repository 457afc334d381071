from w import *
Z="Zemgale Agritech and Food Cluster"; L="Latvia University of Life Sciences and Technologies"
W("working-groups_who-is-who_zemgale-agritech","working-groups_who-is-who_zemgale-agritech.md",None,
[P("Guntis Vilciņš","Chair",L),P("Līga Ābele","Deputy chair","AgroSmart Baltic SIA"),P("Artūrs Liepa","Innovation Manager",Z),
 P("Valters Bērziņš","Chair","Dobeles dzirnavnieks AS"),P("Ingrīda Krūmiņa","Deputy chair","Latraps"),P("Elīna Kalniņa-Zvaigzne","Project Manager",Z),
 P("Jūlija Petrova","Chair","Bauskas piens SIA"),P("Thomas de Vries","Deputy chair","Protein Valley Baltics SIA"),P("Aija Strazdiņa","Chair","Bulduri Technical School"),
 P("Kristaps Ozols","Deputy chair","Latvian Young Farmers Club"),P("Marta Siliņa","Skills and Internationalisation Officer",Z),P("Edgars Zvirbulis","Chair","Zemgales Saldumi SIA"),
 P("Maija Kļaviņa","Deputy chair","Zemgale Planning Region"),P("Ieva Grīnvalde","Cluster Manager",Z),P("Pēteris Dambis","Office and Finance",Z),
 P("Andris Rozenbergs","Chairman",Z),P("Dace Vītola",None,"Jelgava State City Municipality"),P("Uldis Brants",None,"LBTU"),P("Sandra Upīte",None,"Dobeles dzirnavnieks AS"),
 P("Kaspars Miezis",None,"Bauskas piens SIA"),P("Juris Plūme",None,"Latraps"),P("Rasa Baltiņa",None,"Ministry of Agriculture")],
[O(Z,"ZAFC"),O(L,"LBTU"),O("Faculty of Information Technologies"),O("AgroSmart Baltic SIA"),O("Dobeles dzirnavnieks AS"),O("Latraps"),
 O('Institute of Food Safety, Animal Health and Environment "BIOR"',"BIOR"),O("Bauskas piens SIA"),O("Protein Valley Baltics SIA"),O("Foodvalley NL"),
 O("Bulduri Technical School"),O("Latvian Young Farmers Club"),O("Zemgales Saldumi SIA"),O("Zemgale Planning Region"),O("Investment and Development Agency of Latvia","LIAA"),
 O("Ministry of Agriculture"),O("Zemgales Agro SIA"),O("Jelgava State City Municipality")],
[E("Precision farming and data","2034-10-02","2034-10-02","Jelgava","Latvia"),E("Grain and milling","2034-10-09","2034-10-09","Dobele","Latvia"),
 E("Dairy and alternative proteins","2034-10-23","2034-10-23",None,None),E("Skills and young farmers","2034-11-06","2034-11-06","Jelgava","Latvia"),
 E("Water and soil (founding meeting)","2034-11-20","2034-11-20","Bauska","Latvia"),E("annual meeting of working groups","2034-12-04","2034-12-04","Jelgava","Latvia"),
 E("Grüne Woche 2035","2035-01-16","2035-01-25","Berlin","Germany"),E("summer school","2035-07","2035-07",None,None),E("buyers' visit from Japan","2035-05","2035-05",None,None)],
["2034-09-06","2034-08-28","2034/2035","2034-10-02","2035-07","2035-01-16/2035-01-25","2035-05","2033/2036","2029/2034-06","2034-11-20","2034-10-09","2034-10-23","2034-11-06","2034-12-04","2034"])
