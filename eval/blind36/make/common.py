import json, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def write(fn, text, people, orgs, events, dates, km=(), pub=None):
    if text is not None:
        open(os.path.join(B, 'docs', fn), 'w', encoding='utf-8').write(text)
    g = {"doc": fn, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": list(km)}
    stem = os.path.splitext(fn)[0]
    json.dump(g, open(os.path.join(B, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
