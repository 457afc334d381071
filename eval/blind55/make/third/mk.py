import json,sys
def P(s):
    out=[]
    for line in s.strip().split('\n'):
        a=[x.strip() or None for x in line.split('|')]
        a+= [None]*(3-len(a)); out.append(dict(name=a[0],role=a[1],organisation=a[2]))
    return out
def O(s):
    out=[]
    for line in s.strip().split('\n'):
        a=[x.strip() or None for x in line.split('|')]; a+=[None]*(2-len(a))
        out.append(dict(name=a[0],acronym=a[1]))
    return out
def E(s):
    out=[]
    for line in s.strip().split('\n'):
        a=[x.strip() or None for x in line.split('|')]; a+=[None]*(5-len(a))
        out.append(dict(name=a[0],start=a[1],end=a[2],city=a[3],country=a[4]))
    return out
def W(stem,doc,pub,p,o,e,d,k=()):
    json.dump(dict(doc=doc,source_url=None,published_date=pub,people=P(p) if p.strip() else [],organisations=O(o),events=E(e) if e.strip() else [],dates=d.split(),key_messages=list(k)),open(stem+'.json','w'),ensure_ascii=False,indent=1)
