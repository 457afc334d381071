import json,sys,glob,os
for f in sorted(glob.glob('make/third/*.json')):
    st=os.path.basename(f); a=json.load(open(f)); g=json.load(open('gold/'+st))
    if len(sys.argv)>1 and not any(x in st for x in sys.argv[1:]): continue
    print('=====',st)
    if a['published_date']!=g['published_date']: print(' PUB mine',a['published_date'],'gold',g['published_date'])
    pa={x['name']:x for x in a['people']}; pg={x['name']:x for x in g['people']}
    for n in pa.keys()-pg.keys(): print(' P only mine',pa[n])
    for n in pg.keys()-pa.keys(): print(' P only gold',pg[n])
    for n in pa.keys()&pg.keys():
        if (pa[n]['role'],pa[n]['organisation'])!=(pg[n]['role'],pg[n]['organisation']): print(' P diff',n,'| mine',pa[n]['role'],'/',pa[n]['organisation'],'| gold',pg[n]['role'],'/',pg[n]['organisation'])
    oa={x['name']:x['acronym'] for x in a['organisations']}; og={x['name']:x['acronym'] for x in g['organisations']}
    for n in oa.keys()-og.keys(): print(' O only mine',n,oa[n])
    for n in og.keys()-oa.keys(): print(' O only gold',n,og[n])
    for n in oa.keys()&og.keys():
        if oa[n]!=og[n]: print(' O acr',n,'mine',oa[n],'gold',og[n])
    da,dg=set(a['dates']),set(g['dates'])
    if da-dg: print(' D only mine',sorted(da-dg))
    if dg-da: print(' D only gold',sorted(dg-da))
    ea=sorted((e['start'] or '',e['end'] or '',e['city'] or '',e['country'] or '',e['name']) for e in a['events'])
    eg=sorted((e['start'] or '',e['end'] or '',e['city'] or '',e['country'] or '',e['name']) for e in g['events'])
    ka=[x[:4] for x in ea]; kg=[x[:4] for x in eg]
    for x in ea:
        if x[:4] not in kg: print(' E only mine',x)
    for x in eg:
        if x[:4] not in ka: print(' E only gold',x)
    if len(ea)!=len(eg): print(' E count mine',len(ea),'gold',len(eg))
    if [k.rstrip('.') for k in a['key_messages']]!=[k.rstrip('.') for k in g['key_messages']]: print(' KM mine',len(a['key_messages']),'gold',len(g['key_messages']), [k[:60] for k in g['key_messages']])
