import json, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, co=None): return {"name": n, "start": s, "end": e, "city": c, "country": co}
def write_txt(fn, text):
    open(os.path.join(B, 'docs', fn), 'w', encoding='utf-8').write(text.lstrip('\n'))
def gold(fn, pub, people, orgs, events, dates, km):
    stem = os.path.splitext(fn)[0]
    seen=[]
    [seen.append(x) for x in dates if x not in seen]; dates=seen
    d = {"doc": fn, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    json.dump(d, open(os.path.join(B, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
