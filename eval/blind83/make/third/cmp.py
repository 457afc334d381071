"""Third pass: compare own annotation (make/third) with gold, field by field."""
import json, os, sys
B = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(B+'/make/third') if f.endswith('.json'))
for s in stems:
    m = json.load(open(f"{B}/make/third/{s}.json")); g = json.load(open(f"{B}/gold/{s}.json"))
    print("=====", s)
    if m['published_date'] != g['published_date']: print(" PUB mine", m['published_date'], "gold", g['published_date'])
    mp = {p['name']: p for p in m['people']}; gp = {p['name']: p for p in g['people']}
    for n in sorted(set(mp) | set(gp)):
        a, b = mp.get(n), gp.get(n)
        if a != b: print(" P", n, "| mine", a and (a['role'], a['organisation']), "| gold", b and (b['role'], b['organisation']))
    mo = {o['name']: o['acronym'] for o in m['organisations']}; go = {o['name']: o['acronym'] for o in g['organisations']}
    for n in sorted(set(mo) - set(go)): print(" O mine only", n, mo[n])
    for n in sorted(set(go) - set(mo)): print(" O gold only", n, go[n])
    for n in sorted(set(mo) & set(go)):
        if mo[n] != go[n]: print(" O acr", n, mo[n], go[n])
    print(" EVENTS gold:")
    for e in g['events']: print("   ", e['name'], e['start'], e['end'], e['city'], e['country'])
    ge = {e['name'] for e in g['events']}
    print(" EVENTS mine not by exact name in gold:")
    for e in m['events']:
        if e['name'] not in ge: print("   ", e['name'], e['start'], e['end'], e['city'], e['country'])
    md, gd = set(m['dates']), set(g['dates'])
    if md - gd: print(" D mine only", sorted(md - gd))
    if gd - md: print(" D gold only", sorted(gd - md))
    if m['key_messages'] != g['key_messages']:
        print(" KM differ: mine", len(m['key_messages']), "gold", len(g['key_messages']))
        for a in g['key_messages']:
            if a not in m['key_messages']: print("   gold:", a)
        for a in m['key_messages']:
            if a not in g['key_messages']: print("   mine:", a)
