import json, os, re, sys
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def gold(fname, text, pub, people, orgs, events, dates, km=()):
    stem = os.path.splitext(fname)[0]
    g = {"doc": fname, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    json.dump(g, open(f"{B}/gold/{stem}.json", "w"), ensure_ascii=False, indent=1)
    norm = re.sub(r'\s+', ' ', text)
    for s in [p['name'] for p in people] + [p['role'] for p in people if p['role']] + [p['organisation'] for p in people if p['organisation']] + [o['name'] for o in orgs] + [o['acronym'] for o in orgs if o['acronym']] + list(km):
        if s not in text and s not in norm: print(fname, "MISSING:", s)
    print(fname, len(text.split()), "words")
def write(fname, text, pub, *a, **k):
    open(f"{B}/docs/{fname}", "w").write(text)
    gold(fname, text, pub, *a, **k)
