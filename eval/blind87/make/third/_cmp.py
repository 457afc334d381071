import json,os,sys
tot={}
for f in sorted(os.listdir('gold')):
    g=json.load(open('gold/'+f)); t=json.load(open('make/third/'+f))
    print('=====',f)
    if g['published_date']!=t['published_date']: print(' PUB',g['published_date'],t['published_date'])
    gp={p['name']:p for p in g['people']}; tp={p['name']:p for p in t['people']}
    for n in sorted(set(gp)|set(tp)):
        a,b=gp.get(n),tp.get(n)
        if a!=b: print(' P gold',a and (a['role'],a['organisation']),'| third',b and (b['role'],b['organisation']), n)
    go={o['name']:o['acronym'] for o in g['organisations']}; to={o['name']:o['acronym'] for o in t['organisations']}
    print(' O gold only',[ (k,v) for k,v in go.items() if k not in to]); print(' O third only',[(k,v) for k,v in to.items() if k not in go])
    ge=[tuple(e.values()) for e in g['events']]; te=[tuple(e.values()) for e in t['events']]
    for e in ge:
        if e not in te: print(' E gold ',e)
    for e in te:
        if e not in ge: print(' E third',e)
    print(' D gold only',sorted(set(g['dates'])-set(t['dates'])),' third only',sorted(set(t['dates'])-set(g['dates'])))
    print(' K',len(g['key_messages']),len(t['key_messages']))
