import json,sys
for st in sys.argv[1:]:
    a=json.load(open(f"eval/blind68/make/second/{st}.json")); g=json.load(open(f"eval/blind68/gold/{st}.json"))
    print("=====",st,"pub",a['published_date'],g['published_date'])
    for k,key in [("people",lambda x:x['name']),("organisations",lambda x:x['name']),("events",lambda x:x['name'])]:
        A={key(x):x for x in a[k]}; G={key(x):x for x in g[k]}
        for n in A:
            if n not in G: print(" mine-only",k,A[n])
            elif A[n]!=G[n]: print(" diff",k,A[n],"|| gold",G[n])
        for n in G:
            if n not in A: print(" gold-only",k,G[n])
    print(" dates mine-only",sorted(set(a['dates'])-set(g['dates'])),"gold-only",sorted(set(g['dates'])-set(a['dates'])))
    if a['key_messages']!=g['key_messages']: print(" KM mine",len(a['key_messages']),"gold",len(g['key_messages']),g['key_messages'])
