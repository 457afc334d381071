import json, os
def P(s):
    out=[]
    for l in s.strip().split('\n'):
        a=[x.strip() or None for x in l.split('|')]
        while len(a)<3: a.append(None)
        out.append(dict(name=a[0],role=a[1],organisation=a[2]))
    return out
def O(s):
    out=[]
    for l in s.strip().split('\n'):
        a=[x.strip() or None for x in l.split('|')]
        out.append(dict(name=a[0],acronym=a[1] if len(a)>1 else None))
    return out
def E(s):
    out=[]
    for l in s.strip().split('\n'):
        if not l.strip(): continue
        a=[x.strip() or None for x in l.split('|')]
        while len(a)<5: a.append(None)
        out.append(dict(name=a[0],start=a[1],end=a[2] or a[1] if a[1] and len(a[1])==10 else a[2] or a[1],city=a[3],country=a[4]))
    return out
def W(stem, doc, pub, p, o, e, d, k):
    d=[x.strip() for x in d.split()] if isinstance(d,str) else d
    k=[x.strip() for x in k.strip().split('\n') if x.strip()] if isinstance(k,str) else k
    json.dump(dict(doc=doc,source_url=None,published_date=pub,people=P(p) if p.strip() else [],organisations=O(o) if o.strip() else [],events=E(e) if e.strip() else [],dates=d,key_messages=k),
              open(os.path.dirname(__file__)+'/'+stem+'.json','w'),ensure_ascii=False,indent=1)
