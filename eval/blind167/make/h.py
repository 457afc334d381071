import json, os, datetime
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def write(F, T):
    open(os.path.join(B, 'docs', F), 'w', encoding='utf-8').write(T)
def path(F): return os.path.join(B, 'docs', F)
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e or s, "city": c, "country": k}
def gold(F, people, orgs, events, dates, km, pub=None, url=None):
    stem = os.path.splitext(F)[0]
    d = {"doc": F, "source_url": url, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    json.dump(d, open(os.path.join(B, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def wd(y, m, d): return datetime.date(y, m, d).strftime('%A')
