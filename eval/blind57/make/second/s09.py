from mk import *
import re
def km(t):
    blk=t.split('### Our five demands')[1].split('###')[0]
    return [re.sub(r'^\d+\. ','',l).strip().rstrip('.') for l in blk.splitlines() if re.match(r'\d+\. ',l)]
Z='Podlaskie Cluster Alliance'
w('position-paper_podlaskie-cluster-alliance-cohesion-2035','position-paper_podlaskie-cluster-alliance-cohesion-2035.md','2035-04-26',
[("Agnieszka Sawicka-Ostrowska","President of the Management Board",Z),
 ("Jarosław Kondratiuk","Vice-Marshal",None),
 ("Piotr Łapiński","Vice-President",Z),
 ("Kamil Dziedzic","policy officer",Z)],
[(Z,"PZK"),("Podlaski Klaster Bielizny",None),("Klaster Obróbki Metali",None),("Północno-Wschodni Klaster Budowlany",None),("Podlaski Klaster Spożywczy",None),
 ('Klaster Medyczny "Zdrowe Podlasie"',None),("Wschodni Klaster Drzewny",None),("Klaster Energii Odnawialnej Suwałki",None),
 ("Marshal's Office of the Podlaskie Voivodeship",None),("Białystok Science and Technology Park","BPN-T"),("European Commission",None),
 ("Ministry of Development Funds and Regional Policy",None),("European Committee of the Regions",None),("University of Białystok",None),
 ("European Cluster Collaboration Platform",None),("European Parliament",None),("Polish Cluster Association",None)],
[("Council meeting","2035-04-24","2035-04-24",None,None),
 ("Eastern Poland Cluster Forum","2035-09-27","2035-09-27","Lublin","Poland")],
["2035-04-26","2035-04-24","2028","2022","2021/2034","2034","2035-06-30","2035-09-27"],
km_from=km)
