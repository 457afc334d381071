import json, os
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    return {"name": name, "start": start, "end": end if end is not None else start, "city": city, "country": country}
def save(fname, text, published=None, people=(), orgs=(), events=(), dates=(), km=(), write=True):
    if write:
        open(f"{B}/docs/{fname}", 'w', encoding='utf-8').write(text)
    stem = os.path.splitext(fname)[0]
    g = {"doc": fname, "source_url": None, "published_date": published, "people": list(people),
         "organisations": list(orgs), "events": list(events), "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    json.dump(g, open(f"{B}/gold/{stem}.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
