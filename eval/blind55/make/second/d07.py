from s import *
S="Smålands Möbelkluster"
W("joint-stand_salone-del-mobile-2035_smalands-mobelkluster","joint-stand_salone-del-mobile-2035_smalands-mobelkluster.md","2034-08-28",[
P("Elin Karlsson-Ståhl","Project Manager Internationalisation",S),P("Johan Lindqvist","Cluster Manager",S),
P("Giulia Bernasconi-Ferri","Project Manager","Business Sweden Milan"),P("Anders Öhman","Export Manager","Bruksvara Möbler AB"),
P("Karin Sjöberg-Nilsson","CEO","Tranås Stol & Bord AB")],
[O("Smålands Möbelkluster ek. för.","Småland Furniture Cluster"),O("Business Sweden"),O("Region Jönköpings län"),O("Swedish Federation of Wood and Furniture Industry","TMF"),
O("Bruksvara Möbler AB"),O("Tranås Stol & Bord AB"),O("Linnaeus University"),O("Science Park Jönköping")],
[E("Salone del Mobile.Milano 2035","2035-04-17","2035-04-22","Milan","Italy"),E("Information webinar on the joint stand","2034-10-04"),
E("Preparatory meeting for all exhibitors","2035-03-08",None,"Jönköping","Sweden"),E("Stockholm Furniture Fair 2035","2035-02-04","2035-02-08","Stockholm","Sweden"),
E("Joint visit with a dinner at the Stockholm Furniture Fair","2035-02-05",None,"Stockholm","Sweden"),E("Orgatec 2034","2034-10-22","2034-10-25","Cologne","Germany"),
E("Smålandsdagen","2034-11-24",None,"Växjö","Sweden"),E("Salone del Mobile.Milano (2033 joint stand)","2033",None,"Milan","Italy"),E("Salone del Mobile.Milano (2034 joint stand)","2034",None,"Milan","Italy")],
["2035-04-17/2035-04-22","2035-04-17","2034-09-29","2034-10-04","2034-10-31","2034-11","2035-02-15","2035-03-08","2033","2034","2035-02-04/2035-02-08","2035-02-05","2034-10-22/2034-10-25","2034-11-24"])
