# Compare the third pass's own lists (make/third/<stem>.json) with gold/<stem>.json.
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__)); base = os.path.dirname(os.path.dirname(here))
only = sys.argv[1:]
for f in sorted(os.listdir(base+'/gold')):
    if only and not any(o in f for o in only): continue
    g = json.load(open(base+'/gold/'+f)); m = json.load(open(here+'/'+f))
    print('=====', f)
    if g['published_date'] != m['published_date']: print(' PUB gold', g['published_date'], 'mine', m['published_date'])
    gp = {p['name']: p for p in g['people']}; mp = {p['name']: p for p in m['people']}
    for n in sorted(set(gp) | set(mp)):
        a, b = gp.get(n), mp.get(n)
        if a is None: print(' P mine only', b)
        elif b is None: print(' P gold only', a)
        elif (a['role'] or '').lower() != (b['role'] or '').lower() or a['organisation'] != b['organisation']:
            print(f" P {n}: gold {a['role']!r} / {a['organisation']!r}   mine {b['role']!r} / {b['organisation']!r}")
    go = {o['name']: o['acronym'] for o in g['organisations']}; mo = {o['name']: o['acronym'] for o in m['organisations']}
    for n in sorted(set(go) | set(mo)):
        if n not in go: print(' O mine only', n, mo[n])
        elif n not in mo: print(' O gold only', n, go[n])
        elif go[n] != mo[n]: print(' O acr', n, 'gold', go[n], 'mine', mo[n])
    ge = {(e['start'], e['end'], e['city']): e for e in g['events']}; me = {(e['start'], e['end'], e['city']): e for e in m['events']}
    print(' E gold:'); [print('   ', e['name'], e['start'], e['end'], e['city'], e['country']) for e in g['events']]
    print(' E mine:'); [print('   ', e['name'], e['start'], e['end'], e['city'], e['country']) for e in m['events']]
    gd, md = set(g['dates']), set(m['dates'])
    if gd - md: print(' D gold only', sorted(gd - md))
    if md - gd: print(' D mine only', sorted(md - gd))
    if g['key_messages'] != m['key_messages']: print(' KM gold', g['key_messages'], '\n KM mine', m['key_messages'])
