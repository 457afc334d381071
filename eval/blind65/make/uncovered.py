"""Lists, per document, capitalised sequences (two or more capitalised words, or one word in capitals) that no gold
string covers, to be decided one by one (deliberate exclusions are written in the README)."""
import json, os, re, sys
from h import B, text_of
for g in sorted(os.listdir(os.path.join(B, 'gold'))):
    d = json.load(open(os.path.join(B, 'gold', g)))
    t = text_of(os.path.join(B, 'docs', d['doc']))
    t = re.sub(r'<[^>]+>', ' ', t)
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] +
                   [e['name'] + ' ' + (e['city'] or '') for e in d['events']] + d['key_messages'])
    W = r"[A-ZÁÉÍÓÚÄÖÜÅÆØÞŠŽČĆĐĽŘŚŁŻŹÑÇÔÈĪĀŪĒ][\w'’\-–&.]*"
    seqs = set(re.findall(rf"{W}(?:\s+(?:of|the|de|da|do|di|der|van|von|zu|la|le|du|und|and|&|i|e)?\s*{W})+", t))
    miss = sorted(s for s in seqs if s not in cov)
    print('==', d['doc'], len(miss)); print(' | '.join(miss)[:3000])
