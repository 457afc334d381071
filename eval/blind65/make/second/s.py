import json,sys
def P(s):  # "name|role|org;..."
    out=[]
    for r in s.strip().split('\n'):
        r=r.strip()
        if not r: continue
        a=(r.split('|')+[None,None])[:3]
        out.append({"name":a[0],"role":a[1] or None,"organisation":a[2] or None})
    return out
def O(s):
    out=[]
    for r in s.strip().split('\n'):
        r=r.strip()
        if not r: continue
        a=(r.split('|')+[None])[:2]
        out.append({"name":a[0],"acronym":a[1] or None})
    return out
def E(s):
    out=[]
    for r in s.strip().split('\n'):
        r=r.strip()
        if not r: continue
        a=(r.split('|')+[None]*4)[:5]
        out.append(dict(zip(["name","start","end","city","country"],[x or None for x in a])))
    return out
def W(stem,doc,pub,p,o,e,d,k=()):
    json.dump({"doc":doc,"source_url":None,"published_date":pub,"people":P(p),"organisations":O(o),"events":E(e),"dates":d.split(),"key_messages":list(k)},open(stem+'.json','w'),ensure_ascii=False,indent=1)
