import json, os
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    return {"name": name, "start": start, "end": end if end else start, "city": city, "country": country}
def save_text(fn, text):
    open(f"{B}/docs/{fn}", "w", encoding="utf-8").write(text.lstrip("\n"))
def save_gold(fn, pub, people, orgs, events, dates, kms):
    stem = os.path.splitext(fn)[0]
    d = {"doc": fn, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": kms}
    json.dump(d, open(f"{B}/gold/{stem}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
