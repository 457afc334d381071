import json, sys
stem = sys.argv[1]
a = json.load(open(f'eval/blind71/make/second/{stem}.json')); g = json.load(open(f'eval/blind71/gold/{stem}.json'))
print('pub mine', a['published_date'], 'gold', g['published_date'])
def key(k, x):
    return x['name']
for k in ['people','organisations','events']:
    A = {x['name']: x for x in a[k]}; G = {x['name']: x for x in g[k]}
    for n in A:
        if n not in G: print(f'{k} ONLY MINE', A[n])
        elif A[n] != G[n]: print(f'{k} DIFF mine', A[n], '\n            gold', G[n])
    for n in G:
        if n not in A: print(f'{k} ONLY GOLD', G[n])
A=set(a['dates']); G=set(g['dates'])
print('dates only mine', sorted(A-G)); print('dates only gold', sorted(G-A))
if a['key_messages'] != g['key_messages']:
    print('KM mine', a['key_messages']); print('KM gold', g['key_messages'])
