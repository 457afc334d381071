import json, glob, re, sys, html
sys.path.insert(0,'.')
from reader import read_doc
for f in sorted(glob.glob('../gold/*.json')):
    g=json.load(open(f)); t=read_doc('../docs/'+g['doc'])
    if g['doc'].endswith('.html'): t=html.unescape(re.sub(r'<[^>]+>',' ',t))
    cov=' || '.join([p['name'] for p in g['people']]+[p['role'] or '' for p in g['people']]+[o['name'] for o in g['organisations']]+[o['acronym'] or '' for o in g['organisations']]+[e['name'] for e in g['events']]+[e['city'] or '' for e in g['events']]+g['key_messages'])
    seqs=set(re.findall(r"\b[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČĐ][\w'’&.-]+(?:\s+(?:of|the|and|de|la|van|der|zu|für|i|do|da|dell'|d')?\s*[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČĐ][\w'’&.-]+)*", t))
    un=sorted(s for s in seqs if s not in cov and len(s)>2)
    print('##', g['doc']); print(' | '.join(un)); print()
