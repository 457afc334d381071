import json, os, sys
B = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
T = os.path.dirname(os.path.abspath(__file__))
stems = sorted(f[:-5] for f in os.listdir(B+'/gold'))
if len(sys.argv) > 1: stems = [s for s in stems if any(a in s for a in sys.argv[1:])]
for s in stems:
    g = json.load(open(f"{B}/gold/{s}.json")); m = json.load(open(f"{T}/{s}.json"))
    print("=====", s)
    if g['published_date'] != m['published_date']: print(" PUB gold", g['published_date'], "mine", m['published_date'])
    gp = {p['name']: p for p in g['people']}; mp = {p['name']: p for p in m['people']}
    for n in gp.keys() - mp.keys(): print(" P gold-only", gp[n])
    for n in mp.keys() - gp.keys(): print(" P mine-only", mp[n])
    for n in gp.keys() & mp.keys():
        if (gp[n]['role'], gp[n]['organisation']) != (mp[n]['role'], mp[n]['organisation']):
            print(" P diff", n, "| gold:", gp[n]['role'], "/", gp[n]['organisation'], "| mine:", mp[n]['role'], "/", mp[n]['organisation'])
    go = {o['name']: o for o in g['organisations']}; mo = {o['name']: o for o in m['organisations']}
    for n in go.keys() - mo.keys(): print(" O gold-only", go[n])
    for n in mo.keys() - go.keys(): print(" O mine-only", mo[n])
    for n in go.keys() & mo.keys():
        if go[n]['acronym'] != mo[n]['acronym']: print(" O acr", n, go[n]['acronym'], mo[n]['acronym'])
    print(" E gold:"); [print("   ", e) for e in g['events']]
    print(" E mine:"); [print("   ", e) for e in m['events']]
    gd, md = set(g['dates']), set(m['dates'])
    if gd - md: print(" D gold-only", sorted(gd - md))
    if md - gd: print(" D mine-only", sorted(md - gd))
    if g['key_messages'] != m['key_messages']: print(" KM differ: gold", len(g['key_messages']), "mine", len(m['key_messages']))
