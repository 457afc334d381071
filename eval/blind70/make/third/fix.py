"""Third pass: corrections to gold (run once)."""
import json
G='eval/blind70/gold/'
def load(s): 
    t=open(G+s+'.json',encoding='utf-8').read(); return json.loads(t), t.endswith('\n')
def save(s,d,nl): open(G+s+'.json','w',encoding='utf-8').write(json.dumps(d,ensure_ascii=False,indent=1)+('\n' if nl else ''))
# doc 5: the study team leader's organisation is not stated (team = Danubius + university faculty + an external expert)
s='lower-danube-shipbuilding-cluster-study-summary'; d,nl=load(s)
for p in d['people']:
    if p['name']=='Alina-Mihaela ZAHARIA': assert p['organisation']=='Danubius Economic Research S.R.L.'; p['organisation']=None
save(s,d,nl)
# doc 6: Arendalsuka is a named event (no dates), city from its name as for doc 15's Hannover Messe
s='helgeland-prosessindustri-styremote-referat-2034-05'; d,nl=load(s)
ev={"name":"Arendalsuka","start":None,"end":None,"city":"Arendal","country":"Norway"}
i=[k for k,e in enumerate(d['events']) if e['name'].lower().startswith('neste styremøte')]
d['events'].insert(i[0] if i else len(d['events']),ev)
save(s,d,nl)
# doc 9: programme items of the visit in Namur: places stated (company visits in Purnode and Andenne; day 2 items in Namur)
s='namur-agrifood-cluster-peer-review-summary-2035'; d,nl=load(s)
for e in d['events']:
    if e['name']=='Company visits': e['city'],e['country']='Purnode, Andenne','Belgium'
    if e['name'] in ('Focus group with eight SME members','Feedback session'): e['city'],e['country']='Namur','Belgium'
save(s,d,nl)
