"""List capitalised sequences of each document that no gold string covers (for the README's exclusions)."""
import json, os, re, sys
sys.path.insert(0, 'eval')
from importlib import util
spec = util.spec_from_file_location('cg', 'eval/check_gold.py')
B = 'eval/blind75'
src = open('eval/check_gold.py').read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(f'{B}/gold/{g}'))
    txt = ns['read_doc'](f"{B}/docs/{d['doc']}")
    txt = re.sub(r'<[^>]+>', ' ', txt)
    strs = []
    for p in d['people']: strs += [p['name'], p['role'] or '', p['organisation'] or '']
    for o in d['organisations']: strs += [o['name'], o['acronym'] or '']
    for e in d['events']: strs += [e['name'], e['city'] or '']
    strs += d['key_messages']
    blob = ' | '.join(strs)
    seqs = set(m.strip(' .') for m in re.findall(r"[A-ZÀ-ÞĀ-ŽΑ-Ω][\w'’.-]*(?:[ ](?:[A-ZÀ-ÞĀ-ŽΑ-Ω][\w'’.-]*|de|da|do|van|der|von|zu|ter|la|of|and|for|și|în|w|na|og|i))*[ ][A-ZÀ-ÞĀ-ŽΑ-Ω][\w'’.-]*", txt))
    miss = sorted(s for s in seqs if s not in blob)
    print(g, len(miss)); print('   ', '; '.join(miss)[:3000])
