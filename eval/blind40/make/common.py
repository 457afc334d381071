import json, os
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    return {"name": name, "start": start, "end": end, "city": city, "country": country}
def write_doc(fn, text):
    open(f"{B}/docs/{fn}", "w", encoding="utf-8").write(text)
def write_gold(fn, published, people, orgs, events, dates, km=()):
    stem = os.path.splitext(fn)[0]
    d = {"doc": fn, "source_url": None, "published_date": published, "people": people,
         "organisations": orgs, "events": events, "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    json.dump(d, open(f"{B}/gold/{stem}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
