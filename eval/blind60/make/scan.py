"""List capitalised sequences of each document that no gold string covers (to decide deliberate exclusions)."""
import json, os, re, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from h import text_of, B
for g in sorted(os.listdir(os.path.join(B, 'gold'))):
    d = json.load(open(os.path.join(B, 'gold', g)))
    t = text_of(os.path.join(B, 'docs', d['doc']))
    if d['doc'].endswith('.html'): t = re.sub(r'<[^>]+>', ' ', html.unescape(t))
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] +
                   [e['name'] + ' ' + (e['city'] or '') for e in d['events']])
    seqs = set(re.findall(r"\b[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’&.-]+(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’&.-]+|of|and|for|de|la|i|van|der|zu|von))+", t))
    miss = sorted(s for s in seqs if s not in cov)
    print(d['doc'], len(miss)); print('   ', ' | '.join(miss)[:1500])
