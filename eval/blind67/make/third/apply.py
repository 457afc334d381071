# Third pass: changes to the gold, applied once (python eval/blind67/make/third/apply.py). Not idempotent-safe: asserts guard re-runs.
import json
B='eval/blind67/gold/'
def load(s): return json.load(open(B+s+'.json'))
def save(s,d): json.dump(d,open(B+s+'.json','w'),ensure_ascii=False,indent=1)
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e if e else s,"city":c,"country":k}

s='cantabria-cluster-skills-study-summary'; d=load(s)
o=[x for x in d['organisations'] if x['name']=='SODERCAN – Sociedad para el Desarrollo Regional de Cantabria']; assert len(o)==1
o[0]['name']='Sociedad para el Desarrollo Regional de Cantabria'; save(s,d)

s='limburg-logistics-cluster-newsletter-2032-03'; d=load(s)
assert d['published_date'] is None and '2032-03' in d['dates'] and '2031-10' not in d['dates']
d['published_date']='2032-03'; d['dates'].append('2031-10'); save(s,d)

s='northern-ireland-agritech-mission-tohoku-report'; d=load(s)
assert not any('Yamagata' in e['name'] for e in d['events'])
d['events'].append(E('Visit to the Yamagata Prefectural Agricultural Research Centre','2034-11-14',None,'Yamagata','Japan')); save(s,d)

s='pomurje-cluster-peer-review-summary-pdf'; d=load(s)
for e in d['events']:
    if e['name'] in ('peer review visit','feedback session'): assert e['country'] is None; e['country']='Slovenia'
assert not any(e['start']=='2033-11-27' for e in d['events'])
d['events'].append(E('board meeting','2033-11-27')); save(s,d)

s='south-bohemia-energy-cluster-newsletter-2035-09'; d=load(s)
n=len(d['organisations'])
d['organisations']=[x for x in d['organisations'] if x['name'] not in ('Clarion Congress Hotel','European Cluster Excellence Initiative')]
assert len(d['organisations'])==n-2
assert '2035-12' in d['dates']
d['events'].append(E('working group meeting','2035-12')); save(s,d)

s='webinar-recap-cluster-membership-models'; d=load(s)
assert '2030-12' not in d['dates'] and '2031-01' not in d['dates']
d['events']+= [E('session on service portfolios','2030-12'),E('session on digital platforms','2031-01')]
d['dates']+= ['2030-12','2031-01']; save(s,d)
