import json, os, re, sys, html
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
import importlib.util
spec = importlib.util.spec_from_file_location('cg', os.path.join(B, '..', 'check_gold.py'))
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g))
    txt = ns['read_doc'](B + '/docs/' + d['doc'])
    txt = html.unescape(re.sub(r'<[^>]+>', ' ', txt))
    cov = ' '.join([p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [p['organisation'] or '' for p in d['people']]
                   + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']]
                   + [e['name'] for e in d['events']] + [e['city'] or '' for e in d['events']])
    seqs = set(re.findall(r"\b[A-ZÀ-ŽΑ-Ω][\w'’\-]+(?:\s+(?:[A-ZÀ-ŽΑ-Ω][\w'’\-]+|of|de|du|la|des|and|&|für|van|del|di|i|a|és)){1,6}", txt))
    miss = sorted(s for s in seqs if s not in cov)
    print(g, len(miss)); print('   ', ' | '.join(miss))
