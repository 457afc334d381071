import json,sys
s=sys.argv[1]
a=json.load(open(f'eval/blind63/make/third/{s}.json')); g=json.load(open(f'eval/blind63/gold/{s}.json'))
print('pub', a['published_date'], g['published_date'])
def show(k,key):
    A={key(x):x for x in a[k]}; G={key(x):x for x in g[k]}
    for x in A:
        if x not in G: print(f'  {k} MINE-ONLY', A[x])
        elif A[x]!=G[x]: print(f'  {k} DIFF mine', A[x], '\n      gold', G[x])
    for x in G:
        if x not in A: print(f'  {k} GOLD-ONLY', G[x])
show('people',lambda x:x['name']); show('organisations',lambda x:x['name']); show('events',lambda x:x['name'])
show('dates',lambda x:x); show('key_messages',lambda x:x)
