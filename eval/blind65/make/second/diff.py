import json,sys,glob,os
for m in sorted(glob.glob('make/second/blind65_*.json')):
    st=os.path.basename(m); g=json.load(open('gold/'+st)); a=json.load(open(m))
    print('=====',st)
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        gm={x[key]:x for x in g[k]}; am={x[key]:x for x in a[k]}
        for n in am:
            if n not in gm: print(' +mine',k,json.dumps(am[n],ensure_ascii=False))
            elif am[n]!=gm[n]: print(' ~diff',k,'MINE',json.dumps(am[n],ensure_ascii=False),'\n        GOLD',json.dumps(gm[n],ensure_ascii=False))
        for n in gm:
            if n not in am: print(' -gold',k,json.dumps(gm[n],ensure_ascii=False))
    sa,sg=set(a['dates']),set(g['dates'])
    print(' dates mine-only',sorted(sa-sg),' gold-only',sorted(sg-sa))
    if a['published_date']!=g['published_date']: print(' pub',a['published_date'],g['published_date'])
    if len(a['key_messages'])!=len(g['key_messages']) or a['key_messages']!=g['key_messages']: print(' KM mine',len(a['key_messages']),'gold',len(g['key_messages']), g['key_messages'])
