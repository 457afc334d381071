import json, sys, os, glob
B = os.path.dirname(os.path.abspath(__file__))
G = os.path.join(B, '..', '..', 'gold')
for f in sys.argv[1:]:
    m = json.load(open(f"{B}/{f}.json")); g = json.load(open(f"{G}/{f}.json"))
    print('=====', f, 'pub', m['published_date'], g['published_date'])
    for k, key in [('people', 'name'), ('organisations', 'name'), ('events', 'name')]:
        mm = {x[key]: x for x in m[k]}; gg = {x[key]: x for x in g[k]}
        for n in mm:
            if n not in gg: print(f'  {k} only mine:', mm[n])
            elif mm[n] != gg[n]: print(f'  {k} diff: mine', mm[n], '\n        gold', gg[n])
        for n in gg:
            if n not in mm: print(f'  {k} only gold:', gg[n])
    print('  dates only mine:', sorted(set(m['dates']) - set(g['dates'])), ' only gold:', sorted(set(g['dates']) - set(m['dates'])))
    km = set(m['key_messages']); kg = set(g['key_messages'])
    print('  km mine', len(km), 'gold', len(kg), 'common', len(km & kg))
    for x in kg - km: print('   gold-only km:', x[:90])
    for x in km - kg: print('   mine-only km:', x[:90])
