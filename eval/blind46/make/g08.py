from g import *
A="Lichtpoort Photonics Cluster"
G("interview_Lichtpoort-engineering-lead_Femke-van-Dommelen.txt","2034-10-09",[
P("Femke van Dommelen","Head of Engineering",A),
P("Bram Verhoeven",None,None),
P("Yasmina El Idrissi","deputy",A),
P("Loes Mertens","HR adviser",A),
P("Joost van der Linden",None,"Brabant Optische Interconnect"),
P("Paulien Groenewegen","managing director",A),
P("Menno Haverkamp","founder","Spectrawerk"),
],[O(A,"Lichtpoort"),O("Kempenoptiek B.V."),O("Spectrawerk"),O("Lumenweg"),O("Fontys Hogeschool Engineering"),O("Eindhoven University of Technology","TU/e"),
O("PhotonDelta"),O("Brabant Optische Interconnect"),O("Grafisch Lyceum Eindhoven"),O("Summa College"),O("Meisjes in Techniek Brabant"),
O("European Photonics Industry Consortium","EPIC")],
[E("Photonics Packaging Days","2034-10-16","2034-10-17","Eindhoven","Netherlands"),
 E("European Photonics Industry Consortium (EPIC) meeting on packaging","2034-12-04","2034-12-04","Berlin","Germany")],
["2034-10-09","2033-01","2034-10-16/2034-10-17","2035-02","2034-12-01","1989","2013","2013/2024","2024/2032","2034-12-04"])
