import json,os,subprocess
T={k:[0,0,0] for k in ['people','organisations','events','dates','key_messages']}; role=org=0
for f in sorted(os.listdir('eval/blind63/gold')):
    s=f[:-5]; a=json.load(open(f'eval/blind63/make/third/{s}.json'))
    g=json.loads(subprocess.run(['git','show',f'HEAD:eval/blind63/gold/{f}'],capture_output=True,text=True).stdout)
    for k,key in [('people',lambda x:x['name']),('organisations',lambda x:x['name']),('events',lambda x:(x['start'],x['end'])),('dates',lambda x:x),('key_messages',lambda x:x)]:
        A=[key(x) for x in a[k]]; G=[key(x) for x in g[k]]
        c=sum(min(A.count(v),G.count(v)) for v in set(A))
        T[k][0]+=c; T[k][1]+=len(A); T[k][2]+=len(G)
    GP={p['name']:p for p in g['people']}
    for p in a['people']:
        if p['name'] in GP: role+=p['role']==GP[p['name']]['role']; org+=p['organisation']==GP[p['name']]['organisation']
print(T,'same role',role,'same org',org)
