import json, os, re, html, sys
from h import B, text_of
for g in sorted(os.listdir(os.path.join(B,'gold'))):
    d = json.load(open(os.path.join(B,'gold',g)))
    t = text_of(os.path.join(B,'docs',d['doc']))
    t = re.sub(r'<[^>]+>',' ',html.unescape(t))
    cov = ' '.join([p['name'] for p in d['people']]+[p['role'] or '' for p in d['people']]+[p['organisation'] or '' for p in d['people']]+
                   [o['name'] for o in d['organisations']]+[o['acronym'] or '' for o in d['organisations']]+[e['name'] for e in d['events']]+[e['city'] or '' for e in d['events']]+d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-&.]*(?:\s+(?:of|the|de|da|do|del|di|von|van|der|du|la|le|for|and|und|e|i|zu|na|v|vo)?\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-&.]*)+", t))
    miss = sorted(s for s in seqs if s not in cov)
    print('##', d['doc']); print(' | '.join(miss)[:1500])
