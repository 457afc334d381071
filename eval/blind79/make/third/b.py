import json, os
D='eval/blind79/docs'; O='eval/blind79/make/third'
def P(s):
    out=[]
    for l in s.strip().split('\n'):
        f=[x.strip() for x in l.split('|')]
        f+=[None]*(3-len(f))
        out.append({"name":f[0],"role":f[1] or None,"organisation":f[2] or None})
    return out
def O_(s):
    out=[]
    for l in s.strip().split('\n'):
        f=[x.strip() for x in l.split('|')]
        out.append({"name":f[0],"acronym":(f[1] if len(f)>1 and f[1] else None)})
    return out
def E(s):
    out=[]
    for l in s.strip().split('\n'):
        f=[x.strip() or None for x in l.split('|')]
        f+=[None]*(5-len(f))
        st=f[1]; en=f[2] if f[2] else st
        if f[2]=='-': en=None
        out.append({"name":f[0],"start":st,"end":en,"city":f[3],"country":f[4]})
    return out
def W(stem, pub, p, o, e, dates, km=()):
    doc=[f for f in os.listdir(D) if f.startswith(stem)][0]
    d={"doc":doc,"source_url":None,"published_date":pub,"people":P(p) if p.strip() else [],
       "organisations":O_(o) if o.strip() else [],"events":E(e) if e.strip() else [],
       "dates":dates.split(),"key_messages":list(km)}
    json.dump(d,open(f"{O}/{os.path.splitext(doc)[0]}.json",'w'),ensure_ascii=False,indent=1)
