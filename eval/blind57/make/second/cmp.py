import json, sys, os
stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir('../../gold'))
for s in stems:
    g = json.load(open(f'../../gold/{s}.json')); m = json.load(open(f'{s}.json'))
    print('=====', s)
    if g['published_date'] != m['published_date']: print('PUB gold', g['published_date'], 'mine', m['published_date'])
    gp = {p['name']: p for p in g['people']}; mp = {p['name']: p for p in m['people']}
    for n in gp.keys() - mp.keys(): print('P gold only', gp[n])
    for n in mp.keys() - gp.keys(): print('P mine only', mp[n])
    for n in gp.keys() & mp.keys():
        if gp[n] != mp[n]: print('P diff', n, '| gold', gp[n]['role'], '/', gp[n]['organisation'], '| mine', mp[n]['role'], '/', mp[n]['organisation'])
    go = {o['name']: o['acronym'] for o in g['organisations']}; mo = {o['name']: o['acronym'] for o in m['organisations']}
    for n in go.keys() - mo.keys(): print('O gold only', n, go[n])
    for n in mo.keys() - go.keys(): print('O mine only', n, mo[n])
    for n in go.keys() & mo.keys():
        if go[n] != mo[n]: print('O acr', n, go[n], mo[n])
    print('E gold:'); [print('   ', tuple(e.values())) for e in g['events']]
    print('E mine:'); [print('   ', tuple(e.values())) for e in m['events']]
    gd, md = set(g['dates']), set(m['dates'])
    if gd - md: print('D gold only', sorted(gd - md))
    if md - gd: print('D mine only', sorted(md - gd))
    gk, mk = g['key_messages'], m['key_messages']
    if gk != mk:
        print('K differ', len(gk), len(mk))
        for a in set(gk) ^ set(mk): print('   ', 'gold' if a in gk else 'mine', a[:100])
