# second-pass corrections to the gold (run once)
import json
G = 'eval/blind75/gold/'
def load(s): return json.load(open(G+s+'.json'))
def save(s, d): open(G+s+'.json','w').write(json.dumps(d, ensure_ascii=False, indent=1))
def ev(name, start, end, city, country): return {"name": name, "start": start, "end": end, "city": city, "country": country}

s='circotex-final-conference-programme'; d=load(s)
d['events'].insert(1, ev('Networking lunch','2034-10-25','2034-10-25','Botoșani','Romania'))
d['dates'].append('2035'); save(s,d)

s='vendsyssel-foedevaredage-tidligere-udgaver'; d=load(s)
d['dates'].append('2034'); save(s,d)

s='agrobeira-2034-encontros-b2b'; d=load(s)
i=[e['name'] for e in d['events']].index('Encontros de Negócios B2B') if 'Encontros de Negócios B2B' in [e['name'] for e in d['events']] else 1
d['events'].insert(i+1, ev('Almoço de trabalho','2034-10-12','2034-10-12','Guarda','Portugal')); save(s,d)

s='oaec-general-assembly-2034-notice'; d=load(s)
for e in d['events']:
    if e['name']=='open day at Axis Business Park': e['city'], e['country'] = 'Tullamore', 'Ireland'
save(s,d)

s='baltic-blue-bioeconomy-webinar-series'; d=load(s)
d['dates'] += ['2034/2035', '2035']; save(s,d)

s='ludzas-biznesa-vestis-2034-04-pdf'; d=load(s)
for e in d['events']:
    if e['name']=='Holz-Handwerk': e['start']=e['end']=None
d['dates'].remove('2035-03'); save(s,d)

s='cce-wg-circular-construction-calendar-2035'; d=load(s)
for e in d['events']:
    if e['name']=='Online meeting': e['name']='Online meeting (No. 3)'
d['dates'].append('2034-11'); save(s,d)

s='arctic-industry-clusters-summit-2034-sett-av-datoen'; d=load(s)
if '2034' not in d['dates']: d['dates'].append('2034')
save(s,d)

s='linkedin-post-olive-oil-mission-brazil-2035'; d=load(s)
for e in d['events']:
    if e['name']=='business mission to São Paulo and Belo Horizonte': e['city']='São Paulo, Belo Horizonte'
d['dates'].append('2035-03'); save(s,d)
