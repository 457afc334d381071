from mk import *
import re
def km(t):
    blk=t.split('The study recommends that:')[1].split('## What')[0]
    return [re.sub(r'^\d+\. ','',l).strip().rstrip(';.') for l in blk.strip().splitlines() if re.match(r'\d+\. ',l)]
w('policy-brief_valais-medtech-cluster-skills','policy-brief_valais-medtech-cluster-skills.md','2035-06',
[("Florence Lurati-Rey","head of studies","Cluster Technologies Médicales Valais"),
 ("Marco Vanoni","managing director","Cluster Technologies Médicales Valais"),
 ("Ana Sofía Ruiz Quintana",None,"HES-SO Valais-Wallis"),
 ("Raffaele Pedrazzini-Gianella","CEO","Bioindustrie Monthey SA")],
[("Cluster Technologies Médicales Valais","CTM-Valais"),("HES-SO Valais-Wallis","HES-SO"),("Institute of Entrepreneurship and Management","IEM"),
 ("Service de l'économie, du tourisme et de l'innovation","SETI"),("Canton of Valais",None),("EPFL Valais Wallis",None),("Swissmem",None),
 ("Chambre valaisanne de commerce et d'industrie",None),("Aosta Valley Life Sciences Network",None),("Autonomous Region of Aosta Valley",None),
 ("Bioindustrie Monthey SA",None),("Service de la formation professionnelle",None),("SCIV",None),("Unia",None)],
[("workshop with human resources managers","2035-02-21","2035-02-21","Sion","Switzerland"),
 ("General Assembly","2035-05-22","2035-05-22",None,None),
 ("round table","2035-09-18","2035-09-18","Martigny","Switzerland")],
["2035-06","2029/2034","2034-10/2035-04","2035-02-21","2032/2035","2035-05-22","2036","2034","2031","2036-03","2035-09-18","2035"],
km_from=km)
