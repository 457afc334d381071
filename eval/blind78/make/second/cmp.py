import json,sys,os,glob
for f in sorted(glob.glob('make/second/g*.json')):
    s=os.path.basename(f); a=json.load(open(f)); g=json.load(open('gold/'+s))
    out=[]
    if a['published_date']!=g['published_date']: out.append(f"  pub mine={a['published_date']} gold={g['published_date']}")
    for k,key in [('people',lambda x:x['name']),('organisations',lambda x:x['name']),('events',lambda x:(x['name'],x['start']))]:
        A={key(x):x for x in a[k]}; G={key(x):x for x in g[k]}
        for n in A:
            if n not in G: out.append(f"  {k} ONLY MINE {A[n]}")
            elif A[n]!=G[n]: out.append(f"  {k} DIFF mine={A[n]} gold={G[n]}")
        for n in G:
            if n not in A: out.append(f"  {k} ONLY GOLD {G[n]}")
    A=set(a['dates']);G=set(g['dates'])
    if A-G: out.append(f"  dates only mine {sorted(A-G)}")
    if G-A: out.append(f"  dates only gold {sorted(G-A)}")
    A=set(a['key_messages']);G=set(g['key_messages'])
    for x in A-G: out.append(f"  KM only mine {x[:90]}")
    for x in G-A: out.append(f"  KM only gold {x[:90]}")
    print(s, f"mine P{len(a['people'])} O{len(a['organisations'])} E{len(a['events'])} D{len(a['dates'])} K{len(a['key_messages'])} / gold P{len(g['people'])} O{len(g['organisations'])} E{len(g['events'])} D{len(g['dates'])} K{len(g['key_messages'])}")
    print('\n'.join(out))
