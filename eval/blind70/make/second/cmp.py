import json,sys
s=sys.argv[1]
a=json.load(open(s+'.json')); b=json.load(open('../../gold/'+s+'.json'))
print('pub',a['published_date'],b['published_date'])
for k,key in [('people',lambda x:x['name']),('organisations',lambda x:x['name']),('events',lambda x:x['name']),('dates',lambda x:x),('key_messages',lambda x:x[:60])]:
    A={key(x):x for x in a[k]}; B={key(x):x for x in b[k]}
    for n in A:
        if n not in B: print(k,'MINE only',A[n])
        elif A[n]!=B[n]: print(k,'DIFF',A[n],'| gold',B[n])
    for n in B:
        if n not in A: print(k,'GOLD only',B[n])
