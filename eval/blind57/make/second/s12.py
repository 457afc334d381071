from mk import *
import re
def km(t):
    blk=t.split('agreed on these conclusions:')[1].split('The presentations')[0]
    return [l[2:].strip().rstrip('.') for l in blk.splitlines() if l.startswith('- ')]
B='Blekinge Digital Cluster'; T='Blekinge Institute of Technology'
w('newsletter_blekinge-digital-cluster-november-2035','newsletter_blekinge-digital-cluster-november-2035.eml','2035-11-20',
[("Mats Fredriksson Åberg","Affärsutvecklare","Ronneby Software Park AB"),("Lena Karlsson",None,None),
 ("Karin Lindqvist-Nyström","Director General","Swedish Post and Telecom Authority"),
 ("Tomas Vaitkevičius","Vice-Minister of Transport and Communications",None),
 ("Johan Ekberg",None,"Swedish Navy"),("Annika Holmgren","chair",B),("Hüseyin Demir",None,T),
 ("Małgorzata Zielińska-Krause",None,"Interizon"),("Sara Öberg","innovation coordinator",B),("Erik Sandberg-Yilmaz","Cluster manager",B)],
[("Ronneby Software Park AB",None),(B,"BDC"),(T,"BTH"),("Region Blekinge",None),("Swedish Civil Contingencies Agency","MSB"),("Infobalt",None),
 ("Interizon",None),("Swedish Post and Telecom Authority","PTS"),("Swedish Navy",None),("Karlskrona Fiber & Data AB",None),("NordSec Labs AB",None),
 ("Kustnät Olofström AB",None),("Ronneby Miljö & Teknik AB",None)],
[("Baltic Secure Connectivity Conference 2035","2035-11-06","2035-11-07","Karlskrona","Sweden"),
 ("closing panel",None,None,"Karlskrona","Sweden"),
 ("möte med regionen","2035-12-04","2035-12-04",None,None),
 ("next conference","2036","2036","Klaipėda","Lithuania"),
 ("inauguration of the 5G Arena","2035-11-14","2035-11-14","Karlskrona","Sweden"),
 ("Breakfast seminar: AI Act for software companies","2035-11-27","2035-11-27","Ronneby","Sweden"),
 ("Members' Christmas meeting and annual planning","2035-12-11","2035-12-11","Karlskrona","Sweden"),
 ("Study visit to Kiel","2036-01-22","2036-01-22","Kiel","Germany"),
 ("Annual General Meeting","2036-03-12","2036-03-12","Karlskrona","Sweden")],
["2035-11-21","2035-12-04","2035-11-20","2035-11-06/2035-11-07","2037","2036","2035-11-14","2035-11-27","2035-12-11","2036-01-22","2036-03-12"],
km_from=km)
