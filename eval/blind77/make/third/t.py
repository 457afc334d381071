import json, re, sys, os
sys.path.insert(0, 'eval/blind77/make/third')
src = open('eval/check_gold.py').read().split('base = ')[0]
ns = {}; exec(src, ns)
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e if e else s, "city": c, "country": k}
def text(doc):
    return re.sub(r'\s+', ' ', ns['read_doc']('eval/blind77/docs/' + doc))
def W(doc, pub, people, orgs, events, dates, km=()):
    stem = os.path.splitext(doc)[0]
    d = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": list(km)}
    t = text(doc)
    for s in [x['name'] for x in people] + [x['role'] for x in people if x['role']] + [x['organisation'] for x in people if x['organisation']] + [x['name'] for x in orgs] + [x['acronym'] for x in orgs if x['acronym']] + list(km):
        if s not in t: print('MISSING', stem, s)
    json.dump(d, open(f'eval/blind77/make/third/{stem}.json', 'w'), ensure_ascii=False, indent=1)
    print(stem, len(people), len(orgs), len(events), len(dates), len(km))
