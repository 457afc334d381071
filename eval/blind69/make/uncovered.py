"""List capitalised sequences of each document not covered by any gold string (for the README's exclusion review)."""
import json, os, re, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from h import text_of, B
for g in sorted(os.listdir(os.path.join(B, 'gold'))):
    d = json.load(open(os.path.join(B, 'gold', g)))
    t = text_of(os.path.join(B, 'docs', d['doc']))
    t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    strs = []
    for p in d['people']: strs += [v for v in p.values() if v]
    for o in d['organisations']: strs += [v for v in o.values() if v]
    for e in d['events']: strs += [e['name'] or '', e['city'] or '', e['country'] or '']
    strs += d['key_messages']
    blob = ' | '.join(strs)
    seqs = set(re.findall(r"(?:[A-ZÀ-ÞА-ЯЁЄІЇҐЃЌЅЈЉЊЋЏŁŚŻŹĆŃÓŠČŽĐÇË][\w’'\-.&]*(?:\s+(?:of|the|and|for|de|la|i|e|të|и|за|на|та|в|у|van|der|zu|di|del|des|du|d')?\s*[A-ZÀ-ÞА-ЯЁЄІЇҐЃЌЅЈЉЊЋЏŁŚŻŹĆŃÓŠČŽĐÇË][\w’'\-.&]*)+)", t))
    miss = sorted(s for s in seqs if s not in blob)
    print('##', d['doc'], len(miss)); print(' ; '.join(miss))
