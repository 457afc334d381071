import json, os
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
def save(doc, text, people, orgs, events, dates, km=None, pub=None):
    if text is not None:
        open(f'{B}/docs/{doc}', 'w', encoding='utf-8').write(text)
    g = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [dict(name=n, role=r, organisation=o) for n, r, o in people],
         "organisations": [dict(name=n, acronym=a) for n, a in orgs],
         "events": [dict(name=n, start=s, end=e, city=c, country=k) for n, s, e, c, k in events],
         "dates": dates, "key_messages": km or []}
    stem = os.path.splitext(doc)[0]
    json.dump(g, open(f'{B}/gold/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
