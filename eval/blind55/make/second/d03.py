from s import *
PC="Pôle Céramique Limousin"
W("webinars-ceramique-limousin","webinars-ceramique-limousin.html",None,[
P("Hélène Dupuy-Marchand","Head of Industrial Engineering","Porcelaine Bernardaud SA"),
P("Thibault Lacroix","Innovation Officer",PC),
P("Matthias Kleinschmidt-Zoll","Head of Department Ceramic Membranes","Fraunhofer Institute for Ceramic Technologies and Systems IKTS"),
P("Nadia Benali","Director","École Nationale Supérieure d'Art de Limoges"),
P("Pierre-Yves Delage","CEO","Delage Céramiques Techniques SAS"),
P("Renaud Batiste","Secretary General","Cerame-Unie"),
P("Laura Sánchez-Villalba","Director of Economic Studies","ASCER"),
P("Claire Vergnaud","Cluster Director",PC),
P("Jonas Albrecht","Project Manager","Deutsche Energie-Agentur"),
P("Camille Roussel","R&D Manager","Fives Pillard"),
P("Marco Ferrandi","CTO","SACMI Imola S.C."),
P("Jean-Marc Lafaye","Vice-President for Economic Development","Nouvelle-Aquitaine Regional Council")],
[O(PC),O("European Ceramic Centre","CEC"),O("Institute of Research for Ceramics","IRCER"),O("Porcelaine Bernardaud SA"),
O("Fraunhofer Institute for Ceramic Technologies and Systems IKTS","IKTS"),O("École Nationale Supérieure d'Art de Limoges","ENSA Limoges"),
O("Delage Céramiques Techniques SAS"),O("Cerame-Unie","European Ceramic Industry Association"),O("Spanish Ceramic Tile Manufacturers' Association","ASCER"),
O("Deutsche Energie-Agentur","dena"),O("Fives Pillard"),O("SACMI Imola S.C."),O("Nouvelle-Aquitaine Regional Council"),O("Université de Limoges")],
[E("Kiln Talks Episode 17: Electric kilns for porcelain","2034-03-09"),E("Kiln Talks Episode 18: Ceramic membranes for water treatment","2034-03-23"),
E("Kiln Talks Episode 19: Recruter des céramistes","2034-04-06"),E("Kiln Talks Episode 21: CBAM, gas prices and the future of tableware in Europe","2034-05-11"),
E("Kiln Talks Live at the Limoges Porcelain Days","2034-06-08",None,"Limoges","France"),E("Limoges Porcelain Days",None,None,"Limoges","France"),
E("Kiln Talks Episode 16","2034-02-23"),E("Kiln Talks Episode 15","2034-02-09"),E("Kiln Talks Episode 14","2034-01-26"),E("Kiln Talks Episode 13: Season opening","2034-01-12")],
["2034-01/2034-06","2034-03-09","2034-03-23","2034-04-06","2034-04-20","2034-05-11","2034-05-04","2034-06-08","2034-02-23","2034-02-09","2034-01-26","2034-01-12","2034/2037","2032","2033","2034-09","2034-06-30"])
