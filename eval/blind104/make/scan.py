"""Capitalised sequences in each document not covered by any gold string (for the manual check)."""
import json, os, re, sys, importlib.util
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('cg', os.path.join(B, '..', 'check_gold.py'))
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g)); txt = ns['read_doc'](B + '/docs/' + d['doc'])
    txt = re.sub(r'<[^>]+>', ' ', txt)
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] +
                   [e['name'] + ' ' + (e['city'] or '') for e in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ÝĀ-ŽА-Я][\w'’.-]*(?:\s+(?:[A-ZÀ-ÝĀ-ŽА-Я][\w'’.-]*|of|de|da|do|du|der|für|i|y|&|–))*\s+[A-ZÀ-ÝĀ-ŽА-Я][\w'’.-]*", txt))
    left = sorted(s for s in seqs if s not in cov)
    print(g, '|', ' · '.join(left))
