import json, os
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def save(doc, pub, people, orgs, events, dates, km=()):
    stem = os.path.splitext(doc)[0]
    d = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [{"name": n, "role": r, "organisation": o} for n, r, o in people],
         "organisations": [{"name": n, "acronym": a} for n, a in orgs],
         "events": [{"name": n, "start": s, "end": e, "city": c, "country": k} for n, s, e, c, k in events],
         "dates": list(dates), "key_messages": list(km)}
    json.dump(d, open(os.path.join(B, 'gold', stem + '.json'), 'w'), ensure_ascii=False, indent=1)
