# list capitalised sequences in each document not covered by any gold string (reads docs as check_gold does)
import json, os, re, html, importlib.util
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns); read_doc = ns['read_doc']
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g)); t = read_doc(B + '/docs/' + d['doc'])
    t = re.sub(r'<[^>]+>', ' ', t)
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] +
                   [e['name'] + ' ' + (e['city'] or '') for e in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"[A-ZÀ-ÝĀ-Ž][\w&'’.-]*(?: (?:[A-ZÀ-ÝĀ-Ž][\w&'’.-]*|of|de|la|du|and|for|i|a|&))*", t))
    miss = sorted(s for s in seqs if s not in cov and len(s) > 3 and ' ' in s)
    print(g, '|', '; '.join(miss))
