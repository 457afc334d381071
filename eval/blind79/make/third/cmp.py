import json, os, sys
G='eval/blind79/gold'; M='eval/blind79/make/third'
for f in sorted(os.listdir(G)):
    if len(sys.argv)>1 and not f.startswith(sys.argv[1]): continue
    g=json.load(open(f'{G}/{f}')); m=json.load(open(f'{M}/{f}'))
    print('=====',f)
    if g['published_date']!=m['published_date']: print(' PUB gold',g['published_date'],'mine',m['published_date'])
    gp={p['name']:p for p in g['people']}; mp={p['name']:p for p in m['people']}
    for n in sorted(set(gp)|set(mp)):
        a=gp.get(n); b=mp.get(n)
        if a!=b: print(' P gold',a and (a['role'],a['organisation']) ,'| mine',b and (b['role'],b['organisation']), n if not(a and b) else n)
    go={o['name']:o['acronym'] for o in g['organisations']}; mo={o['name']:o['acronym'] for o in m['organisations']}
    for n in sorted(set(go)|set(mo)):
        if n not in go: print(' O mine only',n,mo[n])
        elif n not in mo: print(' O gold only',n,go[n])
        elif go[n]!=mo[n]: print(' O acr',n,go[n],mo[n])
    ge=[(e['name'],e['start'],e['end'],e['city'],e['country']) for e in g['events']]
    me=[(e['name'],e['start'],e['end'],e['city'],e['country']) for e in m['events']]
    for e in ge:
        if e not in me: print(' E gold',e)
    for e in me:
        if e not in ge: print(' E mine',e)
    gd=set(g['dates']); md=set(m['dates'])
    if gd-md: print(' D gold only',sorted(gd-md))
    if md-gd: print(' D mine only',sorted(md-gd))
    if g['key_messages']!=m['key_messages']:
        for k in g['key_messages']:
            if k not in m['key_messages']: print(' K gold',k)
        for k in m['key_messages']:
            if k not in g['key_messages']: print(' K mine',k)
