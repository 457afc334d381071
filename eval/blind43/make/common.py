import json, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    return {"name": name, "start": start, "end": end if end else start, "city": city, "country": country}
def gold(doc, pub, people, orgs, events, dates, kms, text=None):
    if text is not None:
        open(os.path.join(BASE, 'docs', doc), 'w', encoding='utf-8').write(text)
    g = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": kms}
    stem = os.path.splitext(doc)[0]
    json.dump(g, open(os.path.join(BASE, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
