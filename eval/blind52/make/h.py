import json, os, sys, re
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(B)))
def P(n, r, o): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s, e, c, k): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def gold(doc, pub, people, orgs, events, dates, km, text=None):
    g = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    stem = os.path.splitext(doc)[0]
    json.dump(g, open(f"{B}/gold/{stem}.json", "w"), ensure_ascii=False, indent=1)
    if text is not None:
        import html
        t = html.unescape(text)
        for p in people:
            for k in ("name", "role", "organisation"):
                if p[k] and p[k] not in t: print("MISSING", doc, k, p[k])
        for o in orgs:
            for k in ("name", "acronym"):
                if o[k] and o[k] not in t: print("MISSING", doc, k, o[k])
        for e in events:
            if e["city"] and e["city"] not in t: print("MISSING city", doc, e["city"])
        for m in km:
            if m not in t: print("MISSING km", doc, m[:40])
        print(doc, len(t.split()), "words")
def save(doc, text, *a):
    open(f"{B}/docs/{doc}", "w", encoding="utf-8").write(text)
    gold(doc, *a, text=text)
