import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, '..', 'docs'); GOLD = os.path.join(HERE, '..', 'gold')
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    return {"name": name, "start": start, "end": end if end else start, "city": city, "country": country}
def gold(doc, people, orgs, events, dates, km=(), pub=None, url=None):
    stem = os.path.splitext(doc)[0]
    d = {"doc": doc, "source_url": url, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    json.dump(d, open(os.path.join(GOLD, stem + '.json'), 'w'), ensure_ascii=False, indent=1)
def write(doc, text):
    open(os.path.join(DOCS, doc), 'w', encoding='utf-8').write(text)
