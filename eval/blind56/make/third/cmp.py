import json, sys, os
base='eval/blind56'
for f in sorted(os.listdir(base+'/gold')):
    if len(sys.argv)>1 and sys.argv[1] not in f: continue
    g=json.load(open(f'{base}/gold/{f}')); t=json.load(open(f'{base}/make/third/{f}'))
    print('#####',f, 'pub', g['published_date'], t['published_date'] if g['published_date']!=t['published_date'] else '')
    gp={p['name']:p for p in g['people']}; tp={p['name']:p for p in t['people']}
    for n in gp.keys()|tp.keys():
        a,b=gp.get(n),tp.get(n)
        if a!=b: print('  P gold:',a and (a['role'],a['organisation']) ,'| mine:',b and (b['role'],b['organisation']), n)
    go={o['name']:o['acronym'] for o in g['organisations']}; to={o['name']:o['acronym'] for o in t['organisations']}
    for n in sorted(go.keys()|to.keys()):
        if go.get(n,'X')!=to.get(n,'X'): print('  O gold:',n in go and (n,go[n]),'| mine:',n in to and (n,to[n]))
    ge={(e['start'],e['end']):e for e in g['events']}; te={(e['start'],e['end']):e for e in t['events']}
    for e in g['events']: print('  E gold:',e['name'],e['start'],e['end'],e['city'],e['country'])
    for e in t['events']: print('  E mine:',e['name'],e['start'],e['end'],e['city'],e['country'])
    gd,td=set(g['dates']),set(t['dates'])
    print('  D gold only:',sorted(gd-td),' mine only:',sorted(td-gd))
    if g['key_messages']!=t['key_messages']: print('  KM gold:',g['key_messages'],'\n  KM mine:',t['key_messages'])
