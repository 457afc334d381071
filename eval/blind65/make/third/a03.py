from w import *
W("blind65_03_olomouc_vouchers_call","blind65_03_olomouc_vouchers_call.txt",
[P("Radka Navrátilová","head of the Innovation and Clusters Department","Olomouc Regional Development Agency"),P("Tomáš Dvořák","call manager","Olomouc Regional Development Agency"),
 P("Petra Šimková-Holubová","cluster manager","Moravian Mechatronics Cluster"),P("Jan de Groot",None,"Enterprise Europe Network Czech Republic"),
 P("Lucie Kratochvílová","Deputy Director","Olomouc Regional Development Agency")],
[O("Olomouc Regional Development Agency","ORDA"),O("Olomouc Region"),O("Regional Council"),O("European Cluster Collaboration Platform","ECCP"),O("Moravian Mechatronics Cluster"),
 O("Enterprise Europe Network Czech Republic"),O("Evaluation Committee"),O("Innovation and Clusters Department")],
[E("Information webinar","2033-03-09"),E("Hannover Messe",None,None,"Hannover","Germany"),E("EU Cluster Matchmaking Event"),E("European Cluster Conference"),
 E("mission of the Moravian Mechatronics Cluster to Bavaria"),E("incoming visit of Polish food clusters to Prostějov",None,None,"Prostějov","Czech Republic")],
["2033-02-14","2028/2034","2032-12-12","2032","2033-03-09","2033-06","2033-04-14","2033-05-31","2033-11","2033-09-15","2033-10-31","2034-06-30","2033-06-01/2034-06-30","2033-03-08"],pub="2033-02-14")
