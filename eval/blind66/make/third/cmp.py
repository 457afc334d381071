import json, sys, glob, os, unicodedata
def n(s): return None if s is None else unicodedata.normalize('NFC', s).lower().strip()
stems = sys.argv[1:] or sorted(os.path.basename(p)[:-5] for p in glob.glob('*.json'))
for st in stems:
    m = json.load(open(st+'.json')); g = json.load(open('../../gold/'+st+'.json'))
    print('=====', st)
    if m['published_date'] != g['published_date']: print('PUB mine', m['published_date'], 'gold', g['published_date'])
    gp = {n(x['name']): x for x in g['people']}; mp = {n(x['name']): x for x in m['people']}
    for k in mp.keys() - gp.keys(): print('P only mine', mp[k])
    for k in gp.keys() - mp.keys(): print('P only gold', gp[k])
    for k in mp.keys() & gp.keys():
        a, b = mp[k], gp[k]
        if n(a['role']) != n(b['role']) or n(a['organisation']) != n(b['organisation']):
            print('P diff', a['name'], '| mine', a['role'], '/', a['organisation'], '| gold', b['role'], '/', b['organisation'])
    go = {n(x['name']): x for x in g['organisations']}; mo = {n(x['name']): x for x in m['organisations']}
    for k in mo.keys() - go.keys(): print('O only mine', mo[k])
    for k in go.keys() - mo.keys(): print('O only gold', go[k])
    for k in mo.keys() & go.keys():
        if mo[k]['acronym'] != go[k]['acronym']: print('O acr', mo[k]['name'], mo[k]['acronym'], 'gold', go[k]['acronym'])
    ge = {(x['start'], n(x['name'])): x for x in g['events']}; me = {(x['start'], n(x['name'])): x for x in m['events']}
    print('E mine:'); [print('   ', x['start'], x['end'], x['name'], '|', x['city'], x['country']) for x in m['events']]
    print('E gold:'); [print('   ', x['start'], x['end'], x['name'], '|', x['city'], x['country']) for x in g['events']]
    md, gd = set(m['dates']), set(g['dates'])
    if md - gd: print('D only mine', sorted(md - gd))
    if gd - md: print('D only gold', sorted(gd - md))
    if m['key_messages'] != g['key_messages']: print('KM differ', len(m['key_messages']), len(g['key_messages']))
