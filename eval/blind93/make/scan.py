import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
import importlib.util
spec = importlib.util.spec_from_file_location('cg_read', os.path.join(B, '..', 'check_gold.py'))
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g))
    txt = ns['read_doc'](B + '/docs/' + d['doc'])
    txt = re.sub(r'<[^>]+>', ' ', txt)
    cov = []
    for x in d['people']: cov += [x['name'], x['role'] or '', x['organisation'] or '']
    for x in d['organisations']: cov += [x['name'], x['acronym'] or '']
    for x in d['events']: cov += [x['name'], x['city'] or '']
    cov += d['key_messages']
    C = ' | '.join(cov)
    seqs = set(re.findall(r"\b[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’&.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’&.-]*|of|and|for|de|do|da|du|der|la|van|den|und|i|u|и|na|за|e))*", txt))
    un = sorted(s for s in seqs if s not in C and len(s) > 3)
    print(g, '::', '; '.join(un))
