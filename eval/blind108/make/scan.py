import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import importlib.util
spec = importlib.util.spec_from_file_location('cg', os.path.join(os.path.dirname(__file__), '..', '..', 'check_gold.py'))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g)); txt = ns['read_doc'](B + '/docs/' + d['doc'])
    txt = re.sub(r'<[^>]+>', ' ', txt)
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] + [e['name'] + ' ' + (e['city'] or '') for e in d['events']])
    cov = re.sub(r'\s+', ' ', cov)
    seqs = set(re.findall(r"\b[A-ZÀ-ÝĀ-ŽΑ-Ω][\w’'&.-]+(?:\s+(?:of|de|da|del|di|du|the|und|für|and|–)?\s*[A-ZÀ-ÝĀ-ŽΑ-Ω][\w’'&.-]+)+", txt))
    miss = sorted(s for s in seqs if re.sub(r'\s+',' ',s) not in cov)
    print(g, '|', '; '.join(miss)[:1800]); print()
