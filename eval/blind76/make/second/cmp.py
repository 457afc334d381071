import json,glob,os,sys
for f in sorted(glob.glob('make/second/*.json')):
    if len(sys.argv)>1 and not any(a in f for a in sys.argv[1:]): continue
    s=json.load(open(f)); g=json.load(open('gold/'+os.path.basename(f)))
    print('#####',os.path.basename(f))
    if s['published_date']!=g['published_date']: print(' PUB mine',s['published_date'],'gold',g['published_date'])
    sp={p['name']:p for p in s['people']}; gp={p['name']:p for p in g['people']}
    for n in sp.keys()-gp.keys(): print(' P+mine',sp[n])
    for n in gp.keys()-sp.keys(): print(' P+gold',gp[n])
    for n in sp.keys()&gp.keys():
        if sp[n]!=gp[n]: print(' P~ mine',(sp[n]['role'],sp[n]['organisation']),'gold',(gp[n]['role'],gp[n]['organisation']), n)
    so={o['name']:o['acronym'] for o in s['organisations']}; go={o['name']:o['acronym'] for o in g['organisations']}
    for n in so.keys()-go.keys(): print(' O+mine',n,so[n])
    for n in go.keys()-so.keys(): print(' O+gold',n,go[n])
    for n in so.keys()&go.keys():
        if so[n]!=go[n]: print(' O~',n,'mine',so[n],'gold',go[n])
    se=[tuple(e.values()) for e in s['events']]; ge=[tuple(e.values()) for e in g['events']]
    for e in se:
        if e not in ge: print(' E mine',e)
    for e in ge:
        if e not in se: print(' E gold',e)
    sd=set(s['dates']); gd=set(g['dates'])
    if sd-gd: print(' D+mine',sorted(sd-gd))
    if gd-sd: print(' D+gold',sorted(gd-sd))
    sk=s['key_messages']; gk=g['key_messages']
    if sk!=gk:
        print(' K mine',len(sk),'gold',len(gk))
        for a in sk:
            if a not in gk: print('   Kmine:',a[:150])
        for a in gk:
            if a not in sk: print('   Kgold:',a[:150])
