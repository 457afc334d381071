import json, os
B = os.path.join(os.path.dirname(__file__), '..')
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def save(doc, text, pub, people, orgs, events, dates, km):
    if text is not None:
        open(os.path.join(B, 'docs', doc), 'w', encoding='utf-8').write(text)
    stem = os.path.splitext(doc)[0]
    d = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    json.dump(d, open(os.path.join(B, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
