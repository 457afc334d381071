"""List differences between make/third/<stem>.json (own list) and gold/<stem>.json."""
import json, os, sys
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
for f in sorted(os.listdir(B + '/gold')):
    g = json.load(open(f'{B}/gold/{f}')); t = json.load(open(f'{B}/make/third/{f}'))
    print('=====', f)
    if g['published_date'] != t['published_date']: print(' PUB gold', g['published_date'], 'mine', t['published_date'])
    gp = {p['name']: p for p in g['people']}; tp = {p['name']: p for p in t['people']}
    for n in gp.keys() - tp.keys(): print(' P gold only', gp[n])
    for n in tp.keys() - gp.keys(): print(' P mine only', tp[n])
    for n in gp.keys() & tp.keys():
        if gp[n] != tp[n]: print(' P diff', n, '| gold', gp[n]['role'], '/', gp[n]['organisation'], '| mine', tp[n]['role'], '/', tp[n]['organisation'])
    go = {(o['name'], o['acronym']) for o in g['organisations']}; to = {(o['name'], o['acronym']) for o in t['organisations']}
    for o in sorted(go - to, key=str): print(' O gold only', o)
    for o in sorted(to - go, key=str): print(' O mine only', o)
    ge = [tuple(e.values()) for e in g['events']]; te = [tuple(e.values()) for e in t['events']]
    for e in ge:
        if e not in te: print(' E gold', e)
    for e in te:
        if e not in ge: print(' E mine', e)
    gd, td = set(g['dates']), set(t['dates'])
    if gd - td: print(' D gold only', sorted(gd - td))
    if td - gd: print(' D mine only', sorted(td - gd))
    if g['key_messages'] != t['key_messages']:
        print(' KM gold', len(g['key_messages']), 'mine', len(t['key_messages']))
        for k in set(g['key_messages']) ^ set(t['key_messages']): print('   ', k)
