import json, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    return {"name": name, "start": start, "end": end if end is not None else start, "city": city, "country": country}
def write_doc(fn, text):
    open(os.path.join(BASE, 'docs', fn), 'w', encoding='utf-8').write(text)
def gold(fn, people, orgs, events, dates, km=None, pub=None, url=None):
    stem = os.path.splitext(fn)[0]
    g = {"doc": fn, "source_url": url, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km or []}
    json.dump(g, open(os.path.join(BASE, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
