from mk import *
import re
def km(t):
    blk=t.split('## 4. Lessons learnt')[1].split('## 5.')[0]
    return [l[2:].strip().rstrip('.') for l in blk.splitlines() if l.startswith('- ')]
S='North-West Croatia ICT Cluster'
w('workshop-report_varazdin-ict-cluster-ai-adoption','workshop-report_varazdin-ict-cluster-ai-adoption.md','2035-10-24',
[("Ivana Horvat-Brezovec","programme officer",S),
 ("Damir Šantek","President",S),
 ("Mirela Kovačić Jurišić","Head of Sector for Industry","Ministry of Economy and Sustainable Development"),
 ("Zoran Blažeković",None,"Ljevaonica Ludbreg d.o.o."),
 ("Karla Posavec",None,"DataPoint Solutions d.o.o."),
 ("Hrvoje Mesarić",None,"Drvodizajn Ivanec d.o.o."),
 ("Tena Jelić","moderator","Faculty of Organization and Informatics"),
 ("Ana-Marija Kos","moderator",S),
 ("Luka Vidović","moderator","HAMAG-BICRO")],
[(S,"SZ-ICT"),("Ministry of Economy and Sustainable Development",None),("Varaždin County",None),
 ("Faculty of Organization and Informatics","FOI"),("University of Zagreb",None),("Ljevaonica Ludbreg d.o.o.",None),
 ("DataPoint Solutions d.o.o.",None),("Drvodizajn Ivanec d.o.o.",None),("HAMAG-BICRO",None),("ICT Pomurje",None),
 ("Enterprise Europe Network Croatia",None)],
[('AI in the factory — what worked, what did not',"2035-10-16","2035-10-16","Varaždin","Croatia"),
 ("Digital Industry Conference","2035-12-05","2035-12-05","Zagreb","Croatia"),
 ("meeting of the AI working group","2035-11-07","2035-11-07","Varaždin","Croatia"),
 ("joint visit",None,None,"Murska Sobota","Slovenia")],
["2035-10-16","2035-10-24","2032","2036","2035-12-05","2036-01","2036-02","2035-11-07"],
km_from=km)
