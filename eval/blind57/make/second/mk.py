import json, sys, re, html
DOCS = {}
def w(stem, doc, pub, people, orgs, events, dates, km_from=None, km=None):
    txt = open('txt/'+stem+'.txt').read()
    if km is None and km_from:
        # km_from: regex for a block; items are <li>, or numbered lines
        km = km_from(txt)
    d = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [{"name":a,"role":b,"organisation":c} for a,b,c in people],
         "organisations": [{"name":a,"acronym":b} for a,b in orgs],
         "events": [{"name":a,"start":b,"end":c,"city":d_,"country":e} for a,b,c,d_,e in events],
         "dates": dates, "key_messages": km or []}
    norm = re.sub(r'\s+',' ',txt)
    for s in [x[0] for x in people]+[x[1] for x in people if x[1]]+[x[2] for x in people if x[2]]+[x[0] for x in orgs]+[x[1] for x in orgs if x[1]]+(km or []):
        if s not in txt and s not in norm: print('MISSING', repr(s))
    json.dump(d, open(stem+'.json','w'), ensure_ascii=False, indent=1)
    print(stem, len(people), len(orgs), len(events), len(dates), len(km or []))
def li(txt, start, end):
    blk = txt.split(start,1)[1].split(end,1)[0]
    return [re.sub(r'<[^>]+>','',x).strip().rstrip('.') for x in re.findall(r'<li>(.*?)</li>', blk, re.S)]
