"""List capitalised sequences of each document not covered by any gold string (for the README's exclusions)."""
from h import *
import glob
for g in sorted(glob.glob(os.path.join(B, 'gold', '*.json'))):
    d = json.load(open(g)); t = read_doc(os.path.join(B, 'docs', d['doc']))
    if d['doc'].endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    cov = ' '.join([p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']]
                   + [e['name'] + ' ' + (e['city'] or '') + ' ' + (e['country'] or '') for e in d['events']])
    seqs = re.findall(r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’.-]+(?:\s+(?:de|da|del|di|i|van|der|zu|von|la|le|of|the|and|für|et|на)?\s*[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’.-]+)+)", t)
    miss = sorted({s for s in seqs if s not in cov})
    print('##', d['doc'], len(miss)); print('; '.join(miss)[:1500])
