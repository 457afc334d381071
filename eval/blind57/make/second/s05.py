from mk import *
import re
def km(t):
    t=re.sub(r'\s+',' ',t)
    blk=t.split('review team concludes that ')[1].split(' The team discussed')[0]
    parts=re.split(r',? (?:and )?\(\d\) ', ' '+blk)
    return [p.strip().rstrip('.').rstrip(',') for p in parts if p.strip()]
H='Humber Water Technology Cluster'
w('peer-review_humber-water-technology-cluster','peer-review_humber-water-technology-cluster.txt','2035-06-18',
[("Ingrid Solheim-Aasen","Director","Water Cluster Norway"),
 ("Pieter-Jan De Clercq","Cluster Manager","Flux50 Water & Energy"),
 ("Henrike zu Putlitz","Head of Strategy","Wasser Netzwerk Bremen"),
 ("Søren Kjærgaard","Senior Adviser","Danish Water Technology Alliance"),
 ("Femke Hoekstra","Rapporteur","North Sea Clusters Network"),
 ("Jelle van der Meulen","managing director",H),
 ("Rebecca Ashworth-Nkemelu","chair of the board",H),
 ("Gillian Pickering","staff member",H)],
[(H,"HWTC"),("North Sea Clusters Network","NSCN"),("Water Cluster Norway",None),("Flux50 Water & Energy",None),("Wasser Netzwerk Bremen",None),
 ("Danish Water Technology Alliance",None),("Aquaflow Systems Ltd",None),("University of Hull",None),("Energy and Environment Institute",None),
 ("Hull College",None),("Hull City Council",None),("East Riding of Yorkshire Council",None),("Humber Combined Authority","HCA"),("Aura Innovation Centre",None)],
[("Site visit","2035-05-22","2035-05-23","Hull","United Kingdom"),
 ("working dinner","2035-05-22","2035-05-22","Hull","United Kingdom"),
 ("closing meeting","2035-05-23","2035-05-23","Hull","United Kingdom"),
 ("NSCN annual meeting","2035-11-06","2035-11-06","Hamburg","Germany"),
 ("follow-up visit","2037","2037",None,None)],
["2035-05-22/2035-05-23","2035-06-18","2034-10","2036/2040","2029","2031/2035","2035-01","2035-05-22","2030","2033","2036","2038","2035-05-23","2032","2035-11-06","2037"],
km_from=km)
