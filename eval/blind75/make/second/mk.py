import json, sys, re
def N(x): x=x.strip(); return None if x in ('','-') else x
def build(stem, doc, pub, P, O, E, D, K=''):
    g = {"doc": doc, "source_url": None, "published_date": N(pub) if pub else None,
         "people": [dict(zip(["name","role","organisation"], [N(v) for v in (l.split('|')+['',''])[:3]])) for l in P.strip().splitlines() if l.strip()],
         "organisations": [dict(zip(["name","acronym"], [N(v) for v in (l.split('|')+[''])[:2]])) for l in O.strip().splitlines() if l.strip()],
         "events": [dict(zip(["name","start","end","city","country"], [N(v) for v in (l.split('|')+['']*4)[:5]])) for l in E.strip().splitlines() if l.strip()],
         "dates": D.split(), "key_messages": [l.strip() for l in K.strip().splitlines() if l.strip()]}
    json.dump(g, open(stem+'.json','w'), ensure_ascii=False, indent=1)
