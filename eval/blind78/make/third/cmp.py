import json, os, sys, re
H=os.path.dirname(os.path.abspath(__file__)); G=H+'/../../gold'
only=sys.argv[1:] 
for f in sorted(os.listdir(G)):
    if only and f[:3] not in only: continue
    g=json.load(open(G+'/'+f)); m=json.load(open(H+'/'+f))
    print('=====',f)
    if g['published_date']!=m['published_date']: print(' pub gold',g['published_date'],'mine',m['published_date'])
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        gd={x[key]:x for x in g[k]}; md={x[key]:x for x in m[k]}
        for n in gd:
            if n not in md: print(f' {k} GOLD-ONLY',gd[n])
            elif gd[n]!=md[n]: print(f' {k} DIFF gold',gd[n],'\n            mine',md[n])
        for n in md:
            if n not in gd: print(f' {k} MINE-ONLY',md[n])
    gs,ms=set(g['dates']),set(m['dates'])
    if gs-ms: print(' dates GOLD-ONLY',sorted(gs-ms))
    if ms-gs: print(' dates MINE-ONLY',sorted(ms-gs))
    N=lambda x:re.sub(r'\s+',' ',x).strip().rstrip('.;,').strip()
    gk,mk=[N(x) for x in g['key_messages']],[N(x) for x in m['key_messages']]
    for x in gk:
        if x not in mk: print(' km GOLD-ONLY',x)
    for x in mk:
        if x not in gk: print(' km MINE-ONLY',x)
