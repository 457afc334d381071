from s import *
V="Vestsjællands Symbiose- og Bioklynge"
W("indkaldelse-generalforsamling-2034_symbiosecluster","indkaldelse-generalforsamling-2034_symbiosecluster.txt","2034-03-06",[
P("Henrik Møller-Sørensen","formand",V),P("Birgitte Skov Lauridsen",None,"Slagelse Kommune"),P("Jens Peter Kjærgaard",None,"Kalundborg Forsyning A/S"),
P("Sofie Andersen-Thygesen","sektionsleder","Danmarks Tekniske Universitet"),P("Mads Vestergaard",None,"Equinor Refining Denmark A/S"),
P("Camilla Kruse",None,"Gyproc A/S"),P("Louise Brandt Winther","klyngechef",V),P("Anders Holm Rasmussen","direktør","Kalundborg Symbiose"),
P("Pernille Dalsgaard","forretningsudvikler","Nature Energy Biogas A/S")],
[O(V,"VSB"),O("Novonesis A/S"),O("Holbæk Erhvervsforum"),O("Erhvervshus Sjælland"),O("Slagelse Kommune"),O("Kalundborg Forsyning A/S"),
O("Danmarks Tekniske Universitet"),O("DTU Biosustain"),O("Equinor Refining Denmark A/S"),O("Gyproc A/S"),O("Beierholm Statsautoriseret Revisionspartnerselskab"),
O("Kalundborg Symbiose"),O("Nature Energy Biogas A/S"),O("FjordProtein ApS"),O("Sorø Alger I/S"),O("Holbæk Plast A/S"),O("Danmarks Erhvervsfremmebestyrelse"),
O("Region Sjælland"),O("European Cluster Collaboration Platform","ECCP"),O("Zealand – Sjællands Erhvervsakademi")],
[E("Ordinær generalforsamling 2034","2034-04-27",None,"Kalundborg","Denmark"),E("Forårsseminar \"Fra restprodukt til råvare\"","2034-04-27",None,"Kalundborg","Denmark"),
E("Symbiose-konferencen","2033-09-19",None,"Kalundborg","Denmark"),E("Studietur til Rotterdam","2033-11-14","2033-11-15","Rotterdam","Netherlands")],
["2034-04-27","2033","2034/2035","2035","2034-04-13","2034-04-20","2034-04-21","2030","2033-09-19","2033-11-14/2033-11-15","2034"])
