import json, sys
def W(stem, doc, people, orgs, events, dates, km=(), pub=None):
    d = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [dict(name=a, role=b, organisation=c) for a, b, c in people],
         "organisations": [dict(name=a, acronym=b) for a, b in orgs],
         "events": [dict(name=a, start=b, end=c, city=e, country=f) for a, b, c, e, f in events],
         "dates": list(dict.fromkeys(dates)), "key_messages": list(km)}
    json.dump(d, open(f'/work/wt/blind71/eval/blind71/make/second/{stem}.json', 'w'), ensure_ascii=False, indent=1)
