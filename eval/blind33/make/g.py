import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def W(name, text):
    open(f'{D}/docs/{name}', 'w', encoding='utf-8').write(text)
def G(name, pub=None, people=(), orgs=(), events=(), dates=(), km=()):
    stem = os.path.splitext(name)[0]
    d = {"doc": name, "source_url": None, "published_date": pub,
         "people": [dict(name=n, role=r, organisation=o) for n, r, o in people],
         "organisations": [dict(name=n, acronym=a) for n, a in orgs],
         "events": [dict(name=n, start=s, end=e, city=c, country=k) for n, s, e, c, k in events],
         "dates": list(dates), "key_messages": list(km)}
    json.dump(d, open(f'{D}/gold/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
