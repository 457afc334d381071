import json, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    if start and end is None: end = start
    return {"name": name, "start": start, "end": end, "city": city, "country": country}
def gold(doc, pub, people, orgs, events, dates, km=()):
    g = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    stem = os.path.splitext(doc)[0]
    json.dump(g, open(f"{B}/gold/{stem}.json", "w"), ensure_ascii=False, indent=1)
def write(doc, text):
    open(f"{B}/docs/{doc}", "w", encoding="utf-8").write(text.lstrip("\n"))
