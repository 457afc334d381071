import json, os
D = os.path.dirname(os.path.abspath(__file__))
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def save(doc, pub, people, orgs, events, dates, kms):
    stem = os.path.splitext(doc)[0]
    json.dump({"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
               "events": events, "dates": dates, "key_messages": kms}, open(f"{D}/{stem}.json", "w"), ensure_ascii=False, indent=1)
