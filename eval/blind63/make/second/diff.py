import json,sys
for s in sys.argv[1:]:
    a=json.load(open(f'make/second/{s}.json'));g=json.load(open(f'gold/{s}.json'))
    print('####',s,'pub gold',g['published_date'],'mine',a['published_date'])
    for k in ['people','organisations','events','dates','key_messages']:
        A=[json.dumps(x,ensure_ascii=False) for x in a[k]];G=[json.dumps(x,ensure_ascii=False) for x in g[k]]
        for x in G:
            if x not in A: print(' G+',k,x)
        for x in A:
            if x not in G: print(' M+',k,x)
