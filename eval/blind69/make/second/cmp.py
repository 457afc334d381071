import json,os,sys
D='eval/blind69/'
for f in sorted(os.listdir(D+'gold')):
    if len(sys.argv)>1 and sys.argv[1] not in f: continue
    g=json.load(open(D+'gold/'+f)); s=json.load(open(D+'make/second/'+f))
    print('#####',f,'pub gold',g['published_date'],'mine',s['published_date'])
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        gd={x[key]:x for x in g[k]}; sd={x[key]:x for x in s[k]}
        for n in gd:
            if n not in sd: print(f'  {k} GOLD only:',json.dumps(gd[n],ensure_ascii=False))
            elif gd[n]!=sd[n]: print(f'  {k} DIFF: gold',json.dumps(gd[n],ensure_ascii=False),'\n        mine',json.dumps(sd[n],ensure_ascii=False))
        for n in sd:
            if n not in gd: print(f'  {k} MINE only:',json.dumps(sd[n],ensure_ascii=False))
    print('  dates gold only:',sorted(set(g['dates'])-set(s['dates'])),' mine only:',sorted(set(s['dates'])-set(g['dates'])))
    if g['key_messages']!=s['key_messages']: print('  KM gold',g['key_messages'],'\n  KM mine',s['key_messages'])
