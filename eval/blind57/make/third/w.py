"""Helper of the third pass: write an own list in SCHEMA.md form. P(name, role, org), O(name, acr), E(name,start,end,city,country)."""
import json, sys, os
def write(stem, doc, pub, people, orgs, events, dates, kms):
    d = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [dict(name=a, role=b, organisation=c) for a, b, c in people],
         "organisations": [dict(name=a, acronym=b) for a, b in orgs],
         "events": [dict(name=a, start=b, end=c, city=e, country=f) for a, b, c, e, f in events],
         "dates": dates, "key_messages": kms}
    p = os.path.join(os.path.dirname(__file__), stem + '.json')
    json.dump(d, open(p, 'w'), ensure_ascii=False, indent=1)
    print('wrote', p)
