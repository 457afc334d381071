import json, sys, glob, os
stems = sys.argv[1:] or sorted(os.path.basename(p)[:-5] for p in glob.glob('eval/blind75/gold/*.json'))
for st in stems:
    g = json.load(open(f'eval/blind75/gold/{st}.json')); m = json.load(open(f'eval/blind75/make/second/{st}.json'))
    print('=====', st, '| pub gold', g['published_date'], 'mine', m['published_date'])
    def key(k, x):
        return x['name'] if k in ('people','organisations','events') else x
    for k in ['people','organisations','events','dates','key_messages']:
        G = {key(k,x): x for x in g[k]}; M = {key(k,x): x for x in m[k]}
        for n in G:
            if n not in M: print(f'  {k} GOLD-only:', json.dumps(G[n], ensure_ascii=False))
            elif G[n] != M[n]: print(f'  {k} DIFF gold:', json.dumps(G[n], ensure_ascii=False), '\n            mine:', json.dumps(M[n], ensure_ascii=False))
        for n in M:
            if n not in G: print(f'  {k} MINE-only:', json.dumps(M[n], ensure_ascii=False))
