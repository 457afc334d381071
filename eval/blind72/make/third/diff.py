"""Differences between my lists (make/third) and gold/. Run after build.py."""
import json, os, sys
H = os.path.dirname(os.path.abspath(__file__)); G = os.path.join(H, '../../gold')
stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(G))
for s in stems:
    m = json.load(open(os.path.join(H, s + '.json'))); g = json.load(open(os.path.join(G, s + '.json')))
    print('=====', s)
    if m['published_date'] != g['published_date']: print(' pub  mine', m['published_date'], 'gold', g['published_date'])
    gp = {x['name']: x for x in g['people']}; mp = {x['name']: x for x in m['people']}
    for n in mp.keys() - gp.keys(): print(' P mine only', mp[n])
    for n in gp.keys() - mp.keys(): print(' P gold only', gp[n])
    for n in mp.keys() & gp.keys():
        if mp[n] != gp[n]: print(' P diff', n, '| mine', mp[n]['role'], '/', mp[n]['organisation'], '| gold', gp[n]['role'], '/', gp[n]['organisation'])
    go = {x['name']: x['acronym'] for x in g['organisations']}; mo = {x['name']: x['acronym'] for x in m['organisations']}
    for n in mo.keys() - go.keys(): print(' O mine only', n, mo[n])
    for n in go.keys() - mo.keys(): print(' O gold only', n, go[n])
    for n in mo.keys() & go.keys():
        if mo[n] != go[n]: print(' O acr', n, 'mine', mo[n], 'gold', go[n])
    t = lambda e: (e['name'], e['start'], e['end'], e['city'], e['country'])
    ge = set(map(t, g['events'])); me = set(map(t, m['events']))
    for e in sorted(me - ge, key=str): print(' E mine only', e)
    for e in sorted(ge - me, key=str): print(' E gold only', e)
    for d in sorted(set(m['dates']) - set(g['dates'])): print(' D mine only', d)
    for d in sorted(set(g['dates']) - set(m['dates'])): print(' D gold only', d)
    for k in m['key_messages']:
        if k not in g['key_messages']: print(' K mine only', k[:80])
    for k in g['key_messages']:
        if k not in m['key_messages']: print(' K gold only', k[:80])
