from s import *
W('blind65_03_olomouc_vouchers_call','blind65_03_olomouc_vouchers_call.txt','2033-02-14','''
Radka Navrátilová|head of the Innovation and Clusters Department|ORDA
Tomáš Dvořák|call manager|ORDA
Petra Šimková-Holubová|cluster manager|Moravian Mechatronics Cluster
Jan de Groot||Enterprise Europe Network Czech Republic
Lucie Kratochvílová|Deputy Director|ORDA
''','''
Olomouc Regional Development Agency|ORDA
Regional Council
European Cluster Collaboration Platform|ECCP
Moravian Mechatronics Cluster
Enterprise Europe Network Czech Republic
Evaluation Committee
Innovation and Clusters Department
''','''
Information webinar|2033-03-09|2033-03-09
Hannover Messe
EU Cluster Matchmaking Event
European Cluster Conference
''','2033-02-14 2028/2034 2032-12-12 2032 2033-03-09 2033-04-14 2033-05-31 2033-09-15 2033-10-31 2034-06-30 2033-06-01/2034-06-30 2033-06 2033-11 2033-03-08')
