"""Helper: write one own-list file make/third/<stem>.json in the gold's field order."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e if e else s, "city": c, "country": k}
def W(doc, pub, people, orgs, events, dates, km=()):
    stem = os.path.splitext(doc)[0]
    d = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    json.dump(d, open(f"{D}/{stem}.json", "w"), ensure_ascii=False, indent=1)
