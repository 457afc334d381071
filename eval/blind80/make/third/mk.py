import json, sys
# compact notation: P: name|role|org ; O: name|acr ; E: name|start|end|city|country ; D: dates ; K: key messages
def w(stem, doc, pub, P, O, E, D, K):
    n = lambda s: None if s in ('', '-') else s
    d = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [dict(zip(["name","role","organisation"], [n(x) for x in p.split('|')])) for p in P],
         "organisations": [dict(zip(["name","acronym"], [n(x) for x in (o.split('|')+[''])[:2]])) for o in O],
         "events": [dict(zip(["name","start","end","city","country"], [n(x) for x in e.split('|')])) for e in E],
         "dates": D, "key_messages": K}
    json.dump(d, open(stem+'.json','w'), ensure_ascii=False, indent=1)
