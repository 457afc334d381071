import json,os,sys
B='eval/blind64'
stems=sys.argv[1:] or sorted(f[:-5] for f in os.listdir(B+'/gold'))
for s in stems:
    g=json.load(open(f'{B}/gold/{s}.json')); t=json.load(open(f'{B}/make/third/{s}.json'))
    print('#####',s)
    if g['published_date']!=t['published_date']: print(' PUB gold',g['published_date'],'third',t['published_date'])
    gp={p['name']:p for p in g['people']}; tp={p['name']:p for p in t['people']}
    for n in gp.keys()-tp.keys(): print(' P gold-only',gp[n])
    for n in tp.keys()-gp.keys(): print(' P third-only',tp[n])
    for n in gp.keys()&tp.keys():
        for k in ('role','organisation'):
            if gp[n][k]!=tp[n][k]: print(f'  {k} {n}: gold={gp[n][k]!r} third={tp[n][k]!r}')
    go={o['name']:o['acronym'] for o in g['organisations']}; to={o['name']:o['acronym'] for o in t['organisations']}
    for n in go.keys()-to.keys(): print(' O gold-only',n,go[n])
    for n in to.keys()-go.keys(): print(' O third-only',n,to[n])
    for n in go.keys()&to.keys():
        if go[n]!=to[n]: print('  acr',n,go[n],to[n])
    ge=[(e['start'],e['end'],e['name'],e['city'],e['country']) for e in g['events']]; te=[(e['start'],e['end'],e['name'],e['city'],e['country']) for e in t['events']]
    gk={(a,b) for a,b,*_ in ge}; tk={(a,b) for a,b,*_ in te}
    for e in ge:
        if (e[0],e[1]) not in tk: print(' E gold-only',e)
    for e in te:
        if (e[0],e[1]) not in gk: print(' E third-only',e)
    for e in ge:
        m=[x for x in te if (x[0],x[1])==(e[0],e[1])]
        if m and (m[0][3],m[0][4])!=(e[3],e[4]) : print('  E place',e,'| third',m[0][2:])
        elif m and m[0][2]!=e[2]: print('  E name',e[2],'| third',m[0][2])
    gd=set(g['dates']); td=set(t['dates'])
    if gd-td: print(' D gold-only',sorted(gd-td))
    if td-gd: print(' D third-only',sorted(td-gd))
    gk=[k.rstrip('.;') for k in g['key_messages']]; tk2=[k.rstrip('.;') for k in t['key_messages']]
    if gk!=tk2: print(' KM gold',len(gk),'third',len(tk2), [k[:40] for k in set(gk)^set(tk2)])
