"""Capitalised sequences in each document not covered by any gold string (for the README's deliberate exclusions)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h import B, text_of
for g in sorted(os.listdir(os.path.join(B, 'gold'))):
    d = json.load(open(os.path.join(B, 'gold', g)))
    t = re.sub(r'<[^>]+>', ' ', text_of(os.path.join(B, 'docs', d['doc'])))
    cov = ' '.join([p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [o['name'] for o in d['organisations']] +
                   [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']] + [e['city'] or '' for e in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ÖØ-ÞĀ-ſΑ-Ω][\w’'\-]+(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſΑ-Ω][\w’'\-]+|of|de|del|la|du|van|der|und|din))*\s*", t))
    un = sorted({s.strip() for s in seqs if len(s.strip()) > 3 and s.strip() not in cov and ' ' in s.strip()})
    print(d['doc'], '|', '; '.join(un))
