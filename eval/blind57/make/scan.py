import json, os, re, sys, html
from h import B, text_of
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g))
    t = text_of(B + '/docs/' + d['doc'])
    if d['doc'].endswith('.html'):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] + [e['name'] + ' ' + (e['city'] or '') for e in d['events']])
    seqs = set(re.findall(r"\b[A-ZÀ-ÝŁŚŽČŠŘ][\w'’&.-]+(?:[ \t]+(?:[A-ZÀ-ÝŁŚŽČŠŘ][\w'’&.-]+|de|del|di|van|von|der|la|zu|af|of|the|and|für|&))*[ \t]+[A-ZÀ-ÝŁŚŽČŠŘ][\w'’&.-]+", t))
    miss = sorted(x for x in seqs if x not in cov)
    print('==', d['doc']); print(' | '.join(miss))
