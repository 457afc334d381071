"""Helpers for the third annotation (make/third): write <stem>.json beside this file."""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start, end='=', city=None, country=None):
    return {"name": name, "start": start, "end": start if end == '=' else end, "city": city, "country": country}
def wd(iso, day):
    got = datetime.date.fromisoformat(iso).strftime('%a')
    assert got == day, (iso, day, got)
def gold(doc, pub, people, orgs, events, dates, km):
    assert pub is None or pub in dates
    assert len(dates) == len(set(dates)), [d for d in dates if dates.count(d) > 1]
    d = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    stem = os.path.splitext(doc)[0]
    json.dump(d, open(os.path.join(HERE, stem + '.json'), 'w'), ensure_ascii=False, indent=1)
