"""Compare my lists (make/third) with the gold, field by field."""
import json, os, sys
B = os.path.dirname(os.path.abspath(__file__)); G = os.path.join(B, '../../gold')
for f in sorted(os.listdir(G)):
    if len(sys.argv) > 1 and not any(a in f for a in sys.argv[1:]): continue
    g = json.load(open(os.path.join(G, f))); m = json.load(open(os.path.join(B, f)))
    print('=====', f)
    if g['published_date'] != m['published_date']: print(' pub gold', g['published_date'], 'mine', m['published_date'])
    gp = {p['name']: p for p in g['people']}; mp = {p['name']: p for p in m['people']}
    for n in gp.keys() - mp.keys(): print(' P gold only', gp[n])
    for n in mp.keys() - gp.keys(): print(' P mine only', mp[n])
    for n in gp.keys() & mp.keys():
        if gp[n] != mp[n]: print(' P diff', n, '| gold', gp[n]['role'], '/', gp[n]['organisation'], '| mine', mp[n]['role'], '/', mp[n]['organisation'])
    go = {o['name']: o for o in g['organisations']}; mo = {o['name']: o for o in m['organisations']}
    for n in go.keys() - mo.keys(): print(' O gold only', go[n])
    for n in mo.keys() - go.keys(): print(' O mine only', mo[n])
    for n in go.keys() & mo.keys():
        if go[n] != mo[n]: print(' O diff', go[n], mo[n])
    ge = sorted(g['events'], key=lambda e: (e['start'] or '', e['name'])); me = sorted(m['events'], key=lambda e: (e['start'] or '', e['name']))
    print(' E gold:'); [print('   ', e['name'], e['start'], e['end'], e['city'], e['country']) for e in ge]
    print(' E mine:'); [print('   ', e['name'], e['start'], e['end'], e['city'], e['country']) for e in me]
    gd, md = set(g['dates']), set(m['dates'])
    if gd - md: print(' D gold only', sorted(gd - md))
    if md - gd: print(' D mine only', sorted(md - gd))
    if g['key_messages'] != m['key_messages']: print(' K gold', len(g['key_messages']), 'mine', len(m['key_messages']), [k for k in g['key_messages'] if k not in m['key_messages']])
