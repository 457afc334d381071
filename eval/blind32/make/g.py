import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def write(fname, text=None, pub=None, people=(), orgs=(), events=(), dates=(), km=()):
    if text is not None:
        open(f'{D}/docs/{fname}', 'w', encoding='utf-8').write(text)
    g = {"doc": fname, "source_url": None, "published_date": pub,
         "people": [{"name": n, "role": r, "organisation": o} for n, r, o in people],
         "organisations": [{"name": n, "acronym": a} for n, a in orgs],
         "events": [{"name": n, "start": s, "end": e, "city": c, "country": k} for n, s, e, c, k in events],
         "dates": list(dates), "key_messages": list(km)}
    stem = os.path.splitext(fname)[0]
    json.dump(g, open(f'{D}/gold/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
