import json,sys,os
d='eval/blind64/'
for f in sorted(os.listdir(d+'gold')):
    if len(sys.argv)>1 and sys.argv[1] not in f: continue
    g=json.load(open(d+'gold/'+f)); s=json.load(open(d+'make/second/'+f))
    print('=====',f, 'pub gold',g['published_date'],'mine',s['published_date'])
    gp={p['name']:p for p in g['people']}; sp={p['name']:p for p in s['people']}
    for n in gp:
        if n not in sp: print('  P gold-only',gp[n])
        elif (gp[n]['role'],gp[n]['organisation'])!=(sp[n]['role'],sp[n]['organisation']): print('  P diff',n,'| gold:',gp[n]['role'],'/',gp[n]['organisation'],'| mine:',sp[n]['role'],'/',sp[n]['organisation'])
    for n in sp:
        if n not in gp: print('  P mine-only',sp[n])
    go={o['name']:o for o in g['organisations']}; so={o['name']:o for o in s['organisations']}
    for n in go:
        if n not in so: print('  O gold-only',go[n])
        elif go[n]['acronym']!=so[n]['acronym']: print('  O acr',n,go[n]['acronym'],so[n]['acronym'])
    for n in so:
        if n not in go: print('  O mine-only',so[n])
    ge=[tuple(e.values()) for e in g['events']]; se=[tuple(e.values()) for e in s['events']]
    for e in ge:
        if e not in se: print('  E gold',e)
    for e in se:
        if e not in ge: print('  E mine',e)
    print('  D gold-only',sorted(set(g['dates'])-set(s['dates'])),' mine-only',sorted(set(s['dates'])-set(g['dates'])))
    gk=[k.rstrip('.;') for k in g['key_messages']]; sk=[k.rstrip('.;') for k in s['key_messages']]
    if gk!=sk: print('  KM gold',len(gk),'mine',len(sk), [k for k in gk if k not in sk][:3])
