import json, os, re, sys, html, zipfile, email, email.policy
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
sys.path.insert(0, B + '/../')
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e if e else s, "city": c, "country": k}
def read(p):
    import importlib.util
    spec = importlib.util.spec_from_file_location('cg_read', B + '/make/readdoc.py'); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.read_doc(p)
def write_text(fname, text):
    open(B + '/docs/' + fname, 'w', encoding='utf-8').write(text.lstrip('\n'))
def gold(fname, pub, people, orgs, events, dates, km):
    stem = os.path.splitext(fname)[0]
    d = {"doc": fname, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    json.dump(d, open(B + '/gold/' + stem + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    txt = read(B + '/docs/' + fname)
    if fname.endswith('.html'): txt = html.unescape(txt)
    norm = re.sub(r'\s+', ' ', txt)
    has = lambda s: s in txt or s in norm
    for x in people:
        for k in ('name', 'role', 'organisation'):
            if x[k] and not has(x[k]): print('MISSING', k, x[k])
    for x in orgs:
        for k in ('name', 'acronym'):
            if x[k] and not has(x[k]): print('MISSING org', x[k])
    for x in events:
        if x['city']:
            for c in x['city'].split(', '):
                if not has(c): print('MISSING city', c)
    for k in km:
        if not has(k): print('MISSING km', k[:60])
    # years not covered
    cov = ' '.join(dates) + ' ' + ' '.join(str(x['start']) + str(x['end']) for x in events)
    for y in sorted(set(re.findall(r'\b(20[0-4]\d|19\d\d)\b', txt))):
        if y not in cov: print('YEAR not covered', y)
    print(fname, 'words', len(re.sub(r'<[^>]+>', ' ', txt).split()), 'P', len(people), 'O', len(orgs), 'E', len(events), 'D', len(dates), 'K', len(km))
