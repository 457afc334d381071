"""Compare an own list of the third pass (make/third/<stem>.json) with the gold file, field by field."""
import json, sys
s = sys.argv[1]
a = json.load(open(f'eval/blind57/make/third/{s}.json')); g = json.load(open(f'eval/blind57/gold/{s}.json'))
if a['published_date'] != g['published_date']: print('PUB', a['published_date'], g['published_date'])
def key(k, x): return x['name']
for k in ['people', 'organisations', 'events']:
    A = {x['name']: x for x in a[k]}; G = {x['name']: x for x in g[k]}
    for n in A:
        if n not in G: print(k, 'ONLY MINE', A[n])
        elif A[n] != G[n]: print(k, 'DIFF mine', A[n], '\n      gold', G[n])
    for n in G:
        if n not in A: print(k, 'ONLY GOLD', G[n])
print('dates only mine', sorted(set(a['dates']) - set(g['dates'])), 'only gold', sorted(set(g['dates']) - set(a['dates'])))
km = (a['key_messages'] == g['key_messages'])
print('km same' if km else ('KM DIFF', len(a['key_messages']), len(g['key_messages'])))
if not km:
    for x in a['key_messages']:
        if x not in g['key_messages']: print(' mine:', x)
    for x in g['key_messages']:
        if x not in a['key_messages']: print(' gold:', x)
