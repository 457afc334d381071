import json, os, re, sys
sys.path.insert(0, 'eval')
from importlib import util
spec = util.spec_from_file_location('cg', 'eval/check_gold.py')
src = open('eval/check_gold.py').read().split('base = ')[0]
ns = {}; exec(src, ns)
B = 'eval/blind74'
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(f'{B}/gold/{g}'))
    txt = ns['read_doc'](f"{B}/docs/{d['doc']}")
    txt = re.sub(r'<[^>]+>', ' ', txt)
    cov = ' '.join([p['name'] for p in d['people']] + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']] + [p['role'] or '' for p in d['people']] + [e['city'] or '' for e in d['events']])
    seqs = set(re.findall(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+|de|la|van|der|i|y|del|zu))*", txt))
    miss = sorted(s for s in seqs if s not in cov and len(s) > 3)
    print(g, '|', '; '.join(miss)[:1500]); print()
