import json,sys
s=sys.argv[1]
a=json.load(open('/work/wt/blind82/eval/blind82/make/third/'+s+'.json'))
g=json.load(open('/work/wt/blind82/eval/blind82/gold/'+s+'.json'))
print('pub mine',a['published_date'],'gold',g['published_date'])
for k,key in [('people','name'),('organisations','name'),('events','name')]:
    am={x[key]:x for x in a[k]}; gm={x[key]:x for x in g[k]}
    for n in am:
        if n not in gm: print(k,'ONLY MINE',am[n])
        elif am[n]!=gm[n]: print(k,'DIFF mine',am[n],'\n      gold',gm[n])
    for n in gm:
        if n not in am: print(k,'ONLY GOLD',gm[n])
print('dates only mine',sorted(set(a['dates'])-set(g['dates'])),'only gold',sorted(set(g['dates'])-set(a['dates'])))
print('KM mine',len(a['key_messages']),'gold',len(g['key_messages']))
for i,k in enumerate(a['key_messages']):
    if not any(x.startswith(k) for x in g['key_messages']): print(' KM mine not in gold:',k)
for k in g['key_messages']:
    if not any(k.startswith(x) for x in a['key_messages']): print(' KM gold not mine:',k[:90])
