# third-pass changes to the gold (run once from eval/blind62)
import json
def load(s): return json.load(open('gold/'+s+'.json'))
def save(s,d): open('gold/'+s+'.json','w').write(json.dumps(d,ensure_ascii=False,indent=1))
def person(d,name,**kw):
    p=[x for x in d['people'] if x['name']==name]; assert len(p)==1,name; p[0].update(kw)
def drop_org(d,name):
    n=len(d['organisations']); d['organisations']=[o for o in d['organisations'] if o['name']!=name]; assert len(d['organisations'])==n-1,name
def add_org(d,name,acr=None,after=None):
    assert not any(o['name']==name for o in d['organisations'])
    i=len(d['organisations']) if after is None else [o['name'] for o in d['organisations']].index(after)+1
    d['organisations'].insert(i,{"name":name,"acronym":acr})
s='lleida-agrotech-call-for-proposals-2034'; d=load(s); person(d,'Gerhard van der Meulen',role=None); save(s,d)
s='vidin-furniture-cluster-bg-mebel-expo-2034'; d=load(s); person(d,'Десислава Тодорова',role=None); save(s,d)
s='hainaut-cluster-excellence-award-2034-press-release'; d=load(s); drop_org(d,'Mons Congress Centre'); save(s,d)
s='jamtland-partner-event-winter-testing-forum-2035'; d=load(s); drop_org(d,'Jamtli museum'); save(s,d)
s='viljandi-food-cluster-linkedin-post-et'; d=load(s); add_org(d,'Viljandi Maavalitsuse',after='Viljandi Maavalitsuse arendusosakonnale'); save(s,d)
s='adr-centru-sibiu-mechatronics-cluster-20-years'; d=load(s); add_org(d,'Communication Office',after='Centre Regional Development Agency'); save(s,d)
