import json, sys
stem = sys.argv[1]
a = json.load(open(f'eval/blind59/make/second/{stem}.json')); g = json.load(open(f'eval/blind59/gold/{stem}.json'))
print('pub', a['published_date'], g['published_date'])
def rows(d, k, f): return {f(x) for x in d[k]}
for k, f in [('people', lambda x: (x['name'], x['role'], x['organisation'])), ('organisations', lambda x: (x['name'], x['acronym'])),
             ('events', lambda x: (x['name'], x['start'], x['end'], x['city'], x['country'])), ('dates', lambda x: x), ('key_messages', lambda x: x)]:
    A, G = rows(a, k, f), rows(g, k, f)
    for x in sorted(A - G, key=str): print(k, 'MINE ', x)
    for x in sorted(G - A, key=str): print(k, 'GOLD ', x)
