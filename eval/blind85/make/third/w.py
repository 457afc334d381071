"""Third pass helper: write an own annotation in the gold schema."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e if e else s, "city": c, "country": k}
def W(stem, doc, pub, people, orgs, events, dates, km=()):
    json.dump({"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
               "events": events, "dates": list(dict.fromkeys(dates)), "key_messages": list(km)},
              open(f"{D}/{stem}.json", "w"), ensure_ascii=False, indent=1)
