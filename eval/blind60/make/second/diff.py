import json, sys
from pathlib import Path
B = Path('/work/wt/blind60/eval/blind60')
def key(s): return (s or '').lower().strip()
for stem in sys.argv[1:]:
    m = json.load(open(B/f'make/second/{stem}.json')); g = json.load(open(B/f'gold/{stem}.json'))
    print('=====', stem, 'pub', m['published_date'], g['published_date'])
    gp = {key(x['name']): x for x in g['people']}; mp = {key(x['name']): x for x in m['people']}
    for k in gp.keys() - mp.keys(): print('  P gold-only', gp[k])
    for k in mp.keys() - gp.keys(): print('  P mine-only', mp[k])
    for k in gp.keys() & mp.keys():
        a, b = mp[k], gp[k]
        if (a['role'], a['organisation']) != (b['role'], b['organisation']): print('  P diff', a['name'], '| mine:', a['role'], '/', a['organisation'], '| gold:', b['role'], '/', b['organisation'])
    go = {key(x['name']): x for x in g['organisations']}; mo = {key(x['name']): x for x in m['organisations']}
    for k in go.keys() - mo.keys(): print('  O gold-only', go[k])
    for k in mo.keys() - go.keys(): print('  O mine-only', mo[k])
    for k in go.keys() & mo.keys():
        if go[k]['acronym'] != mo[k]['acronym']: print('  O acr', k, mo[k]['acronym'], go[k]['acronym'])
    print('  E gold:'); [print('    ', e['name'], e['start'], e['end'], e['city'], e['country']) for e in g['events']]
    print('  E mine:'); [print('    ', e['name'], e['start'], e['end'], e['city'], e['country']) for e in m['events']]
    print('  D gold-only', sorted(set(g['dates']) - set(m['dates'])), 'mine-only', sorted(set(m['dates']) - set(g['dates'])))
    gk, mk = g['key_messages'], m['key_messages']
    if gk != mk: print('  KM gold', gk, '\n  KM mine', mk)
