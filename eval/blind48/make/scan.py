import json, os, re, sys, html
sys.argv=['x','..']
sys.path.insert(0,'../..')
import importlib.util
spec = importlib.util.spec_from_file_location('cg', '../../check_gold.py')
src = open('../../check_gold.py').read().split('base = ')[0]
ns = {}; exec(src, ns); read_doc = ns['read_doc']
for g in sorted(os.listdir('../gold')):
    d = json.load(open('../gold/'+g)); p='../docs/'+d['doc']
    t = read_doc(p)
    if p.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    t = re.sub(r'\s+', ' ', t)
    cov = set()
    for x in d['people']: cov |= {x['name'], x['role'] or '', x['organisation'] or ''}
    for x in d['organisations']: cov |= {x['name'], x['acronym'] or ''}
    for x in d['events']: cov |= {x['name'], x['city'] or '', x['country'] or ''}
    cov.discard('')
    alld = ' '.join(d['dates'] + [str(e['start']) for e in d['events']])
    yrs = sorted(set(y for y in re.findall(r'(?<!\d)(19\d\d|20\d\d)(?!\d)', t) if y not in alld))
    caps = re.findall(r"(?:[A-ZÀ-ÞŁŚŻŹĆŃÓĄĘÞ][\w'’.&-]*(?:\s+(?:de|del|la|van|von|der|zu|di|of|for|and|und|et|des|du|für|the|y|e|i|do|da)?\s*[A-ZÀ-ÞŁŚŻŹĆŃÓĄĘ][\w'’.&-]*)+)", t)
    unc = sorted(set(c for c in caps if not any(c in s or s in c for s in cov)))
    print('==', g, 'years not in dates:', yrs)
    print('   ', ' | '.join(unc)[:1500])
