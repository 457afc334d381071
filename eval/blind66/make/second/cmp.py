import json,sys,os
B='eval/blind66/'
for f in sorted(os.listdir(B+'gold')):
    if len(sys.argv)>1 and sys.argv[1] not in f: continue
    g=json.load(open(B+'gold/'+f)); s=json.load(open(B+'make/second/'+f))
    print('#####',f, 'pub', g['published_date'], s['published_date'])
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        gm={x[key]:x for x in g[k]}; sm={x[key]:x for x in s[k]}
        for n in gm:
            if n not in sm: print(' G-only',k,json.dumps(gm[n],ensure_ascii=False))
            elif gm[n]!=sm[n]: print(' DIFF',k,'G',json.dumps(gm[n],ensure_ascii=False),'\n      S',json.dumps(sm[n],ensure_ascii=False))
        for n in sm:
            if n not in gm: print(' S-only',k,json.dumps(sm[n],ensure_ascii=False))
    gd,sd=set(g['dates']),set(s['dates'])
    print(' dates G-only',sorted(gd-sd),' S-only',sorted(sd-gd))
    gk,sk=g['key_messages'],s['key_messages']
    if gk!=sk: print(' KM G',len(gk),'S',len(sk), [x for x in gk if x not in sk][:3], [x for x in sk if x not in gk][:3])
