import json, re, sys, html, glob, os
src = open('eval/check_gold.py').read().split('base = os.path.abspath')[0]; ns = {}; exec(src, ns)
for g in sorted(glob.glob('eval/blind71/gold/*.json')):
    d = json.load(open(g)); p = 'eval/blind71/docs/' + d['doc']; t = ns['read_doc'](p)
    if p.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    t = re.sub(r'\s+', ' ', t)
    covered = ' '.join([x['name'] for x in d['people']] + [x['name'] + ' ' + (x['acronym'] or '') for x in d['organisations']]
                       + [x['name'] for x in d['events']] + [x['role'] or '' for x in d['people']])
    caps = re.findall(r"\b[A-ZÀ-ÝŠŽČĆĐ][\w'’&.-]*(?:\s+(?:[A-ZÀ-ÝŠŽČĆĐ][\w'’&.-]*|of|de|du|des|di|für|van|der|für|la|le|und|e|&)){1,6}", t)
    miss = sorted({c for c in caps if c not in covered})
    print('#####', os.path.basename(g)); print(' | '.join(miss))
