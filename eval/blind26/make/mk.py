import json, os
BASE = os.path.join(os.path.dirname(__file__), '..')
def save(fname, text, pub, people, orgs, events, dates, km, write=True):
    if write and text is not None:
        open(os.path.join(BASE, 'docs', fname), 'w', encoding='utf-8').write(text)
    g = {"doc": fname, "source_url": None, "published_date": pub,
         "people": [{"name": n, "role": r, "organisation": o} for n, r, o in people],
         "organisations": [{"name": n, "acronym": a} for n, a in orgs],
         "events": [{"name": n, "start": s, "end": e, "city": c, "country": k} for n, s, e, c, k in events],
         "dates": dates, "key_messages": km}
    stem = os.path.splitext(fname)[0]
    json.dump(g, open(os.path.join(BASE, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
