import json, glob, os, sys, unicodedata
M={}
for f in ['a','b','c']: M.update(json.load(open(f'make/second/mine_{f}.json')))
norm=lambda s: (s or '').lower().replace('"','').replace('„','').replace('«','').replace('»','').strip()
for g in sorted(glob.glob('gold/*.json')):
    stem=os.path.basename(g)[:-5]; k=stem[:3]
    if len(sys.argv)>1 and k not in sys.argv[1:]: continue
    mine=M[k]; gold=json.load(open(g))
    out=dict(doc=gold['doc'],source_url=None,published_date=mine.get('published_date'),people=mine['people'],organisations=mine['organisations'],events=mine['events'],dates=mine['dates'],key_messages=mine['key_messages'])
    json.dump(out,open(f'make/second/{stem}.json','w'),ensure_ascii=False,indent=1)
    print('#####',stem,'pub mine',mine.get('published_date'),'gold',gold['published_date'])
    gp={norm(p['name']):p for p in gold['people']}; mp={norm(p['name']):p for p in mine['people']}
    for n in sorted(set(gp)|set(mp)):
        a,b=mp.get(n),gp.get(n)
        if not b: print('  P only mine:',a)
        elif not a: print('  P only gold:',b)
        elif (a['role'],a['organisation'])!=(b['role'],b['organisation']): print('  P diff:',n,'| mine',a['role'],'/',a['organisation'],'| gold',b['role'],'/',b['organisation'])
    go={norm(o['name']):o for o in gold['organisations']}; mo={norm(o['name']):o for o in mine['organisations']}
    for n in sorted(set(go)|set(mo)):
        a,b=mo.get(n),go.get(n)
        if not b: print('  O only mine:',a)
        elif not a: print('  O only gold:',b)
        elif a['acronym']!=b['acronym']: print('  O acr:',n,a['acronym'],b['acronym'])
    ge=[(e['start'],e['end'],e['name'],e['city'],e['country']) for e in gold['events']]; me=[(e['start'],e['end'],e['name'],e['city'],e['country']) for e in mine['events']]
    print('  E gold:'); [print('    ',x) for x in sorted(ge,key=str)]
    print('  E mine:'); [print('    ',x) for x in sorted(me,key=str)]
    gd,md=set(gold['dates']),set(mine['dates'])
    print('  D only mine:',sorted(md-gd)); print('  D only gold:',sorted(gd-md))
    if [norm(x) for x in gold['key_messages']]!=[norm(x) for x in mine['key_messages']]: print('  KM differ: gold',gold['key_messages'])
