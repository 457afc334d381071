import json,sys,glob,os
for f in sorted(glob.glob('eval/blind61/make/second/b61_*.json')):
    st=os.path.basename(f); 
    if len(sys.argv)>1 and sys.argv[1] not in st: continue
    a=json.load(open(f)); g=json.load(open('eval/blind61/gold/'+st))
    print('#####',st, 'pub', a['published_date'], g['published_date'])
    ga={p['name']:p for p in g['people']}; aa={p['name']:p for p in a['people']}
    for n in sorted(set(ga)|set(aa)):
        if ga.get(n)!=aa.get(n): print('  P mine',aa.get(n),'\n    gold',ga.get(n))
    go={o['name']:o['acronym'] for o in g['organisations']}; ao={o['name']:o['acronym'] for o in a['organisations']}
    for n in sorted(set(go)|set(ao)):
        if go.get(n,'-')!=ao.get(n,'-'): print('  O', n, 'mine',ao.get(n,'-'),'gold',go.get(n,'-'))
    ge={tuple(e.values()) for e in g['events']}; ae={tuple(e.values()) for e in a['events']}
    for e in sorted(ae-ge,key=str): print('  E mine only',e)
    for e in sorted(ge-ae,key=str): print('  E gold only',e)
    print('  D mine only',sorted(set(a['dates'])-set(g['dates'])),' gold only',sorted(set(g['dates'])-set(a['dates'])))
    ak=set(k.rstrip('.;') for k in a['key_messages']); gk=set(k.rstrip('.;') for k in g['key_messages'])
    if ak!=gk: print('  K mine',sorted(ak-gk),'\n    gold',sorted(gk-ak))
