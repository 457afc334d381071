import json, os, sys
B='eval/blind75'
for f in sorted(os.listdir(B+'/gold')):
    if len(sys.argv)>1 and not f.startswith(sys.argv[1]): continue
    g=json.load(open(B+'/gold/'+f)); m=json.load(open(B+'/make/third/'+f))
    print('=====',f, 'pub gold',g['published_date'],'mine',m['published_date'])
    gp={p['name']:p for p in g['people']}; mp={p['name']:p for p in m['people']}
    for n in sorted(set(gp)|set(mp)):
        a,b=gp.get(n),mp.get(n)
        if a!=b: print('  P gold',a and (a['name'],a['role'],a['organisation']),'| mine',b and (b['name'],b['role'],b['organisation']))
    go={o['name']:o['acronym'] for o in g['organisations']}; mo={o['name']:o['acronym'] for o in m['organisations']}
    for n in sorted(set(go)|set(mo)):
        if go.get(n,'-')!=mo.get(n,'-'): print('  O gold',(n,go[n]) if n in go else None,'| mine',(n,mo[n]) if n in mo else None)
    ge={e['name']:e for e in g['events']}; me={e['name']:e for e in m['events']}
    for n in sorted(set(ge)|set(me)):
        a,b=ge.get(n),me.get(n)
        if a!=b: print('  E gold',a and tuple(a.values()),'| mine',b and tuple(b.values()))
    gd,md=set(g['dates']),set(m['dates'])
    if gd-md: print('  D gold only',sorted(gd-md))
    if md-gd: print('  D mine only',sorted(md-gd))
    if g['key_messages']!=m['key_messages']:
        print('  K gold',len(g['key_messages']),'mine',len(m['key_messages']))
        for k in set(g['key_messages'])^set(m['key_messages']): print('    ',k[:90])
