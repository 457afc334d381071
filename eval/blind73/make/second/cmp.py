import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
print('pub',a['published_date'],b['published_date'])
for k,key in [('people','name'),('organisations','name'),('events','name')]:
    A={x[key]:x for x in a[k]}; B={x[key]:x for x in b[k]}
    for n in A:
        if n not in B: print('MINE ONLY',k,A[n])
        elif A[n]!=B[n]: print('DIFF',k,A[n],'| GOLD',B[n])
    for n in B:
        if n not in A: print('GOLD ONLY',k,B[n])
print('dates mine-only',sorted(set(a['dates'])-set(b['dates'])),'gold-only',sorted(set(b['dates'])-set(a['dates'])))
print('KM mine',len(a['key_messages']),'gold',len(b['key_messages']))
for x in b['key_messages']:
    if x not in a['key_messages']: print(' goldKM',x[:90])
