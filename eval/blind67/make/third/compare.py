import json, os, sys
B='eval/blind67'
for f in sorted(os.listdir(B+'/gold')):
    if len(sys.argv)>1 and sys.argv[1] not in f: continue
    g=json.load(open(f'{B}/gold/{f}')); m=json.load(open(f'{B}/make/third/{f}'))
    print('#####',f)
    if g['published_date']!=m['published_date']: print(' PUB gold',g['published_date'],'mine',m['published_date'])
    gp={p['name']:p for p in g['people']}; mp={p['name']:p for p in m['people']}
    for n in gp.keys()-mp.keys(): print(' P gold only',gp[n])
    for n in mp.keys()-gp.keys(): print(' P mine only',mp[n])
    for n in gp.keys()&mp.keys():
        if gp[n]!=mp[n]: print(' P diff gold',(gp[n]['role'],gp[n]['organisation']),'mine',(mp[n]['role'],mp[n]['organisation']), n)
    go={o['name']:o for o in g['organisations']}; mo={o['name']:o for o in m['organisations']}
    for n in go.keys()-mo.keys(): print(' O gold only',go[n])
    for n in mo.keys()-go.keys(): print(' O mine only',mo[n])
    for n in go.keys()&mo.keys():
        if go[n]!=mo[n]: print(' O diff gold',go[n],'mine',mo[n])
    print(' E gold:'); [print('   ',e) for e in g['events']]
    print(' E mine:'); [print('   ',e) for e in m['events']]
    gd,md=set(g['dates']),set(m['dates'])
    if gd-md: print(' D gold only',sorted(gd-md))
    if md-gd: print(' D mine only',sorted(md-gd))
    gk,mk=set(g['key_messages']),set(m['key_messages'])
    for k in gk-mk: print(' K gold only',k)
    for k in mk-gk: print(' K mine only',k)
