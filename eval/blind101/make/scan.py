import sys, os, json, re, importlib.util
spec = importlib.util.spec_from_file_location('cg', None)
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g)); txt = ns['read_doc'](B + '/docs/' + d['doc'])
    txt = re.sub(r'<[^>]+>', ' ', txt)
    golds = ' | '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                       [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] +
                       [e['name'] + ' ' + (e['city'] or '') for e in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ŽÅÄÖØÆ][\w&'’.-]*(?:\s+(?:[A-ZÀ-ŽÅÄÖØÆ][\w&'’.-]*|of|de|del|la|di|für|und|and|&|–))*\s+[A-ZÀ-ŽÅÄÖØÆ][\w&'’.-]*", txt))
    miss = sorted(s for s in seqs if s not in golds)
    print(g, '::', ' ; '.join(miss))
