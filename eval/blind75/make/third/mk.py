import json
def W(stem, doc, pub, P, O, E, D, K=()):
    d = {"doc": doc, "source_url": None, "published_date": pub,
         "people": [dict(name=a, role=b, organisation=c) for a,b,c in P],
         "organisations": [dict(name=a, acronym=b) for a,b in O],
         "events": [dict(name=a, start=b, end=c, city=e, country=f) for a,b,c,e,f in E],
         "dates": list(D), "key_messages": list(K)}
    json.dump(d, open(f'/work/wt/blind75/eval/blind75/make/third/{stem}.json','w'), ensure_ascii=False, indent=1)
