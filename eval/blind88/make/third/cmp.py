import json,sys
for s in sys.argv[1:]:
    g=json.load(open(f'gold/{s}.json')); t=json.load(open(f'make/third/{s}.json'))
    print('=====',s,'pub',g['published_date'],t['published_date'])
    gp={p['name']:p for p in g['people']}; tp={p['name']:p for p in t['people']}
    for n in sorted(set(gp)|set(tp)):
        a=gp.get(n); b=tp.get(n)
        if a!=b: print(' P gold',a and (a['role'],a['organisation']) ,'| mine',b and (b['role'],b['organisation']),n)
    go={o['name']:o['acronym'] for o in g['organisations']}; to={o['name']:o['acronym'] for o in t['organisations']}
    for n in sorted(set(go)|set(to)):
        if go.get(n,'-')!=to.get(n,'-'): print(' O gold',go.get(n,'-'),'| mine',to.get(n,'-'),n)
    ge=[tuple(e.values()) for e in g['events']]; te=[tuple(e.values()) for e in t['events']]
    for e in ge:
        if e not in te: print(' E gold only',e)
    for e in te:
        if e not in ge: print(' E mine only',e)
    print(' D gold-only',sorted(set(g['dates'])-set(t['dates'])),'mine-only',sorted(set(t['dates'])-set(g['dates'])))
    for k in g['key_messages']:
        if k not in t['key_messages']: print(' K gold only',k)
    for k in t['key_messages']:
        if k not in g['key_messages']: print(' K mine only',k)
