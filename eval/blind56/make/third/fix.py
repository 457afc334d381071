# third annotation pass: changes applied to gold/ (run once)
import json
B='eval/blind56/gold/'
def load(s): return json.load(open(B+s+'.json'))
def save(s,d): json.dump(d,open(B+s+'.json','w'),ensure_ascii=False,indent=1); pass
def E(n,s,e,c,k): return {"name":n,"start":s,"end":e,"city":c,"country":k}
def person(d,n): return next(p for p in d['people'] if p['name']==n)
def org(d,n): return next(o for o in d['organisations'] if o['name']==n)
def add_dates(d,*v):
    for x in v:
        assert x not in d['dates']; d['dates'].append(x)
s='team_kurzeme-maritime-technology-cluster'; d=load(s)
p=person(d,'Raimonds Zariņš'); assert p['role'] is None; p['role']='honorary member'; save(s,d)
s='press-release_new-managing-director_rail-cluster-pardubice'; d=load(s)
d['events'].append(E('Board meeting','2034-01-09','2034-01-09',None,None)); save(s,d)
s='PAIF2034_speakers'; d=load(s)
d['events']+= [E('Peloponnese Agrifood Innovation Forum 2028','2028','2028','Kalamata','Greece'),
               E('Peloponnese Agrifood Innovation Forum 2030','2030','2030','Sparta','Greece'),
               E('Peloponnese Agrifood Innovation Forum 2032','2032','2032','Nafplio','Greece')]; save(s,d)
s='new-members_dalarna-steel-circular-cluster_2034'; d=load(s); add_dates(d,'2034'); save(s,d)
s='intervju_karin-ersson-lindqvist_ordforande'; d=load(s); add_dates(d,'2034-12'); save(s,d)
s='annual-report-2034_chapter3_governance_CLAM'; d=load(s)
d['events'].append(E('first meeting of the Sustainability Committee','2034-06-05','2034-06-05',None,None)); save(s,d)
s='working-groups_who-is-who_zemgale-agritech'; d=load(s); add_dates(d,'2034'); save(s,d)
s='UMBRIA-HEMP_consortium-contact-list'; d=load(s)
o=org(d,'Technische Universität Graz'); assert o['acronym'] is None; o['acronym']='TU Graz'; save(s,d)
s='news_delegation-mv-to-zealand-june-2034'; d=load(s); add_dates(d,'2034-07'); save(s,d)
