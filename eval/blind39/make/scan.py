import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '../../'))
exec(open(os.path.join(os.path.dirname(__file__), '../../check_gold.py')).read().split("base = ")[0])
B = os.path.join(os.path.dirname(__file__), '..')
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g))
    txt = read_doc(B+'/docs/'+d['doc'])
    if d['doc'].endswith('.html'):
        import html; txt = html.unescape(re.sub(r'<[^>]+>', ' ', txt))
    covered = set()
    for v in d['dates']:
        for p in v.split('/'): covered.add(p[:4])
    for e in d['events']:
        for k in ('start','end'):
            if e[k]: covered.add(e[k][:4])
    yrs = sorted(set(re.findall(r'(?<![\d.])(?:19|20)\d\d(?!\d)', txt)))
    print(g, 'years in text not in gold:', [y for y in yrs if y not in covered])
    strings = set()
    for p in d['people']: strings |= {p['name'], p['role'] or '', p['organisation'] or ''}
    for o in d['organisations']: strings |= {o['name'], o['acronym'] or ''}
    for e in d['events']: strings |= {e['name'], e['city'] or ''}
    blob = ' | '.join(strings)
    caps = set(re.findall(r"\b[A-ZÀ-Ž][\w'’\-À-ž]+(?:\s+(?:of|de|di|du|la|le|der|van|von|the|and|for|e|et|i|del|des|&)?\s*[A-ZÀ-Ž][\w'’\-À-ž]+)+", txt))
    miss = sorted(c for c in caps if c not in blob)
    print('   caps not covered:', '; '.join(miss))
