import json, os, re, sys, html, datetime
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
sys.path.insert(0, os.path.join(B, '..'))
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start, end, city=None, country=None): return {"name": name, "start": start, "end": end, "city": city, "country": country}
WD = {'en': ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
      'bg': ['понеделник','вторник','сряда','четвъртък','петък','събота','неделя'],
      'fi': ['maanantaina','tiistaina','keskiviikkona','torstaina','perjantaina','lauantaina','sunnuntaina'],
      'ro': ['luni','marți','miercuri','joi','vineri','sâmbătă','duminică'],
      'ca': ['dilluns','dimarts','dimecres','dijous','divendres','dissabte','diumenge'],
      'et': ['esmaspäeval','teisipäeval','kolmapäeval','neljapäeval','reedel','laupäeval','pühapäeval'],
      'sk': ['pondelok','utorok','streda','štvrtok','piatok','sobota','nedeľa'],
      'no': ['mandag','tirsdag','onsdag','torsdag','fredag','lørdag','søndag'],
      'pt': ['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo'],
      'it': ['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'],
      'sv': ['måndag','tisdag','onsdag','torsdag','fredag','lördag','söndag'],
      'cs': ['pondělí','úterý','středa','čtvrtek','pátek','sobota','neděle'],
      'hr': ['ponedjeljak','utorak','srijeda','četvrtak','petak','subota','nedjelja'],
      'lt': ['pirmadienį','antradienį','trečiadienį','ketvirtadienį','penktadienį','šeštadienį','sekmadienį'],
      'is': ['mánudaginn','þriðjudaginn','miðvikudaginn','fimmtudaginn','föstudaginn','laugardaginn','sunnudaginn'],
      'mk': ['понеделник','вторник','среда','четврток','петок','сабота','недела'],
      'sr': ['понедељак','уторак','среда','четвртак','петак','субота','недеља'],
      'sq': ['e hënë','e martë','e mërkurë','e enjte','e premte','e shtunë','e diel'],
      'es': ['lunes','martes','miércoles','jueves','viernes','sábado','domingo'],
      'hu': ['hétfő','kedd','szerda','csütörtök','péntek','szombat','vasárnap']}
def wd(y, m, d, lang='en'): return WD[lang][datetime.date(y, m, d).weekday()]
def text_of(path):
    import importlib.util
    spec = importlib.util.spec_from_file_location('cg', os.path.join(B, '..', 'check_gold.py'))
    src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = os.path')[0]
    ns = {}; exec(src, ns); return ns['read_doc'](path)
def write(fname, text):
    open(os.path.join(B, 'docs', fname), 'w', encoding='utf-8').write(text)
def gold(fname, people, orgs, events, dates, km=None, pub=None):
    g = {"doc": fname, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km or []}
    json.dump(g, open(os.path.join(B, 'gold', os.path.splitext(fname)[0] + '.json'), 'w'), ensure_ascii=False, indent=1)
    t = text_of(os.path.join(B, 'docs', fname))
    if fname.endswith('.html'): t = html.unescape(t)
    n = re.sub(r'\s+', ' ', t); has = lambda s: s in t or s in n
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
    cov = ' '.join(dates + [str(e['start']) + str(e['end']) for e in events])
    for y in sorted(set(re.findall(r'\b(20[2-4]\d|19\d\d)\b', t))):
        if y not in cov: print('YEAR not covered', y)
    print(fname, 'words', len(re.sub(r'<[^>]+>', ' ', t).split()), 'P', len(people), 'O', len(orgs), 'E', len(events), 'D', len(dates), 'K', len(km or []))
