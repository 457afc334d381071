import json,sys
for stem in sys.argv[1:]:
    a=json.load(open(stem+'.json')); b=json.load(open('../../gold/'+stem+'.json'))
    print('#####',stem,'pub mine',a['published_date'],'gold',b['published_date'])
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        A={x[key]:x for x in a[k]}; B={x[key]:x for x in b[k]}
        for n in A:
            if n not in B: print(' -',k,'ONLY MINE',A[n])
            elif A[n]!=B[n]: print(' ~',k,'MINE',A[n],'\n      GOLD',B[n])
        for n in B:
            if n not in A: print(' +',k,'ONLY GOLD',B[n])
    print(' dates only mine',sorted(set(a['dates'])-set(b['dates'])),' only gold',sorted(set(b['dates'])-set(a['dates'])))
    if a['key_messages']!=b['key_messages']: print(' KM mine',len(a['key_messages']),'gold',len(b['key_messages']), [k for k in b['key_messages'] if k not in a['key_messages']])
