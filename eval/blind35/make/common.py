import json, os
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start, end, city=None, country=None): return {"name": name, "start": start, "end": end, "city": city, "country": country}
def gold(doc, pub, people, orgs, events, dates, km):
    d = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    json.dump(d, open(f"{B}/gold/{os.path.splitext(doc)[0]}.json", 'w'), ensure_ascii=False, indent=1)
def text(doc, t):
    open(f"{B}/docs/{doc}", 'w', encoding='utf-8').write(t.lstrip('\n'))
