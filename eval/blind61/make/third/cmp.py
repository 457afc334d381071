"""Compare third-pass annotations with gold, field by field (names only for people/orgs/events)."""
import json, os, sys
H = os.path.dirname(os.path.abspath(__file__)); G = os.path.join(H, '..', '..', 'gold')
for f in sorted(os.listdir(G)):
    stem = f[:-5]; g = json.load(open(os.path.join(G, f))); t = json.load(open(os.path.join(H, f)))
    print('=====', stem, 'pub', g['published_date'], t['published_date'])
    gp = {p['name']: p for p in g['people']}; tp = {p['name']: p for p in t['people']}
    for n in gp.keys() | tp.keys():
        a, b = gp.get(n), tp.get(n)
        if a is None or b is None: print('  PERSON only', 'gold' if a else 'mine', a or b)
        elif (a['role'], a['organisation']) != (b['role'], b['organisation']): print('  PERSON diff', n, '| gold:', a['role'], '/', a['organisation'], '| mine:', b['role'], '/', b['organisation'])
    go = {o['name']: o['acronym'] for o in g['organisations']}; to = {o['name']: o['acronym'] for o in t['organisations']}
    for n in sorted(go.keys() ^ to.keys()): print('  ORG only', 'gold' if n in go else 'mine', n, go.get(n) or to.get(n))
    for n in sorted(go.keys() & to.keys()):
        if go[n] != to[n]: print('  ORG acr', n, go[n], to[n])
    for e in g['events']: print('  EV gold', e['name'], e['start'], e['end'], e['city'], e['country'])
    for e in t['events']: print('  EV mine', e['name'], e['start'], e['end'], e['city'], e['country'])
    gd, td = set(g['dates']), set(t['dates'])
    if gd - td: print('  DATES gold only', sorted(gd - td))
    if td - gd: print('  DATES mine only', sorted(td - gd))
    print('  KM gold', len(g['key_messages']), 'mine', len(t['key_messages']))
    for k in g['key_messages']:
        if k not in t['key_messages']: print('    km gold:', k[:110])
