"""Second annotation pass: the changes made to gold/ after comparing with make/second/<stem>.json."""
import json
def load(s): return json.load(open('gold/'+s+'.json'))
def save(s,d): open('gold/'+s+'.json','w').write(json.dumps(d,ensure_ascii=False,indent=1))
# 1. Småland joint stand: the earlier joint stands at Salone (2033: nine companies; 2034: twelve exhibitors) are described
#    past participations in the fair (like KPKN's Plastpol 2034 joint stand); the joint visit is a visit of the fair in Stockholm.
s='joint-stand_salone-del-mobile-2035_smalands-mobelkluster'; d=load(s)
for e in d['events']:
    if e['name']=='joint visit with a dinner': e['city'],e['country']='Stockholm','Sweden'
for y in ('2033','2034'):
    d['events'].append({"name":f"Salone del Mobile.Milano ({y} edition)","start":y,"end":y,"city":"Milan","country":"Italy"})
save(s,d)
# 2. Course brochure: Swedish names given in brackets go to the acronym slot (set convention for bilingual names);
#    "Module 1 – The forest-based value chain in 2034" has "in 2034" as a date.
s='bioeconomy-academy-2034-course-brochure-pdf'; d=load(s)
for o in d['organisations']:
    if o['name']=='Mid Sweden University': o['acronym']='Mittuniversitetet'
    if o['name']=='Swedish Forest Industries Federation': o['acronym']='Skogsindustrierna'
if '2034' not in d['dates']: d['dates'].append('2034')
save(s,d)
