"""List capitalised sequences of each document that no gold string covers (for a manual decision)."""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
import importlib.util
spec = importlib.util.spec_from_file_location('cg', os.path.join(B, '..', 'check_gold.py'))
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g))
    txt = ns['read_doc'](B + '/docs/' + d['doc'])
    txt = re.sub(r'<[^>]+>', ' ', txt)
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] +
                   [e['name'] + ' ' + (e['city'] or '') + ' ' + (e['country'] or '') for e in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ÝŠŽČĆĐŁŚŐŰÁÉÍÓÖÜ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÝŠŽČĆĐŁŚŐŰÁÉÍÓÖÜ][\w'’.-]+|of|the|for|and|de|du|des|da|do|e|für|und))*", txt))
    miss = sorted(s for s in seqs if ' ' in s and s not in cov)
    print(g, '|', '; '.join(miss))
