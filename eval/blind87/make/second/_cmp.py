import json, os, sys
B='eval/blind87'
tot={}
for f in sorted(os.listdir(B+'/gold')):
    g=json.load(open(B+'/gold/'+f)); s=json.load(open(B+'/make/second/'+f))
    print('=====',f, 'pub', g['published_date'], s['published_date'])
    gp={p['name']:p for p in g['people']}; sp={p['name']:p for p in s['people']}
    for n in sorted(set(gp)|set(sp)):
        a=gp.get(n); b=sp.get(n)
        if a!=b: print(' P gold',a,'\n   me  ',b)
    go={o['name']:o['acronym'] for o in g['organisations']}; so={o['name']:o['acronym'] for o in s['organisations']}
    print(' O gold-only',[ (k,go[k]) for k in go if k not in so]); print(' O me-only',[(k,so[k]) for k in so if k not in go])
    print(' O acr diff',[(k,go[k],so[k]) for k in go if k in so and go[k]!=so[k]])
    ge=[tuple(e.values()) for e in g['events']]; se=[tuple(e.values()) for e in s['events']]
    print(' E gold-only'); [print('   ',e) for e in ge if e not in se]
    print(' E me-only'); [print('   ',e) for e in se if e not in ge]
    print(' D gold-only',sorted(set(g['dates'])-set(s['dates'])),' me-only',sorted(set(s['dates'])-set(g['dates'])))
    gk=[k.rstrip('.;,') for k in g['key_messages']]; sk=[k.rstrip('.;,') for k in s['key_messages']]
    print(' K',len(gk),len(sk),'diff',[k for k in gk if k not in sk],[k for k in sk if k not in gk])
