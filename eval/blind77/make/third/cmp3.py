import json, os, sys
B = 'eval/blind77'
for f in sorted(os.listdir(B + '/gold')):
    if len(sys.argv) > 1 and not any(a in f for a in sys.argv[1:]): continue
    g = json.load(open(f'{B}/gold/{f}')); m = json.load(open(f'{B}/make/third/{f}'))
    print('#####', f)
    if g['published_date'] != m['published_date']: print(' PUB gold', g['published_date'], 'mine', m['published_date'])
    gp = {x['name']: x for x in g['people']}; mp = {x['name']: x for x in m['people']}
    for n in gp:
        if n not in mp: print(' P gold-only', gp[n])
        elif gp[n] != mp[n]: print(' P diff gold', (gp[n]['role'], gp[n]['organisation']), '| mine', (mp[n]['role'], mp[n]['organisation']), n)
    for n in mp:
        if n not in gp: print(' P mine-only', mp[n])
    go = {x['name']: x['acronym'] for x in g['organisations']}; mo = {x['name']: x['acronym'] for x in m['organisations']}
    for n in go:
        if n not in mo: print(' O gold-only', n, go[n])
        elif go[n] != mo[n]: print(' O acr', n, go[n], mo[n])
    for n in mo:
        if n not in go: print(' O mine-only', n, mo[n])
    ge = [tuple(x.values()) for x in g['events']]; me = [tuple(x.values()) for x in m['events']]
    for e in ge:
        if e not in me: print(' E gold', e)
    for e in me:
        if e not in ge: print(' E mine', e)
    gd, md = set(g['dates']), set(m['dates'])
    if gd - md: print(' D gold-only', sorted(gd - md))
    if md - gd: print(' D mine-only', sorted(md - gd))
    if g['key_messages'] != m['key_messages']:
        for k in g['key_messages']:
            if k not in m['key_messages']: print(' K gold', k)
        for k in m['key_messages']:
            if k not in g['key_messages']: print(' K mine', k)
