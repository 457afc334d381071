import json,sys
for s in sys.argv[1:]:
    a=json.load(open(s+'.json')); b=json.load(open('../../gold/'+s+'.json'))
    print('#####',s, 'pub mine',a['published_date'],'gold',b['published_date'])
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        A={x[key]:x for x in a[k]}; B={x[key]:x for x in b[k]}
        for n in A:
            if n not in B: print(' only mine',k,A[n])
            elif A[n]!=B[n]: print(' diff',k,'\n   mine',A[n],'\n   gold',B[n])
        for n in B:
            if n not in A: print(' only gold',k,B[n])
    A=set(a['dates']);B=set(b['dates'])
    print(' dates only mine',sorted(A-B),' only gold',sorted(B-A))
    print(' km mine',len(a['key_messages']),'gold',len(b['key_messages']))
    if a['key_messages']!=b['key_messages']:
        for x in b['key_messages']: print('   G',x)
