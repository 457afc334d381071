import json, os, re
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def save(doc, text, pub, people, orgs, events, dates, km, write=True, check_text=None):
    if write:
        open(f'{B}/docs/{doc}', 'w', encoding='utf-8').write(text)
    t = check_text if check_text is not None else text
    for p in people:
        for k in ('name', 'role', 'organisation'):
            if p[k] and p[k] not in t: print('MISSING', doc, k, p[k])
    for o in orgs:
        for k in ('name', 'acronym'):
            if o[k] and o[k] not in t: print('MISSING', doc, k, o[k])
    for e in events:
        if e['city'] and e['city'] not in t: print('MISSING city', doc, e['city'])
    for m in km:
        if m not in t: print('MISSING km', doc, m[:40])
    g = {"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    stem = os.path.splitext(doc)[0]
    json.dump(g, open(f'{B}/gold/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(doc, len(re.findall(r'\w+', t)), 'words')
