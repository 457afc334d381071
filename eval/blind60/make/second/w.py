import json, sys
from pathlib import Path
DOCS = {p.stem: p.name for p in Path('/work/wt/blind60/eval/blind60/docs').iterdir()}
def W(stem, people, orgs, events, dates, km=(), pub=None):
    d = {"doc": DOCS[stem], "source_url": None, "published_date": pub,
         "people": [dict(name=a, role=b, organisation=c) for a,b,c in people],
         "organisations": [dict(name=a, acronym=b) for a,b in orgs],
         "events": [dict(name=a, start=b, end=c, city=d_, country=e) for a,b,c,d_,e in events],
         "dates": list(dates), "key_messages": list(km)}
    Path(f'/work/wt/blind60/eval/blind60/make/second/{stem}.json').write_text(json.dumps(d, ensure_ascii=False, indent=1))
