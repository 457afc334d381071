"""Third annotation pass (2026-12-05): corrections applied to gold/ after comparing with make/third/ (run after g01-g16 and fix2.py)."""
import json,os
G=os.path.dirname(os.path.abspath(__file__))+'/../gold/'
def load(s): return json.load(open(G+s+'.json'))
def save(s,d): json.dump(d,open(G+s+'.json','w'),ensure_ascii=False,indent=1)
def person(d,name,**kw):
    for p in d['people']:
        if p['name']==name: p.update(kw); return
    raise KeyError(name)
def event(d,name,**kw):
    for e in d['events']:
        if e['name']==name: e.update(kw); return
    raise KeyError(name)
s='alpine-wood-construction-summit-bolzano-2035-announcement'; d=load(s)
event(d,'Site visits',country='Italy'); save(s,d)
s='kocaeli-otomotiv-kumesi-haberler-sayfa-2'; d=load(s)
person(d,'Figen Akçalı',organisation='KOTEK'); person(d,'Hüseyin Tekeli',organisation='KOTEK'); save(s,d)
s='luxembourg-materials-cluster-hydrogen-steel-workshop-report-2034'; d=load(s)
for o in d['organisations']:
    if o['name']=='Université du Luxembourg': o['name']='University of Luxembourg'
d['organisations']=[o for o in d['organisations'] if o['name']!='University of Luxembourg, Department of Engineering']; save(s,d)
s='msek-zpravy-od-clenu-duben-2034'; d=load(s)
person(d,'Terezu Bílkovou-Hrubou',role='člen představenstva'); event(d,'valná hromada MSEK',city='Ostrava'); save(s,d)
# second round (after reading the other sets' README sections): places of programme items, nominative stems written in the text
s='alpine-wood-construction-summit-bolzano-2035-announcement'; d=load(s)
event(d,'Site visits',city='Brixen, Bolzano, Lana'); save(s,d)
s='intervista-direttrice-polo-meccatronica-rovereto-2034'; d=load(s)
event(d,'visite aziendali',country='Italy'); save(s,d)
s='norrbotten-processindustri-arsmote-2034-sammanfattning'; d=load(s)
event(d,'studieresa till Rotterdamsregionen',country='Netherlands'); save(s,d)
s='bkmjk-sajtokozlemeny-uj-ugyvezeto-2034'; d=load(s)
person(d,'Fekete-Nagy Rékát',role='főtitkár'); person(d,'Tóth Gergely András',role='regionális innovációs tanácsadó')
event(d,'DANUBE-EMOBILITY nyitórendezvénye',city='Pozsony'); save(s,d)
s='kocaeli-otomotiv-kumesi-haberler-sayfa-2'; d=load(s)
person(d,'Sevgi Arslantaş',role='koordinatör'); save(s,d)
s='msek-zpravy-od-clenu-duben-2034'; d=load(s)
person(d,'Jan Przywara',role='Ředitel'); person(d,'Václav Snášel',organisation='Technická univerzita Ostrava')
for o in d['organisations']:
    if o['name']=='VŠB – Technické univerzity Ostrava': o['name']='Technická univerzita Ostrava'
save(s,d)
