"""Second annotator's helper: w(stem, doc, pub, people, orgs, events, dates, km) writes make/second/<stem>.json."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
def w(stem, doc, pub, P, O, E, Dt, K=()):
    d = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [dict(name=a, role=b, organisation=c) for a, b, c in P],
         "organisations": [dict(name=a, acronym=b) for a, b in O],
         "events": [dict(name=a, start=b, end=c, city=e, country=f) for a, b, c, e, f in E],
         "dates": list(Dt), "key_messages": list(K)}
    json.dump(d, open(f"{D}/{stem}.json", "w"), ensure_ascii=False, indent=1)
