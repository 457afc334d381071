import json, os, sys
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def write(doc, pub, people, orgs, events, dates, km, url=None):
    d = {"doc": doc, "source_url": url, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    stem = os.path.splitext(doc)[0]
    json.dump(d, open(os.path.join(BASE, 'gold', stem + '.json'), 'w'), ensure_ascii=False, indent=1)
