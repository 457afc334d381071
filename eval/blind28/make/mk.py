import json, os
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None): return {"name": name, "start": start, "end": end if end else start, "city": city, "country": country}
def write_text(doc, text):
    open(os.path.join(BASE, 'docs', doc), 'w', encoding='utf-8').write(text)
def gold(doc, published, people, orgs, events, dates, km, source_url=None):
    stem = os.path.splitext(doc)[0]
    d = {"doc": doc, "source_url": source_url, "published_date": published, "people": people,
         "organisations": orgs, "events": events, "dates": sorted(set(dates)), "key_messages": km}
    json.dump(d, open(os.path.join(BASE, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
