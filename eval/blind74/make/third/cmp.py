import json, os, sys
B = 'eval/blind74'
for f in sorted(os.listdir(B+'/gold')):
    if len(sys.argv) > 1 and not any(a in f for a in sys.argv[1:]): continue
    g = json.load(open(f'{B}/gold/{f}')); t = json.load(open(f'{B}/make/third/{f}'))
    print('=====', f)
    if g['published_date'] != t['published_date']: print(' pub', g['published_date'], '| mine', t['published_date'])
    gp = {p['name']: p for p in g['people']}; tp = {p['name']: p for p in t['people']}
    for n in gp.keys() | tp.keys():
        a, b = gp.get(n), tp.get(n)
        if a != b: print(' P gold', a and (a['role'], a['organisation']), '| mine', b and (b['role'], b['organisation']), n)
    go = {o['name']: o['acronym'] for o in g['organisations']}; to = {o['name']: o['acronym'] for o in t['organisations']}
    for n in go.keys() - to.keys(): print(' O gold only', n, go[n])
    for n in to.keys() - go.keys(): print(' O mine only', n, to[n])
    for n in go.keys() & to.keys():
        if go[n] != to[n]: print(' O acr', n, go[n], to[n])
    ge = [tuple(e.values()) for e in g['events']]; te = [tuple(e.values()) for e in t['events']]
    for e in ge:
        if e not in te: print(' E gold', e)
    for e in te:
        if e not in ge: print(' E mine', e)
    gd, td = set(g['dates']), set(t['dates'])
    if gd != td: print(' D gold only', sorted(gd - td), 'mine only', sorted(td - gd))
    gk, tk = g['key_messages'], t['key_messages']
    for k in gk:
        if k not in tk: print(' K gold', k)
    for k in tk:
        if k not in gk: print(' K mine', k)
