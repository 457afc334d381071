import json, sys, glob
for stem in sys.argv[1:]:
    a = json.load(open(f'{stem}.json')); g = json.load(open(glob.glob(f'../../gold/{stem}.json')[0]))
    print('=====', stem, 'pub', a['published_date'], g['published_date'])
    ga = {p['name']: p for p in g['people']}; aa = {p['name']: p for p in a['people']}
    for n in aa:
        if n not in ga: print('P mine only', aa[n])
        elif (aa[n]['role'], aa[n]['organisation']) != (ga[n]['role'], ga[n]['organisation']): print('P diff', n, '| mine', aa[n]['role'], '/', aa[n]['organisation'], '| gold', ga[n]['role'], '/', ga[n]['organisation'])
    for n in ga:
        if n not in aa: print('P gold only', ga[n])
    go = {o['name']: o['acronym'] for o in g['organisations']}; ao = {o['name']: o['acronym'] for o in a['organisations']}
    for n in ao:
        if n not in go: print('O mine only', n, ao[n])
        elif ao[n] != go[n]: print('O acr', n, ao[n], go[n])
    for n in go:
        if n not in ao: print('O gold only', n, go[n])
    ek = lambda e: (e['start'], e['name'])
    ae = sorted(a['events'], key=lambda e: (e['start'] or '', e['name'])); ge = sorted(g['events'], key=lambda e: (e['start'] or '', e['name']))
    print('E mine:'); [print('  ', tuple(e.values())) for e in ae]
    print('E gold:'); [print('  ', tuple(e.values())) for e in ge]
    print('D mine only', sorted(set(a['dates'])-set(g['dates'])), 'gold only', sorted(set(g['dates'])-set(a['dates'])))
    print('K mine only', [k for k in a['key_messages'] if k not in g['key_messages']], 'gold only', [k for k in g['key_messages'] if k not in a['key_messages']])
