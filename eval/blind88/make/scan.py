"""List capitalised sequences of each document not covered by any gold string (for manual review)."""
import sys, os, re, json, importlib.util
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('cg', os.path.join(B, '..', 'check_gold.py'))
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(os.path.join(B, 'gold'))):
    d = json.load(open(os.path.join(B, 'gold', g)))
    txt = re.sub(r'<[^>]+>', ' ', ns['read_doc'](os.path.join(B, 'docs', d['doc'])))
    cov = ' | '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                     [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] +
                     [e['name'] + ' ' + (e['city'] or '') for e in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ÝČŠŽŘĚŁ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÝČŠŽŘĚŁ][\w'’.-]+|de|del|di|du|des|der|of|and|for|the|la|le|van|da|do|dos|für|e|y|&))*", txt))
    miss = sorted(s for s in seqs if s not in cov and len(s) > 3)
    print(g, '::', '; '.join(miss))
