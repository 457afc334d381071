from mk import *
import re
def km(t):
    blk=t.split('MAIN FINDINGS')[1].split('-----\n')[1].split('\n-----')[0]
    items=re.split(r'\n(?=\d+\. )', '\n'+blk.strip())
    return [re.sub(r'\s+',' ',re.sub(r'^\d+\. ','',x.strip())).rstrip('.') for x in items if x.strip()]
w('study-summary_zlin-plastics-circularity','study-summary_zlin-plastics-circularity.txt','2035-11-06',
[("Radka Šimečková",None,"Tomas Bata University in Zlín"),
 ("Tomáš Hrabal",None,"Inovia Advisory s.r.o."),
 ("Lucie Nováková-Zapletalová",None,"Inovia Advisory s.r.o."),
 ("Petr KOLÁŘ","chairman of the board","PLASTR – Klastr plastikářského a gumárenského průmyslu Zlínského kraje, z.s."),
 ("Jana Vrbová","head","Zlín Region"),
 ("Ondřej Malina","cluster manager","PLASTR – Klastr plastikářského a gumárenského průmyslu Zlínského kraje, z.s.")],
[("PLASTR – Klastr plastikářského a gumárenského průmyslu Zlínského kraje, z.s.","PLASTR"),("Tomas Bata University in Zlín","UTB"),
 ("Faculty of Technology",None),("Inovia Advisory s.r.o.",None),("Zlín Region",None),("Czech Agency for Business and Investment","CzechInvest"),
 ("Barum Continental spol. s r.o.",None),("Fatra, a.s.",None),("SPUR a.s.",None),("Plastika Vizovice s.r.o.",None),("MedPolymer Trade s.r.o.",None),
 ("Centre of Polymer Systems",None),("Regional Development Department",None),("National Cluster Association","NCA")],
[("validation workshop","2035-09-19","2035-09-19","Zlín","Czechia"),
 ("Plastics Circularity Day","2035-12-04","2035-12-04","Zlín","Czechia"),
 ("autumn meeting",None,None,None,None)],
["2035-11-06","2035","2036","2035-01","2035-02/2035-08","2035-03/2035-04","2035-09-19","2038","2036/2038","2037/2040","2035-12-04"],
km_from=km)
