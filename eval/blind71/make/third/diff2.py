import json, sys, glob, os
G='../second/'
for f in sorted(glob.glob('[0-9]*.json')):
    if len(sys.argv)>1 and not f.startswith(sys.argv[1]): continue
    m=json.load(open(f)); g=json.load(open(G+f))
    print('=====', f)
    if m['published_date']!=g['published_date']: print(' PUB mine',m['published_date'],'gold',g['published_date'])
    mp={p['name']:p for p in m['people']}; gp={p['name']:p for p in g['people']}
    for n in mp.keys()-gp.keys(): print(' P only mine', mp[n])
    for n in gp.keys()-mp.keys(): print(' P only gold', gp[n])
    for n in mp.keys()&gp.keys():
        if mp[n]!=gp[n]: print(' P diff', n, '| mine', mp[n]['role'], '/', mp[n]['organisation'], '| gold', gp[n]['role'], '/', gp[n]['organisation'])
    mo={o['name']:o for o in m['organisations']}; go={o['name']:o for o in g['organisations']}
    for n in mo.keys()-go.keys(): print(' O only mine', mo[n])
    for n in go.keys()-mo.keys(): print(' O only gold', go[n])
    for n in mo.keys()&go.keys():
        if mo[n]!=go[n]: print(' O diff', mo[n], go[n])
    me={e['name']:e for e in m['events']}; ge={e['name']:e for e in g['events']}
    for n in me.keys()-ge.keys(): print(' E only mine', tuple(me[n].values()))
    for n in ge.keys()-me.keys(): print(' E only gold', tuple(ge[n].values()))
    for n in me.keys()&ge.keys():
        if me[n]!=ge[n]: print(' E diff', tuple(me[n].values()), tuple(ge[n].values()))
    print(' D only mine', sorted(set(m['dates'])-set(g['dates'])), ' only gold', sorted(set(g['dates'])-set(m['dates'])))
    for k in set(m['key_messages'])^set(g['key_messages']): print(' KM', 'mine' if k in m['key_messages'] else 'gold', k[:80])
