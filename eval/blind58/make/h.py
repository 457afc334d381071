import json, os, re, sys, html
sys.path.insert(0, os.path.dirname(__file__))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start, end, city=None, country=None): return {"name": name, "start": start, "end": end, "city": city, "country": country}
def text_of(path):
    sys.path.insert(0, os.path.join(B, '..'))
    import importlib.util
    spec = importlib.util.spec_from_file_location('cg_read', os.path.join(B, 'make', 'reader.py'))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.read_doc(path)
def gold(fname, people, orgs, events, dates, km=None, pub=None):
    g = {"doc": fname, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km or []}
    stem = os.path.splitext(fname)[0]
    json.dump(g, open(os.path.join(B, 'gold', stem + '.json'), 'w'), ensure_ascii=False, indent=1)
    # Later annotation passes (README "Second/Third annotation pass") are re-applied here, so re-running a generator
    # does not silently undo them; both fix scripts are idempotent and touch only the gold files they name.
    import runpy
    cwd = os.getcwd(); os.chdir(os.path.join(B, '..', '..'))
    try:
        for p in ('second', 'third'): runpy.run_path(os.path.join(B, 'make', p, 'fix.py'))
    finally:
        os.chdir(cwd)
    g = json.load(open(os.path.join(B, 'gold', stem + '.json'))); people, orgs, events, dates = g['people'], g['organisations'], g['events'], g['dates']
    t = text_of(os.path.join(B, 'docs', fname))
    if fname.endswith('.html'): t = html.unescape(t)
    n = re.sub(r'\s+', ' ', t)
    has = lambda s: s in t or s in n
    for x in people:
        for k in ('name', 'role', 'organisation'):
            if x[k] and not has(x[k]): print('MISSING', k, x[k])
    onames = {o['name'] for o in orgs} | {o['acronym'] for o in orgs if o['acronym']}
    for x in people:
        if x['organisation'] and x['organisation'] not in onames: print('PORG not listed', x['organisation'])
    for o in orgs:
        for k in ('name', 'acronym'):
            if o[k] and not has(o[k]): print('MISSING org', o[k])
    for e in events:
        if e['city'] and not has(e['city']): print('MISSING city', e['city'])
    for k in km or []:
        if not has(k): print('MISSING km', k[:50])
    if len({p['name'] for p in people}) != len(people): print('DUP people')
    if len(set(dates)) != len(dates): print('DUP dates')
    # years not covered
    cov = ' '.join(dates + [str(e['start']) + str(e['end']) for e in events])
    for y in sorted(set(re.findall(r'\b(20[2-4]\d|19\d\d)\b', t))):
        if y not in cov: print('YEAR not covered', y)
    print(fname, 'words', len(re.findall(r'\w+', t)), 'people', len(people), 'orgs', len(orgs), 'events', len(events), 'dates', len(dates), 'km', len(km or []))
def write(fname, text):
    open(os.path.join(B, 'docs', fname), 'w', encoding='utf-8').write(text)
import datetime
WD = {'en': ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
      'hr': ['ponedjeljak','utorak','srijeda','četvrtak','petak','subota','nedjelja'],
      'hu': ['hétfő','kedd','szerda','csütörtök','péntek','szombat','vasárnap'],
      'nl': ['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag']}
def wd(y, m, d, lang='en'): return WD[lang][datetime.date(y, m, d).weekday()]
