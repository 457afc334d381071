import json, os
BASE = os.path.dirname(os.path.abspath(__file__)) + '/..'
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    if start and end is None: end = start
    return {"name": name, "start": start, "end": end, "city": city, "country": country}
def write_doc(fname, text):
    open(f"{BASE}/docs/{fname}", 'w', encoding='utf-8').write(text)
def gold(fname, people, orgs, events, dates, km=(), pub=None):
    stem = os.path.splitext(fname)[0]
    d = {"doc": fname, "source_url": None, "published_date": pub, "people": people,
         "organisations": orgs, "events": events, "dates": list(dates), "key_messages": list(km)}
    json.dump(d, open(f"{BASE}/gold/{stem}.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
