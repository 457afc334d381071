import json, os, re, sys, html
from h import read, B
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); txt = read(B+'/docs/'+d['doc'])
    txt = re.sub(r'<[^>]+>', ' ', html.unescape(txt))
    cov = ' '.join([x['name']+' '+(x['role'] or '')+' '+(x['organisation'] or '') for x in d['people']] + [x['name']+' '+(x['acronym'] or '') for x in d['organisations']] + [x['name']+' '+(x['city'] or '') for x in d['events']])
    seqs = set(re.findall(r"\b[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.&-]+(?:\s+(?:of|the|for|de|del|della|di|du|la|und|für|and|&|van|von|der|i|w|z)?\s*[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.&-]+)+", txt))
    miss = sorted(s for s in seqs if s not in cov)
    print('==', d['doc'], '|', '; '.join(miss))
