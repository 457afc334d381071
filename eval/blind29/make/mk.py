import json, os
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def gold(fname, pub, people, orgs, events, dates, km=()):
    stem = fname.rsplit('.', 1)[0]
    g = {"doc": fname, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    json.dump(g, open(os.path.join(B, 'gold', stem + '.json'), 'w'), ensure_ascii=False, indent=1)
def text(fname, t):
    open(os.path.join(B, 'docs', fname), 'w', encoding='utf-8').write(t.lstrip('\n'))
