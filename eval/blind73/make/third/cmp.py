import json, os, sys
B='eval/blind73/'
for f in sorted(os.listdir(B+'gold')):
    if len(sys.argv)>1 and not any(a in f for a in sys.argv[1:]): continue
    g=json.load(open(B+'gold/'+f)); t=json.load(open(B+'make/third/'+f))
    print('=====',f)
    if g['published_date']!=t['published_date']: print(' PUB gold',g['published_date'],'mine',t['published_date'])
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        gm={x[key]:x for x in g[k]}; tm={x[key]:x for x in t[k]}
        for n in gm:
            if n not in tm: print(f' {k} GOLD-ONLY', json.dumps(gm[n],ensure_ascii=False))
            elif gm[n]!=tm[n]: print(f' {k} DIFF gold', json.dumps(gm[n],ensure_ascii=False), '\n            mine', json.dumps(tm[n],ensure_ascii=False))
        for n in tm:
            if n not in gm: print(f' {k} MINE-ONLY', json.dumps(tm[n],ensure_ascii=False))
    gd,td=set(g['dates']),set(t['dates'])
    if gd-td: print(' dates GOLD-ONLY',sorted(gd-td))
    if td-gd: print(' dates MINE-ONLY',sorted(td-gd))
    if g['key_messages']!=t['key_messages']:
        print(' KM differ'); [print('  G',x) for x in g['key_messages']]; [print('  M',x) for x in t['key_messages']]
