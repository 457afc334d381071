import json, sys, os
H = os.path.dirname(os.path.abspath(__file__)); B = os.path.dirname(os.path.dirname(H))
stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(B+'/gold'))
for s in stems:
    g = json.load(open(f"{B}/gold/{s}.json")); m = json.load(open(f"{H}/{s}.json"))
    print("=====", s)
    if g['published_date'] != m['published_date']: print(" PUB gold", g['published_date'], "mine", m['published_date'])
    gp = {p['name']: p for p in g['people']}; mp = {p['name']: p for p in m['people']}
    for n in gp:
        if n not in mp: print(" P gold-only", gp[n])
        elif gp[n] != mp[n]: print(" P diff gold", (gp[n]['role'], gp[n]['organisation']), "mine", (mp[n]['role'], mp[n]['organisation']), n)
    for n in mp:
        if n not in gp: print(" P mine-only", mp[n])
    go = {o['name']: o for o in g['organisations']}; mo = {o['name']: o for o in m['organisations']}
    for n in go:
        if n not in mo: print(" O gold-only", go[n])
        elif go[n] != mo[n]: print(" O diff gold", go[n], "mine", mo[n])
    for n in mo:
        if n not in go: print(" O mine-only", mo[n])
    print(" E gold:"); [print("   ", tuple(e.values())) for e in g['events']]
    print(" E mine:"); [print("   ", tuple(e.values())) for e in m['events']]
    gd, md = set(g['dates']), set(m['dates'])
    if gd - md: print(" D gold-only", sorted(gd - md))
    if md - gd: print(" D mine-only", sorted(md - gd))
    gk, mk = g['key_messages'], m['key_messages']
    if gk != mk:
        print(" K gold", len(gk), "mine", len(mk))
        for k in gk:
            if k not in mk: print("   gold-only:", k[:90])
        for k in mk:
            if k not in gk: print("   mine-only:", k[:90])
